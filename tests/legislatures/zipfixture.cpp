#include "legislatures/zipfixture.h"

#include "legislatures/zipdistricts.h"

#include <QFile>

#include <algorithm>

namespace majlis::test {

QHash<QString, QStringList> sharedZipSeats()
{
    QHash<QString, QStringList> seats;
    QFile file(QStringLiteral(MAJLIS_SHARED_DATA "/districts/zccd-119.csv"));
    if (!zipdistricts::bundled() || !file.open(QIODevice::ReadOnly))
        return seats;
    file.readLine(); // the header
    while (!file.atEnd()) {
        const QStringList fields = QString::fromLatin1(file.readLine()).trimmed().split(u',');
        if (fields.size() == 4)
            seats[fields.at(2)].append(fields.at(1) + u'-' + QString::number(fields.at(3).toInt()));
    }
    return seats;
}

namespace {

QString firstZip(const QHash<QString, QStringList> &seats, bool several)
{
    QStringList zips = seats.keys();
    std::sort(zips.begin(), zips.end());
    for (const QString &zip : std::as_const(zips)) {
        const QStringList &list = seats[zip];
        const bool oneState = std::all_of(list.begin(), list.end(),
                                          [&](const QString &s) { return s.left(2) == list.first().left(2); });
        if (oneState && (list.size() > 1) == several)
            return zip;
    }
    return {};
}

} // namespace

QString singleSeatZip(const QHash<QString, QStringList> &seats)
{
    return firstZip(seats, false);
}

QString multiSeatZip(const QHash<QString, QStringList> &seats)
{
    return firstZip(seats, true);
}

} // namespace majlis::test
