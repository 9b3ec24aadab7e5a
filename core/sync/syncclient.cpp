#include "sync/syncclient.h"

#include "common/clock.h"
#include "common/crashpoint.h"
#include "contacts/searchrefresh.h"
#include "privacy/personerasure.h"
#include "storage/database.h"
#include "storage/scopedpragma.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "sync/chapteradoption.h"
#include "sync/localstate.h"
#include "sync/outbox.h"
#include "sync/pullapplier.h"
#include "sync/syncschema.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace majlis::sync {

namespace {

QString text(const QJsonObject &body, const char *key)
{
    return body.value(QLatin1String(key)).toString();
}

// The highest change-log position this file ever handed out, deleted entries included.
Result<qint64> highestLogSeq(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = 'change_log'")) || !query.next())
        return sqlError(query);
    return query.value(0).toLongLong();
}

// A pulled page is the server's data: it must commit whole or not at all, but if a power cut
// loses the last pages they are simply pulled again. So the pull does not wait for the disk at
// every page (the next FULL commit of a local edit syncs what came before), and lets the
// write-ahead log grow larger before copying it into the file, instead of rewriting the same
// index pages every few pages of a first sync.
struct PullWriteSettings
{
    explicit PullWriteSettings(const QSqlDatabase &db)
        : synchronous(db, QStringLiteral("synchronous"), QStringLiteral("NORMAL")),
          checkpoint(db, QStringLiteral("wal_autocheckpoint"), QStringLiteral("16384")),
          // 64 MiB while pulling: a first sync's index pages stay in memory between its pages.
          cache(db, QStringLiteral("cache_size"), QStringLiteral("-65536"))
    {
    }
    ScopedPragma synchronous;
    ScopedPragma checkpoint;
    ScopedPragma cache;
};

bool cancelled(const std::function<bool(const SyncProgress &)> &progress, SyncProgress::Phase phase, int done, int total)
{
    return progress && !progress({phase, done, total});
}

} // namespace

SyncClient::SyncClient(Database &database, SyncTransport &transport) : m_database(database), m_transport(transport) {}

Error SyncClient::replyError(const SyncReply &reply) const
{
    if (!reply.answered())
        return Error{Error::Code::Unreachable, tr("The sync server could not be reached: %1").arg(reply.transportError)};
    if (reply.status >= 300 && reply.status < 400)
        return Error{Error::Code::Unreachable, reply.transportError}; // the transport's explanation of a refused redirect
    const QString message = text(reply.body, "message");
    switch (reply.status) {
    case 401:
        return Error{Error::Code::Unauthorized, tr("The server did not accept the login. Log in again.")};
    case 403:
        return Error{Error::Code::InvalidInput, tr("The server refused: %1").arg(message)};
    case 426:
        return Error{Error::Code::NewerVersion,
                     tr("The sync server needs a newer Majlis. Update Majlis on this laptop, then sync again.")};
    case 429:
        return Error{Error::Code::InvalidInput, tr("Too many attempts. Wait a few minutes, then try again.")};
    default:
        return Error{Error::Code::Io, tr("The sync server answered %1: %2").arg(reply.status).arg(message)};
    }
}

Status SyncClient::hello()
{
    const SyncReply reply = m_transport.post(QStringLiteral("hello"),
                                             {{QStringLiteral("protocol"), kProtocolVersion},
                                              {QStringLiteral("schema"), Database::latestSchemaVersion()},
                                              {QStringLiteral("client"), QStringLiteral("majlis " MAJLIS_VERSION)}},
                                             {});
    if (reply.status != 200)
        return replyError(reply);
    const QSqlDatabase db = m_database.connection();
    const QString serverId = text(reply.body, "server_id");
    const QString known = localstate::value(db, localstate::kServerId);
    if (!known.isEmpty() && known != serverId)
        return Error{Error::Code::InvalidInput,
                     tr("This workspace syncs with another server. Open a new workspace to sync with this one.")};
    if (known.isEmpty()) {
        if (auto s = localstate::setValue(db, localstate::kServerId, serverId); !s)
            return s;
    }
    // A new epoch means the server was restored from a backup: the pull cursor is meaningless
    // now (the server answers it with a full snapshot) and the push watermark follows whatever
    // the server says it has acknowledged.
    if (auto s = localstate::setValue(db, localstate::kEpoch, text(reply.body, "epoch")); !s)
        return s;
    const QJsonObject limits = reply.body.value(QStringLiteral("limits")).toObject();
    m_maxBytes = std::max<qsizetype>(64 * 1024, qsizetype(limits.value(QStringLiteral("max_body_bytes")).toDouble(8 << 20)) / 2);
    m_pageSize = std::clamp(limits.value(QStringLiteral("page_size")).toInt(500), 10, 5000);
    return success();
}

