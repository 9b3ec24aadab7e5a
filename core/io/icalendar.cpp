#include "io/icalendar.h"

#include <QTimeZone>

namespace majlis {

const ICalProperty *ICalComponent::property(const QString &name) const
{
    for (const ICalProperty &p : properties) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

QString ICalComponent::text(const QString &name) const
{
    const ICalProperty *p = property(name);
    return p ? ICalendar::unescapeText(p->value) : QString();
}

void ICalComponent::addText(const QString &name, const QString &text)
{
    properties.append({name, {}, ICalendar::escapeText(text)});
}

void ICalComponent::addUtc(const QString &name, const QDateTime &time)
{
    properties.append({name, {}, ICalendar::formatUtc(time)});
}

namespace {

QString quoteParameter(const QString &value)
{
    if (value.contains(u':') || value.contains(u';') || value.contains(u','))
        return u'"' + QString(value).remove(u'"') + u'"';
    return value;
}

void writeComponent(QByteArray &out, const ICalComponent &component)
{
    const auto appendFolded = &ICalendar::appendFolded;
    appendFolded(out, "BEGIN:" + component.name.toUtf8());
    for (const ICalProperty &p : component.properties) {
        QString line = p.name;
        for (auto it = p.parameters.cbegin(); it != p.parameters.cend(); ++it)
            line += u';' + it.key() + u'=' + quoteParameter(it.value());
        line += u':' + p.value;
        appendFolded(out, line.toUtf8());
    }
    for (const ICalComponent &child : component.children)
        writeComponent(out, child);
    appendFolded(out, "END:" + component.name.toUtf8());
}

struct Line
{
    QString text;
    int number;
};

QList<Line> unfold(const QByteArray &data)
{
    QList<Line> lines;
    const QString text = QString::fromUtf8(data);
    int number = 0;
    for (QString physical : text.split(u'\n')) {
        ++number;
        if (physical.endsWith(u'\r'))
            physical.chop(1);
        if ((physical.startsWith(u' ') || physical.startsWith(u'\t')) && !lines.isEmpty())
            lines.last().text += physical.mid(1);
        else if (!physical.isEmpty())
            lines.append({physical, number});
    }
    return lines;
}

// Splits NAME;P=V;P="V:x":VALUE; parameters without "=" are dropped, as iCalendar has none.
std::optional<ICalProperty> parseLine(const QString &line)
{
    const auto parts = ICalendar::splitContentLine(line);
    if (!parts)
        return std::nullopt;
    ICalProperty property;
    property.value = parts->value;
    property.name = parts->name.trimmed().toUpper();
    if (property.name.isEmpty())
        return std::nullopt;
    for (const QString &part : parts->parameters) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0)
            continue;
        QString value = part.mid(eq + 1);
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2);
        property.parameters.insert(part.left(eq).trimmed().toUpper(), value);
    }
    return property;
}

} // namespace

QByteArray ICalendar::write(const ICalComponent &calendar)
{
    QByteArray out;
    writeComponent(out, calendar);
    return out;
}

Result<QList<ICalComponent>> ICalendar::parse(const QByteArray &data)
{
    QList<ICalComponent> top;
    QList<ICalComponent> stack;
    QList<int> opened;
    for (const Line &line : unfold(data)) {
        const auto property = parseLine(line.text);
        if (!property)
            return Error {Error::Code::InvalidInput,
                tr("Line %1 is not an iCalendar line (NAME:value): \"%2\".").arg(line.number).arg(line.text.left(60))};
        if (property->name == u"BEGIN") {
            stack.append({property->value.trimmed().toUpper(), {}, {}});
            opened.append(line.number);
        } else if (property->name == u"END") {
            const QString name = property->value.trimmed().toUpper();
            if (stack.isEmpty() || stack.last().name != name)
                return Error {Error::Code::InvalidInput,
                    tr("Line %1 ends %2, which is not the open component.").arg(line.number).arg(name)};
            ICalComponent done = stack.takeLast();
            opened.removeLast();
            (stack.isEmpty() ? top : stack.last().children).append(done);
        } else if (stack.isEmpty()) {
            return Error {Error::Code::InvalidInput,
                tr("Line %1 is outside any BEGIN:VCALENDAR … END:VCALENDAR.").arg(line.number)};
        } else {
            stack.last().properties.append(*property);
        }
    }
    if (!stack.isEmpty())
        return Error {Error::Code::InvalidInput,
            tr("%1 opened on line %2 is never closed; the file may be cut short.")
                .arg(stack.last().name)
                .arg(opened.last())};
    if (top.isEmpty())
        return Error {Error::Code::InvalidInput, tr("The file holds no calendar.")};
    return top;
}

