#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUndoCommand>

#include <functional>

namespace majlis {

class Database;

// Marks people as having voted in an election, or takes the mark back, so that a mis-click on
// election day is one Ctrl+Z away. It holds only the people whose mark it changed: undoing a
// mark never unmarks someone who was marked before. Pushed after the change was saved (a
// refused save never lands on the stack), so its first redo() does nothing.
class MarkVotedCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MarkVotedCommand)

public:
    using Refresh = std::function<void()>;
    using Report = std::function<void(const QString &message)>;

    // `names` of the people, for the Undo menu when there is one.
    MarkVotedCommand(Database &database, QString electionId, QStringList contactIds, const QStringList &names,
        bool voted, Refresh refresh, Report report);

    void undo() override;
    void redo() override;

    const QStringList &contactIds() const { return m_contactIds; }
    bool voted() const { return m_voted; }

private:
    void set(bool voted);

    Database &m_database;
    QString m_electionId;
    QStringList m_contactIds;
    bool m_voted;
    Refresh m_refresh;
    Report m_report;
    bool m_applied = true;
};

} // namespace majlis
