#include "io/vcard.h"

#include "contacts/validation.h"
#include "io/icalendar.h"
#include "io/textdecoding.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <optional>

namespace majlis {

namespace {

// The rules that change between versions: how folds and backslashes read, and RFC 6868's ^
// escapes in parameters.
enum class Dialect { V21, V30, V40 };

Dialect dialectOf(const QString &version)
{
    if (version.startsWith(u'2'))
        return Dialect::V21;
    if (version.startsWith(u'4'))
        return Dialect::V40;
    return Dialect::V30; // also when VERSION is missing: 3.0 is what most such files turn out to be
}

// ---------------------------------------------------------------------------------------------
// Physical lines to logical lines. This works on bytes, not text: each property may name its own
// CHARSET, and a quoted-printable soft break may fall inside a multi-byte character.

struct Piece
{
    QByteArray text;
    bool whitespaceFold = false; // starts with the space or tab of a fold (not a QP soft break)
};

struct RawLine
{
    int number = 0;
    QByteArray head;
    QList<Piece> more;
    bool quotedPrintable = false;
    bool base64 = false;

    // vCard 2.1 unfolds as RFC 822 does, keeping the space after the line break; 3.0 and 4.0
    // drop that one space or tab. The version is only known once the whole card is read.
    QByteArray joined(bool keepFoldWhitespace) const
    {
        QByteArray out = head;
        for (const Piece &piece : more)
            out += piece.whitespaceFold && !keepFoldWhitespace ? piece.text.mid(1) : piece.text;
        return out;
    }

    QByteArray &tail() { return more.isEmpty() ? head : more.last().text; }

    bool endsWithSoftBreak()
    {
        const QByteArray &text = tail();
        const qsizetype start = more.isEmpty() ? text.indexOf(':') + 1 : 0;
        qsizetype end = text.size();
        while (end > start && (text.at(end - 1) == ' ' || text.at(end - 1) == '\t'))
            --end;
        return end > start && text.at(end - 1) == '=';
    }

    void removeSoftBreak()
    {
        QByteArray &text = tail();
        while (text.endsWith(' ') || text.endsWith('\t'))
            text.chop(1);
        text.chop(1);
    }
};

// The parameters of a line as written, upper case, just enough to see its transfer encoding
// before the line is complete.
QList<QByteArray> headerParameters(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon < 0)
        return {};
    QList<QByteArray> parameters = line.left(colon).split(';');
    parameters.removeFirst();
    for (QByteArray &parameter : parameters)
        parameter = parameter.trimmed().toUpper();
    return parameters;
}

bool isQuotedPrintable(const QList<QByteArray> &parameters)
{
    return parameters.contains("QUOTED-PRINTABLE") || parameters.contains("ENCODING=QUOTED-PRINTABLE");
}

bool isBase64(const QList<QByteArray> &parameters)
{
    return parameters.contains("BASE64") || parameters.contains("ENCODING=BASE64") || parameters.contains("ENCODING=B");
}

bool isEndOfCard(const QByteArray &physical)
{
    return physical.trimmed().toUpper() == "END:VCARD";
}

// vCard 2.1 writers sometimes continue base64 data on lines without the leading space.
bool looksLikeBase64(const QByteArray &physical)
{
    const QByteArray text = physical.trimmed();
    if (text.isEmpty())
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
            || c == '=';
    });
}

QList<QByteArray> physicalLines(const QByteArray &data)
{
    // Old Mac files end lines with a lone CR; iOS 6 wrote CR CR LF.
    QList<QByteArray> lines = data.split(data.contains('\n') ? '\n' : '\r');
    for (QByteArray &line : lines) {
        while (line.endsWith('\r'))
            line.chop(1);
    }
    return lines;
}

QList<RawLine> logicalLines(const QByteArray &data)
{
    QList<RawLine> lines;
    int number = 0;
    for (const QByteArray &physical : physicalLines(data)) {
        ++number;
        if (!lines.isEmpty()) {
            RawLine &last = lines.last();
            // A QP soft break continues the value on the next line, whatever that line starts
            // with; but a card's END is never data, even after a writer's stray "=".
            if (last.quotedPrintable && last.endsWithSoftBreak() && !isEndOfCard(physical)) {
                last.removeSoftBreak();
                last.more.append({physical, false});
                continue;
            }
            if (physical.startsWith(' ') || physical.startsWith('\t')) {
                last.more.append({physical, true});
                continue;
            }
            if (last.base64 && !physical.contains(':') && looksLikeBase64(physical)) {
                last.more.append({physical, false});
                continue;
            }
        }
        if (physical.trimmed().isEmpty())
            continue;
        const QList<QByteArray> parameters = headerParameters(physical);
        lines.append({number, physical, {}, isQuotedPrintable(parameters), isBase64(parameters)});
    }
    return lines;
}

// How a line looks in a message: decoded as best we can, and short.
QString preview(const QByteArray &line)
{
    QString text = decodeText(line).text.trimmed();
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("...");
    return text;
}

// ---------------------------------------------------------------------------------------------
// One property: NAME, parameters and value, decoded.

struct Parameter
{
    QString name; // upper case
    QStringList values;
};

struct Property
{
    int line = 0;
    QString group; // upper case, "" when none
    QString name;  // upper case
    QList<Parameter> parameters;
    QByteArray raw;   // the value as written
    QByteArray bytes; // after the transfer encoding (quoted-printable, base64)
    QString charset;  // as CHARSET names it, "" when it does not
    QString text;     // after transfer encoding and charset; escapes still in place
    bool binary = false;

    QString first(const QString &parameter) const
    {
        for (const Parameter &p : parameters) {
            if (p.name == parameter && !p.values.isEmpty())
                return p.values.first();
        }
        return {};
    }

    QStringList types() const
    {
        QStringList out;
        for (const Parameter &p : parameters) {
            if (p.name == u"TYPE") {
                for (const QString &value : p.values)
                    out.append(value.trimmed().toLower());
            }
        }
        return out;
    }

