#pragma once

#include "common/result.h"
#include "events/event.h"

#include <QCoreApplication>
#include <QMap>

namespace majlis {

class Database;

// The numbers the Reports view charts: attendance, new contacts, voter registration, the
// coalition by issue area and where each sign-on letter stands.
class OrganizingReports
{
    Q_DECLARE_TR_FUNCTIONS(OrganizingReports)

public:
    struct EventAttendance
    {
        Event event;
        int registered = 0;
        int checkedIn = 0;
        int walkIns = 0; // new contacts made at the door
    };
    struct ChapterMonth
    {
        QString chapter; // name; "" for events without a chapter
        QString month;   // "2027-05"
        int checkedIn = 0;
    };
    struct DriveResult
    {
        Event event;
        QMap<VoterRecord::Status, int> byStatus;
        int pledged = 0;
    };
    struct IssueArea
    {
        QString area;
        QStringList partners;
    };
    struct LetterStatus
    {
        QString letterId;
        QString title;
        QDate deadline;
        int asked = 0; // all partners asked, answered or not
        int signedCount = 0;
        int declined = 0;
    };

    explicit OrganizingReports(Database &database) : m_database(database) {}

    Result<QList<EventAttendance>> attendancePerEvent() const; // oldest first
    Result<QList<ChapterMonth>> attendancePerChapter() const;
    Result<QList<DriveResult>> voterRegistration() const;
    Result<QList<IssueArea>> partnersByIssueArea() const;
    Result<QList<LetterStatus>> signOnStatus() const;

private:
    Database &m_database;
};

} // namespace majlis
