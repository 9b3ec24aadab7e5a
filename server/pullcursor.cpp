#include "pullcursor.h"

#include "pushedfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace majlis::server::pullcursor {

namespace {

bool isId(const QJsonValue &value)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9._:-]{1,64}$"));
    return value.isString() && shape.match(value.toString()).hasMatch();
}

bool isPositions(const QJsonValue &value)
{
    if (value.isUndefined())
        return true;
    if (!value.isObject())
        return false;
    for (const QJsonValue &seq : value.toObject()) {
        if (!boundedInteger(seq, 0, kMaxSeq))
            return false;
    }
    return true;
}

bool isChapterCursor(const QJsonObject &cursor)
{
    const QJsonValue copies = cursor.value(QStringLiteral("s"));
    if (!isPositions(cursor.value(QStringLiteral("k"))) || (!copies.isUndefined() && !copies.isObject()))
        return false;
    for (const QJsonValue &copy : copies.toObject()) {
        const QJsonArray at = copy.toArray();
        if (at.size() != 3 || !boundedInteger(at.at(0), 0, kMaxSeq) || !at.at(1).isString() || !at.at(2).isString())
            return false;
    }
    return true;
}

bool isCallerCursor(const QJsonObject &cursor)
{
    if (cursor.value(QStringLiteral("c")).toInt() != 1 || !isPositions(cursor.value(QStringLiteral("k")))
        || !isPositions(cursor.value(QStringLiteral("n"))))
        return false;
    const QJsonValue after = cursor.value(QStringLiteral("a"));
    if (!after.isUndefined() && (!after.isString() || after.toString().size() > 200))
        return false;
    const QJsonValue people = cursor.value(QStringLiteral("t"));
    if (!people.isUndefined() && !people.isObject())
        return false;
    const QJsonObject byCampaign = people.toObject();
    for (auto it = byCampaign.begin(); it != byCampaign.end(); ++it) {
        if (!isId(it.key()) || !it.value().isArray())
            return false;
        for (const QJsonValue &contact : it.value().toArray()) {
            if (!isId(contact))
                return false;
        }
    }
    const QJsonValue tags = cursor.value(QStringLiteral("g"));
    if (!tags.isUndefined() && !tags.isArray())
        return false;
    for (const QJsonValue &tag : tags.toArray()) {
        if (!isId(tag))
            return false;
    }
    return true;
}

} // namespace

QByteArray encode(const QJsonObject &cursor)
{
    return QJsonDocument(cursor).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<Decoded> decode(const QString &text)
{
    if (text.isEmpty())
        return Decoded{};
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject cursor = doc.object();
    if (cursor.contains(QStringLiteral("c"))) {
        if (!isCallerCursor(cursor))
            return std::nullopt;
        return Decoded{Kind::Caller, cursor};
    }
    if (!isChapterCursor(cursor))
        return std::nullopt;
    return Decoded{Kind::Chapters, cursor};
}

} // namespace majlis::server::pullcursor