    bool isEmpty() const { return binary ? raw.trimmed().isEmpty() : text.trimmed().isEmpty(); }
};

QStringList splitOutsideQuotes(const QString &text, QChar separator)
{
    QStringList parts;
    QString current;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        if (c == separator && !quoted) {
            parts.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(current);
    return parts;
}

// Parameter text came through as Latin-1 (one character per byte); read it as UTF-8 if it is.
QString parameterText(QString value, Dialect dialect)
{
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
        value = value.mid(1, value.size() - 2);
    value = decodeText(value.toLatin1()).text;
    if (dialect != Dialect::V40 || !value.contains(u'^'))
        return value;
    QString out; // RFC 6868: ^n newline, ^' double quote, ^^ caret
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const QChar next = i + 1 < value.size() ? value.at(i + 1) : QChar();
        if (c == u'^' && (next == u'n' || next == u'N' || next == u'\'' || next == u'^')) {
            out += next == u'^' ? QChar(u'^') : next == u'\'' ? QChar(u'"') : QChar(u'\n');
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

QList<Parameter> parseParameters(const QStringList &written, Dialect dialect)
{
    QList<Parameter> parameters;
    for (const QString &part : written) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq < 0) {
            // vCard 2.1 writes the value alone: TEL;HOME;VOICE, NOTE;QUOTED-PRINTABLE.
            const QString token = part.trimmed();
            if (token.isEmpty())
                continue;
            static const QStringList encodings{QStringLiteral("QUOTED-PRINTABLE"), QStringLiteral("BASE64"),
                                               QStringLiteral("8BIT"), QStringLiteral("7BIT")};
            const bool encoding = encodings.contains(token.toUpper());
            parameters.append({encoding ? QStringLiteral("ENCODING") : QStringLiteral("TYPE"),
                               {parameterText(token, dialect)}});
            continue;
        }
        const QString name = part.left(eq).trimmed().toUpper();
        if (name.isEmpty())
            continue;
        QStringList values;
        for (const QString &value : splitOutsideQuotes(part.mid(eq + 1), u',')) {
            const QString text = parameterText(value, dialect);
            // 4.0 quotes a list of types as one value, TYPE="work,voice"
            const QStringList items = name == u"TYPE" ? text.split(u',') : QStringList{text};
            for (const QString &item : items) {
                if (!item.trimmed().isEmpty())
                    values.append(item.trimmed());
            }
        }
        parameters.append({name, values});
    }
    return parameters;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

QByteArray decodeQuotedPrintable(const QByteArray &value)
{
    QByteArray out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (c == '=' && i + 2 < value.size()) {
            const int high = hexValue(value.at(i + 1));
            const int low = hexValue(value.at(i + 2));
            if (high >= 0 && low >= 0) {
                out += char(high * 16 + low);
                i += 2;
                continue;
            }
        }
        if (c == '=' && value.mid(i + 1).trimmed().isEmpty())
            break; // a soft break with nothing after it, as before END:VCARD
        out += c; // a lone "=" that encodes nothing is kept as written
    }
    return out;
}

// Writers label 8-bit text as ASCII; such a label says nothing about the bytes above 0x7F.
bool isUnlabelled(const QString &charset)
{
    const QString name = charset.trimmed().toLower();
    return name.isEmpty() || name == u"us-ascii" || name == u"ascii";
}

// A value whose property names its CHARSET, read in it. Two habits of writers are allowed for:
// UTF-8 under a legacy 8-bit label (text valid as UTF-8 beyond ASCII is never Arabic or
// accented 8-bit text by chance), and Windows-1252 labelled ISO-8859-1. A Unicode value with a
// damaged byte keeps the rest, as before; any other value unreadable in the named set, or a set
// nobody knows, is read as detected, and the problems say so.
QString decodeLabelled(const QByteArray &bytes, const QString &charset, int line, QStringList &problems)
{
    const auto ours = TextEncodings::fromName(charset);
    const bool unicode = ours && (*ours == TextEncoding::Utf8 || *ours == TextEncoding::Utf16LE || *ours == TextEncoding::Utf16BE);
    if (unicode)
        return decodeTextLeniently(bytes, *ours);
    if (ours) {
        if (auto utf8 = decodeText(bytes, TextEncoding::Utf8))
            return utf8.value();
        if (*ours == TextEncoding::Iso8859_1) {
            if (auto western = decodeText(bytes, TextEncoding::Windows1252))
                return western.value();
        }
    }
    if (auto text = decodeCharset(bytes, charset))
        return *text;
    const DecodedText detected = decodeText(bytes);
    problems.append(VCard::tr("Line %1 names the character set \"%2\", but its text cannot be read in it; it was "
                              "read as %3 (detected) and may look wrong.")
                        .arg(line)
                        .arg(charset.trimmed(), detected.encoding));
    return detected.text;
}

bool isTextProperty(const QString &name)
{
    static const QSet<QString> names{QStringLiteral("N"),     QStringLiteral("FN"),         QStringLiteral("EMAIL"),
                                     QStringLiteral("TEL"),   QStringLiteral("ADR"),        QStringLiteral("ORG"),
                                     QStringLiteral("TITLE"), QStringLiteral("ROLE"),       QStringLiteral("NOTE"),
                                     QStringLiteral("BDAY"),  QStringLiteral("CATEGORIES"), QStringLiteral("X-ABLABEL"),
                                     QStringLiteral("KIND"),  QStringLiteral("VERSION")};
    return names.contains(name);
}

std::optional<Property> readProperty(const RawLine &line, Dialect dialect, QStringList &problems)
{
    const QByteArray text = line.joined(dialect == Dialect::V21);
    // Latin-1 maps each byte to one character and back, so the split cannot disturb a value in
    // UTF-8 or Shift_JIS, whose bytes are decoded only after the value is cut out.
    const auto parts = ICalendar::splitContentLine(QString::fromLatin1(text));
    QString name = parts ? parts->name.trimmed() : QString();
    Property property;
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot > 0) {
        property.group = name.left(dot).toUpper();
        name = name.mid(dot + 1);
    }
    property.name = name.toUpper();
    if (property.name.isEmpty()) {
        problems.append(VCard::tr("Line %1 is not a vCard line (NAME:value) and was skipped: \"%2\"")
                            .arg(line.number)
                            .arg(preview(text)));
        return std::nullopt;
    }
    property.line = line.number;
    property.parameters = parseParameters(parts->parameters, dialect);
    property.raw = parts->value.toLatin1();

    const QString encoding = property.first(QStringLiteral("ENCODING")).toUpper();
    const bool base64 = encoding == u"B" || encoding == u"BASE64";
    if (base64 && !isTextProperty(property.name)) {
        property.binary = true; // a photo or key: Majlis keeps none, so there is nothing to decode
        return property;
    }
    QByteArray bytes = property.raw;
    if (encoding == u"QUOTED-PRINTABLE")
        bytes = decodeQuotedPrintable(bytes);
    else if (base64)
        bytes = QByteArray::fromBase64(QByteArray(bytes).replace(' ', QByteArray()).replace('\t', QByteArray()));
    property.bytes = bytes;
    property.charset = property.first(QStringLiteral("CHARSET"));
    return property;
}

