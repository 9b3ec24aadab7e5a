#include "syncservice.h"

#include "callerview.h"
#include "callerwrites.h"
#include "erasure.h"
#include "leases.h"
#include "passwordpolicy.h"
#include "pullcursor.h"
#include "pullpage.h"
#include "pushedfields.h"

#include "common/clock.h"
#include "common/crashpoint.h"
#include "legislatures/legislativebody.h"
#include "sync/hybridclock.h"
#include "sync/syncschema.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace majlis::server {

using namespace majlis::sync;

namespace {

// The oldest workspace schema whose laptops may sync: from 11 on, a person's opt-out
// (contacts.do_not_contact) is honoured by every list, and a laptop of an older schema would
// ignore it and let a volunteer call someone who asked never to be called again.
constexpr int kMinimumClientSchema = 11;
using pullcursor::kMaxSeq;

QJsonObject failureBody(const QString &code, const QString &message)
{
    return {{QStringLiteral("error"), code}, {QStringLiteral("message"), message}};
}

ServiceResponse failure(int status, const QString &code, const QString &message)
{
    return {status, failureBody(code, message)};
}

bool isRowId(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9._:-]{1,64}$"));
    return shape.match(text).hasMatch();
}

// The details of a failure the client cannot fix go to the server's log, not to the client.
template<typename T>
std::optional<T> internalFailure(const Error &error)
{
    qWarning("majlis-server: internal error: %s", qPrintable(error.message));
    return T{QStringLiteral("internal"), {}};
}

// snapshots: the chapters still sending their first copy, each as [through seq, table, id].
QByteArray encodeCursor(const QString &epoch, const QJsonObject &seqs, const QJsonObject &snapshots)
{
    QJsonObject cursor{{QStringLiteral("e"), epoch}, {QStringLiteral("k"), seqs}};
    if (!snapshots.isEmpty())
        cursor.insert(QStringLiteral("s"), snapshots);
    return pullcursor::encode(cursor);
}

QString chapterValue(const QJsonObject &fields, const QString &column)
{
    return fields.value(column).toObject().value(QStringLiteral("v")).toString();
}

bool canSee(const Account &account, const QString &chapterKey)
{
    return chapterKey.isEmpty() || account.chapterIds.contains(chapterKey);
}

// One answer for a record that does not exist and one the user may not see: a forged id
// learns nothing.
Refusal forbiddenRefusal()
{
    return {QStringLiteral("forbidden"), SyncService::tr("You cannot change this record.")};
}

Refusal erasedRefusal()
{
    return {QStringLiteral("erased"), SyncService::tr("This person's data was erased on request; the change was not kept.")};
}

Refusal roleRefusal()
{
    return {QStringLiteral("role"), SyncService::tr("Only organizers can change this kind of record.")};
}

QStringList readableChapters(const Account &account)
{
    QStringList visible{QString()};
    QStringList chapters = account.chapterIds;
    chapters.sort();
    return visible + chapters;
}

} // namespace

ServiceResponse::ServiceResponse(int status, const QJsonObject &object)
    : status(status), body(QJsonDocument(object).toJson(QJsonDocument::Compact))
{
}

ServiceResponse ServiceResponse::serialized(int status, QByteArray json)
{
    ServiceResponse response;
    response.status = status;
    response.body = std::move(json);
    return response;
}

QJsonObject ServiceResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

SyncService::SyncService(ServerStore &store, Accounts &accounts, ServiceLimits limits, std::function<qint64()> now)
    : m_store(store), m_accounts(accounts), m_limits(limits), m_now(std::move(now))
{
}

