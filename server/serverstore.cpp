#include "serverstore.h"

#include "targetindex.h"
#include "username.h"

#include "common/clock.h"
#include "storage/sqlerror.h"
#include "storage/sqlvalue.h"
#include "sync/clockset.h"

#include <QFile>
#include <QRegularExpression>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSet>
#include <QSqlRecord>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <limits>

namespace majlis::server {

namespace {

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

StoredRecord recordFrom(const QSqlQuery &q)
{
    StoredRecord record{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), object(q.value(5)),    {},                    q.value(7).toLongLong()};
    record.clocks = sync::clockset::expand(object(q.value(6)), record.data.keys());
    return record;
}

const QString kRecordColumns = QStringLiteral("table_name, row_id, chapter_key, parent_table, parent_id, data, clocks, seq");

} // namespace

ServerStore::ServerStore(QString connectionName) : m_connectionName(std::move(connectionName)) {}

ServerStore::~ServerStore()
{
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<ServerStore>> ServerStore::open(const StoreLocation &location)
{
    // Atomic: tests open stores on several threads at once, each with its own connection.
    static std::atomic<int> opened = 0;
    const QString name = QStringLiteral("majlis-server-%1").arg(++opened);
    std::unique_ptr<ServerStore> store(new ServerStore(name));
    QSqlDatabase db = QSqlDatabase::addDatabase(location.driver, name);
    if (!db.isValid())
        return Error{Error::Code::Database, tr("The database driver %1 is not installed.").arg(location.driver)};
    db.setDatabaseName(location.database);
    if (!location.host.isEmpty())
        db.setHostName(location.host);
    if (location.port > 0)
        db.setPort(location.port);
    if (!location.user.isEmpty())
        db.setUserName(location.user);
    if (!location.password.isEmpty())
        db.setPassword(location.password);
    if (!db.open())
        return Error{Error::Code::Database, tr("The server database could not be opened: %1").arg(db.lastError().text())};
    if (location.driver == u"QSQLITE") {
        QSqlQuery pragma(db);
        // secure_delete: what a row held before it was overwritten (a person erased on request)
        // is zeroed in the file rather than left in free space.
        for (const char *statement : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA busy_timeout = 5000",
                                      "PRAGMA secure_delete = ON"})
            pragma.exec(QLatin1String(statement));
    }
    if (auto s = store->upgrade(); !s)
        return s.error();
    return store;
}

Status ServerStore::upgrade()
{
    if (!isInitialized())
        return success();
    // What schema.sql gained after servers were already running: each statement can run again.
    for (const char *statement :
         {"CREATE INDEX IF NOT EXISTS records_snapshot ON records (chapter_key, table_name, row_id)",
          "CREATE INDEX IF NOT EXISTS devices_by_device ON devices (device_id)",
          "CREATE TABLE IF NOT EXISTS login_throttle (key TEXT PRIMARY KEY, failures INTEGER NOT NULL, "
          "locked_until BIGINT NOT NULL, updated_at BIGINT NOT NULL)",
          "CREATE INDEX IF NOT EXISTS login_throttle_age ON login_throttle (updated_at)"}) {
        QSqlQuery query(connection());
        if (!query.exec(QLatin1String(statement)))
            return Error{Error::Code::Database,
                         tr("The server database could not be brought up to date: %1").arg(query.lastError().text())};
    }
    for (const auto &step : {&ServerStore::addNameKeys, &ServerStore::addCallerRole, &ServerStore::addTargetIndex}) {
        if (auto s = (this->*step)(); !s)
            return Error{Error::Code::Database, tr("The server database could not be brought up to date: %1").arg(s.error().message)};
    }
    return success();
}

