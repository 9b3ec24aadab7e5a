#include "legislatures/postcodeimport.h"

#include "legislatures/bodyrepository.h"
#include "legislatures/districtsheld.h"
#include "legislatures/usstates.h"
#include "storage/database.h"
#include "storage/nativestatement.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QFile>
#include <QSet>
#include <QSqlQuery>

namespace majlis {

namespace {

// The body named, adding a U.S. state's legislature the first time its file is imported (its
// members may come later, from Open States).
Result<LegislativeBody> findBody(Database &database, const QString &name)
{
    BodyRepository bodies(database);
    auto found = bodies.find(name);
    const QString code = name.trimmed().toLower();
    if (found || !code.startsWith(QLatin1String("us-")) || !usstates::find(code.mid(3)))
        return found;
    return bodies.ensure(bodies::usState(code.mid(3)));
}

} // namespace

Result<PostcodeImport::Report> PostcodeImport::importFile(Database &database, const QString &body, const QString &chamber,
                                                          const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, tr("Cannot read %1: %2").arg(path, file.errorString())};
    return import(database, body, chamber, file.readAll());
}

Result<PostcodeImport::Report> PostcodeImport::import(Database &database, const QString &bodyName, const QString &chamberName,
                                                      const QByteArray &data)
{
    const auto chamber = chamberFromKey(chamberName);
    if (!chamber)
        return Error{Error::Code::InvalidInput,
                     tr("\"%1\" is not a chamber; use senate (the upper chamber), house (the lower one) or unicameral.")
                         .arg(chamberName)};
    Transaction tx(database.connection());
    if (!tx.isActive())
        return tx.beginStatus().error();
    auto body = findBody(database, bodyName);
    if (!body)
        return body.error();
    if (body->isCongress() && *chamber == Chamber::Senate)
        return Error{Error::Code::InvalidInput, tr("Senators of the U.S. Congress represent a whole state; a postcode file "
                                                   "is for the House.")};
    if (!body->chambers().contains(*chamber))
        return Error{Error::Code::InvalidInput,
                     tr("%1 has no chamber \"%2\".").arg(body->name, chamberKey(*chamber))};

    const PostcodeFile::Kind kind = body->isCongress() ? PostcodeFile::Kind::UsHouse
                                    : body->country == u"US" ? PostcodeFile::Kind::UsZip
                                                             : PostcodeFile::Kind::Postcodes;
    auto contents = PostcodeFile::parse(data, kind);
    if (!contents)
        return contents.error();
    if (contents->rows.isEmpty())
        return Error{Error::Code::InvalidInput,
                     tr("The file has no usable rows, so the districts held for %1 were left as they were.").arg(body->name)};
    auto members = districtsHeld(database, *body, *chamber);
    if (!members)
        return members.error();

    Report report{*body, *chamber, 0, 0, contents->problems, {}};
    QSqlQuery clear(database.connection());
    clear.prepare(QStringLiteral("DELETE FROM postcode_districts WHERE body_code = ? AND chamber = ?"));
    clear.addBindValue(body->code);
    clear.addBindValue(chamberKey(*chamber));
    if (!clear.exec())
        return sqlError(clear);
    // Millions of rows for a country's postcodes: SQLite's own interface, one statement reused.
    NativeStatement insert(database.connection(),
                           QStringLiteral("INSERT OR IGNORE INTO postcode_districts (body_code, chamber, postcode, district) "
                                          "VALUES (?, ?, ?, ?)"));
    const QString chamberText = chamberKey(*chamber);
    QSet<QString> postcodes;
    for (const PostcodeFile::Row &row : std::as_const(contents->rows)) {
        insert.bind(1, body->code);
        insert.bind(2, chamberText);
        insert.bind(3, row.postcode);
        insert.bind(4, row.district);
        if (auto s = insert.run(); !s)
            return s.error();
        postcodes.insert(row.postcode);
        if (!members->isEmpty() && !members->contains(row.district.toLower()))
            report.unknownDistricts.append(
                {row.line, tr("No current member of %1 holds district %2 (postcode %3); the row was imported.")
                               .arg(body->chamberName(*chamber), row.district, row.postcode)});
    }
    QSqlQuery count(database.connection());
    count.prepare(QStringLiteral("SELECT count(*) FROM postcode_districts WHERE body_code = ? AND chamber = ?"));
    count.addBindValue(body->code);
    count.addBindValue(chamberText);
    if (!count.exec() || !count.next())
        return sqlError(count);
    report.rows = count.value(0).toInt();
    report.postcodes = int(postcodes.size());
    if (auto s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace majlis