ServiceResponse SyncService::handle(const ServiceRequest &request)
{
    if (request.body.size() > m_limits.maxBodyBytes)
        return failure(413, QStringLiteral("too_large"), tr("The request is larger than this server accepts."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body.isEmpty() ? QByteArrayLiteral("{}") : request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        m_accounts.audit(QStringLiteral("bad_request"), {}, request.remote, request.endpoint);
        return failure(400, QStringLiteral("malformed"), tr("The request is not a JSON object."));
    }
    const QJsonObject body = doc.object();
    if (request.endpoint == u"hello")
        return hello(body);
    if (request.endpoint == u"login")
        return login(body, request.remote);
    if (request.endpoint != u"logout" && request.endpoint != u"push" && request.endpoint != u"pull"
        && request.endpoint != u"lease")
        return failure(404, QStringLiteral("unknown_endpoint"), tr("There is no such request."));

    const std::optional<Account> account = m_accounts.authenticate(request.bearerToken);
    if (!account) {
        m_accounts.audit(QStringLiteral("auth_refused"), {}, request.remote, request.endpoint);
        return failure(401, QStringLiteral("unauthorized"), tr("Log in again: the session is missing, expired or revoked."));
    }
    if (request.endpoint == u"logout") {
        if (auto s = m_accounts.revoke(request.bearerToken, request.remote); !s)
            return failure(500, QStringLiteral("internal"), tr("The server could not complete the request."));
        return {200, {{QStringLiteral("ok"), true}}};
    }
    if (request.endpoint == u"push")
        return push(*account, body, request.remote);
    if (request.endpoint == u"lease")
        return lease(*account, body, request.remote);
    return pull(*account, body);
}

ServiceResponse SyncService::hello(const QJsonObject &body) const
{
    const int protocol = body.value(QStringLiteral("protocol")).toInt();
    const int schema = body.value(QStringLiteral("schema")).toInt();
    if (protocol < kProtocolVersion || schema < kMinimumClientSchema)
        return failure(426, QStringLiteral("outdated"), tr("This version of Majlis is too old for this server. Update it."));
    return {200,
            {{QStringLiteral("server_id"), m_store.meta(QStringLiteral("server_id"))},
             {QStringLiteral("epoch"), m_store.meta(QStringLiteral("epoch"))},
             {QStringLiteral("protocol"), kProtocolVersion},
             {QStringLiteral("min_schema"), kMinimumClientSchema},
             {QStringLiteral("time"), m_now()},
             {QStringLiteral("limits"),
              QJsonObject{{QStringLiteral("max_body_bytes"), m_limits.maxBodyBytes},
                          {QStringLiteral("page_size"), m_limits.pageSize},
                          {QStringLiteral("max_page_bytes"), double(m_limits.maxPageBytes)},
                          {QStringLiteral("max_mutations"), m_limits.maxMutations},
                          {QStringLiteral("max_field_bytes"), double(m_limits.rows.maxFieldBytes)},
                          {QStringLiteral("max_row_bytes"), double(m_limits.rows.maxRowBytes)},
                          {QStringLiteral("max_fields"), m_limits.rows.maxFields},
                          {QStringLiteral("max_offline_days"), m_limits.maxOfflineDays},
                          {QStringLiteral("lease_ms"), double(m_limits.leaseMs)},
                          {QStringLiteral("max_lease"), m_limits.maxLease}}}}};
}

ServiceResponse SyncService::login(const QJsonObject &body, const QString &remote)
{
    const QString user = body.value(QStringLiteral("user")).toString();
    const QString password = body.value(QStringLiteral("password")).toString();
    const QString deviceId = body.value(QStringLiteral("device_id")).toString();
    // Refused before any hashing; the bound admits every password PasswordPolicy lets be set.
    if (user.isEmpty() || user.size() > 200 || password.isEmpty() || password.size() > PasswordPolicy::kMaxUtf16Units
        || (!deviceId.isEmpty() && !isRowId(deviceId)))
        return failure(400, QStringLiteral("malformed"), tr("A login needs a user name and a password."));
    const LoginOutcome outcome = m_accounts.login(user, password, remote, deviceId);
    switch (outcome.kind) {
    case LoginOutcome::Kind::Ok: {
        QJsonArray chapters;
        const auto all = m_accounts.chapters();
        for (const auto &[id, name] : all ? all.value() : QList<std::pair<QString, QString>>()) {
            if (outcome.account.chapterIds.contains(id))
                chapters.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}});
        }
        return {200,
                {{QStringLiteral("token"), QString::fromLatin1(outcome.token)},
                 {QStringLiteral("expires_at"), outcome.expiresAt},
                 {QStringLiteral("user_id"), outcome.account.userId},
                 // The name as the server holds it: what assignments and results name this user by.
                 {QStringLiteral("name"), outcome.account.name},
                 {QStringLiteral("role"), roleName(outcome.account.role)},
                 {QStringLiteral("chapters"), chapters}}};
    }
    case LoginOutcome::Kind::Throttled: {
        QJsonObject body = failureBody(QStringLiteral("throttled"), tr("Too many failed logins. Wait, then try again."));
        body.insert(QStringLiteral("retry_after_ms"), outcome.retryAfterMs);
        return {429, body};
    }
    case LoginOutcome::Kind::DeviceTaken:
        return failure(409, QStringLiteral("device_taken"),
                       tr("This workspace's device id belongs to another user. Majlis gives the workspace a new "
                          "device id and logs in again."));
    case LoginOutcome::Kind::Disabled:
    case LoginOutcome::Kind::BadCredentials:
        // The same answer for both, so a guesser cannot tell which accounts exist.
        return failure(401, QStringLiteral("bad_credentials"), tr("The user name or password is wrong."));
    default:
        return failure(503, QStringLiteral("unavailable"), tr("The server cannot check logins right now."));
    }
}