Status ServerStore::addCallerRole()
{
    // A CHECK constraint cannot be changed in place on SQLite: the table is copied into one
    // made with the new constraint. PostgreSQL replaces the constraint.
    if (isPostgres()) {
        QSqlQuery checks(connection());
        if (!checks.exec(QStringLiteral("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                                        "WHERE conrelid = 'users'::regclass AND contype = 'c'")))
            return sqlError(checks);
        QStringList outdated;
        while (checks.next()) {
            const QString definition = checks.value(1).toString();
            if (definition.contains(QStringLiteral("role")) && !definition.contains(QStringLiteral("'caller'")))
                outdated.append(checks.value(0).toString());
        }
        checks.finish();
        if (outdated.isEmpty())
            return success();
        QStringList statements;
        for (const QString &name : std::as_const(outdated))
            statements.append(QStringLiteral("ALTER TABLE users DROP CONSTRAINT \"%1\"").arg(name));
        statements.append(QStringLiteral("ALTER TABLE users ADD CONSTRAINT users_role_check "
                                         "CHECK (role IN ('volunteer', 'organizer', 'admin', 'caller'))"));
        return runInTransaction(statements);
    }
    QSqlQuery table(connection());
    if (!table.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'users'")) || !table.next())
        return sqlError(table);
    const QString definition = table.value(0).toString();
    table.finish();
    if (definition.contains(QStringLiteral("'caller'")))
        return success();
    QString rebuilt = definition;
    rebuilt.replace(QStringLiteral("'admin')"), QStringLiteral("'admin', 'caller')"));
    rebuilt.replace(QRegularExpression(QStringLiteral("^CREATE TABLE \"?users\"?")), QStringLiteral("CREATE TABLE users_with_callers"));
    if (!rebuilt.contains(QStringLiteral("'caller'")) || !rebuilt.startsWith(QStringLiteral("CREATE TABLE users_with_callers")))
        return Error{Error::Code::Database, QStringLiteral("the users table has a role constraint this version does not know")};
    QStringList columns;
    const QSqlRecord users = connection().record(QStringLiteral("users"));
    for (int i = 0; i < users.count(); ++i)
        columns.append(users.fieldName(i));
    // Memberships and tokens name users(id); with the table renamed back they point at the copy.
    return runInTransaction({rebuilt,
                             QStringLiteral("INSERT INTO users_with_callers (%1) SELECT %1 FROM users").arg(columns.join(QStringLiteral(", "))),
                             QStringLiteral("DROP TABLE users"),
                             QStringLiteral("ALTER TABLE users_with_callers RENAME TO users"),
                             QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS users_by_name_key ON users (name_key)")});
}

Status ServerStore::addTargetIndex()
{
    if (connection().tables().contains(QStringLiteral("target_assignments")))
        return success();
    if (auto s = begin(); !s)
        return s;
    // Every chapter's targets: on PostgreSQL row-level security would show this transaction only
    // the organization's rows otherwise.
    Status filled = setScope(kAllChapters, kAllChapters);
    for (const QString &script : {QStringLiteral(":/server/schema_campaigns.sql"), QStringLiteral(":/server/schema_campaigns_postgres.sql")}) {
        if (filled && (isPostgres() || !script.contains(u"postgres")))
            filled = runScript(script);
    }
    if (filled)
        filled = TargetIndex(connection()).rebuild();
    if (!filled) {
        rollback();
        return filled;
    }
    return commit();
}

Status ServerStore::runInTransaction(const QStringList &statements)
{
    if (auto s = begin(); !s)
        return s;
    for (const QString &statement : statements) {
        QSqlQuery query(connection());
        if (!query.exec(statement)) {
            const Error error = sqlError(query);
            rollback();
            return error;
        }
    }
    return commit();
}

Status ServerStore::addNameKeys()
{
    // SQLite has no ADD COLUMN IF NOT EXISTS: the column is looked for first.
    if (!connection().record(QStringLiteral("users")).contains(QStringLiteral("name_key"))) {
        QSqlQuery add(connection());
        if (!add.exec(QStringLiteral("ALTER TABLE users ADD COLUMN name_key TEXT NOT NULL DEFAULT ''")))
            return sqlError(add);
    }
    if (auto s = begin(); !s)
        return s;
    QSqlQuery read(connection());
    if (!read.exec(QStringLiteral("SELECT id, name, name_key FROM users"))) {
        rollback();
        return sqlError(read);
    }
    QSet<QString> taken;
    QList<std::pair<QString, QString>> missing; // (name, id)
    while (read.next()) {
        if (read.value(2).toString().isEmpty())
            missing.append({read.value(1).toString(), read.value(0).toString()});
        else
            taken.insert(read.value(2).toString());
    }
    read.finish();
    // In name order, so which of two spellings keeps the plain key does not depend on the driver.
    std::sort(missing.begin(), missing.end());
    QSqlQuery write(connection());
    write.prepare(QStringLiteral("UPDATE users SET name_key = ? WHERE id = ?"));
    for (const auto &[name, id] : missing) {
        QString key = UserName::key(name);
        if (taken.contains(key)) {
            // "amina" and "Amina" both made before keys: the second keeps logging in by its
            // exact name (Accounts::findUser), under a key nobody can take.
            qWarning("upgrade: user %s has a name that differs from another only in case or form; "
                     "it logs in by its exact spelling only",
                     qPrintable(id));
            key += u'\n' + id;
        }
        taken.insert(key);
        write.addBindValue(key);
        write.addBindValue(id);
        if (!write.exec()) {
            rollback();
            return sqlError(write);
        }
    }
    if (auto s = commit(); !s)
        return s;
    QSqlQuery index(connection());
    if (!index.exec(QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS users_by_name_key ON users (name_key)")))
        return sqlError(index);
    return success();
}

QSqlDatabase ServerStore::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool ServerStore::isInitialized() const
{
    return connection().tables().contains(QStringLiteral("meta"));
}

Status ServerStore::initialize(const QString &organization)
{
    if (isInitialized())
        return Error{Error::Code::InvalidInput, tr("This server database is already set up.")};
    if (auto s = begin(); !s)
        return s;
    for (const QString &script : {QStringLiteral(":/server/schema.sql"), QStringLiteral(":/server/schema_postgres.sql"),
                                  QStringLiteral(":/server/schema_campaigns.sql"),
                                  QStringLiteral(":/server/schema_campaigns_postgres.sql")}) {
        if (script.contains(u"postgres") && !isPostgres())
            continue;
        if (auto s = runScript(script); !s) {
            rollback();
            return s;
        }
    }
    for (const auto &[key, value] : {std::pair{QStringLiteral("server_id"), newId()},
                                     std::pair{QStringLiteral("epoch"), newId()},
                                     std::pair{QStringLiteral("organization"), organization},
                                     std::pair{QStringLiteral("created_at"), QString::number(nowMs())}}) {
        if (auto s = setMeta(key, value); !s) {
            rollback();
            return s;
        }
    }
    return commit();
}

Status ServerStore::runScript(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, QStringLiteral("The server schema resource %1 is missing.").arg(resource)};
    // Statements are split by hand: neither driver runs several in one call. A statement ends
    // with a line ending in ';'.
    QString statement;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QStringLiteral("--")))
            continue;
        statement += line + u'\n';
        if (trimmed.endsWith(u';')) {
            QSqlQuery query(connection());
            if (!query.exec(statement))
                return sqlError(query);
            statement.clear();
        }
    }
    return success();
}

bool ServerStore::isPostgres() const
{
    return connection().driverName() == u"QPSQL";
}

Status ServerStore::setScope(const QStringList &readChapters, const QStringList &writeChapters)
{
    if (!isPostgres())
        return success();
    QSqlQuery query(connection());
    // is_local = true: the setting ends with the transaction, so the next request starts closed.
    query.prepare(QStringLiteral("SELECT set_config('majlis.read_chapters', ?, true), set_config('majlis.write_chapters', ?, true)"));
    query.addBindValue(sqlText(readChapters.join(u',')));
    query.addBindValue(sqlText(writeChapters.join(u',')));
    return query.exec() ? success() : Status(sqlError(query));
}

Status ServerStore::startNewEpoch()
{
    return setMeta(QStringLiteral("epoch"), newId());
}

QString ServerStore::meta(const QString &key) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

Status ServerStore::setMeta(const QString &key, const QString &value)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec() ? success() : Status(sqlError(query));
}

Status ServerStore::begin()
{
    QSqlDatabase db = connection();
    return db.transaction() ? success() : Status(sqlError(db.lastError()));
}

Status ServerStore::commit()
{
    QSqlDatabase db = connection();
    if (db.commit())
        return success();
    const Error error = sqlError(db.lastError());
    db.rollback();
    return error;
}

void ServerStore::rollback()
{
    connection().rollback();
}

Result<std::optional<StoredRecord>> ServerStore::record(const QString &table, const QString &id) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT %1 FROM records WHERE table_name = ? AND row_id = ?").arg(kRecordColumns));
    query.addBindValue(table);
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return std::optional<StoredRecord>();
    return std::optional<StoredRecord>(recordFrom(query));
}

Result<qint64> ServerStore::nextSeq(const QString &chapterKey)
{
    // An UPDATE of the counter row inside the writing transaction: a second writer waits for
    // this one to commit, so sequence numbers become visible in order.
    QSqlQuery bump(connection());
    bump.prepare(QStringLiteral("INSERT INTO counters (chapter_key, seq) VALUES (?, 1) "
                                "ON CONFLICT (chapter_key) DO UPDATE SET seq = counters.seq + 1"));
    bump.addBindValue(sqlText(chapterKey));
    if (!bump.exec())
        return sqlError(bump);
    return currentSeq(chapterKey);
}

Status ServerStore::putRecord(StoredRecord &record)
{
    auto seq = nextSeq(record.chapterKey);
    if (!seq)
        return seq.error();
    record.seq = seq.value();
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT INTO records (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                 "ON CONFLICT (table_name, row_id) DO UPDATE SET chapter_key = excluded.chapter_key, "
                                 "parent_table = excluded.parent_table, parent_id = excluded.parent_id, "
                                 "data = excluded.data, clocks = excluded.clocks, seq = excluded.seq")
                      .arg(kRecordColumns));
    for (const QVariant &value : {QVariant(record.table), QVariant(record.id), QVariant(record.chapterKey),
                                  QVariant(record.parentTable), QVariant(record.parentId), QVariant(json(record.data)),
                                  QVariant(json(sync::clockset::compact(record.clocks))), QVariant(record.seq)})
        query.addBindValue(sqlText(value));
    if (!query.exec())
        return sqlError(query);
    // Kept beside the record in the same transaction, so the index never lags what was stored.
    if (record.table == u"campaign_targets")
        return TargetIndex(connection()).update(record);
    return success();
}

Status ServerStore::evict(const QString &chapterKey, const QString &table, const QString &id)
{
    auto seq = nextSeq(chapterKey);
    if (!seq)
        return seq.error();
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT INTO evictions (chapter_key, seq, table_name, row_id) VALUES (?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(chapterKey), QVariant(seq.value()), QVariant(table), QVariant(id)})
        query.addBindValue(sqlText(value));
    return query.exec() ? success() : Status(sqlError(query));
}

