#pragma once

#include "common/result.h"
#include "contacts/contact.h"
#include "contacts/contactmerger.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

class QUndoStack;

namespace majlis {

class Database;

// A merge of two contacts on the undo stack. Like the other contact commands it is pushed after
// the merge succeeded (so a refused merge never lands on the stack), and its first redo() does
// nothing; undo() calls ContactMerger::undo(), a later redo() merges again with the same choices.
class MergeContactsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeContactsCommand)

public:
    using Refresh = std::function<void()>;
    using Report = std::function<void(const QString &message)>;

    MergeContactsCommand(Database &database, const MergeRecord &record, const Contact &chosenFields, Refresh refresh,
                         Report report);

    // Merges now and, when that succeeded, pushes the command. On failure nothing changed and
    // nothing is pushed.
    static Status mergeAndPush(QUndoStack *stack, Database &database, const QString &keepId, const QString &mergeId,
                               const Contact &chosenFields, Refresh refresh, Report report);

    void undo() override;
    void redo() override;

    // The merge as last made (a redo makes a new one).
    const MergeRecord &record() const { return m_record; }

private:
    Database &m_database;
    MergeRecord m_record;
    Contact m_chosen;
    Refresh m_refresh;
    Report m_report;
    bool m_applied = true;
};

} // namespace majlis
