#include "campaigns/streetorder.h"

#include <QRegularExpression>

#include <algorithm>
#include <tuple>

namespace majlis {

StreetKey streetKey(const QString &street)
{
    // The first number in the text is the house number, before the name ("123 Main St") or after
    // it ("Hauptstraße 12"); digits of other scripts count too ("١٢ شارع").
    static const QRegularExpression number(QStringLiteral("(\\d+)(\\w?)"), QRegularExpression::UseUnicodePropertiesOption);
    StreetKey key;
    QString name = street;
    const QRegularExpressionMatch match = number.match(street);
    if (match.hasMatch()) {
        QString digits;
        for (const QChar c : match.captured(1))
            digits.append(QChar(u'0' + c.digitValue()));
        key.number = digits.left(15).toLongLong();
        key.rest = match.captured(2).toCaseFolded();
        name.remove(match.capturedStart(0), match.capturedLength(0));
    }
    key.name = name.simplified().remove(u',').toCaseFolded();
    return key;
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