Result<QByteArray> SyncClient::login(const QString &user, const QString &password)
{
    if (auto s = hello(); !s)
        return s.error();
    const auto post = [&] {
        return m_transport.post(QStringLiteral("login"),
                                {{QStringLiteral("user"), user},
                                 {QStringLiteral("password"), password},
                                 {QStringLiteral("device_id"), m_database.deviceId()}},
                                {});
    };
    SyncReply reply = post();
    if (reply.status == 409 && text(reply.body, "error") == u"device_taken") {
        // The server binds a device id to the first user who logs in with it; this workspace
        // file was last used by someone else (or copied from their laptop). Under a new id it
        // is this user's device, and what it has not pushed yet is pushed under that id.
        if (auto s = m_database.renewDeviceId(); !s)
            return s.error();
        reply = post();
        if (reply.status == 409)
            return Error{Error::Code::InvalidInput,
                         tr("The server refused this workspace's new device id as well. Try again later.")};
    }
    if (reply.status == 401)
        return Error{Error::Code::Unauthorized, tr("The user name or password is wrong.")};
    if (reply.status != 200)
        return replyError(reply);
    if (auto s = adoptServerChapters(m_database, reply.body.value(QStringLiteral("chapters")).toArray()); !s)
        return s.error();
    return text(reply.body, "token").toUtf8();
}

Status SyncClient::logout(const QByteArray &token)
{
    const SyncReply reply = m_transport.post(QStringLiteral("logout"), {}, token);
    return reply.status == 200 ? success() : Status(replyError(reply));
}

Result<SyncReport> SyncClient::sync(const QByteArray &token, const std::function<bool(const SyncProgress &)> &progress)
{
    SyncReport report;
    if (cancelled(progress, SyncProgress::Phase::Connecting, 0, 0)) {
        report.complete = false;
        return report;
    }
    if (auto s = hello(); !s)
        return s.error();
    if (auto s = push(token, report, progress); !s)
        return s.error();
    if (report.complete) {
        if (auto s = pull(token, report, progress); !s)
            return s.error();
    }
    if (!report.complete)
        return report; // not "synced": the last-synced time stays that of the last whole sync
    if (auto s = localstate::setValue(m_database.connection(), localstate::kLastSynced, QString::number(nowMs())); !s)
        return s.error();
    return report;
}

Result<LeaseGrant> SyncClient::lease(const QByteArray &token, const QString &campaignId, int count,
                                     const std::function<bool(const SyncProgress &)> &progress)
{
    if (count < 1)
        return Error{Error::Code::InvalidInput, tr("Ask for at least one person.")};
    if (auto s = hello(); !s)
        return s.error();
    const SyncReply reply = m_transport.post(QStringLiteral("lease"),
                                             {{QStringLiteral("campaign_id"), campaignId}, {QStringLiteral("count"), count}},
                                             token);
    if (reply.status == 404)
        return Error{Error::Code::NotFound,
                     tr("The server has no such campaign in your chapters. Sync, then choose the campaign again.")};
    if (reply.status == 409)
        return Error{Error::Code::InvalidInput, tr("This campaign is closed: nobody can take people from its list.")};
    if (reply.status != 200)
        return replyError(reply);
    LeaseGrant grant;
    grant.until = qint64(reply.body.value(QStringLiteral("lease_until")).toDouble());
    for (const QJsonValue &person : reply.body.value(QStringLiteral("granted")).toArray())
        grant.contactIds.append(person.toObject().value(QStringLiteral("contact_id")).toString());
    // The lease is the server's already; the sync only brings it here. Should it fail, the
    // next sync does it, well before the lease ends.
    auto report = sync(token, progress);
    if (!report)
        return report.error();
    grant.sync = report.value();
    return grant;
}

