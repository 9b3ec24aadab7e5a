// Pull with any cursor text: a cursor this server never gave out is refused, never trusted.
#include "fuzzsupport.h"
#include "syncfixture.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using majlis::fuzz::SyncFixture;
    SyncFixture &fixture = SyncFixture::instance();
    const QJsonObject body{{QStringLiteral("cursor"), QString::fromLatin1(majlis::fuzz::bytes(data, size))},
                           {QStringLiteral("limit"), 50}};
    const auto response = fixture.service().handle(
        {QStringLiteral("pull"), fixture.token(), QJsonDocument(body).toJson(QJsonDocument::Compact), QStringLiteral("192.0.2.7")});
    if (response.status != 200 && response.status != 400)
        __builtin_trap();
    return 0;
}
