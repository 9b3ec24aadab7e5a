#include "advocacy/legislator.h"

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

QString Legislator::title() const
{
    const QString name = fullName.isEmpty() ? (firstName + u' ' + lastName).trimmed() : fullName;
    if (chamber == Chamber::Senate)
        return QCoreApplication::translate("majlis::Legislator", "Sen. %1 (%2)").arg(name, seat());
    return QCoreApplication::translate("majlis::Legislator", "Rep. %1 (%2)").arg(name, seat());
}

} // namespace majlis