// The encoding of the values that name none, detected over all of them together: a file saved
// on Arabic Windows is Windows-1256 throughout, and one short value alone is too little to tell.
TextEncoding unlabelledEncoding(const QList<QList<Property>> &cards)
{
    QByteArray sample;
    for (const QList<Property> &properties : cards) {
        for (const Property &property : properties) {
            if (!property.binary && isUnlabelled(property.charset))
                sample += property.bytes + '\n';
        }
    }
    return detectEncoding(sample).encoding;
}

void decodeValues(QList<QList<Property>> &cards, QStringList &problems)
{
    const TextEncoding fileEncoding = unlabelledEncoding(cards);
    for (QList<Property> &properties : cards) {
        for (Property &property : properties) {
            if (property.binary)
                continue;
            if (!isUnlabelled(property.charset)) {
                property.text = decodeLabelled(property.bytes, property.charset, property.line, problems);
            } else if (auto text = decodeText(property.bytes, fileEncoding)) {
                property.text = text.value();
            } else {
                property.text = decodeText(property.bytes).text; // the one value that differs
            }
            property.text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
            property.text.replace(u'\r', u'\n');
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Values: structured components, lists, escapes.

QStringList splitUnescaped(const QString &value, QChar separator)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size()) {
            current += c;
            current += value.at(++i);
        } else if (c == separator) {
            parts.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(current);
    return parts;
}

QString unescape(const QString &value, Dialect dialect)
{
    if (dialect != Dialect::V21)
        return ICalendar::unescapeText(value);
    // vCard 2.1 escapes only the semicolon (and the backslash before one); any other backslash
    // is text, as in a Windows path.
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size() && (value.at(i + 1) == u';' || value.at(i + 1) == u'\\'))
            out += value.at(++i);
        else
            out += c;
    }
    return out;
}

QString textValue(const Property &property, Dialect dialect)
{
    return unescape(property.text, dialect).trimmed();
}

QStringList components(const Property &property, Dialect dialect)
{
    QStringList out;
    for (const QString &part : splitUnescaped(property.text, u';'))
        out.append(unescape(part, dialect).trimmed());
    return out;
}

QString joinNonEmpty(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            kept.append(part);
    }
    return kept.join(separator);
}

// tel:+1-418-656-9254;ext=102 as a person would write it.
QString phoneFromUri(const QString &uri)
{
    QString rest = uri.mid(4);
    const QStringList parts = rest.split(u';');
    QString number = QUrl::fromPercentEncoding(parts.first().toUtf8());
    for (const QString &parameter : parts.mid(1)) {
        if (parameter.startsWith(QStringLiteral("ext="), Qt::CaseInsensitive))
            number += QStringLiteral(" ext. ") + parameter.mid(4);
    }
    return number;
}

// Labels as Majlis's editor offers them ("home", "work", "mobile", "other"), from TYPE values.
// Types that say what a number can do rather than whose it is (voice, text, pref, internet)
// say nothing a person would label.
QString labelFromTypes(const QStringList &types)
{
    static const QSet<QString> capabilities{
        QStringLiteral("pref"),   QStringLiteral("voice"),  QStringLiteral("internet"), QStringLiteral("x400"),
        QStringLiteral("msg"),    QStringLiteral("text"),   QStringLiteral("video"),    QStringLiteral("textphone"),
        QStringLiteral("postal"), QStringLiteral("parcel"), QStringLiteral("dom"),      QStringLiteral("intl")};
    QStringList words;
    for (QString type : types) {
        if (type.isEmpty() || capabilities.contains(type))
            continue;
        if (type.startsWith(QStringLiteral("x-")))
            type = type.mid(2);
        if (type == u"cell" || type == u"mobile" || type == u"iphone" || type == u"mobil")
            type = QStringLiteral("mobile");
        if (!type.isEmpty() && !words.contains(type))
            words.append(type);
    }
    // Whose number first, then what kind: "work fax" whichever order the TYPE list has.
    std::stable_partition(words.begin(), words.end(),
                          [](const QString &w) { return w == u"home" || w == u"work" || w == u"other"; });
    return words.isEmpty() ? QStringLiteral("other") : words.join(u' ');
}

