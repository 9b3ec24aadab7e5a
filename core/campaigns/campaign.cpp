#include "campaigns/campaign.h"

#include "common/enumkeys.h"

#include <QCoreApplication>

namespace majlis {

namespace {

const char *const kKindKeys[] = {"phone", "door", "gotv"};
const char *const kKindNames[] = {
    QT_TRANSLATE_NOOP("majlis::Campaign", "Phone bank"),
    QT_TRANSLATE_NOOP("majlis::Campaign", "Door knocking"),
    QT_TRANSLATE_NOOP("majlis::Campaign", "Get out the vote"),
};

const char *const kResultKeys[] = {"contacted", "not_home", "left_message", "busy", "refused", "moved",
                                   "wrong_number", "disconnected", "language_barrier", "deceased", "do_not_contact"};
const char *const kResultNames[] = {
    QT_TRANSLATE_NOOP("majlis::Campaign", "Contacted"),
    QT_TRANSLATE_NOOP("majlis::Campaign", "Not home"),
    QT_TRANSLATE_NOOP("majlis::Campaign", "Left message"),
    QT_TRANSLATE_NOOP("majlis::Campaign", "Busy"),
    QT_TRANSLATE_NOOP("majlis::Campaign", "Refused"),
    QT_TRANSLATE_NOOP("majlis::Campaign", "Moved"),
    QT_TRANSLATE_NOOP("majlis::Campaign", "Wrong number"),
    QT_TRANSLATE_NOOP("majlis::Campaign", "Disconnected"),
    QT_TRANSLATE_NOOP("majlis::Campaign", "Language barrier"),
    QT_TRANSLATE_NOOP("majlis::Campaign", "Deceased"),
    QT_TRANSLATE_NOOP("majlis::Campaign", "Do not contact"),
};

} // namespace

QString campaignKindKey(CampaignKind kind)
{
    return enumKey(kKindKeys, kind);
}

std::optional<CampaignKind> campaignKindFromKey(const QString &key)
{
    return enumFromKey<CampaignKind>(kKindKeys, key);
}

QString campaignKindName(CampaignKind kind)
{
    return QCoreApplication::translate("majlis::Campaign", kKindNames[int(kind)]);
}

QString resultCodeKey(ResultCode code)
{
    return enumKey(kResultKeys, code);
}

std::optional<ResultCode> resultCodeFromKey(const QString &key)
{
    return enumFromKey<ResultCode>(kResultKeys, key);
}

QString resultCodeName(ResultCode code)
{
    return QCoreApplication::translate("majlis::Campaign", kResultNames[int(code)]);
}

QList<ResultCode> allResultCodes()
{
    QList<ResultCode> codes;
    for (int i = 0; i < int(std::size(kResultKeys)); ++i)
        codes.append(ResultCode(i));
    return codes;
}

QList<ResultCode> resultCodesFor(CampaignKind kind)
{
    QList<ResultCode> codes = allResultCodes();
    if (kind == CampaignKind::Door) {
        codes.removeIf([](ResultCode code) {
            return code == ResultCode::LeftMessage || code == ResultCode::Busy || code == ResultCode::WrongNumber
                || code == ResultCode::Disconnected;
        });
    }
    return codes;
}

bool isFinal(ResultCode code)
{
    switch (code) {
    case ResultCode::NotHome:
    case ResultCode::LeftMessage:
    case ResultCode::Busy:
        return false;
    default:
        return true;
    }
}

bool marksNumberBad(ResultCode code)
{
    return code == ResultCode::WrongNumber || code == ResultCode::Disconnected;
}

QString impliedOptOut(ResultCode code)
{
    switch (code) {
    case ResultCode::Deceased:
        return QStringLiteral("deceased");
    case ResultCode::DoNotContact:
        return QStringLiteral("requested");
    default:
        return {};
    }
}

QString optOutReasonName(const QString &key)
{
    if (key == u"requested")
        return QCoreApplication::translate("majlis::Campaign", "Asked not to be contacted");
    if (key == u"refused")
        return QCoreApplication::translate("majlis::Campaign", "Refused");
    if (key == u"hostile")
        return QCoreApplication::translate("majlis::Campaign", "Hostile");
    if (key == u"deceased")
        return QCoreApplication::translate("majlis::Campaign", "Deceased");
    return key;
}

} // namespace majlis
