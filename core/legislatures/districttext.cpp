#include "legislatures/districttext.h"

#include <QRegularExpression>

namespace majlis::districttext {

QString canonical(const QString &district)
{
    const QString text = district.simplified();
    bool ok = false;
    const qlonglong number = text.toLongLong(&ok);
    return ok && number >= 0 ? QString::number(number) : text;
}

bool same(const QString &a, const QString &b)
{
    return canonical(a).compare(canonical(b), Qt::CaseInsensitive) == 0;
}

QString HouseSeat::label() const
{
    return state + u'-' + QString::number(district);
}

std::optional<HouseSeat> houseSeat(const QString &text, const QString &state)
{
    static const QRegularExpression seat(QStringLiteral("^(?:([A-Za-z]{2})\\s*[-\\s]\\s*)?(AL|al|[0-9]{1,2})$"));
    const QRegularExpressionMatch match = seat.match(text.simplified());
    if (!match.hasMatch())
        return std::nullopt;
    const QString code = (match.captured(1).isEmpty() ? state.trimmed() : match.captured(1)).toUpper();
    static const QRegularExpression twoLetters(QStringLiteral("^[A-Z]{2}$"));
    if (!twoLetters.match(code).hasMatch())
        return std::nullopt;
    const QString number = match.captured(2);
    return HouseSeat{code, number.compare(u"AL", Qt::CaseInsensitive) == 0 ? 0 : number.toInt()};
}

} // namespace majlis::districttext
