// Any request body to any endpoint of the sync service, with a valid session or a forged one:
// the service must answer every one with a status and stay usable. The first byte picks the
// endpoint and whether the session is real; the rest is the body.
#include "fuzzsupport.h"
#include "syncfixture.h"

#include <QJsonDocument>
#include <QStringList>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using majlis::fuzz::SyncFixture;
    SyncFixture &fixture = SyncFixture::instance();
    if (size == 0)
        return 0;
    static const QStringList endpoints{QStringLiteral("hello"), QStringLiteral("login"), QStringLiteral("push"),
                                       QStringLiteral("pull"), QStringLiteral("logout"), QStringLiteral("unknown")};
    const QString endpoint = endpoints.at(data[0] % endpoints.size());
    const bool realSession = (data[0] & 0x80) != 0;
    const auto response = fixture.service().handle({endpoint, realSession ? fixture.token() : QByteArrayLiteral("forged-token"),
                                                    majlis::fuzz::bytes(data + 1, size - 1), QStringLiteral("192.0.2.7")});
    if (response.status < 200 || response.status > 599)
        __builtin_trap(); // every request gets a real HTTP status
    if (!QJsonDocument::fromJson(response.body).isObject())
        __builtin_trap(); // every answer, a pull's page written as text included, is a JSON object
    if (!realSession && response.status == 200 && (endpoint == u"push" || endpoint == u"pull"))
        __builtin_trap(); // a forged session never reads or writes
    if (realSession && endpoint == u"logout")
        fixture.renewToken();
    return 0;
}