// Apple writes its standard labels as _$!<Mobile>!$_ and a user's own as plain text.
QString labelFromApple(const QString &written)
{
    const QString text = written.trimmed();
    if (!text.startsWith(QStringLiteral("_$!<")) || !text.endsWith(QStringLiteral(">!$_")))
        return text;
    const QString inner = text.mid(4, text.size() - 8);
    static const QHash<QString, QString> standard{
        {QStringLiteral("mobile"), QStringLiteral("mobile")},     {QStringLiteral("iphone"), QStringLiteral("mobile")},
        {QStringLiteral("home"), QStringLiteral("home")},         {QStringLiteral("work"), QStringLiteral("work")},
        {QStringLiteral("other"), QStringLiteral("other")},       {QStringLiteral("main"), QStringLiteral("main")},
        {QStringLiteral("pager"), QStringLiteral("pager")},       {QStringLiteral("homefax"), QStringLiteral("home fax")},
        {QStringLiteral("workfax"), QStringLiteral("work fax")}, {QStringLiteral("otherfax"), QStringLiteral("other fax")}};
    return standard.value(inner.toLower(), inner);
}

// 1 is most preferred; 1000 when the card does not say.
int preference(const Property &property)
{
    const QString pref = property.first(QStringLiteral("PREF"));
    if (!pref.isEmpty()) {
        bool ok = false;
        const int rank = pref.toInt(&ok);
        return ok ? rank : 1;
    }
    return property.types().contains(QStringLiteral("pref")) ? 1 : 1000;
}

QString foldKey(QString text)
{
    return text.remove(u'.').simplified().toCaseFolded();
}

// ISO 3166-1 alpha-2, which is what Majlis stores, for a country as an address book writes it:
// "US", "U.S.A.", "United States of America", "Germany", "Deutschland". Unknown names stay as
// written, so nothing is lost.
QString countryCode(const QString &written)
{
    const QString text = written.trimmed();
    if (text.size() == 2 && text.at(0).isLetter() && text.at(1).isLetter())
        return text.toUpper();
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> map;
        const auto locales = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale &locale : locales) {
            const QString code = QLocale::territoryToCode(locale.territory());
            if (code.size() != 2)
                continue;
            map.insert(foldKey(QLocale::territoryToString(locale.territory())), code);
            if (!locale.nativeTerritoryName().isEmpty())
                map.insert(foldKey(locale.nativeTerritoryName()), code);
        }
        map.insert(foldKey(QStringLiteral("USA")), QStringLiteral("US"));
        map.insert(foldKey(QStringLiteral("United States of America")), QStringLiteral("US"));
        map.insert(foldKey(QStringLiteral("UK")), QStringLiteral("GB"));
        map.insert(foldKey(QStringLiteral("Great Britain")), QStringLiteral("GB"));
        return map;
    }();
    return names.value(foldKey(text), text);
}

bool looksLikeUsZip(const QString &code)
{
    static const QRegularExpression zip(QStringLiteral("^\\d{5}(-\\d{4})?$"));
    return zip.match(code).hasMatch();
}

