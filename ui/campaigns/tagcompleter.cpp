#include "campaigns/tagcompleter.h"

#include <QLineEdit>
#include <QStringListModel>

namespace majlis {

TagCompleter::TagCompleter(const QStringList &tags, QLineEdit *edit)
    : QCompleter(new QStringListModel(tags, edit), edit)
    , m_edit(edit)
{
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchStartsWith);
    edit->setCompleter(this);
}

QStringList TagCompleter::splitPath(const QString &path) const
{
    return {path.section(u',', -1).trimmed()};
}

QString TagCompleter::pathFromIndex(const QModelIndex &index) const
{
    const QString chosen = QCompleter::pathFromIndex(index);
    const QString typed = m_edit->text();
    const qsizetype comma = typed.lastIndexOf(u',');
    return comma < 0 ? chosen : typed.left(comma + 1) + u' ' + chosen;
}

} // namespace majlis
