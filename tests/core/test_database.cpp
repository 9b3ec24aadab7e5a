#include "contacts/contactrepository.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sqlerror.h"
#include "support/catchqt.h"
#include "support/tempworkspace.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <catch2/catch.hpp>

using namespace majlis;

namespace {

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Runs SQL on a file through SQLite directly, as another program would.
void rawSql(const QString &path, const char *sql)
{
    sqlite3 *handle = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &handle) == SQLITE_OK);
    REQUIRE(sqlite3_exec(handle, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(handle);
}

QString makeWorkspace(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("ws.majlis"));
    auto db = Database::open(path);
    REQUIRE(db);
    Contact c;
    c.givenName = QStringLiteral("Layla");
    REQUIRE(ContactRepository(**db).create(c));
    QSqlQuery(db.value()->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return path;
}

Error::Code refusal(const QString &path, const Database::Options &options = {})
{
    auto db = Database::open(path, options);
    REQUIRE_FALSE(db);
    CHECK_FALSE(db.error().message.isEmpty());
    return db.error().code;
}

} // namespace

TEST_CASE("a new workspace is migrated to the latest schema with WAL and foreign keys on")
{
    test::TempWorkspace ws;
    CHECK(Database::latestSchemaVersion() >= 1);
    CHECK(scalar(ws.db(), QStringLiteral("PRAGMA user_version")).toInt() == Database::latestSchemaVersion());
    CHECK(scalar(ws.db(), QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(ws.db(), QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(ws.db(), QStringLiteral("PRAGMA application_id")).toLongLong() == 1298229836);
    CHECK(scalar(ws.db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'contact_search'")).toInt() == 1);
    CHECK_FALSE(ws.db().deviceId().isEmpty());
}

TEST_CASE("re-opening a workspace keeps its data, version and device id")
{
    QTemporaryDir dir;
    const QString path = makeWorkspace(dir);
    QString device;
    {
        auto first = Database::open(path);
        REQUIRE(first);
        device = (*first)->deviceId();
    }
    auto again = Database::open(path);
    REQUIRE(again);
    CHECK((*again)->deviceId() == device);
    CHECK((*again)->schemaVersion() == Database::latestSchemaVersion());
    CHECK(scalar(**again, QStringLiteral("SELECT count(*) FROM contacts")).toInt() == 1);
}

TEST_CASE("a version 7 workspace gets the longer search prefixes and keeps finding every contact")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v7.majlis"));
    {
        const QString name = QStringLiteral("version-7");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            REQUIRE(db.open());
            REQUIRE(applyMigrations(db, 0, 7));
            QSqlQuery(db).exec(QStringLiteral("INSERT INTO contact_search (rowid, names) VALUES (1, 'layla haddad')"));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    auto db = Database::open(path);
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == Database::latestSchemaVersion());
    CHECK(scalar(**db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'contact_search'"))
              .toString().contains(QStringLiteral("prefix = '1 2 3 4 5'")));
    CHECK(scalar(**db, QStringLiteral("SELECT count(*) FROM contact_search WHERE contact_search MATCH 'layl*'")).toInt() == 1);
    CHECK(scalar(**db, QStringLiteral("SELECT count(*) FROM contact_search WHERE contact_search MATCH 'hadd*'")).toInt() == 1);
}

TEST_CASE("a workspace copied elsewhere writes as a new device and sends only what was never acknowledged")
{
    QTemporaryDir dir;
    const QString path = makeWorkspace(dir);
    const QString copy = dir.filePath(QStringLiteral("copy.majlis"));
    QString device;
    qint64 lastSeq = 0;
    qint64 acknowledged = 0;
    int unacknowledged = 0;
    {
        auto original = Database::open(path);
        REQUIRE(original);
        device = (*original)->deviceId();
        acknowledged = scalar(**original, QStringLiteral("SELECT max(seq) FROM change_log")).toLongLong();
        Contact c;
        c.givenName = QStringLiteral("Later");
        REQUIRE(ContactRepository(**original).create(c));
        lastSeq = scalar(**original, QStringLiteral("SELECT max(seq) FROM change_log")).toLongLong();
        unacknowledged = scalar(**original, QStringLiteral("SELECT count(*) FROM change_log WHERE seq > %1").arg(acknowledged)).toInt();
        REQUIRE(unacknowledged > 0);
        // The server acknowledged everything before the last contact.
        QSqlQuery ack((*original)->connection());
        REQUIRE(ack.exec(QStringLiteral("INSERT INTO local_settings (key, value) VALUES ('sync/pushed_seq', '%1')").arg(acknowledged)));
    }
    REQUIRE(QFile::copy(path, copy));

    auto copied = Database::open(copy);
    REQUIRE(copied);
    CHECK((*copied)->deviceId() != device);
    CHECK_FALSE((*copied)->deviceId().isEmpty());
    // Only the unacknowledged entries remain to be sent, from a numbering that starts again.
    CHECK(scalar(**copied, QStringLiteral("SELECT count(*) FROM change_log")).toInt() == unacknowledged);
    CHECK(scalar(**copied, QStringLiteral("SELECT count(*) FROM local_settings WHERE key = 'sync/pushed_seq'")).toInt() == 0);
    CHECK(scalar(**copied, QStringLiteral("SELECT max(seq) FROM change_log")).toLongLong() == lastSeq);
    const QString copyDevice = (*copied)->deviceId();
    copied = Error{Error::Code::NotFound, QString()}; // closes the copy
    auto reopened = Database::open(copy);
    REQUIRE(reopened);
    CHECK((*reopened)->deviceId() == copyDevice); // once renewed, it stays

    auto original = Database::open(path);
    REQUIRE(original);
    CHECK((*original)->deviceId() == device);
    CHECK(scalar(**original, QStringLiteral("SELECT max(seq) FROM change_log")).toLongLong() == lastSeq);
}

TEST_CASE("a file that is not SQLite is refused and left unchanged")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.majlis"));
    writeFile(path, "name,email\nAisha,a@example.org\n");
    const QByteArray before = test::fileHash(path);
    CHECK(refusal(path) == Error::Code::NotSqlite);
    CHECK(test::fileHash(path) == before);
}

TEST_CASE("another program's SQLite database is refused and left unchanged")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    rawSql(path, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hello');");
    const QByteArray before = test::fileHash(path);
    CHECK(refusal(path) == Error::Code::NotMajlis);
    CHECK(test::fileHash(path) == before);
}

TEST_CASE("a workspace from a newer Majlis is refused and left unchanged")
{
    QTemporaryDir dir;
    const QString path = makeWorkspace(dir);
    rawSql(path, "PRAGMA user_version = 999;");
    const QByteArray before = test::fileHash(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().code == Error::Code::NewerVersion);
    CHECK(db.error().message.contains(QStringLiteral("newer version")));
    CHECK(test::fileHash(path) == before);
}

TEST_CASE("a damaged workspace is refused and left unchanged")
{
    QTemporaryDir dir;
    const QString path = makeWorkspace(dir);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.size() > 3 * 4096);
        file.seek(2 * 4096); // page 3: a table's b-tree page, past the header and schema
        file.write(QByteArray(4096, '\xA5'));
    }
    const QByteArray before = test::fileHash(path);
    CHECK(refusal(path) == Error::Code::Corrupt);
    CHECK(test::fileHash(path) == before);
}

TEST_CASE("a workspace locked by another program is refused and left unchanged")
{
    QTemporaryDir dir;
    const QString path = makeWorkspace(dir);
    sqlite3 *other = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "PRAGMA journal_mode = DELETE; BEGIN EXCLUSIVE; DELETE FROM local_settings WHERE 0;",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    const QByteArray before = test::fileHash(path); // as the other program holds it
    Database::Options options;
    options.busyTimeoutMs = 50;
    CHECK(refusal(path, options) == Error::Code::Locked);
    CHECK(test::fileHash(path) == before);
    sqlite3_exec(other, "ROLLBACK;", nullptr, nullptr, nullptr);
    sqlite3_close(other);
}

TEST_CASE("a location that cannot be written is refused with a clear message")
{
    auto db = Database::open(QStringLiteral("/proc/majlis-test/ws.majlis"));
    REQUIRE_FALSE(db);
    CHECK(db.error().code == Error::Code::ReadOnly);
    CHECK(db.error().message.contains(QStringLiteral("/proc/majlis-test")));
}

TEST_CASE("every write appends to the change log in the same transaction")
{
    test::TempWorkspace ws;
    ContactRepository contacts(ws.db());
    Contact c;
    c.givenName = QStringLiteral("Omar");
    c.emails = {{QStringLiteral("home"), QStringLiteral("omar@example.org")}};
    c.tags = {QStringLiteral("volunteer")};
    auto saved = contacts.create(c);
    REQUIRE(saved);
    QSqlQuery query(ws.db().connection());
    REQUIRE(query.exec(QStringLiteral("SELECT table_name, op, device_id FROM change_log ORDER BY seq")));
    QStringList tables;
    while (query.next()) {
        tables.append(query.value(0).toString());
        CHECK(query.value(1).toString() == QStringLiteral("insert"));
        CHECK(query.value(2).toString() == ws.db().deviceId());
    }
    CHECK(tables.contains(QStringLiteral("contacts")));
    CHECK(tables.contains(QStringLiteral("contact_emails")));
    CHECK(tables.contains(QStringLiteral("contact_tags")));

    REQUIRE(contacts.remove({saved->id}));
    CHECK(scalar(ws.db(), QStringLiteral("SELECT op FROM change_log WHERE table_name = 'contacts' ORDER BY seq DESC LIMIT 1"))
              .toString() == QStringLiteral("delete"));
    REQUIRE(contacts.restore({saved->id}));
    CHECK(scalar(ws.db(), QStringLiteral("SELECT op FROM change_log WHERE table_name = 'contacts' ORDER BY seq DESC LIMIT 1"))
              .toString() == QStringLiteral("restore"));

    // A refused write leaves no trace in the log.
    const int logged = scalar(ws.db(), QStringLiteral("SELECT count(*) FROM change_log")).toInt();
    Contact bad;
    bad.givenName = QStringLiteral("X");
    bad.emails = {{{}, QStringLiteral("not-an-email")}};
    CHECK_FALSE(contacts.create(bad));
    CHECK(scalar(ws.db(), QStringLiteral("SELECT count(*) FROM change_log")).toInt() == logged);
}

TEST_CASE("writes made while the change log is paused are not logged, and logging resumes after")
{
    test::TempWorkspace ws;
    ContactRepository contacts(ws.db());
    Contact pulled;
    pulled.givenName = QStringLiteral("Hana");
    pulled.tags = {QStringLiteral("driver")};
    REQUIRE(execute(ws.db().connection(), QStringLiteral("INSERT INTO change_log_pause (only) VALUES (1)")));
    auto quiet = contacts.create(pulled);
    REQUIRE(quiet);
    CHECK(scalar(ws.db(), QStringLiteral("SELECT count(*) FROM change_log")).toInt() == 0);
    CHECK(scalar(ws.db(), QStringLiteral("SELECT count(*) FROM contact_tags")).toInt() == 1);

    REQUIRE(execute(ws.db().connection(), QStringLiteral("DELETE FROM change_log_pause")));
    Contact edited = quiet.value();
    edited.familyName = QStringLiteral("Karimi");
    REQUIRE(contacts.update(edited));
    CHECK(scalar(ws.db(), QStringLiteral("SELECT fields FROM change_log WHERE table_name = 'contacts'")).toString()
          .contains(QStringLiteral("family_name")));
}