// Folds one content line: at most 75 octets per physical line, never inside a UTF-8 sequence.
void ICalendar::appendFolded(QByteArray &out, const QByteArray &line)
{
    // Most lines need no fold: copy them whole (an export writes hundreds of thousands).
    if (line.size() <= 75) {
        out += line;
        out += "\r\n";
        return;
    }
    int lineOctets = 0;
    for (qsizetype i = 0; i < line.size();) {
        qsizetype length = 1;
        const auto lead = static_cast<unsigned char>(line.at(i));
        if (lead >= 0xF0)
            length = 4;
        else if (lead >= 0xE0)
            length = 3;
        else if (lead >= 0xC0)
            length = 2;
        if (lineOctets + length > 75) {
            out += "\r\n ";
            lineOctets = 1;
        }
        out.append(line.constData() + i, std::min(length, line.size() - i));
        lineOctets += int(length);
        i += length;
    }
    out += "\r\n";
}

std::optional<ContentLineParts> ICalendar::splitContentLine(const QString &line)
{
    bool quoted = false;
    qsizetype colon = -1;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == u'"')
            quoted = !quoted;
        else if (line.at(i) == u':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon <= 0)
        return std::nullopt;
    ContentLineParts parts;
    parts.value = line.mid(colon + 1);
    QString current;
    quoted = false;
    for (const QChar c : line.left(colon)) {
        if (c == u'"')
            quoted = !quoted;
        if (c == u';' && !quoted) {
            parts.parameters.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts.parameters.append(current);
    parts.name = parts.parameters.takeFirst();
    return parts;
}

QString ICalendar::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u';' || c == u',')
            out += u'\\';
        if (c == u'\n') {
            out += QStringLiteral("\\n");
            continue;
        }
        if (c == u'\r')
            continue;
        out += c;
    }
    return out;
}

QString ICalendar::unescapeText(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c != u'\\' || i + 1 == value.size()) {
            out += c;
            continue;
        }
        const QChar next = value.at(++i);
        out += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
    }
    return out;
}

QString ICalendar::formatUtc(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QTimeZone ICalendar::zoneForTzid(const QString &tzid)
{
    QByteArray id = tzid.trimmed().toUtf8();
    if (id.isEmpty())
        return {};
    if (QTimeZone::isTimeZoneIdAvailable(id))
        return QTimeZone(id);
    const QByteArray windows = QTimeZone::windowsIdToDefaultIanaId(id);
    if (!windows.isEmpty() && QTimeZone::isTimeZoneIdAvailable(windows))
        return QTimeZone(windows);
    // Drop leading path segments while an "Area/City" is left to try.
    while (id.count('/') > 1) {
        id = id.mid(id.indexOf('/') + 1);
        if (QTimeZone::isTimeZoneIdAvailable(id))
            return QTimeZone(id);
    }
    return {};
}

QDateTime ICalendar::parseDateTime(const ICalProperty &property, QString *warning)
{
    QString value = property.value.trimmed();
    const bool utc = value.endsWith(u'Z');
    if (utc)
        value.chop(1);
    QDateTime time = QDateTime::fromString(value, QStringLiteral("yyyyMMdd'T'HHmmss"));
    if (!time.isValid()) {
        const QDate date = QDate::fromString(value, QStringLiteral("yyyyMMdd"));
        if (!date.isValid())
            return {};
        time = date.startOfDay();
    }
    if (utc) {
        time.setTimeZone(QTimeZone::utc());
    } else if (property.parameters.contains(QStringLiteral("TZID"))) {
        const QString tzid = property.parameters.value(QStringLiteral("TZID"));
        const QTimeZone zone = zoneForTzid(tzid);
        if (zone.isValid())
            time.setTimeZone(zone);
        else if (warning)
            *warning = tr("%1 names the time zone \"%2\", which this computer does not know; its time %3 is kept "
                          "as written, without a zone.")
                           .arg(property.name, tzid.left(80), time.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    return time;
}

} // namespace majlis
