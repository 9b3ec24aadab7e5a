#include "pullpage.h"

#include <QJsonDocument>

namespace majlis::server {

namespace {

// A JSON string. Ids and table names are checked on the way in, but the text written here must
// be valid whatever a row holds.
void appendString(QByteArray &out, const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped += u'"';
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\') {
            escaped += u'\\';
            escaped += c;
        } else if (c.unicode() < 0x20) {
            escaped += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        } else {
            escaped += c;
        }
    }
    escaped += u'"';
    out += escaped.toUtf8();
}

// The values a tombstone keeps on the wire: what says it is deleted, and when and by whom.
QByteArray tombstoneValues(const QByteArray &values)
{
    // Stored rows are compact JSON, so a deleted one holds this text; anything else is a
    // live row and is sent as it is, without being parsed.
    if (!values.contains("\"deleted\":1"))
        return values;
    const QJsonObject row = QJsonDocument::fromJson(values).object();
    if (row.value(QStringLiteral("deleted")).toInt() != 1)
        return values;
    QJsonObject kept;
    for (const char *column : {"id", "deleted", "created_at", "updated_at", "device_id"}) {
        const QString name = QString::fromLatin1(column);
        if (row.contains(name))
            kept.insert(name, row.value(name));
    }
    return QJsonDocument(kept).toJson(QJsonDocument::Compact);
}

} // namespace

void PullPage::addRow(const QString &table, const QString &id, const QString &chapter, const QByteArray &values,
                      const QByteArray &clocks, bool erased)
{
    m_rows += m_rows.isEmpty() ? "{\"table\":" : ",{\"table\":";
    appendString(m_rows, table);
    m_rows += ",\"id\":";
    appendString(m_rows, id);
    m_rows += ",\"chapter\":";
    appendString(m_rows, chapter);
    m_rows += ",\"values\":";
    m_rows += values.isEmpty() ? QByteArrayLiteral("{}") : tombstoneValues(values);
    m_rows += ",\"clocks\":";
    m_rows += clocks.isEmpty() ? QByteArrayLiteral("{}") : clocks;
    if (erased)
        m_rows += ",\"erased\":true";
    m_rows += '}';
}

QByteArray PullPage::finish(const QJsonObject &rest) const
{
    QByteArray body = QJsonDocument(rest).toJson(QJsonDocument::Compact);
    // rest is an object: "{...}" or "{}"; the rows go in front of its members.
    QByteArray rows = "{\"rows\":[" + m_rows + ']';
    if (body.size() > 2)
        rows += ',';
    body.replace(0, 1, rows);
    return body;
}

} // namespace majlis::server