ServiceResponse SyncService::push(const Account &account, const QJsonObject &body, const QString &remote)
{
    const QString deviceId = body.value(QStringLiteral("device_id")).toString();
    const QJsonArray mutations = body.value(QStringLiteral("mutations")).toArray();
    const std::optional<qint64> through = boundedInteger(body.value(QStringLiteral("through")), 0, kMaxSeq);
    const QJsonValue afterValue = body.value(QStringLiteral("after"));
    const std::optional<qint64> after = afterValue.isUndefined() ? 0 : boundedInteger(afterValue, 0, kMaxSeq);
    if (!isRowId(deviceId) || !body.value(QStringLiteral("mutations")).isArray() || !through || !after)
        return failure(400, QStringLiteral("malformed"), tr("A push needs a device id, a position and a list of changes."));
    if (mutations.size() > m_limits.maxMutations)
        return failure(413, QStringLiteral("too_many"), tr("Too many changes in one push."));

    if (auto s = m_store.begin(); !s)
        return failure(503, QStringLiteral("unavailable"), tr("The server is busy; try again."));
    // Any row may be looked up (a foreign one is refused by the checks below), but the
    // database itself lets this push write only into the user's chapters.
    if (auto s = m_store.setScope(ServerStore::kAllChapters, account.chapterIds); !s) {
        m_store.rollback();
        return failure(500, QStringLiteral("internal"), tr("The server could not complete the request."));
    }
    // A device id is visible on every row its laptop wrote. Bound to the user who first used
    // it, it cannot be borrowed to pass off an overwrite as that laptop's own next edit.
    auto owner = m_accounts.deviceTakenByAnother(deviceId, account.userId);
    if (!owner) {
        m_store.rollback();
        return failure(500, QStringLiteral("internal"), tr("The server could not complete the request."));
    }
    if (owner.value()) {
        m_store.rollback();
        m_accounts.audit(QStringLiteral("push_refused"), account.userId, remote, QStringLiteral("device_taken"));
        return failure(403, QStringLiteral("device_taken"),
                       tr("This laptop's device id belongs to another user. Log in again to sync as yourself."));
    }
    auto acked = m_store.ackedSeq(account.userId, deviceId);
    if (!acked) {
        m_store.rollback();
        return failure(500, QStringLiteral("internal"), tr("The server could not complete the request."));
    }
    // The laptop believes everything up to `after` arrived. A server restored from a backup may
    // hold less: answer with what it has, so the laptop sends the rest again.
    if (*after > acked.value()) {
        m_store.rollback();
        return {200, {{QStringLiteral("acked_seq"), acked.value()}, {QStringLiteral("rejected"), QJsonArray()}}};
    }
    qint64 newAcked = acked.value();
    QJsonArray rejected;
    Account writer = account; // gains the chapters an administrator adds in this push
    std::optional<CallerWrites> callerWrites;
    if (account.role == Role::Caller)
        callerWrites.emplace(m_store, writer);
    Leases leases(m_store, m_now(), m_limits.leaseMs);
    for (const QJsonValue &value : mutations) {
        const QJsonObject mutation = value.toObject();
        const std::optional<qint64> seq = boundedInteger(mutation.value(QStringLiteral("seq")), 1, kMaxSeq);
        if (!seq) {
            m_store.rollback();
            return failure(400, QStringLiteral("malformed"), tr("A change has no valid position."));
        }
        if (*seq <= acked.value())
            continue; // applied by an earlier try whose answer was lost
        if (*seq > *through) {
            m_store.rollback();
            return failure(400, QStringLiteral("malformed"), tr("A change lies beyond the position the push claims."));
        }
        if (const auto refusal = applyMutation(writer, deviceId, mutation, callerWrites ? &*callerWrites : nullptr, leases)) {
            if (refusal->code == u"internal") {
                m_store.rollback();
                return failure(500, QStringLiteral("internal"), tr("The server could not complete the request."));
            }
            rejected.append(QJsonObject{{QStringLiteral("seq"), double(*seq)},
                                        {QStringLiteral("table"), mutation.value(QStringLiteral("table")).toString().left(64)},
                                        {QStringLiteral("id"), mutation.value(QStringLiteral("id")).toString().left(64)},
                                        {QStringLiteral("error"), refusal->code},
                                        {QStringLiteral("message"), refusal->message}});
            m_accounts.audit(QStringLiteral("push_refused"), account.userId, remote, refusal->code);
        }
    }
    newAcked = std::max(newAcked, *through);
    if (auto s = m_store.setAckedSeq(account.userId, deviceId, newAcked); !s) {
        m_store.rollback();
        return failure(500, QStringLiteral("internal"), tr("The server could not complete the request."));
    }
    crashpoint::hit("server.push.before-commit");
    if (auto s = m_store.commit(); !s)
        return failure(503, QStringLiteral("unavailable"), tr("The server is busy; try again."));
    crashpoint::hit("server.push.after-commit");
    return {200, {{QStringLiteral("acked_seq"), newAcked}, {QStringLiteral("rejected"), rejected}}};
}

