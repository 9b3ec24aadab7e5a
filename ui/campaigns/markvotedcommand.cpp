#include "campaigns/markvotedcommand.h"

#include "campaigns/turnout.h"
#include "i18n/bidi.h"

namespace majlis {

MarkVotedCommand::MarkVotedCommand(Database &database, QString electionId, QStringList contactIds,
    const QStringList &names, bool voted, Refresh refresh, Report report)
    : m_database(database)
    , m_electionId(std::move(electionId))
    , m_contactIds(std::move(contactIds))
    , m_voted(voted)
    , m_refresh(std::move(refresh))
    , m_report(std::move(report))
{
    if (names.size() == 1)
        setText(voted ? tr("Mark %1 Voted").arg(bidi::isolate(names.first()))
                      : tr("Mark %1 Not Voted").arg(bidi::isolate(names.first())));
    else
        setText(voted ? tr("Mark %Ln People Voted", nullptr, int(m_contactIds.size()))
                      : tr("Mark %Ln People Not Voted", nullptr, int(m_contactIds.size())));
}

void MarkVotedCommand::undo()
{
    set(!m_voted);
}

void MarkVotedCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    set(m_voted);
}

void MarkVotedCommand::set(bool voted)
{
    if (auto s = Turnout(m_database).markVoted(m_electionId, m_contactIds, voted); !s && m_report)
        m_report(s.error().message);
    if (m_refresh)
        m_refresh();
}

} // namespace majlis