Result<QList<StoredRecord>> ServerStore::children(const QString &table, const QString &id) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT %1 FROM records WHERE parent_table = ? AND parent_id = ?").arg(kRecordColumns));
    query.addBindValue(table);
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query);
    QList<StoredRecord> records;
    while (query.next())
        records.append(recordFrom(query));
    return records;
}

Result<QList<StoredRecord>> ServerStore::tableRows(const QString &chapterKey, const QString &table) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM records WHERE chapter_key = ? AND table_name = ?").arg(kRecordColumns));
    query.addBindValue(sqlText(chapterKey));
    query.addBindValue(table);
    if (!query.exec())
        return sqlError(query);
    QList<StoredRecord> records;
    while (query.next())
        records.append(recordFrom(query));
    return records;
}

Result<QList<std::pair<QString, QString>>> ServerStore::rowKeys(const QString &chapterKey) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT table_name, row_id FROM records WHERE chapter_key = ? ORDER BY table_name, row_id"));
    query.addBindValue(sqlText(chapterKey));
    if (!query.exec())
        return sqlError(query);
    QList<std::pair<QString, QString>> keys;
    while (query.next())
        keys.append({query.value(0).toString(), query.value(1).toString()});
    return keys;
}

Result<QStringList> ServerStore::devicesOf(const QString &userId) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT device_id FROM devices WHERE user_id = ?"));
    query.addBindValue(userId);
    if (!query.exec())
        return sqlError(query);
    QStringList devices;
    while (query.next())
        devices.append(query.value(0).toString());
    return devices;
}

