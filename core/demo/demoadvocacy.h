#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>

namespace majlis {

class Database;

// A planned and scheduled Capitol advocacy day for a demo workspace, with the bundled members
// of Congress (legislatures/bundledcongress.h) and constituents from the demo contacts, so a
// new user sees the schedule grid, the itineraries and the dashboard filled. Does nothing when
// the workspace has an advocacy day already, or when this build ships no members of Congress.
class DemoAdvocacy
{
    Q_DECLARE_TR_FUNCTIONS(DemoAdvocacy)

public:
    // The day falls four weeks after `today`, on a weekday.
    static Status populate(Database &database, const QDate &today = QDate::currentDate());
};

} // namespace majlis
