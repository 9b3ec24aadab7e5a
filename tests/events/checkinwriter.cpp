// A door that keeps checking people in until it is killed: the crash test starts it, kills it
// mid-write with SIGKILL and then checks that every check-in is whole or absent.
//
//   checkin_writer WORKSPACE EVENT_ID
// Prints "committed N" after each walk-in it has committed.

#include "contacts/contact.h"
#include "events/checkindesk.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace majlis;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    auto database = Database::open(args.at(1));
    if (!database)
        return 1;
    CheckInDesk desk(**database, args.at(2));
    if (!desk.load())
        return 1;
    QTextStream out(stdout);
    for (int i = 0;; ++i) {
        Contact walkIn;
        walkIn.givenName = QStringLiteral("Walkin");
        walkIn.familyName = QString::number(i);
        walkIn.emails = {{QStringLiteral("home"), QStringLiteral("walkin%1@example.org").arg(i)}};
        if (!desk.walkIn(walkIn))
            return 1;
        out << "committed " << i << Qt::endl;
    }
}