Result<qint64> ServerStore::ackedSeq(const QString &userId, const QString &deviceId) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT acked_seq FROM devices WHERE user_id = ? AND device_id = ?"));
    query.addBindValue(userId);
    query.addBindValue(deviceId);
    if (!query.exec())
        return sqlError(query);
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Status ServerStore::setAckedSeq(const QString &userId, const QString &deviceId, qint64 seq)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT INTO devices (user_id, device_id, acked_seq) VALUES (?, ?, ?) "
                                 "ON CONFLICT (user_id, device_id) DO UPDATE SET acked_seq = excluded.acked_seq"));
    query.addBindValue(userId);
    query.addBindValue(deviceId);
    query.addBindValue(seq);
    return query.exec() ? success() : Status(sqlError(query));
}

Result<QList<ServerStore::FeedItem>> ServerStore::feed(const QString &chapterKey, qint64 afterSeq, int limit,
                                                       qsizetype maxBytes) const
{
    QSqlQuery rows(connection());
    rows.setForwardOnly(true);
    rows.prepare(QStringLiteral("SELECT seq, table_name, row_id, data, clocks FROM records WHERE chapter_key = ? AND seq > ? "
                                "ORDER BY seq LIMIT ?"));
    rows.addBindValue(sqlText(chapterKey));
    rows.addBindValue(afterSeq);
    rows.addBindValue(limit);
    bool stoppedEarly = false;
    auto fromRecords = feedItems(rows, maxBytes, &stoppedEarly);
    if (!fromRecords)
        return fromRecords;
    QList<FeedItem> items = std::move(fromRecords).value();
    // Rows left unread for their size come in the next page: an eviction after them must wait
    // too, or the cursor would pass them.
    const qint64 lastSeq = stoppedEarly ? items.last().seq : std::numeric_limits<qint64>::max();
    QSqlQuery evictions(connection());
    evictions.prepare(QStringLiteral("SELECT seq, table_name, row_id FROM evictions WHERE chapter_key = ? AND seq > ? "
                                     "ORDER BY seq LIMIT ?"));
    evictions.addBindValue(sqlText(chapterKey));
    evictions.addBindValue(afterSeq);
    evictions.addBindValue(limit);
    if (!evictions.exec())
        return sqlError(evictions);
    while (evictions.next() && evictions.value(0).toLongLong() <= lastSeq)
        items.append({evictions.value(0).toLongLong(), evictions.value(1).toString(), evictions.value(2).toString(), true, {}, {}});
    std::sort(items.begin(), items.end(), [](const FeedItem &a, const FeedItem &b) { return a.seq < b.seq; });
    if (items.size() > limit)
        items.resize(limit);
    return items;
}

