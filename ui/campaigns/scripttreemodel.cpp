#include "campaigns/scripttreemodel.h"

#include "i18n/bidi.h"

#include <QLocale>

namespace majlis {

ScriptTreeModel::ScriptTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void ScriptTreeModel::setScript(const CampaignScript &script)
{
    beginResetModel();
    m_script = script;
    endResetModel();
}

QString ScriptTreeModel::kindName(ScriptQuestion::Kind kind)
{
    switch (kind) {
    case ScriptQuestion::Kind::SingleChoice:
        return tr("Choose one");
    case ScriptQuestion::Kind::MultipleChoice:
        return tr("Choose any");
    case ScriptQuestion::Kind::YesNo:
        return tr("Yes or no");
    case ScriptQuestion::Kind::FreeText:
        return tr("Free text");
    }
    return {};
}

QString ScriptTreeModel::actionName(const AnswerAction &action)
{
    switch (action.kind) {
    case AnswerAction::Kind::None:
        return {};
    case AnswerAction::Kind::Tag:
        return tr("Adds the tag %1").arg(bidi::isolate(action.tag));
    case AnswerAction::Kind::Pledge:
        return tr("Records a pledge to vote");
    case AnswerAction::Kind::FollowUp:
        return tr("Asks for a voter-registration follow-up");
    case AnswerAction::Kind::DoNotContact:
        return tr("Opts the person out of every list");
    }
    return {};
}

QModelIndex ScriptTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex ScriptTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ScriptTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_script.questions.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_script.questions.at(parent.row()).answers.size());
}

int ScriptTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ScriptTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole))
        return {};
    const QLocale locale;
    QString text;
    if (index.internalId() == 0) {
        const ScriptQuestion &q = m_script.questions.at(index.row());
        text = index.column() == TextColumn
            ? tr("%1. %2", "question number, question").arg(locale.toString(index.row() + 1), bidi::isolate(q.text))
            : kindName(q.kind);
    } else {
        const ScriptAnswer &a = m_script.questions.at(int(index.internalId() - 1)).answers.at(index.row());
        text = index.column() == TextColumn
            // The number of the key that picks it, as printed on the key.
            ? tr("%1  %2", "answer key, answer").arg(QString::number(index.row() + 1), bidi::isolate(a.label))
            : actionName(a.action);
    }
    return role == Qt::AccessibleTextRole ? bidi::clean(text) : text;
}

QVariant ScriptTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    return section == TextColumn ? tr("Question and answers") : tr("Kind, or what the answer does");
}

} // namespace majlis
