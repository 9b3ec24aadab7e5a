#include "advocacy/legislator.h"

#include "i18n/bidi.h"

#include <QCoreApplication>

namespace majlis {

QString Legislator::seat() const
{
    if (district.isEmpty())
        return state;
    if (state.isEmpty())
        return district;
    if (district == u"0")
        return state + QStringLiteral("-AL");
    return state + u'-' + district;
}

namespace {

QString titleOf(const Legislator &l, bool isolated)
{
    const QString full = l.fullName.isEmpty() ? (l.firstName + u' ' + l.lastName).trimmed() : l.fullName;
    const QString name = isolated ? bidi::isolate(full) : full;
    const QString seat = isolated ? bidi::isolateLtr(l.seat()) : l.seat();
    // U.S. members have a state and the titles Americans use; a member of another country's
    // parliament is named with their constituency alone.
    // A single chamber's members go by different titles (Nebraska's senators, D.C.'s
    // councilmembers), so they get none.
    if (l.state.isEmpty() || l.chamber == Chamber::Unicameral)
        return QCoreApplication::translate("majlis::Legislator", "%1 (%2)").arg(name, seat);
    if (l.chamber == Chamber::Senate)
        return QCoreApplication::translate("majlis::Legislator", "Sen. %1 (%2)").arg(name, seat);
    return QCoreApplication::translate("majlis::Legislator", "Rep. %1 (%2)").arg(name, seat);
}

} // namespace

QString Legislator::title() const
{
    return titleOf(*this, false);
}

QString Legislator::shownTitle() const
{
    return titleOf(*this, true);
}

} // namespace majlis
