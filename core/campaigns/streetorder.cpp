#include "campaigns/streetorder.h"

#include <QRegularExpression>

#include <algorithm>
#include <tuple>

namespace majlis {

namespace {

// The first number in the text is the house number, before the name ("123 Main St") or after
// it ("Hauptstraße 12"); digits of other scripts count too ("١٢ شارع").
QRegularExpressionMatch houseNumber(const QString &street)
{
    static const QRegularExpression number(QStringLiteral("(\\d+)(\\w?)"), QRegularExpression::UseUnicodePropertiesOption);
    return number.match(street);
}

QString withoutNumber(const QString &street, const QRegularExpressionMatch &match)
{
    QString name = street;
    if (match.hasMatch())
        name.remove(match.capturedStart(0), match.capturedLength(0));
    return name.simplified().remove(u',').trimmed();
}

} // namespace

StreetKey streetKey(const QString &street)
{
    StreetKey key;
    const QRegularExpressionMatch match = houseNumber(street);
    if (match.hasMatch()) {
        QString digits;
        for (const QChar c : match.captured(1))
            digits.append(QChar(u'0' + c.digitValue()));
        key.number = digits.left(15).toLongLong();
        key.rest = match.captured(2).toCaseFolded();
    }
    key.name = withoutNumber(street, match).toCaseFolded();
    return key;
}

QString streetName(const QString &street)
{
    return withoutNumber(street, houseNumber(street));
}

bool sameStreet(const StreetStop &a, const StreetStop &b)
{
    return a.locality.simplified().toCaseFolded() == b.locality.simplified().toCaseFolded()
        && streetKey(a.street).name == streetKey(b.street).name;
}

void sortForWalking(QList<StreetStop> &stops)
{
    struct Keyed
    {
        StreetKey key;
        QString locality;
        StreetStop stop;
    };
    QList<Keyed> keyed;
    keyed.reserve(stops.size());
    for (const StreetStop &stop : std::as_const(stops))
        keyed.append({streetKey(stop.street), stop.locality.simplified().toCaseFolded(), stop});
    std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
        return std::tie(a.locality, a.key.name, a.key.number, a.key.rest)
             < std::tie(b.locality, b.key.name, b.key.number, b.key.rest);
    });
    for (qsizetype i = 0; i < keyed.size(); ++i)
        stops[i] = keyed.at(i).stop;
}

} // namespace majlis
