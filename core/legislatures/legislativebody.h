#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace majlis {

// A chamber of a legislature. Senate stands for every body's upper chamber and House for its
// lower one, whatever the body calls them (the House of Lords, the House of Commons, a state
// Assembly); the body names them. Stored as 'senate', 'house' and 'unicameral', the first two
// being what Congress rows held before other bodies existed, so rows of older laptops still read.
enum class Chamber { Senate, House, Unicameral };

QString chamberKey(Chamber chamber);
// Also takes the words of other sources: "upper", "lower", "legislature", "sen", "rep".
std::optional<Chamber> chamberFromKey(const QString &key);

// A building of a capitol's campus. Buildings of one group are a short walk apart (the Senate's
// three office buildings, joined by tunnels); going to another group takes longer.
struct CampusBuilding
{
    QString name;
    QString group;

    bool operator==(const CampusBuilding &) const = default;
};

// A legislature a chapter lobbies: the U.S. Congress, the Michigan Legislature, the UK
// Parliament. Its code is the stable key every laptop and every import agrees on.
struct LegislativeBody
{
    QString id;
    QString code;    // "us-congress", "us-mi", "gb-parliament"
    QString name;    // "U.S. Congress", "Michigan Legislature"
    QString country; // ISO 3166-1 alpha-2
    QString region;  // the state's USPS code for a state legislature; empty for a national body
    QString city;    // where the capitol stands: "Lansing, MI"
    QString timeZone; // the capitol's, for the days planned there
    QString senateName;     // the upper chamber's name; empty when the body has none
    QString houseName;      // the lower chamber's name; empty when the body has none
    QString unicameralName; // the single chamber's name (Nebraska); empty otherwise
    QList<CampusBuilding> campus; // empty: one building, the capitol itself

    QList<Chamber> chambers() const;
    QString chamberName(Chamber chamber) const; // the body's own name, or a generic translated one
    bool isCongress() const;

    bool operator==(const LegislativeBody &) const = default;
};

namespace bodies {

// The code and id of the U.S. Congress, which every workspace has (migration 0010 made it, and
// rows written before bodies existed belong to it).
inline const QString kCongressCode = QStringLiteral("us-congress");
QString congressId();
LegislativeBody congress();
// "us-mi" → the Michigan Legislature with its chambers named as Michigan names them, when known.
LegislativeBody usState(const QString &usps);
// Whether a new body may take this code: letters, digits and dashes, such as "gb-parliament"
// (any case; codes are kept in lower case).
bool isValidCode(const QString &code);
// The body code of a state legislature: "us-" and the lower-case USPS code.
QString stateCode(const QString &usps);

} // namespace bodies

} // namespace majlis

Q_DECLARE_METATYPE(majlis::LegislativeBody)
