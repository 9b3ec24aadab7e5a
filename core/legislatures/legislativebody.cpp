#include "legislatures/legislativebody.h"

#include "common/naturalid.h"
#include "legislatures/usstates.h"

#include <QRegularExpression>

namespace majlis {

QString chamberKey(Chamber chamber)
{
    switch (chamber) {
    case Chamber::Senate:
        return QStringLiteral("senate");
    case Chamber::House:
        return QStringLiteral("house");
    case Chamber::Unicameral:
        return QStringLiteral("unicameral");
    }
    return {};
}

std::optional<Chamber> chamberFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"senate" || k == u"upper" || k == u"sen")
        return Chamber::Senate;
    if (k == u"house" || k == u"lower" || k == u"rep" || k == u"commons" || k == u"assembly")
        return Chamber::House;
    if (k == u"unicameral" || k == u"legislature" || k == u"council")
        return Chamber::Unicameral;
    return std::nullopt;
}

QList<Chamber> LegislativeBody::chambers() const
{
    QList<Chamber> list;
    if (!senateName.isEmpty())
        list.append(Chamber::Senate);
    if (!houseName.isEmpty())
        list.append(Chamber::House);
    if (!unicameralName.isEmpty())
        list.append(Chamber::Unicameral);
    return list;
}

QString LegislativeBody::chamberName(Chamber chamber) const
{
    // A legislature's own name for its chamber is a proper name, shown as the body writes it;
    // the generic words stand in only when the body names none.
    switch (chamber) {
    case Chamber::Senate:
        return senateName.isEmpty() ? QCoreApplication::translate("majlis::LegislativeBody", "Upper chamber") : senateName;
    case Chamber::House:
        return houseName.isEmpty() ? QCoreApplication::translate("majlis::LegislativeBody", "Lower chamber") : houseName;
    case Chamber::Unicameral:
        return unicameralName.isEmpty() ? QCoreApplication::translate("majlis::LegislativeBody", "Chamber")
                                        : unicameralName;
    }
    return {};
}

bool LegislativeBody::isCongress() const
{
    return code == bodies::kCongressCode;
}

namespace bodies {

QString congressId()
{
    static const QString id = naturalId(QStringLiteral("legislative_bodies"), {kCongressCode});
    return id;
}

LegislativeBody congress()
{
    LegislativeBody body;
    body.id = congressId();
    body.code = kCongressCode;
    body.name = QStringLiteral("U.S. Congress");
    body.country = QStringLiteral("US");
    body.city = QStringLiteral("Washington, DC");
    body.timeZone = QStringLiteral("America/New_York");
    body.senateName = QStringLiteral("Senate");
    body.houseName = QStringLiteral("House of Representatives");
    return body;
}

bool isValidCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    return pattern.match(code.trimmed().toLower()).hasMatch();
}

QString stateCode(const QString &usps)
{
    return QStringLiteral("us-") + usps.trimmed().toLower();
}

LegislativeBody usState(const QString &usps)
{
    LegislativeBody body;
    body.code = stateCode(usps);
    body.id = naturalId(QStringLiteral("legislative_bodies"), {body.code});
    body.country = QStringLiteral("US");
    body.region = usps.trimmed().toUpper();
    body.campus = {{QStringLiteral("Capitol"), QStringLiteral("capitol")}};
    if (const usstates::StateInfo *state = usstates::find(usps)) {
        body.name = QString::fromLatin1(state->legislature);
        body.city = QString::fromLatin1(state->capital) + QStringLiteral(", ") + body.region;
        body.timeZone = QString::fromLatin1(state->capitolTimeZone);
        if (state->upper) {
            body.senateName = QString::fromLatin1(state->upper);
            body.houseName = QString::fromLatin1(state->lower);
        } else {
            body.unicameralName = QString::fromLatin1(state->lower);
        }
    } else {
        body.name = body.region;
        body.senateName = QStringLiteral("Senate");
        body.houseName = QStringLiteral("House of Representatives");
    }
    return body;
}

} // namespace bodies

} // namespace majlis