// A full date from BDAY: 1985-04-12, 19850412, with or without a time after it.
std::optional<QDate> birthdayFrom(const QString &value)
{
    QString date = value.trimmed();
    const qsizetype t = date.indexOf(u'T');
    if (t > 0)
        date = date.left(t);
    for (const QString &format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyyMMdd")}) {
        const QDate parsed = QDate::fromString(date, format);
        if (parsed.isValid())
            return parsed;
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// One card to one contact.

struct Candidate
{
    LabeledValue value;
    int preference = 1000;
};

struct AddressCandidate
{
    QString label;
    PostalAddress address;
    QString writtenCountry;
    bool home = false;
    int preference = 1000;
};

class CardReader
{
public:
    CardReader(int number, int beginLine, Dialect dialect) : m_number(number), m_beginLine(beginLine), m_dialect(dialect)
    {
    }

    void read(const QList<Property> &properties, const QList<std::pair<int, QString>> &nested);
    // The contact, or nothing when the card has no name; what was not kept goes to the import.
    std::optional<Contact> finish(VCardImport &import);

private:
    using Message = std::function<QString(const QString &card)>;
    void note(const QString &key, Message message) { m_pending.append({key, std::move(message)}); }
    void noteDropped(const QString &name)
    {
        note(name, [name](const QString &card) { return VCard::tr("%1: %2 was not imported").arg(card, name); });
    }
    void noteAnother(const QString &name, const QString &value)
    {
        note(name, [name, value](const QString &card) {
            return VCard::tr("%1: another %2 (\"%3\") was not imported; Majlis keeps one").arg(card, name, value);
        });
    }
    void readName(const Property &property);
    void readBirthday(const Property &property);
    void readAddress(const Property &property, const QString &label);
    void keepSingle(const Property &property, QString &into, const QString &value);

    int m_number;
    int m_beginLine;
    Dialect m_dialect;
    Contact m_contact;
    QStringList m_nComponents; // of the first N with a name in it
    QStringList m_nParts; // additional names, prefixes, suffixes
    QString m_fullName;
    QList<Candidate> m_emails;
    QList<Candidate> m_phones;
    QList<AddressCandidate> m_addresses;
    QString m_title;
    QString m_roleProperty;
    QStringList m_noteTexts;
    bool m_haveBirthday = false;
    QList<std::pair<QString, Message>> m_pending; // notKept lines, worded once the name is known
};

void CardReader::keepSingle(const Property &property, QString &into, const QString &value)
{
    if (value.isEmpty())
        return;
    if (into.isEmpty())
        into = value;
    else if (into != value)
        noteAnother(property.name, value);
}

void CardReader::readName(const Property &property)
{
    if (property.name == u"FN") {
        keepSingle(property, m_fullName, textValue(property, m_dialect));
        return;
    }
    QStringList parts = components(property, m_dialect);
    while (parts.size() < 5)
        parts.append(QString());
    if (std::all_of(parts.cbegin(), parts.cend(), [](const QString &p) { return p.isEmpty(); }))
        return;
    if (!m_nComponents.isEmpty()) {
        if (parts != m_nComponents)
            noteAnother(property.name, joinNonEmpty(parts, QStringLiteral(" ")));
        return;
    }
    m_nComponents = parts;
    m_contact.familyName = parts.at(0);
    m_contact.givenName = parts.at(1);
    for (const QString &part : parts.mid(2, 3)) {
        for (const QString &value : part.split(u',')) { // "Richter,James": two middle names
            if (!value.trimmed().isEmpty())
                m_nParts.append(value.trimmed());
        }
    }
}

void CardReader::readBirthday(const Property &property)
{
    const QString value = textValue(property, m_dialect);
    if (value.isEmpty())
        return;
    const std::optional<QDate> date = birthdayFrom(value);
    if (date && m_haveBirthday) {
        if (*date != m_contact.birthday) // the same date again, e.g. as ALTID text, is no loss
            noteAnother(property.name, value);
        return;
    }
    if (date) {
        m_contact.birthday = *date;
        m_haveBirthday = true;
        return;
    }
    if (value.startsWith(QStringLiteral("--"))) {
        note(property.name, [value](const QString &card) {
            return VCard::tr("%1: BDAY %2 has no year, so the birthday was not imported").arg(card, value);
        });
    } else {
        note(property.name, [value](const QString &card) {
            return VCard::tr("%1: BDAY \"%2\" is not a date Majlis can read, so the birthday was not imported")
                .arg(card, value);
        });
    }
}

void CardReader::readAddress(const Property &property, const QString &label)
{
    QStringList parts = components(property, m_dialect);
    while (parts.size() < 7)
        parts.append(QString());
    if (std::all_of(parts.cbegin(), parts.cend(), [](const QString &p) { return p.isEmpty(); }))
        return;
    AddressCandidate candidate;
    candidate.label = label;
    // Post-office box and extended address (suite, apartment) have no field of their own.
    candidate.address.street = joinNonEmpty({parts.at(0), parts.at(1), parts.at(2)}, QStringLiteral(", "));
    candidate.address.locality = parts.at(3);
    candidate.address.region = parts.at(4);
    candidate.address.postalCode = parts.at(5);
    candidate.writtenCountry = parts.at(6);
    candidate.address.country = parts.at(6).isEmpty() ? QString() : countryCode(parts.at(6));
    candidate.home = property.types().contains(QStringLiteral("home"));
    candidate.preference = preference(property);
    m_addresses.append(candidate);
}

void CardReader::read(const QList<Property> &properties, const QList<std::pair<int, QString>> &nested)
{
    // Apple ties a label to a property by a shared group: item1.EMAIL and item1.X-ABLabel.
    QHash<QString, QString> appleLabels;
    QSet<QString> groupsWithData;
    for (const Property &property : properties) {
        if (property.group.isEmpty())
            continue;
        if (property.name == u"X-ABLABEL")
            appleLabels.insert(property.group, labelFromApple(textValue(property, m_dialect)));
        else
            groupsWithData.insert(property.group);
    }
    const auto labelOf = [&](const Property &property) {
        const QString apple = appleLabels.value(property.group);
        return !property.group.isEmpty() && !apple.isEmpty() ? apple : labelFromTypes(property.types());
    };

    for (const Property &property : properties) {
        const QString &name = property.name;
        if (property.isEmpty())
            continue; // "TEL;WORK:" holds nothing, so nothing is lost
        if (name == u"VERSION" || name == u"PRODID" || name == u"REV" || name == u"UID") {
            continue; // bookkeeping of the program that wrote the file, not facts about the person
        } else if (name == u"N" || name == u"FN") {
            readName(property);
        } else if (name == u"EMAIL") {
            QString email = textValue(property, m_dialect);
            if (email.startsWith(QStringLiteral("mailto:"), Qt::CaseInsensitive))
                email = email.mid(7);
            m_emails.append({{labelOf(property), email}, preference(property)});
        } else if (name == u"TEL") {
            QString phone = textValue(property, m_dialect);
            if (phone.startsWith(QStringLiteral("tel:"), Qt::CaseInsensitive))
                phone = phoneFromUri(phone).trimmed();
            m_phones.append({{labelOf(property), phone}, preference(property)});
        } else if (name == u"ADR") {
            readAddress(property, labelOf(property));
        } else if (name == u"ORG") {
            keepSingle(property, m_contact.organization, joinNonEmpty(components(property, m_dialect), QStringLiteral(", ")));
        } else if (name == u"TITLE") {
            keepSingle(property, m_title, textValue(property, m_dialect));
        } else if (name == u"ROLE") {
            keepSingle(property, m_roleProperty, textValue(property, m_dialect));
        } else if (name == u"CATEGORIES") {
            for (const QString &part : splitUnescaped(property.text, u',')) {
                const QString tag = unescape(part, m_dialect).trimmed();
                if (!tag.isEmpty() && !m_contact.tags.contains(tag, Qt::CaseInsensitive))
                    m_contact.tags.append(tag);
            }
        } else if (name == u"NOTE") {
            m_noteTexts.append(textValue(property, m_dialect));
        } else if (name == u"BDAY") {
            readBirthday(property);
        } else if (name == u"KIND" && textValue(property, m_dialect).compare(QStringLiteral("individual"), Qt::CaseInsensitive) == 0) {
            continue;
        } else if (name == u"X-ABLABEL" && groupsWithData.contains(property.group)) {
            continue; // the label went with its property, or is listed with it when that was not kept
        } else {
            noteDropped(name);
        }
    }
    for (const auto &where : nested) {
        const int line = where.first;
        const QString component = where.second;
        note(QStringLiteral("BEGIN:") + component, [line, component](const QString &card) {
            return VCard::tr("%1: the %2 nested inside it on line %3 was not imported").arg(card, component).arg(line);
        });
    }
}

std::optional<Contact> CardReader::finish(VCardImport &import)
{
    Contact &c = m_contact;
    if (c.givenName.isEmpty() && c.familyName.isEmpty() && !m_fullName.isEmpty()) {
        // No usable N: split FN as a person would read it, "Family, Given" or "Given Family".
        const qsizetype comma = m_fullName.indexOf(u',');
        if (comma > 0 && m_fullName.count(u',') == 1) {
            c.familyName = m_fullName.left(comma).trimmed();
            c.givenName = m_fullName.mid(comma + 1).trimmed();
        } else {
            QStringList words = m_fullName.split(u' ', Qt::SkipEmptyParts);
            c.familyName = words.size() > 1 ? words.takeLast() : QString();
            c.givenName = words.join(u' ');
        }
    }
    // FN becomes the preferred name only when it says more than the name does: "Family, Given"
    // is how some books file a person, not what they are called.
    const QString fullName = m_fullName.simplified();
    if (!fullName.isEmpty() && fullName != joinNonEmpty({c.givenName, c.familyName}, QStringLiteral(" ")).simplified()
        && fullName != joinNonEmpty({c.familyName, c.givenName}, QStringLiteral(", ")).simplified())
        c.preferredName = m_fullName;

    if (c.givenName.isEmpty() && c.familyName.isEmpty() && c.preferredName.isEmpty()) {
        const QString hint = !m_emails.isEmpty() ? m_emails.first().value.value
            : !c.organization.isEmpty()          ? c.organization
            : !m_phones.isEmpty()                ? m_phones.first().value.value
                                                 : QString();
        import.problems.append(hint.isEmpty()
                                   ? VCard::tr("Card %1, begun on line %2, has no name (N or FN) and was skipped.")
                                         .arg(m_number)
                                         .arg(m_beginLine)
                                   : VCard::tr("Card %1, begun on line %2, has no name (N or FN) and was skipped: %3")
                                         .arg(m_number)
                                         .arg(m_beginLine)
                                         .arg(hint));
        return std::nullopt;
    }

    const auto byPreference = [](const Candidate &a, const Candidate &b) { return a.preference < b.preference; };
    std::stable_sort(m_emails.begin(), m_emails.end(), byPreference);
    std::stable_sort(m_phones.begin(), m_phones.end(), byPreference);
    for (const Candidate &email : std::as_const(m_emails))
        c.emails.append(email.value);
    for (const Candidate &phone : std::as_const(m_phones))
        c.phones.append(phone.value);

    // One address per contact: the home one first, because it is what matches a person to their
    // legislators; then the one the card prefers; then the first.
    if (!m_addresses.isEmpty()) {
        const auto chosen = std::min_element(m_addresses.cbegin(), m_addresses.cend(), [](const auto &a, const auto &b) {
            return std::pair(a.home ? 0 : 1, a.preference) < std::pair(b.home ? 0 : 1, b.preference);
        });
        c.address = chosen->address;
        const bool us = c.address.country == u"US"
            || (chosen->writtenCountry.isEmpty() && ContactValidator::isUsState(c.address.region)
                && looksLikeUsZip(c.address.postalCode));
        if (us && c.address.region.size() == 2 && ContactValidator::isUsState(c.address.region))
            c.usState = c.address.region.toUpper();
        QStringList others;
        for (auto it = m_addresses.cbegin(); it != m_addresses.cend(); ++it) {
            if (it != chosen)
                others.append(it->label + QStringLiteral(": ")
                              + joinNonEmpty({it->address.street, it->address.locality}, QStringLiteral(", "))
                                    .replace(u'\n', QStringLiteral(", ")));
        }
        if (!others.isEmpty()) {
            const QString list = others.join(QStringLiteral("; "));
            note(QStringLiteral("ADR"), [list](const QString &card) {
                return VCard::tr("%1: ADR was not imported for %2; Majlis keeps one address per contact").arg(card, list);
            });
        }
    }

    c.role = m_title.isEmpty() ? m_roleProperty : m_title;
    if (!m_title.isEmpty() && !m_roleProperty.isEmpty() && m_roleProperty != m_title) {
        const QString role = m_roleProperty;
        note(QStringLiteral("ROLE"), [role](const QString &card) {
            return VCard::tr("%1: ROLE (\"%2\") was not imported; the role comes from TITLE").arg(card, role);
        });
    }
    c.notes = m_noteTexts.join(QStringLiteral("\n\n"));

    QStringList lostNameParts;
    for (const QString &part : std::as_const(m_nParts)) {
        if (!c.preferredName.contains(part))
            lostNameParts.append(part);
    }
    if (!lostNameParts.isEmpty()) {
        const QString parts = lostNameParts.join(QStringLiteral(", "));
        note(QStringLiteral("N parts"), [parts](const QString &card) {
            return VCard::tr("%1: the name parts \"%2\" in N were not imported").arg(card, parts);
        });
    }

    const QString card = VCard::tr("Card %1 (%2)").arg(m_number).arg(c.displayName());
    QSet<QString> reported;
    for (const auto &[key, message] : std::as_const(m_pending)) {
        if (!reported.contains(key)) {
            reported.insert(key);
            import.notKept.append(message(card));
        }
    }
    return c;
}

// The lines of one BEGIN:VCARD ... END:VCARD, before the version is known.
struct CardSource
{
    int beginLine = 0;
    QList<qsizetype> lines; // indexes into the logical lines
    QList<std::pair<int, QString>> nested;
};

struct Structural
{
    QString name;  // upper case: BEGIN, END or other
    QString value; // upper case, trimmed
};

Structural structuralOf(const RawLine &line)
{
    const auto parts = ICalendar::splitContentLine(QString::fromLatin1(line.joined(false)));
    if (!parts)
        return {};
    return {parts->name.trimmed().toUpper(), parts->value.trimmed().toUpper()};
}

QString versionOf(const QList<RawLine> &lines, const CardSource &source)
{
    for (const qsizetype index : source.lines) {
        const QByteArray head = lines.at(index).head.trimmed();
        if (head.size() > 8 && head.left(8).toUpper() == "VERSION:")
            return QString::fromLatin1(head.mid(8)).trimmed();
    }
    return {};
}

// Files written as UTF-16 (some Outlook versions) become UTF-8; anything else stays as bytes.
QByteArray asBytes(const QByteArray &data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        return data.mid(3);
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF") || data.contains('\0')) {
        const DecodedText decoded = decodeText(data);
        if (decoded.encoding.startsWith(QStringLiteral("UTF-16")))
            return decoded.text.toUtf8();
    }
    return data;
}

// ---------------------------------------------------------------------------------------------
// Writing.

// The TYPE values that read back as exactly this label, or nothing when only a free-text
// label (Apple's X-ABLabel) can carry it.
std::optional<QStringList> typesForLabel(const QString &label, bool phone)
{
    if (label.isEmpty() || label == u"other")
        return QStringList(); // no TYPE reads back as "other"
    static const QStringList emailTypes{QStringLiteral("home"), QStringLiteral("work")};
    static const QStringList phoneTypes{QStringLiteral("home"), QStringLiteral("work"), QStringLiteral("mobile"),
                                        QStringLiteral("fax"), QStringLiteral("pager")};
    QStringList types;
    for (const QString &word : label.split(u' ')) {
        if (!(phone ? phoneTypes : emailTypes).contains(word))
            return std::nullopt;
        types.append(word == u"mobile" ? QStringLiteral("cell") : word);
    }
    if (labelFromTypes(types) != label)
        return std::nullopt; // "mobile work" would read back as "work mobile"
    return types;
}

void appendLabeled(QStringList &lines, const QString &name, const QList<LabeledValue> &items, bool v4, int &group)
{
    bool first = true;
    for (const LabeledValue &item : items) {
        if (item.value.trimmed().isEmpty())
            continue;
        const bool preferred = first && items.size() > 1;
        first = false;
        const std::optional<QStringList> types = typesForLabel(item.label, name == u"TEL");
        QStringList typeValues = types.value_or(QStringList());
        const QString prefix = types ? QString() : QStringLiteral("item%1.").arg(++group);
        if (preferred && !v4)
            typeValues.append(QStringLiteral("pref"));
        QString line = prefix + name;
        if (!typeValues.isEmpty())
            line += QStringLiteral(";TYPE=") + typeValues.join(u',');
        if (preferred && v4)
            line += QStringLiteral(";PREF=1");
        lines.append(line + u':' + ICalendar::escapeText(item.value));
        if (!types)
            lines.append(prefix + QStringLiteral("X-ABLabel:") + ICalendar::escapeText(item.label));
    }
}

QString structured(const QStringList &parts)
{
    QStringList escaped;
    for (const QString &part : parts)
        escaped.append(ICalendar::escapeText(part));
    return escaped.join(u';');
}

// vCard 2.1 has no escape for a line break and no declared charset: such values are written
// as UTF-8 in quoted-printable, with soft line breaks keeping lines under 76 characters.
QString property21(const QString &name, QStringList params, const QString &value)
{
    bool plain = true;
    for (const QChar c : value)
        plain = plain && c.unicode() >= 0x20 && c.unicode() < 0x7F && c != u'=';
    if (plain)
        return (params.isEmpty() ? name : name + u';' + params.join(u';')) + u':' + value;
    params << QStringLiteral("CHARSET=UTF-8") << QStringLiteral("ENCODING=QUOTED-PRINTABLE");
    const QString head = name + u';' + params.join(u';') + u':';
    QString encoded;
    int lineLength = int(head.size());
    for (const char byte : value.toUtf8()) {
        const auto b = static_cast<unsigned char>(byte);
        const QString piece = (b >= 0x21 && b <= 0x7E && b != '=') || b == ' '
                                  ? QString(QChar(char16_t(b)))
                                  : QStringLiteral("=%1").arg(b, 2, 16, QLatin1Char('0')).toUpper();
        if (lineLength + piece.size() > 75) {
            encoded += QStringLiteral("=\r\n");
            lineLength = 0;
        }
        encoded += piece;
        lineLength += int(piece.size());
    }
    return head + encoded;
}

QString structured21(const QStringList &parts)
{
    QStringList escaped;
    for (QString part : parts)
        escaped.append(part.replace(u';', QStringLiteral("\\;")));
    return escaped.join(u';');
}

QByteArray write21(const Contact &c)
{
    QStringList lines{QStringLiteral("BEGIN:VCARD"), QStringLiteral("VERSION:2.1")};
    lines << property21(QStringLiteral("N"), {}, structured21({c.familyName, c.givenName, {}, {}, {}}));
    lines << property21(QStringLiteral("FN"), {}, c.displayName());
    for (const bool phone : {false, true}) {
        const QList<LabeledValue> &items = phone ? c.phones : c.emails;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items.at(i).value.trimmed().isEmpty())
                continue;
            QStringList params = phone ? QStringList() : QStringList{QStringLiteral("INTERNET")};
            for (const QString &type : typesForLabel(items.at(i).label, phone).value_or(QStringList()))
                params << type.toUpper();
            if (i == 0 && items.size() > 1)
                params << QStringLiteral("PREF");
            lines << property21(phone ? QStringLiteral("TEL") : QStringLiteral("EMAIL"), params, items.at(i).value);
        }
    }
    const PostalAddress &a = c.address;
    if (!(a == PostalAddress{}))
        lines << property21(QStringLiteral("ADR"), {QStringLiteral("HOME")},
                            structured21({{}, {}, a.street, a.locality, a.region, a.postalCode, a.country}));
    if (!c.organization.isEmpty())
        lines << property21(QStringLiteral("ORG"), {}, structured21({c.organization}));
    if (!c.role.isEmpty())
        lines << property21(QStringLiteral("TITLE"), {}, c.role);
    if (!c.tags.isEmpty())
        lines << property21(QStringLiteral("CATEGORIES"), {}, c.tags.join(u','));
    if (!c.notes.isEmpty())
        lines << property21(QStringLiteral("NOTE"), {}, c.notes);
    if (c.birthday.isValid())
        lines << QStringLiteral("BDAY:") + c.birthday.toString(Qt::ISODate);
    if (!c.id.isEmpty())
        lines << QStringLiteral("UID:") + c.id;
    lines << QStringLiteral("END:VCARD");
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace

