#pragma once

#include <QWidget>

class QPushButton;
class QVBoxLayout;

namespace majlis {

// A workspace that has nothing to show yet: a title and a sentence on what will be here.
class EmptyStatePage : public QWidget
{
    Q_OBJECT

public:
    EmptyStatePage(const QString &title, const QString &explanation, QWidget *parent = nullptr);

    // A button under the explanation for the first step ("New Campaign…"), centred.
    QPushButton *addButton(const QString &text);

private:
    QVBoxLayout *m_layout;
};

} // namespace majlis
