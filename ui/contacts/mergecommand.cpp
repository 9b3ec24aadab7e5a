#include "contacts/mergecommand.h"

#include <QUndoStack>

namespace majlis {

MergeContactsCommand::MergeContactsCommand(Database &database, const MergeRecord &record, const Contact &chosenFields,
                                           Refresh refresh, Report report)
    : QUndoCommand(tr("Merge %1 into %2").arg(record.mergedBefore.displayName(), record.keptBefore.displayName())),
      m_database(database), m_record(record), m_chosen(chosenFields), m_refresh(std::move(refresh)),
      m_report(std::move(report))
{
}

Status MergeContactsCommand::mergeAndPush(QUndoStack *stack, Database &database, const QString &keepId,
                                          const QString &mergeId, const Contact &chosenFields, Refresh refresh,
                                          Report report)
{
    auto merged = ContactMerger(database).merge(keepId, mergeId, chosenFields);
    if (!merged)
        return merged.error();
    stack->push(new MergeContactsCommand(database, *merged, chosenFields, std::move(refresh), std::move(report)));
    return success();
}

void MergeContactsCommand::undo()
{
    if (auto undone = ContactMerger(m_database).undo(m_record); !undone) {
        if (m_report)
            m_report(undone.error().message);
        setObsolete(true); // the contacts moved on since; this step can no longer be taken back
        return;
    }
    if (m_refresh)
        m_refresh();
}

void MergeContactsCommand::redo()
{
    if (m_applied) { // merged before the command was pushed
        m_applied = false;
        return;
    }
    auto merged = ContactMerger(m_database).merge(m_record.keepId, m_record.mergeId, m_chosen);
    if (!merged) {
        if (m_report)
            m_report(merged.error().message);
        setObsolete(true);
        return;
    }
    m_record = *merged;
    if (m_refresh)
        m_refresh();
}

} // namespace majlis