Result<VCardImport> VCard::parse(const QByteArray &data)
{
    const QList<RawLine> lines = logicalLines(asBytes(data));
    if (lines.isEmpty())
        return Error{Error::Code::InvalidInput, tr("The file is empty; there is no vCard in it.")};

    VCardImport import;
    QList<CardSource> cards;
    std::optional<CardSource> open;
    QList<std::pair<QString, int>> nested; // components begun inside the open card
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const RawLine &line = lines.at(i);
        const Structural s = structuralOf(line);
        const bool begin = s.name == u"BEGIN";
        const bool end = s.name == u"END";
        if (!open) {
            if (begin && s.value == u"VCARD") {
                open = CardSource{line.number, {}, {}};
            } else if (cards.isEmpty()) {
                return Error{Error::Code::InvalidInput,
                             tr("Line %1 is \"%2\" where a vCard should begin with BEGIN:VCARD; this does not look "
                                "like a vCard (.vcf) file.")
                                 .arg(line.number)
                                 .arg(preview(line.joined(false)))};
            } else if (end) {
                return Error{Error::Code::InvalidInput,
                             tr("Line %1 ends %2, but no vCard is open there.").arg(line.number).arg(s.value)};
            } else {
                import.problems.append(tr("Line %1 is outside any BEGIN:VCARD … END:VCARD and was skipped: \"%2\"")
                                           .arg(line.number)
                                           .arg(preview(line.joined(false))));
            }
            continue;
        }
        if (begin) {
            if (nested.isEmpty())
                open->nested.append({line.number, s.value});
            nested.append({s.value, line.number});
        } else if (end && !nested.isEmpty()) {
            if (s.value != nested.last().first)
                return Error{Error::Code::InvalidInput,
                             tr("Line %1 ends %2, but the %3 begun on line %4 is still open.")
                                 .arg(line.number)
                                 .arg(s.value, nested.last().first)
                                 .arg(nested.last().second)};
            nested.removeLast();
        } else if (end) {
            if (s.value != u"VCARD")
                return Error{Error::Code::InvalidInput,
                             tr("Line %1 ends %2, but the vCard begun on line %3 is still open.")
                                 .arg(line.number)
                                 .arg(s.value)
                                 .arg(open->beginLine)};
            cards.append(*open);
            open.reset();
        } else if (nested.isEmpty()) {
            open->lines.append(i);
        }
    }
    if (open)
        return Error{Error::Code::InvalidInput,
                     tr("The vCard begun on line %1 is never closed (END:VCARD is missing); the file may be cut short.")
                         .arg(open->beginLine)};

    QList<QList<Property>> cardProperties;
    for (const CardSource &source : cards) {
        const Dialect dialect = dialectOf(versionOf(lines, source));
        QList<Property> properties;
        for (const qsizetype index : source.lines) {
            if (auto property = readProperty(lines.at(index), dialect, import.problems))
                properties.append(*property);
        }
        cardProperties.append(properties);
    }
    decodeValues(cardProperties, import.problems);
    for (qsizetype n = 0; n < cards.size(); ++n) {
        const CardSource &source = cards.at(n);
        CardReader reader(int(n + 1), source.beginLine, dialectOf(versionOf(lines, source)));
        reader.read(cardProperties.at(n), source.nested);
        if (auto contact = reader.finish(import))
            import.contacts.append(*contact);
    }
    return import;
}

