// Scheduling at scale: a day of 1,000 and of 5,000 attendees from all 50 states over every
// current office, timed, with how many constituents got all their meetings.
//
//   bench_scheduler [--legislators legislators-current.csv] [--attendees N,N] [--runs N]
// Targets (issue 3): 1,000 attendees under 1 s; 5,000 under 5 s.
// Without the real file (../shared/data/congress) it makes up a Congress of the same shape.

#include "advocacy/legislatorfile.h"
#include "advocacy/scheduler.h"
#include "contacts/validation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>

using namespace majlis;

namespace {

QTextStream out(stdout);

QList<Legislator> madeUpCongress()
{
    const QStringList senate{QStringLiteral("Russell"), QStringLiteral("Dirksen"), QStringLiteral("Hart")};
    const QStringList house{QStringLiteral("Cannon"), QStringLiteral("Longworth"), QStringLiteral("Rayburn")};
    QRandomGenerator random(1);
    QList<Legislator> all;
    // Roughly the real spread of House seats: many states with few, a few with many.
    for (int s = 0; s < 50; ++s) {
        const QString state = QStringLiteral("S%1").arg(s, 2, 10, QLatin1Char('0'));
        const int seats = s < 7 ? 1 : (s < 40 ? 2 + random.bounded(10) : 12 + random.bounded(40));
        for (int i = 0; i < 2 + seats; ++i) {
            Legislator l;
            l.id = l.sourceId = QStringLiteral("%1-%2").arg(state).arg(i);
            l.state = state;
            l.chamber = i < 2 ? Chamber::Senate : Chamber::House;
            if (i >= 2)
                l.district = QString::number(seats == 1 ? 0 : i - 1);
            l.office.building = (i < 2 ? senate : house).at(random.bounded(3));
            all.append(l);
        }
    }
    return all;
}

// Attendees spread over the seats: a state with more districts sends more people.
QList<Attendee> attendeesFor(const QList<Legislator> &legislators, int count, quint32 seed)
{
    QList<const Legislator *> seats;
    for (const Legislator &l : legislators) {
        if (l.chamber == Chamber::House && ContactValidator::isUsState(l.state) && l.state != u"DC"
            && l.state != u"PR" && l.state != u"GU" && l.state != u"VI" && l.state != u"AS" && l.state != u"MP")
            seats.append(&l);
        else if (l.chamber == Chamber::House && l.state.startsWith(u'S'))
            seats.append(&l); // the made-up Congress
    }
    QRandomGenerator random(seed);
    QList<Attendee> attendees;
    for (int i = 0; i < count; ++i) {
        const Legislator *seat = seats.at(random.bounded(int(seats.size())));
        Attendee a;
        a.id = QStringLiteral("a%1").arg(i, 6, 10, QLatin1Char('0'));
        a.name = QStringLiteral("Attendee %1").arg(i);
        a.state = seat->state;
        a.districts.insert(Chamber::House, seat->district);
        a.role = random.bounded(10) == 0 ? AttendeeRole::TeamLead
                 : random.bounded(4) == 0 ? AttendeeRole::FirstTimer
                                          : AttendeeRole::Constituent;
        a.earlierDays = random.bounded(3);
        attendees.append(a);
    }
    return attendees;
}

// A state capitol shaped like Michigan's: 38 Senate and 110 House districts, offices in the
// capitol and in one office building across the street.
QList<Legislator> madeUpStateLegislature()
{
    QList<Legislator> members;
    auto add = [&](Chamber chamber, int district) {
        Legislator l;
        l.id = l.sourceId = QStringLiteral("%1-%2").arg(chamberKey(chamber)).arg(district);
        l.state = QStringLiteral("MI");
        l.chamber = chamber;
        l.district = QString::number(district);
        l.office.building = chamber == Chamber::Senate ? QStringLiteral("Binsfeld") : QStringLiteral("Capitol");
        members.append(l);
    };
    for (int d = 1; d <= 38; ++d)
        add(Chamber::Senate, d);
    for (int d = 1; d <= 110; ++d)
        add(Chamber::House, d);
    return members;
}

QList<Attendee> stateAttendees(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<Attendee> attendees;
    for (int i = 0; i < count; ++i) {
        Attendee a;
        a.id = QStringLiteral("s%1").arg(i, 6, 10, QLatin1Char('0'));
        a.name = QStringLiteral("Attendee %1").arg(i);
        a.state = QStringLiteral("MI");
        const int house = 1 + random.bounded(110);
        a.districts.insert(Chamber::House, QString::number(house));
        a.districts.insert(Chamber::Senate, QString::number(1 + (house - 1) * 38 / 110));
        a.role = random.bounded(10) == 0 ? AttendeeRole::TeamLead : AttendeeRole::Constituent;
        attendees.append(a);
    }
    return attendees;
}

void report(QTextStream &out, const QString &what, const QList<qint64> &sorted, const ScheduleResult &result)
{
    const double ms = double(sorted.at(sorted.size() / 2)) / 1e6;
    const double share = result.constituents ? 100.0 * result.fullyScheduled / result.constituents : 0;
    out << what << ": " << QString::number(ms, 'f', 1) << " ms (median of " << sorted.size() << "), "
        << result.meetings.size() << " meetings, " << QString::number(share, 'f', 1)
        << "% of constituents got all their meetings, " << result.unscheduled.size() << " unscheduled requests of "
        << result.requests << '\n';
    QMap<QString, int> reasons;
    for (const UnscheduledRequest &u : result.unscheduled)
        ++reasons[describe(u.reason)];
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        out << "    " << it.value() << " × " << it.key() << '\n';
    out.flush();
}

ScheduleResult timed(const ScheduleInput &input, int runs, QList<qint64> &times)
{
    ScheduleResult result;
    for (int run = 0; run < std::max(1, runs); ++run) {
        QElapsedTimer timer;
        timer.start();
        result = Scheduler::schedule(input);
        times.append(timer.nsecsElapsed());
    }
    std::sort(times.begin(), times.end());
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption file(QStringLiteral("legislators"), QStringLiteral("legislators-current.csv to use."),
                                  QStringLiteral("path"), QStringLiteral(MAJLIS_SHARED_DATA "/congress/legislators-current.csv"));
    const QCommandLineOption sizes(QStringLiteral("attendees"), QStringLiteral("Day sizes, comma-separated."),
                                   QStringLiteral("list"), QStringLiteral("1000,5000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs per size (the median is printed)."),
                                  QStringLiteral("n"), QStringLiteral("5"));
    parser.addOptions({file, sizes, runs});
    parser.process(app);

    QList<Legislator> legislators;
    if (QFile::exists(parser.value(file))) {
        auto contents = LegislatorFile::read(parser.value(file));
        if (!contents) {
            out << contents.error().message << '\n';
            return 1;
        }
        legislators = contents->legislators;
        out << "Congress: " << legislators.size() << " members from " << parser.value(file) << '\n';
    } else {
        legislators = madeUpCongress();
        out << "Congress: " << legislators.size() << " made-up members (no legislators file found)\n";
    }

    for (const QString &size : parser.value(sizes).split(u',')) {
        ScheduleInput input;
        input.day.date = QDate(2027, 3, 4);
        input.legislators = legislators;
        input.attendees = attendeesFor(legislators, size.toInt(), 7);
        QList<qint64> times;
        const ScheduleResult result = timed(input, parser.value(runs).toInt(), times);
        report(out, size + QStringLiteral(" attendees at the U.S. Capitol"), times, result);
    }

    // Issue 16's target: 1,000 attendees at a state capitol in under 1 s.
    out << "State capitol (target: 1000 attendees under 1000 ms): 38 Senate and 110 House districts, "
           "two buildings\n";
    for (const QString &size : parser.value(sizes).split(u',')) {
        ScheduleInput input;
        input.day.date = QDate(2027, 3, 4);
        input.day.walking.groups = {{QStringLiteral("capitol"), QStringLiteral("capitol")},
                                    {QStringLiteral("binsfeld"), QStringLiteral("offices")}};
        input.legislators = madeUpStateLegislature();
        input.attendees = stateAttendees(size.toInt(), 11);
        QList<qint64> times;
        const ScheduleResult result = timed(input, parser.value(runs).toInt(), times);
        report(out, size + QStringLiteral(" attendees at the state capitol"), times, result);
    }
    return 0;
}
