#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace majlis {

// One unfolded content line cut into its parts and nothing more: no trimming, no unquoting, the
// name still carrying any group prefix ("item1.EMAIL"). vCard uses the same line grammar but
// needs bare and repeated parameters ("TEL;HOME;VOICE", "TYPE=a;TYPE=b"), which ICalProperty's
// map cannot hold, so both readers start from this.
struct ContentLineParts
{
    QString name;
    QStringList parameters; // "NAME=value" or a bare "HOME", quotes kept
    QString value;
};

// A content line of RFC 5545: NAME;PARAM=value:VALUE. The value is kept as written; text
// values go through unescapeText()/escapeText().
struct ICalProperty
{
    QString name; // upper case
    QMap<QString, QString> parameters;
    QString value;
};

// BEGIN:NAME ... END:NAME, with its properties and nested components.
struct ICalComponent
{
    QString name;
    QList<ICalProperty> properties;
    QList<ICalComponent> children;

    // The first property of that name, or null.
    const ICalProperty *property(const QString &name) const;
    QString text(const QString &name) const; // unescaped text value, "" when absent
    void addText(const QString &name, const QString &text);
    void addUtc(const QString &name, const QDateTime &time);
};

// Reads and writes iCalendar objects: line folding at 75 octets without splitting a UTF-8
// character, CRLF line ends, escaping of text values.
class ICalendar
{
    Q_DECLARE_TR_FUNCTIONS(ICalendar)

public:
    static QByteArray write(const ICalComponent &calendar);
    // The top-level components (usually one VCALENDAR). Mismatched BEGIN/END or a line with no
    // colon is an error naming its line.
    static Result<QList<ICalComponent>> parse(const QByteArray &data);

    static QString escapeText(const QString &text);
    static QString unescapeText(const QString &value);
    static QString formatUtc(const QDateTime &time); // 20261126T140000Z
    // DATE-TIME in UTC ("...Z"), with a TZID this computer knows, or floating (local); invalid
    // when unreadable. A TZID this computer does not know leaves the time floating and says so
    // in `warning`, rather than failing the whole file.
    static QDateTime parseDateTime(const ICalProperty &property, QString *warning = nullptr);
    // The zone a TZID names: an IANA id, a Windows name as Outlook writes ("Eastern Standard
    // Time"), or an IANA id behind a vendor prefix ("/freeassociation.sourceforge.net/Europe/Paris").
    // Invalid when none of these is known here.
    static QTimeZone zoneForTzid(const QString &tzid);

    // The content-line format RFC 5545 shares with vCard (RFC 2425, 2426, 6350), for VCard.
    // Appends one line and its CRLF, folded at 75 octets without splitting a UTF-8 character.
    static void appendFolded(QByteArray &out, const QByteArray &line);
    // Splits at the first colon outside double quotes, and the part before it at semicolons
    // outside quotes. Empty when there is no colon or the line starts with one.
    static std::optional<ContentLineParts> splitContentLine(const QString &line);
};

} // namespace majlis