Result<QList<ServerStore::FeedItem>> ServerStore::snapshot(const QString &chapterKey, qint64 throughSeq,
                                                           const QString &afterTable, const QString &afterId, int limit,
                                                           qsizetype maxBytes) const
{
    QSqlQuery rows(connection());
    rows.setForwardOnly(true);
    rows.prepare(QStringLiteral("SELECT seq, table_name, row_id, data, clocks FROM records WHERE chapter_key = ? AND seq <= ? "
                                "AND (table_name, row_id) > (?, ?) ORDER BY table_name, row_id LIMIT ?"));
    rows.addBindValue(sqlText(chapterKey));
    rows.addBindValue(throughSeq);
    rows.addBindValue(sqlText(afterTable));
    rows.addBindValue(sqlText(afterId));
    rows.addBindValue(limit);
    return feedItems(rows, maxBytes);
}

Result<qint64> ServerStore::currentSeq(const QString &chapterKey) const
{
    QSqlQuery read(connection());
    read.prepare(QStringLiteral("SELECT seq FROM counters WHERE chapter_key = ?"));
    read.addBindValue(sqlText(chapterKey));
    if (!read.exec())
        return sqlError(read);
    return read.next() ? read.value(0).toLongLong() : 0;
}

Result<QList<ServerStore::FeedItem>> ServerStore::feedItems(QSqlQuery &rows, qsizetype maxBytes, bool *stoppedEarly)
{
    if (!rows.exec())
        return sqlError(rows);
    QList<FeedItem> items;
    qsizetype bytes = 0;
    while (rows.next()) {
        if (!items.isEmpty() && bytes >= maxBytes) {
            if (stoppedEarly)
                *stoppedEarly = true;
            break;
        }
        items.append({rows.value(0).toLongLong(), rows.value(1).toString(), rows.value(2).toString(), false,
                      rows.value(3).toString().toUtf8(), rows.value(4).toString().toUtf8()});
        bytes += items.last().data.size() + items.last().clocks.size();
    }
    return items;
}

} // namespace majlis::server
