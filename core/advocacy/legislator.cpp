#include "advocacy/legislator.h"

#include "i18n/bidi.h"

#include <QCoreApplication>

namespace majlis {

QString Legislator::seat() const
{
    if (chamber == Chamber::Senate || !district)
        return state;
    if (*district == 0)
        return state + QStringLiteral("-AL");
    return state + u'-' + QString::number(*district);
}

namespace {

QString titleOf(const Legislator &l, bool isolated)
{
    const QString full = l.fullName.isEmpty() ? (l.firstName + u' ' + l.lastName).trimmed() : l.fullName;
    const QString name = isolated ? bidi::isolate(full) : full;
    const QString seat = isolated ? bidi::isolateLtr(l.seat()) : l.seat();
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