std::optional<Refusal> SyncService::applyMutation(Account &account, const QString &deviceId, const QJsonObject &mutation,
                                                  CallerWrites *callerWrites, Leases &leases)
{
    const QString table = mutation.value(QStringLiteral("table")).toString();
    const QString id = mutation.value(QStringLiteral("id")).toString();
    const TableRule *rule = ruleFor(table);
    if (!rule || !isRowId(id))
        return Refusal{QStringLiteral("malformed"), tr("The change names an unknown table or an invalid id.")};

    const qint64 now = m_now();
    if (mutation.value(QStringLiteral("erase")).toBool()) {
        if (callerWrites)
            return Refusal{QStringLiteral("role"), tr("Only organizers and volunteers of the person's chapter can erase them.")};
        return erase(account, table, id, now);
    }
    auto read = PushedFields::read(mutation.value(QStringLiteral("fields")).toObject(), id, deviceId, now, m_limits.rows);
    if (const auto *refusal = std::get_if<Refusal>(&read))
        return *refusal;
    QJsonObject fields = std::get<QJsonObject>(std::move(read));
    if (fields.isEmpty())
        return std::nullopt; // every field went with a later change of the same laptop

    auto stored = m_store.record(table, id);
    if (!stored)
        return internalFailure<Refusal>(stored.error());
    if (callerWrites) {
        if (auto refusal = callerWrites->check(table, *stored, fields))
            return refusal;
    }
    if (rule->organizersOnly && !organizes(account.role))
        return roleRefusal();
    if (table == u"campaign_results" && !stored->has_value()) {
        if (auto refusal = leases.checkResult(account, fields))
            return refusal;
    }
    auto placed = stored->has_value() ? placeExisting(account, *rule, **stored, fields)
                                      : placeNew(account, *rule, table, id, fields, now);
    if (const auto *refusal = std::get_if<Refusal>(&placed))
        return *refusal;
    Placement target = std::get<Placement>(std::move(placed));
    if (auto refusal = checkReferences(account, *rule, fields, target.record.parentId))
        return refusal;

    StoredRecord &record = target.record;
    const MergedRow merged = mergeFields(record.data, record.clocks, fields, rule->quietFields);
    const bool moved = target.chapterKey != record.chapterKey;
    if (!merged.changed && !moved) {
        if (auto s = logConflicts(record, merged.conflicts); !s)
            return internalFailure<Refusal>(s.error());
        return std::nullopt;
    }
    if (auto refusal = PushedFields::checkRow(merged.data, m_limits.rows))
        return refusal;
    const QString oldChapter = record.chapterKey;
    const bool wasOpen = table == u"campaigns" && (!stored->has_value() || isOpenCampaign(record));
    record.data = merged.data;
    record.clocks = merged.clocks;
    record.chapterKey = target.chapterKey;
    if (auto s = m_store.putRecord(record); !s)
        return internalFailure<Refusal>(s.error());
    // Leases end with their campaign, also those the closing laptop had not heard of yet.
    if (wasOpen && !isOpenCampaign(record)) {
        if (auto s = leases.endAll(record.id, account.chapterIds); !s)
            return internalFailure<Refusal>(s.error());
    }
    if (moved) {
        if (auto s = m_store.evict(oldChapter, table, id); !s)
            return internalFailure<Refusal>(s.error());
        if (auto s = rescope(record, target.chapterKey); !s)
            return internalFailure<Refusal>(s.error());
    }
    if (auto s = logConflicts(record, merged.conflicts); !s)
        return internalFailure<Refusal>(s.error());
    return std::nullopt;
}