QByteArray VCard::write(const QList<Contact> &contacts, Version version)
{
    const bool v4 = version == Version::V4;
    QByteArray out;
    if (version == Version::V21) {
        for (const Contact &c : contacts)
            out += write21(c);
        return out;
    }
    for (const Contact &c : contacts) {
        QStringList lines{QStringLiteral("BEGIN:VCARD"), v4 ? QStringLiteral("VERSION:4.0") : QStringLiteral("VERSION:3.0"),
                          QStringLiteral("PRODID:-//Majlis//Majlis//EN")};
        lines.append(QStringLiteral("N:") + structured({c.familyName, c.givenName, {}, {}, {}}));
        lines.append(QStringLiteral("FN:") + ICalendar::escapeText(c.displayName()));
        int group = 0;
        appendLabeled(lines, QStringLiteral("EMAIL"), c.emails, v4, group);
        appendLabeled(lines, QStringLiteral("TEL"), c.phones, v4, group);
        const PostalAddress &a = c.address;
        if (!(a == PostalAddress{})) {
            // Majlis's one address is where the person lives: it places them in a district.
            lines.append(QStringLiteral("ADR;TYPE=home:")
                         + structured({{}, {}, a.street, a.locality, a.region, a.postalCode, a.country}));
        }
        if (!c.organization.isEmpty())
            lines.append(QStringLiteral("ORG:") + ICalendar::escapeText(c.organization));
        if (!c.role.isEmpty())
            lines.append(QStringLiteral("TITLE:") + ICalendar::escapeText(c.role));
        QStringList tags;
        for (const QString &tag : c.tags) {
            if (!tag.trimmed().isEmpty())
                tags.append(ICalendar::escapeText(tag));
        }
        if (!tags.isEmpty())
            lines.append(QStringLiteral("CATEGORIES:") + tags.join(u','));
        if (!c.notes.isEmpty())
            lines.append(QStringLiteral("NOTE:") + ICalendar::escapeText(c.notes));
        if (c.birthday.isValid())
            lines.append(QStringLiteral("BDAY:")
                         + c.birthday.toString(v4 ? QStringLiteral("yyyyMMdd") : QStringLiteral("yyyy-MM-dd")));
        if (!c.id.isEmpty())
            lines.append(QStringLiteral("UID:") + (v4 ? QStringLiteral("urn:uuid:") : QString()) + c.id);
        lines.append(QStringLiteral("END:VCARD"));
        for (const QString &line : std::as_const(lines))
            ICalendar::appendFolded(out, line.toUtf8());
    }
    return out;
}

} // namespace majlis
