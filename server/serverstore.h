#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

class QSqlQuery;

namespace majlis::server {

// Where the server keeps its data: a SQLite file, or a PostgreSQL database for an organization
// that outgrows one machine. The statements are the same for both.
struct StoreLocation
{
    QString driver = QStringLiteral("QSQLITE"); // or QPSQL
    QString database;                           // SQLite file path, or PostgreSQL database name
    QString host;
    int port = 0;
    QString user;
    QString password;
};

struct StoredRecord
{
    QString table;
    QString id;
    QString chapterKey; // '' for organization-wide
    QString parentTable;
    QString parentId;
    QJsonObject data;
    QJsonObject clocks; // one per field here; stored compacted (sync/clockset.h)
    qint64 seq = 0;
};

class ServerStore
{
    Q_DECLARE_TR_FUNCTIONS(ServerStore)

public:
    static Result<std::unique_ptr<ServerStore>> open(const StoreLocation &location);
    ~ServerStore();
    ServerStore(const ServerStore &) = delete;
    ServerStore &operator=(const ServerStore &) = delete;

    QSqlDatabase connection() const;
    bool isInitialized() const;
    // Creates the tables, the server's id and its first epoch. Refuses an initialized store.
    Status initialize(const QString &organization);
    // A restored backup must not look like the server the laptops last talked to.
    Status startNewEpoch();

    QString meta(const QString &key) const;
    Status setMeta(const QString &key, const QString &value);

    Status begin();
    Status commit();
    void rollback();
    bool isPostgres() const;

    // Which chapters the current transaction may read and write ('' rows always), enforced by
    // PostgreSQL's row-level security; "*" means all. SQLite has no such wall and ignores it.
    static inline const QStringList kAllChapters{QStringLiteral("*")};
    Status setScope(const QStringList &readChapters, const QStringList &writeChapters);

    Result<std::optional<StoredRecord>> record(const QString &table, const QString &id) const;
    // Writes the row with the next sequence number of its chapter's feed.
    Status putRecord(StoredRecord &record);
    Status evict(const QString &chapterKey, const QString &table, const QString &id);
    Result<QList<StoredRecord>> children(const QString &table, const QString &id) const;
    // The rows of one table in one chapter ('' for the organization's).
    Result<QList<StoredRecord>> tableRows(const QString &chapterKey, const QString &table) const;
    // (table, id) of every row of a chapter, in key order.
    Result<QList<std::pair<QString, QString>>> rowKeys(const QString &chapterKey) const;
    // The device ids registered to a user.
    Result<QStringList> devicesOf(const QString &userId) const;

    Result<qint64> ackedSeq(const QString &userId, const QString &deviceId) const;
    Status setAckedSeq(const QString &userId, const QString &deviceId, qint64 seq);

    struct FeedItem
    {
        qint64 seq = 0;
        QString table;
        QString id;
        bool evicted = false; // the row left the chapter's feed: no data
        QByteArray data;      // the row's values, as stored (JSON text)
        QByteArray clocks;    // their clocks, as stored (sync/clockset.h)
    };
    // Rows and evictions of one chapter's feed after `afterSeq`, in order: at most `limit`
    // items, and no more rows once their values and clocks reach `maxBytes` (at least one).
    Result<QList<FeedItem>> feed(const QString &chapterKey, qint64 afterSeq, int limit, qsizetype maxBytes) const;
    // The rows of one chapter written at or before `throughSeq`, in key order after the row
    // (afterTable, afterId): a first copy that a laptop writes into its indexes in order.
    Result<QList<FeedItem>> snapshot(const QString &chapterKey, qint64 throughSeq, const QString &afterTable,
                                     const QString &afterId, int limit, qsizetype maxBytes) const;
    // The last sequence number the chapter's feed has handed out; 0 before its first row.
    Result<qint64> currentSeq(const QString &chapterKey) const;

private:
    // users.name_key (UserName::key) for a server made before it, and its unique index.
    Status addNameKeys();
    // The 'caller' role in users.role's CHECK, for a server made before it.
    Status addCallerRole();
    // target_assignments and lease_locks (schema_campaigns.sql), filled from the stored targets.
    Status addTargetIndex();
    Status runInTransaction(const QStringList &statements);
    explicit ServerStore(QString connectionName);
    Result<qint64> nextSeq(const QString &chapterKey);
    Status upgrade();
    // Runs a query of seq, table_name, row_id, data and clocks, reading rows until their bytes
    // reach maxBytes; `stoppedEarly` tells whether rows were left unread for that reason.
    static Result<QList<FeedItem>> feedItems(QSqlQuery &rows, qsizetype maxBytes, bool *stoppedEarly = nullptr);
    Status runScript(const QString &resource);

    QString m_connectionName;
};

} // namespace majlis::server