std::variant<SyncService::Placement, Refusal> SyncService::placeExisting(const Account &account, const TableRule &rule,
                                                                         StoredRecord record, const QJsonObject &fields)
{
    // Authority comes from the row as the server holds it: what the push says about its
    // chapter is a request to move it, checked against both ends.
    if (!canSee(account, record.chapterKey))
        return forbiddenRefusal();
    if (erasure::isErased(record))
        return erasedRefusal();
    if (rule.scope == Scope::ServerOnly) {
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (it.key() != u"resolved" && it.key() != u"updated_at" && it.key() != u"device_id")
                return forbiddenRefusal();
        }
    }
    QString chapter = record.chapterKey;
    if ((rule.scope == Scope::ChapterColumn || rule.scope == Scope::PrivateChapterColumn) && fields.contains(rule.column)) {
        chapter = chapterValue(fields, rule.column);
        if (chapter.isEmpty() && rule.scope == Scope::PrivateChapterColumn)
            chapter = record.chapterKey;
    } else if (rule.scope == Scope::Parent && fields.contains(rule.column) && chapterValue(fields, rule.column) != record.parentId) {
        auto parent = visibleRow(account, rule.parentTable, chapterValue(fields, rule.column));
        if (const auto *refusal = std::get_if<Refusal>(&parent))
            return *refusal;
        chapter = std::get<StoredRecord>(parent).chapterKey;
        record.parentId = std::get<StoredRecord>(parent).id;
    }
    if (!canSee(account, chapter))
        return forbiddenRefusal();
    // A row shared with the whole organization belongs to everyone in it: a volunteer may edit
    // it but not take it into one chapter, nor hand a chapter's row to the organization.
    if (chapter != record.chapterKey && (chapter.isEmpty() || record.chapterKey.isEmpty()) && !organizes(account.role))
        return Refusal{QStringLiteral("role"), tr("Only organizers can move a record into or out of the organization's shared records.")};
    return Placement{std::move(record), chapter};
}

std::variant<SyncService::Placement, Refusal> SyncService::placeNew(Account &account, const TableRule &rule, const QString &table,
                                                                    const QString &id, QJsonObject &fields, qint64 now)
{
    StoredRecord record;
    record.table = table;
    record.id = id;
    switch (rule.scope) {
    case Scope::ServerOnly:
        return forbiddenRefusal();
    case Scope::Organization:
        break;
    case Scope::OwnChapter:
        if (!account.chapterIds.contains(id)) {
            if (account.role != Role::Admin)
                return Refusal{QStringLiteral("role"), tr("Only an administrator can add a chapter.")};
            if (auto added = addChapter(account, id, chapterValue(fields, QStringLiteral("name"))))
                return *added;
        }
        record.chapterKey = id;
        break;
    case Scope::ChapterColumn:
    case Scope::PrivateChapterColumn:
        record.chapterKey = chapterValue(fields, rule.column);
        if (record.chapterKey.isEmpty() && rule.scope == Scope::PrivateChapterColumn) {
            if (account.chapterIds.isEmpty())
                return forbiddenRefusal();
            // A contact belongs to a chapter; the server picks the writer's first one and
            // the choice comes back to the laptop with the next pull.
            record.chapterKey = account.chapterIds.first();
            fields.insert(rule.column, QJsonObject{{QStringLiteral("v"), record.chapterKey},
                                                   {QStringLiteral("c"), hybridclock::make(now, 0, QStringLiteral("server"))}});
        }
        if (!canSee(account, record.chapterKey))
            return forbiddenRefusal();
        break;
    case Scope::Parent: {
        auto parent = visibleRow(account, rule.parentTable, chapterValue(fields, rule.column));
        if (const auto *refusal = std::get_if<Refusal>(&parent))
            return *refusal;
        record.chapterKey = std::get<StoredRecord>(parent).chapterKey;
        record.parentTable = rule.parentTable;
        record.parentId = std::get<StoredRecord>(parent).id;
        break;
    }
    }
    const QString chapter = record.chapterKey;
    return Placement{std::move(record), chapter};
}

std::optional<Refusal> SyncService::addChapter(Account &account, const QString &id, const QString &name)
{
    // A chapter id the server already has, but not among this administrator's chapters: the
    // same answer as for any record the writer may not see.
    auto all = m_accounts.chapters();
    if (!all)
        return internalFailure<Refusal>(all.error());
    for (const auto &[existing, existingName] : all.value()) {
        if (existing == id)
            return forbiddenRefusal();
    }
    if (auto s = m_accounts.addChapterWithId(id, name, account.userId); !s) {
        // Only the messages written for people go back; a database's own words stay in the log.
        if (s.error().code == Error::Code::InvalidInput)
            return Refusal{QStringLiteral("invalid"), s.error().message};
        return internalFailure<Refusal>(s.error());
    }
    account.chapterIds.append(id);
    if (auto s = m_store.setScope(ServerStore::kAllChapters, account.chapterIds); !s)
        return internalFailure<Refusal>(s.error());
    return std::nullopt;
}

