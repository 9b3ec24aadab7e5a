#include "legislatures/openstatesfixture.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace majlis::test {

QString openStatesArchive()
{
    return QStringLiteral(MAJLIS_SHARED_DATA "/openstates/people-legislature-2026-08-05.tar.gz");
}

QByteArray openStatesPerson(
    const QString &uuid, const QString &name, const QString &state, const QString &type, const QString &district)
{
    return QStringLiteral("id: ocd-person/%1\n"
                          "name: %2\n"
                          "party:\n"
                          "- name: Democratic\n"
                          "roles:\n"
                          "- start_date: 2023-01-01\n"
                          "  type: %3\n"
                          "  jurisdiction: ocd-jurisdiction/country:us/state:%4/government\n"
                          "  district: '%5'\n"
                          "offices:\n"
                          "- classification: capitol\n"
                          "  address: Room 12, State Capitol, Somewhere\n"
                          "  voice: 555-0100\n")
        .arg(uuid, name, type, state.toLower(), district)
        .toUtf8();
}

SourceFile openStatesFile(
    const QString &state, const QString &uuid, const QString &name, const QString &type, const QString &district)
{
    return {QStringLiteral("data/%1/legislature/%2.yml").arg(state.toLower(), uuid),
        openStatesPerson(uuid, name, state, type, district)};
}

int rowCount(Database &db, const QString &table, const QString &where)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, where)));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace majlis::test
