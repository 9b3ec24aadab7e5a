#pragma once

#include "advocacy/advocacyday.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace majlis {
class Database;
}

namespace majlis::test {

// Washington's two senators (Hart 511, Russell 479A) and its WA-1 (Rayburn 2107) and WA-2
// (Cannon 1) representatives, in the congress-legislators format.
extern const QByteArray kWashingtonCongress;

void importLegislators(Database &database, const QByteArray &csv = kWashingtonCongress);
// A contact in a "Seattle" chapter (made on first use) with the given state and district.
QString addConstituent(
    Database &database, const QString &given, const QString &family, const QString &state, std::optional<int> district);
// A contact "`given` Test" with this postcode and nothing else, for district look-ups.
QString addContactAt(Database &database, const QString &given, const QString &postcode);
// A saved day on 2027-03-04 with the asks given (bill, title).
AdvocacyDay createDay(Database &database, const QString &title, const QList<std::pair<QString, QString>> &asks = {});

} // namespace majlis::test