std::optional<Refusal> SyncService::checkReferences(const Account &account, const TableRule &rule, const QJsonObject &fields,
                                                    const QString &parentId)
{
    for (const Reference &reference : rule.references) {
        if (!fields.contains(reference.column))
            continue;
        const QString target = chapterValue(fields, reference.column);
        // Empty is an optional link left unset; the parent was checked when the row was placed.
        if (target.isEmpty() || (reference.column == rule.column && target == parentId))
            continue;
        // Every workspace is born with the U.S. Congress (migration 0010) and none sends it.
        if (reference.table == u"legislative_bodies" && target == bodies::congressId())
            continue;
        auto row = visibleRow(account, reference.table, target);
        if (const auto *refusal = std::get_if<Refusal>(&row))
            return *refusal;
    }
    return std::nullopt;
}

std::variant<StoredRecord, Refusal> SyncService::visibleRow(const Account &account, const QString &table, const QString &id)
{
    auto row = m_store.record(table, id);
    if (!row)
        return *internalFailure<Refusal>(row.error());
    // A row the server never had and one of a chapter the writer is not in get one answer, so a
    // forged id or link learns nothing about another chapter.
    if (!row->has_value() || !canSee(account, (*row)->chapterKey))
        return forbiddenRefusal();
    if (erasure::isErased(**row))
        return erasedRefusal();
    return std::move(**row);
}

std::optional<Refusal> SyncService::erase(const Account &account, const QString &table, const QString &id, qint64 now)
{
    // Only a person is erased; their rows go with them.
    if (table != u"contacts")
        return Refusal{QStringLiteral("malformed"), tr("Only a contact can be erased.")};
    auto stored = m_store.record(table, id);
    if (!stored)
        return internalFailure<Refusal>(stored.error());
    if (!stored->has_value())
        return std::nullopt; // never reached the server: there is nothing here to erase
    if (!(**stored).chapterKey.isEmpty() && !account.chapterIds.contains((**stored).chapterKey))
        return Refusal{QStringLiteral("forbidden"), tr("You cannot change this record.")};
    if (auto s = erasure::eraseTree(m_store, **stored, now); !s)
        return internalFailure<Refusal>(s.error());
    return std::nullopt;
}

Status SyncService::rescope(const StoredRecord &parent, const QString &chapterKey)
{
    auto children = m_store.children(parent.table, parent.id);
    if (!children)
        return children.error();
    for (StoredRecord child : children.value()) {
        if (child.chapterKey == chapterKey)
            continue;
        if (auto s = m_store.evict(child.chapterKey, child.table, child.id); !s)
            return s;
        child.chapterKey = chapterKey;
        if (auto s = m_store.putRecord(child); !s)
            return s;
        if (auto s = rescope(child, chapterKey); !s)
            return s;
    }
    return success();
}

Status SyncService::logConflicts(const StoredRecord &row, const QList<LostValue> &conflicts)
{
    const qint64 now = m_now();
    const QString clock = hybridclock::make(now, 0, QStringLiteral("server"));
    for (const LostValue &lost : conflicts) {
        StoredRecord entry;
        entry.table = QStringLiteral("sync_conflicts");
        // The same lost race always makes the same entry: a push replayed after a restore
        // logs it again under the id the laptops already hold.
        static const QUuid kConflicts = QUuid::fromString(QStringLiteral("6f1c8a52-3f0e-4a8e-9d8b-5a4f0c2e7b11"));
        entry.id = QUuid::createUuidV5(kConflicts, QStringList{row.table, row.id, lost.field, lost.lostClock,
                                                               row.clocks.value(lost.field).toString()}
                                                       .join(u'|'))
                       .toString(QUuid::WithoutBraces);
        entry.chapterKey = row.chapterKey;
        // Hung on the row it is about, so it moves with the row and is erased with it.
        entry.parentTable = row.table;
        entry.parentId = row.id;
        const auto encoded = [](const QJsonValue &value) {
            return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).chopped(1).mid(1));
        };
        entry.data = {{QStringLiteral("id"), entry.id},
                      {QStringLiteral("table_name"), row.table},
                      {QStringLiteral("row_id"), row.id},
                      {QStringLiteral("field"), lost.field},
                      {QStringLiteral("kept_value"), encoded(lost.kept)},
                      {QStringLiteral("lost_value"), encoded(lost.lost)},
                      {QStringLiteral("lost_device"), hybridclock::device(lost.lostClock)},
                      {QStringLiteral("lost_at"), hybridclock::milliseconds(lost.lostClock)},
                      {QStringLiteral("resolved"), 0},
                      {QStringLiteral("created_at"), now},
                      {QStringLiteral("updated_at"), now},
                      {QStringLiteral("deleted"), 0},
                      {QStringLiteral("device_id"), QStringLiteral("server")}};
        for (auto it = entry.data.begin(); it != entry.data.end(); ++it)
            entry.clocks.insert(it.key(), clock);
        if (auto s = m_store.putRecord(entry); !s)
            return s;
    }
    return success();
}

