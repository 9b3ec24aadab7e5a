#pragma once

#include "io/archivereader.h"
#include "storage/database.h"

#include <QByteArray>
#include <QString>

namespace majlis::test {

// The Open States download kept beside the repository (../shared/data/openstates).
QString openStatesArchive();

// A person file as Open States writes one, holding a current role in a state's legislature.
QByteArray openStatesPerson(
    const QString &uuid, const QString &name, const QString &state, const QString &type, const QString &district);
SourceFile openStatesFile(const QString &state, const QString &uuid, const QString &name,
    const QString &type = QStringLiteral("lower"), const QString &district = QStringLiteral("1"));

// Rows of a table, to show a refused import wrote nothing.
int rowCount(Database &db, const QString &table, const QString &where = QStringLiteral("1"));

} // namespace majlis::test
