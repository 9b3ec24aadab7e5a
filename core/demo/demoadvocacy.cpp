#include "demo/demoadvocacy.h"

#include "advocacy/dayplanner.h"
#include "advocacy/dayrepository.h"
#include "contacts/contactdirectory.h"
#include "legislatures/bundledcongress.h"
#include "storage/transaction.h"
#include "storage/database.h"

namespace majlis {

namespace {

constexpr int kAttendees = 48;

QDate weekdayAfter(const QDate &today, int days)
{
    QDate date = today.addDays(days);
    while (date.dayOfWeek() > 5)
        date = date.addDays(1);
    return date;
}

} // namespace

Status DemoAdvocacy::populate(Database &database, const QDate &today)
{
    auto days = DayRepository(database).list();
    if (!days)
        return days.error();
    if (!days->isEmpty() || !BundledCongress::isAvailable())
        return success();

    Transaction tx(database.connection());
    if (!tx.isActive())
        return tx.beginStatus();
    if (auto imported = BundledCongress::importIfEmpty(database); !imported)
        return imported;

    AdvocacyDay day;
    day.title = tr("Capitol Advocacy Day (demo)");
    day.date = weekdayAfter(today, 28);
    day.theme = tr("Civil rights and community safety");
    // Fictional asks without bill numbers: a demo must not put words in a real bill's mouth.
    day.asks = {{{}, {}, tr("Protect travellers from profiling by religion or origin"),
                 tr("Share a story of a family stopped at the border; ask the office to speak up.")},
                {{}, {}, tr("Fund community violence-prevention grants"),
                 tr("Name the programmes in your district that the grants keep open.")}};
    auto created = DayRepository(database).create(day);
    if (!created)
        return created.error();

    // Constituents who can be matched: contacts with a state and a district, in list order.
    auto rows = ContactDirectory(database).page(ContactQuery{}, 0, 2000);
    if (!rows)
        return rows.error();
    QStringList leads;
    QStringList firstTimers;
    QStringList constituents;
    for (const ContactRow &row : rows.value()) {
        if (row.usState.isEmpty() || !row.district)
            continue;
        const int placed = int(leads.size() + firstTimers.size() + constituents.size());
        if (placed >= kAttendees)
            break;
        (placed % 8 == 0 ? leads : placed % 5 == 1 ? firstTimers : constituents).append(row.id);
    }
    for (const auto &[ids, role] : {std::pair{leads, AttendeeRole::TeamLead},
                                    std::pair{firstTimers, AttendeeRole::FirstTimer},
                                    std::pair{constituents, AttendeeRole::Constituent}}) {
        if (auto added = DayRepository(database).addAttendees(created->id, ids, role); !added)
            return added.error();
    }
    if (auto scheduled = DayPlanner(database).schedule(created->id); !scheduled)
        return scheduled.error();
    return tx.commit();
}

} // namespace majlis