ServiceResponse SyncService::pull(const Account &account, const QJsonObject &body)
{
    const std::optional<pullcursor::Decoded> decoded = pullcursor::decode(body.value(QStringLiteral("cursor")).toString());
    if (!decoded)
        return failure(400, QStringLiteral("bad_cursor"), tr("The sync position is not one this server gave out."));
    const int limit = std::clamp(body.value(QStringLiteral("limit")).toInt(m_limits.pageSize), 1, m_limits.pageSize);
    if (account.role == Role::Caller)
        return callerPull(account, *decoded, limit);
    // A caller's cursor says which of a caller's people the laptop has, not where it stands in
    // the chapters' feeds: a caller made a volunteer starts from a first copy.
    const QJsonObject cursor = decoded->kind == pullcursor::Kind::Chapters ? decoded->cursor : QJsonObject();
    const QString epoch = m_store.meta(QStringLiteral("epoch"));
    const bool reset = !cursor.isEmpty() && cursor.value(QStringLiteral("e")).toString() != epoch;
    const QJsonObject seen = reset ? QJsonObject() : cursor.value(QStringLiteral("k")).toObject();

    const QStringList visible = readableChapters(account);
    QJsonArray purge;
    for (auto it = seen.begin(); it != seen.end(); ++it) {
        if (!visible.contains(it.key()))
            purge.append(it.key());
    }

    QJsonObject next;
    for (const QString &key : std::as_const(visible))
        next.insert(key, seen.value(key).toDouble(0));
    // One read transaction: the pages of every chapter come from the same moment, and on
    // PostgreSQL row-level security lets it read nothing outside the user's chapters.
    if (auto s = m_store.begin(); !s)
        return failure(503, QStringLiteral("unavailable"), tr("The server is busy; try again."));
    const auto finish = qScopeGuard([this] { m_store.rollback(); });
    if (auto s = m_store.setScope(visible, {}); !s)
        return failure(500, QStringLiteral("internal"), tr("The server could not complete the request."));

    // A chapter this laptop has never pulled comes first as a copy of its rows in key order, up
    // to the feed position of that moment, and then as the feed after it. Rows arriving in key
    // order fill the laptop's indexes from one end to the other instead of at random places,
    // which makes a new laptop's first sync several times faster. After a restore (reset) the
    // feed is replayed from its start instead, so the laptop also hears of every eviction.
    const QJsonObject copying = reset ? QJsonObject() : cursor.value(QStringLiteral("s")).toObject();
    QJsonObject snapshots;
    for (const QString &key : std::as_const(visible)) {
        if (copying.contains(key)) {
            snapshots.insert(key, copying.value(key));
        } else if (!reset && !seen.contains(key)) {
            auto through = m_store.currentSeq(key);
            if (!through)
                return failure(500, QStringLiteral("internal"), tr("The server could not complete the request."));
            snapshots.insert(key, QJsonArray{double(through.value()), QString(), QString()});
        }
    }

    PullPage page;
    QJsonArray evictions;
    int remaining = limit;
    // Full when the page holds `limit` rows or `maxPageBytes` bytes, whichever comes first.
    const auto full = [&] { return remaining == 0 || page.size() >= m_limits.maxPageBytes; };
    const auto budget = [&] { return m_limits.maxPageBytes - page.size(); };
    const auto addRow = [&](const ServerStore::FeedItem &item, const QString &key) {
        page.addRow(item.table, item.id, key, item.data, item.clocks, erasure::isErased(item.data));
    };
    for (const QString &key : std::as_const(visible)) {
        if (full())
            break;
        if (snapshots.contains(key)) {
            const QJsonArray at = snapshots.value(key).toArray();
            const qint64 through = qint64(at.at(0).toDouble());
            auto items = m_store.snapshot(key, through, at.at(1).toString(), at.at(2).toString(), remaining, budget());
            if (!items)
                return failure(500, QStringLiteral("internal"), tr("The server could not complete the request."));
            for (const ServerStore::FeedItem &item : items.value())
                addRow(item, key);
            remaining -= int(items->size());
            if (full()) {
                snapshots.insert(key, QJsonArray{double(through), items->last().table, items->last().id});
                break;
            }
            snapshots.remove(key);
            next.insert(key, double(through));
        }
        auto items = m_store.feed(key, qint64(next.value(key).toDouble()), remaining, budget());
        if (!items)
            return failure(500, QStringLiteral("internal"), tr("The server could not complete the request."));
        for (const ServerStore::FeedItem &item : items.value()) {
            if (item.evicted)
                evictions.append(QJsonObject{{QStringLiteral("table"), item.table}, {QStringLiteral("id"), item.id}});
            else
                addRow(item, key);
            next.insert(key, double(item.seq));
        }
        remaining -= int(items->size());
    }
    return ServiceResponse::serialized(200, page.finish({{QStringLiteral("evictions"), evictions},
                                                         {QStringLiteral("purge"), purge},
                                                         {QStringLiteral("reset"), reset},
                                                         {QStringLiteral("more"), full()},
                                                         {QStringLiteral("cursor"), QString::fromLatin1(encodeCursor(epoch, next, snapshots))}}));
}