Status SyncClient::push(const QByteArray &token, SyncReport &report,
                        const std::function<bool(const SyncProgress &)> &progress)
{
    const QSqlDatabase db = m_database.connection();
    auto highest = highestLogSeq(db);
    if (!highest)
        return highest.error();
    Outbox outbox(db, m_database.deviceId());
    qint64 pushed = localstate::value(db, localstate::kPushedSeq, QStringLiteral("0")).toLongLong();
    const auto pending = outbox.pendingCount(pushed);
    if (!pending)
        return pending.error();
    const int total = int(pending.value());
    // Each round either moves the watermark or rewinds it once to what a restored server holds;
    // the bound only guards against a server that keeps answering nonsense.
    for (int round = 0; round < total / 10 + 100; ++round) {
        auto batch = outbox.next(pushed, m_pageSize, m_maxBytes);
        if (!batch)
            return batch.error();
        const bool empty = batch->lastSeq == pushed;
        const SyncReply reply = m_transport.post(QStringLiteral("push"),
                                                 {{QStringLiteral("device_id"), m_database.deviceId()},
                                                  {QStringLiteral("after"), pushed},
                                                  {QStringLiteral("through"), batch->lastSeq},
                                                  {QStringLiteral("mutations"), batch->mutations}},
                                                 token);
        if (reply.status != 200)
            return replyError(reply);
        crashpoint::hit("sync.push.after-ack");
        const qint64 acked = qint64(reply.body.value(QStringLiteral("acked_seq")).toDouble());
        if (acked > highest.value()) {
            // The server holds more from this device than this file ever wrote: the file was
            // put back from an older backup (or copied where the copy could not be noticed).
            // Its new changes would reuse acknowledged numbers and be skipped, so it becomes a
            // new device, and the push starts over under that name. Nothing was applied.
            if (auto s = m_database.renewDeviceId(); !s)
                return s;
            return push(token, report, progress);
        }

        Transaction tx(db);
        if (!tx.isActive())
            return tx.beginStatus();
        for (const QJsonValue &value : reply.body.value(QStringLiteral("rejected")).toArray()) {
            const QJsonObject rejected = value.toObject();
            QSqlQuery refusal(db);
            refusal.prepare(QStringLiteral("INSERT INTO sync_refusals (table_name, row_id, reason, at) VALUES (?, ?, ?, ?)"));
            refusal.addBindValue(text(rejected, "table"));
            refusal.addBindValue(text(rejected, "id"));
            refusal.addBindValue(text(rejected, "message"));
            refusal.addBindValue(nowMs());
            if (!refusal.exec())
                return sqlError(refusal);
            ++report.refused;
        }
        if (auto s = localstate::setValue(db, localstate::kPushedSeq, QString::number(acked)); !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;

        if (acked >= pushed)
            report.pushed += int(batch->mutations.size());
        const bool rewound = acked < pushed;
        pushed = acked;
        if (cancelled(progress, SyncProgress::Phase::Pushing, report.pushed, total)) {
            report.complete = false;
            return success();
        }
        if (empty && !rewound)
            return success();
    }
    return Error{Error::Code::Io, tr("The sync server keeps refusing to acknowledge this laptop's changes.")};
}

Status SyncClient::pull(const QByteArray &token, SyncReport &report,
                        const std::function<bool(const SyncProgress &)> &progress)
{
    const QSqlDatabase db = m_database.connection();
    // Contacts an interrupted pull left unindexed first, then those of this pull at its end.
    if (auto s = searchrefresh::refreshStale(db, m_database.deviceId()); !s)
        return s;
    const QString cursor = localstate::value(db, localstate::kCursor);
    if (cursor.isEmpty()) {
        // A first pull brings most contacts: their documents are rewritten all at once at the end.
        if (auto s = searchrefresh::markEveryoneStale(db); !s)
            return s;
    }
    PullApplier applier(db, m_database.deviceId());
    const PullWriteSettings writeSettings(db);
    const auto finish = [&] {
        if (report.erased > 0)
            PersonErasure::scrubFreedText(db);
        return searchrefresh::refreshStale(db, m_database.deviceId());
    };
    const auto requestPage = [&](const QString &from) {
        return m_transport.start(QStringLiteral("pull"), {{QStringLiteral("cursor"), from}, {QStringLiteral("limit"), m_pageSize}},
                                 token);
    };
    std::unique_ptr<PendingReply> pending = requestPage(cursor);
    for (;;) {
        const SyncReply reply = pending->wait();
        if (reply.status != 200)
            return replyError(reply);
        // The server prepares the next page while this one is applied. Should this one fail,
        // that request is simply dropped: a pull changes nothing on the server.
        pending.reset();
        if (reply.body.value(QStringLiteral("more")).toBool())
            pending = requestPage(reply.body.value(QStringLiteral("cursor")).toString());
        const qint64 pushed = localstate::value(db, localstate::kPushedSeq, QStringLiteral("0")).toLongLong();
        auto page = applier.apply(reply.body, pushed);
        if (!page)
            return page.error();
        report.pulled += page->rowsApplied;
        report.removed += page->rowsRemoved;
        report.conflicts += page->conflictsSeen;
        report.erased += page->rowsErased;
        if (!page->more)
            return finish();
        if (cancelled(progress, SyncProgress::Phase::Pulling, report.pulled, 0)) {
            report.complete = false;
            return finish();
        }
    }
}

} // namespace majlis::sync
