#pragma once

#include "common/result.h"
#include "legislatures/districtwriter.h"
#include "legislatures/legislativebody.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace majlis {

class Database;

// How a contact's district was found. Manual and confirmed ones are the organizer's and no
// automatic fill changes them; an estimated one came from a postcode in a single district; an
// ambiguous one names the candidates a postcode spans, for the organizer to choose among.
enum class DistrictStatus { Manual, Confirmed, Estimated, Ambiguous };
QString districtStatusKey(DistrictStatus status); // as stored: 'manual', 'confirmed', ...
std::optional<DistrictStatus> districtStatusFromKey(const QString &key);
QString districtStatusName(DistrictStatus status); // translated, for people

// How sure the contact's U.S. House district is. That district lives in contacts.district; a
// contact_districts row only says how it was found, and counts while its district is the
// contact's. Without one, a district the contact has was entered by hand. Nothing: no district
// and nothing pending. `rowDistrict` and `rowStatus` are the row's, empty when there is none.
std::optional<DistrictStatus> houseStatus(std::optional<int> contactDistrict, const QString &rowDistrict,
                                          const QString &rowStatus);

// A contact's district in one chamber of one body.
struct ContactDistrict
{
    QString contactId;
    QString bodyId;
    QString bodyCode;
    QString bodyName;
    Chamber chamber = Chamber::House;
    QString state;    // for the U.S. House: the contact's state
    QString district; // empty while ambiguous and never chosen; "0" at-large
    DistrictStatus status = DistrictStatus::Manual;
    QStringList candidates; // ambiguous: the districts the postcode spans ("MI-12" for the House)
    QString source;         // "zip 48126"

    QString label() const; // "MI-12" for the U.S. House, the district otherwise
};

// What a contact's districts were, to put them back when the organizer undoes a change: the
// U.S. House district on the contact and every contact_districts row, live or tombstoned.
struct ContactDistrictsSnapshot
{
    struct Row
    {
        QString bodyId;
        Chamber chamber = Chamber::House;
        DistrictRow row;
    };
    QString contactId;
    std::optional<int> houseDistrict;
    QString state;
    QList<Row> rows;
};

// A contact's districts in every body, and the organizer's choices among them.
class ContactDistricts
{
    Q_DECLARE_TR_FUNCTIONS(ContactDistricts)

public:
    explicit ContactDistricts(Database &database) : m_database(database) {}

    // The U.S. House first (when the contact has a district there or one is pending), then every
    // other body's chambers the contact has a row for.
    Result<QList<ContactDistrict>> list(const QString &contactId) const;

    // The organizer's choice: "MI-12" or "12" (in the contact's state) for the U.S. House, the
    // district's name elsewhere. Status manual, or confirmed when `confirmed`.
    Status choose(const QString &contactId, const QString &bodyId, Chamber chamber, const QString &district,
                  bool confirmed = false);
    // The district held is right: status confirmed. Fails while there is none to confirm.
    Status confirm(const QString &contactId, const QString &bodyId, Chamber chamber);
    // To be checked later: listed among the ambiguous ones, the district held kept as a candidate.
    Status markToCheck(const QString &contactId, const QString &bodyId, Chamber chamber);

    // For undo: the contact's districts as they are, and putting them back as they were. A
    // restore writes only what differs (and logs that for sync, as any edit); a state learned
    // since is kept, there being no "no state" to go back to that a seat could not contradict.
    Result<ContactDistrictsSnapshot> snapshot(const QString &contactId) const;
    Status restore(const ContactDistrictsSnapshot &snapshot);

private:
    Result<std::optional<ContactDistrict>> find(const QString &contactId, const QString &bodyId, Chamber chamber) const;

    Database &m_database;
};

} // namespace majlis
