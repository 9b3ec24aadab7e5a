#include "i18n/bidi.h"

namespace majlis::bidi {

namespace {

constexpr char16_t kLri = 0x2066; // left-to-right isolate
constexpr char16_t kRli = 0x2067; // right-to-left isolate
constexpr char16_t kFsi = 0x2068; // first-strong isolate
constexpr char16_t kPdi = 0x2069; // pop directional isolate

bool opensIsolate(char16_t c)
{
    return c == kLri || c == kRli || c == kFsi;
}

// The text inside an isolate that spans the whole string (and, through `kind`, Ltr when that
// isolate was an LRI); other text as it is.
QString withoutOuterIsolate(const QString &text, Kind *kind)
{
    if (!isIsolated(text))
        return text;
    if (kind && text.front().unicode() == kLri)
        *kind = Kind::Ltr;
    return text.mid(1, text.size() - 2);
}

} // namespace

bool isIsolated(const QString &text)
{
    if (text.size() < 2 || !opensIsolate(text.front().unicode()) || text.back().unicode() != kPdi)
        return false;
    // "⁦a⁩ ⁦b⁩" starts and ends like one isolate but is two: the first must close at the end.
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (opensIsolate(c))
            ++depth;
        else if (c == kPdi && --depth == 0)
            return i == text.size() - 1;
    }
    return false;
}

QString isolate(const QString &text, Kind kind)
{
    if (text.isEmpty() || isIsolated(text))
        return text;
    return QChar(kind == Kind::Ltr ? kLri : kFsi) + text + QChar(kPdi);
}

QString isolateEach(const QStringList &items, Kind kind)
{
    QStringList isolated;
    for (const QString &item : items) {
        if (!item.isEmpty())
            isolated << isolate(item, kind);
    }
    return isolated.join(QStringLiteral(", "));
}

QString clean(const QString &text)
{
    // Only the isolates this file adds: a mark a Persian typist put in a name on purpose stays.
    QString out = text;
    out.removeIf([](QChar c) { return opensIsolate(c.unicode()) || c.unicode() == kPdi; });
    return out;
}

QString bdi(const QString &text, Kind kind)
{
    if (text.isEmpty())
        return text;
    const QString inner = withoutOuterIsolate(text, &kind);
    return (kind == Kind::Ltr ? QStringLiteral("<bdi dir=\"ltr\">") : QStringLiteral("<bdi>")) + inner.toHtmlEscaped()
        + QStringLiteral("</bdi>");
}

QString richText(const QString &text, Kind kind)
{
    return isolate(text, kind).toHtmlEscaped();
}

} // namespace majlis::bidi
