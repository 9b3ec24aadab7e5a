#include "events/event.h"

#include "common/enumkeys.h"

#include <QCoreApplication>

namespace majlis {

namespace {

const char *const kKindKeys[]
    = {"voter_registration", "interfaith", "town_hall", "training", "cultural", "community", "other"};
const char *const kKindNames[] = {
    QT_TRANSLATE_NOOP("majlis::Event", "Voter-registration drive"),
    QT_TRANSLATE_NOOP("majlis::Event", "Interfaith gathering"),
    QT_TRANSLATE_NOOP("majlis::Event", "Town hall"),
    QT_TRANSLATE_NOOP("majlis::Event", "Training"),
    QT_TRANSLATE_NOOP("majlis::Event", "Cultural evening"),
    QT_TRANSLATE_NOOP("majlis::Event", "Community event"),
    QT_TRANSLATE_NOOP("majlis::Event", "Other"),
};
const char *const kVoterKeys[]
    = {"unknown", "registered_here", "already_registered", "needs_follow_up", "not_eligible"};
const char *const kVoterNames[] = {
    QT_TRANSLATE_NOOP("majlis::Event", "Not asked"),
    QT_TRANSLATE_NOOP("majlis::Event", "Registered here"),
    QT_TRANSLATE_NOOP("majlis::Event", "Already registered"),
    QT_TRANSLATE_NOOP("majlis::Event", "Needs a follow-up"),
    QT_TRANSLATE_NOOP("majlis::Event", "Not eligible"),
};

} // namespace

QString eventKindKey(EventKind kind)
{
    return enumKey(kKindKeys, kind);
}

std::optional<EventKind> eventKindFromKey(const QString &key)
{
    return enumFromKey<EventKind>(kKindKeys, key);
}

QString eventKindName(EventKind kind)
{
    return QCoreApplication::translate("majlis::Event", kKindNames[int(kind)]);
}

QList<EventKind> allEventKinds()
{
    QList<EventKind> kinds;
    for (int i = 0; i <= int(EventKind::Other); ++i)
        kinds.append(EventKind(i));
    return kinds;
}

QString voterStatusKey(VoterRecord::Status status)
{
    return enumKey(kVoterKeys, status);
}

std::optional<VoterRecord::Status> voterStatusFromKey(const QString &key)
{
    return enumFromKey<VoterRecord::Status>(kVoterKeys, key);
}

QString voterStatusName(VoterRecord::Status status)
{
    return QCoreApplication::translate("majlis::Event", kVoterNames[int(status)]);
}

} // namespace majlis
