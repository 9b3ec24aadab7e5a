#pragma once

#include <QCompleter>

class QLineEdit;

namespace majlis {

// Completes the last of several comma-separated tags typed in a line edit, keeping the ones
// before it: "Volunteers, Do" offers "Donors" and gives "Volunteers, Donors".
class TagCompleter : public QCompleter
{
    Q_OBJECT

public:
    TagCompleter(const QStringList &tags, QLineEdit *edit);

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;

private:
    QLineEdit *m_edit;
};

} // namespace majlis
