#pragma once

#include <QWidget>

namespace majlis {

// A workspace that has nothing to show yet: a title and a sentence on what will be here.
class EmptyStatePage : public QWidget
{
    Q_OBJECT

public:
    EmptyStatePage(const QString &title, const QString &explanation, QWidget *parent = nullptr);
};

} // namespace majlis