ServiceResponse SyncService::callerPull(const Account &account, const pullcursor::Decoded &cursor, int limit)
{
    if (auto s = m_store.begin(); !s)
        return failure(503, QStringLiteral("unavailable"), tr("The server is busy; try again."));
    const auto finish = qScopeGuard([this] { m_store.rollback(); });
    if (auto s = m_store.setScope(readableChapters(account), {}); !s)
        return failure(500, QStringLiteral("internal"), tr("The server could not complete the request."));
    CallerView view(m_store, account, m_now());
    auto page = view.page(cursor, limit, m_limits.maxPageBytes);
    if (!page) {
        qWarning("majlis-server: internal error: %s", qPrintable(page.error().message));
        return failure(500, QStringLiteral("internal"), tr("The server could not complete the request."));
    }
    return ServiceResponse::serialized(200, std::move(page).value());
}

ServiceResponse SyncService::lease(const Account &account, const QJsonObject &body, const QString &remote)
{
    const QString campaignId = body.value(QStringLiteral("campaign_id")).toString();
    const std::optional<qint64> count = boundedInteger(body.value(QStringLiteral("count")), 1, m_limits.maxLease);
    if (!isRowId(campaignId) || !count)
        return failure(400, QStringLiteral("malformed"),
                       tr("A lease needs a campaign id and a number of people from 1 to %1.").arg(m_limits.maxLease));
    if (auto s = m_store.begin(); !s)
        return failure(503, QStringLiteral("unavailable"), tr("The server is busy; try again."));
    auto rollback = qScopeGuard([this] { m_store.rollback(); });
    if (auto s = m_store.setScope(ServerStore::kAllChapters, account.chapterIds); !s)
        return failure(500, QStringLiteral("internal"), tr("The server could not complete the request."));
    // The lock before any read: on SQLite a transaction that read first could not write once
    // another request committed, and on PostgreSQL every read after it sees what the request
    // before it handed out. A refused request rolls the lock row back.
    Leases leases(m_store, m_now(), m_limits.leaseMs);
    if (auto s = leases.lock(campaignId); !s)
        return failure(503, QStringLiteral("unavailable"), tr("The server is busy; try again."));
    auto campaign = m_store.record(QStringLiteral("campaigns"), campaignId);
    if (!campaign)
        return failure(500, QStringLiteral("internal"), tr("The server could not complete the request."));
    // A campaign of another chapter and one that does not exist get one answer.
    if (!campaign->has_value() || !canSee(account, (**campaign).chapterKey) || erasure::isErased(**campaign)
        || (**campaign).data.value(QStringLiteral("deleted")).toInt() != 0) {
        rollback.dismiss();
        m_store.rollback(); // before the audit line, which must outlive the request's transaction
        m_accounts.audit(QStringLiteral("lease_refused"), account.userId, remote, QStringLiteral("unknown campaign"));
        return failure(404, QStringLiteral("unknown_campaign"), tr("None of your chapters has this campaign."));
    }
    if (!isOpenCampaign(**campaign))
        return failure(409, QStringLiteral("closed"), tr("This campaign is closed: it hands out no more people."));
    auto granted = leases.grant(account, **campaign, int(*count));
    if (!granted) {
        qWarning("majlis-server: internal error: %s", qPrintable(granted.error().message));
        return failure(500, QStringLiteral("internal"), tr("The server could not complete the request."));
    }
    crashpoint::hit("server.lease.before-commit");
    rollback.dismiss();
    if (auto s = m_store.commit(); !s)
        return failure(503, QStringLiteral("unavailable"), tr("The server is busy; try again."));
    QJsonArray people;
    for (const TargetAssignment &target : granted.value())
        people.append(QJsonObject{{QStringLiteral("target_id"), target.targetId}, {QStringLiteral("contact_id"), target.contactId}});
    return {200,
            {{QStringLiteral("campaign_id"), campaignId},
             {QStringLiteral("lease_until"), double(leases.until())},
             {QStringLiteral("granted"), people}}};
}

} // namespace majlis::server
