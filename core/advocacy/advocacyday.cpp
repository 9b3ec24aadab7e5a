#include "advocacy/advocacyday.h"

#include "common/enumkeys.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace majlis {

namespace {

const char *const kRoleKeys[] = {"constituent", "team_lead", "note_taker", "first_timer"};
const char *const kOutcomeKeys[] = {"supportive", "undecided", "opposed", "no_answer"};

template <typename Enum, size_t N> std::optional<Enum> fromKey(const char *const (&keys)[N], const QString &key)
{
    const QString wanted = key.trimmed().toLower().replace(u'-', u'_');
    for (size_t i = 0; i < N; ++i) {
        if (wanted == QLatin1String(keys[i]))
            return Enum(i);
    }
    return std::nullopt;
}

} // namespace

QString Attendee::seat() const
{
    QStringList parts;
    for (Chamber chamber : {Chamber::House, Chamber::Unicameral, Chamber::Senate}) {
        const QString d = districts.value(chamber);
        if (!d.isEmpty() && !parts.contains(d))
            parts.append(d);
    }
    if (parts.isEmpty())
        return state;
    const QString joined = parts.join(u'/');
    return state.isEmpty() ? joined : state + u'-' + joined;
}

QString roleKey(AttendeeRole role)
{
    return QLatin1String(kRoleKeys[int(role)]);
}

std::optional<AttendeeRole> roleFromKey(const QString &key)
{
    return enumFromKey<AttendeeRole>(kRoleKeys, key);
}

QString roleName(AttendeeRole role)
{
    switch (role) {
    case AttendeeRole::Constituent:
        return QCoreApplication::translate("majlis::AttendeeRole", "Constituent");
    case AttendeeRole::TeamLead:
        return QCoreApplication::translate("majlis::AttendeeRole", "Team lead");
    case AttendeeRole::NoteTaker:
        return QCoreApplication::translate("majlis::AttendeeRole", "Note-taker");
    case AttendeeRole::FirstTimer:
        return QCoreApplication::translate("majlis::AttendeeRole", "First-timer");
    }
    return {};
}

QString outcomeKey(Outcome outcome)
{
    return QLatin1String(kOutcomeKeys[int(outcome)]);
}

std::optional<Outcome> outcomeFromKey(const QString &key)
{
    return enumFromKey<Outcome>(kOutcomeKeys, key);
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Supportive:
        return QCoreApplication::translate("majlis::Outcome", "Supportive");
    case Outcome::Undecided:
        return QCoreApplication::translate("majlis::Outcome", "Undecided");
    case Outcome::Opposed:
        return QCoreApplication::translate("majlis::Outcome", "Opposed");
    case Outcome::NoAnswer:
        return QCoreApplication::translate("majlis::Outcome", "No answer");
    }
    return {};
}

QString formatMinutes(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

std::optional<int> parseMinutes(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2})(?::?(\\d{2}))?$"));
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int hours = m.captured(1).toInt();
    const int minutes = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    if (hours > 24 || minutes > 59 || (hours == 24 && minutes > 0))
        return std::nullopt;
    return hours * 60 + minutes;
}

} // namespace majlis
