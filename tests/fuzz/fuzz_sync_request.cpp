// Any request body to any endpoint of the sync service, with a valid session or a forged one:
// the service must answer every one with a status and stay usable. The first byte picks the
// endpoint and whether the session is real; the rest is the body.
#include "fuzzsupport.h"
#include "syncfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {

// A pull page stops once its rows reach the byte limit: with the one row that crossed it (its
// values, clocks and the row's own keys) and the cursor, evictions and purge list after it.
bool pageWithinLimit(const majlis::server::ServiceResponse &response, const majlis::server::ServiceLimits &limits)
{
    return response.body.size() <= limits.maxPageBytes + 2 * limits.rows.maxRowBytes + 256 * 1024;
}

// Every row a push kept is within the row limit, however its fields were spread over changes.
bool keptRowsWithinLimit(majlis::fuzz::SyncFixture &fixture, const QByteArray &body)
{
    for (const QJsonValue &mutation : QJsonDocument::fromJson(body).object().value(QStringLiteral("mutations")).toArray()) {
        const QJsonObject m = mutation.toObject();
        const auto stored = fixture.store().record(m.value(QStringLiteral("table")).toString(), m.value(QStringLiteral("id")).toString());
        if (!stored || !stored->has_value())
            continue;
        qsizetype bytes = 0;
        const QJsonObject &data = (*stored)->data;
        for (auto it = data.begin(); it != data.end(); ++it)
            bytes += it.key().size() + (it.value().isString() ? it.value().toString().toUtf8().size() : 8);
        // The server adds a chapter of its own choosing to a contact, past what was pushed.
        if (data.size() > fixture.limits().rows.maxFields + 1 || bytes > fixture.limits().rows.maxRowBytes + 128)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using majlis::fuzz::SyncFixture;
    SyncFixture &fixture = SyncFixture::instance();
    if (size == 0)
        return 0;
    static const QStringList endpoints{QStringLiteral("hello"), QStringLiteral("login"), QStringLiteral("push"),
                                       QStringLiteral("pull"), QStringLiteral("logout"), QStringLiteral("unknown"),
                                       QStringLiteral("lease")};
    const QString endpoint = endpoints.at(data[0] % endpoints.size());
    const bool realSession = (data[0] & 0x80) != 0;
    const auto response = fixture.service().handle({endpoint, realSession ? fixture.token() : QByteArrayLiteral("forged-token"),
                                                    majlis::fuzz::bytes(data + 1, size - 1), QStringLiteral("192.0.2.7")});
    if (response.status < 200 || response.status > 599)
        __builtin_trap(); // every request gets a real HTTP status
    if (!QJsonDocument::fromJson(response.body).isObject())
        __builtin_trap(); // every answer, a pull's page written as text included, is a JSON object
    if (!realSession && response.status == 200 && (endpoint == u"push" || endpoint == u"pull" || endpoint == u"lease"))
        __builtin_trap(); // a forged session never reads or writes
    if (realSession && endpoint == u"pull" && response.status == 200 && !pageWithinLimit(response, fixture.limits()))
        __builtin_trap(); // pages are bounded in bytes
    if (realSession && endpoint == u"push" && response.status == 200
        && !keptRowsWithinLimit(fixture, majlis::fuzz::bytes(data + 1, size - 1)))
        __builtin_trap(); // no row grows past the limit
    if (realSession && endpoint == u"logout")
        fixture.renewToken();
    return 0;
}
