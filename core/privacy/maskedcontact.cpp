#include "privacy/maskedcontact.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace majlis::maskedcontact {

namespace {

constexpr char16_t kEllipsis = u'\u2026';
const QString kHiddenDigits = QStringLiteral("\u2022\u2022\u2022 \u2022\u2022");
// Fewer digits than this and two of them would be too much of the number to show.
constexpr qsizetype kDigitsToShowTail = 6;

qsizetype graphemeCount(const QString &text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype count = 0;
    while (finder.toNextBoundary() > 0)
        ++count;
    return count;
}

// The first `count` graphemes: cut at a boundary, never inside a surrogate pair or between a
// letter and its marks.
QString leading(const QString &text, qsizetype count)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype end = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const qsizetype next = finder.toNextBoundary();
        if (next < 0)
            break;
        end = next;
    }
    return text.left(end);
}

// At most two letters, and always at least one hidden: "ab" shows "a…", "a" shows "…".
QString maskPart(const QString &part)
{
    return leading(part, std::min<qsizetype>(2, graphemeCount(part) - 1)) + kEllipsis;
}

} // namespace

QString email(const QString &address)
{
    const QString trimmed = address.trimmed();
    if (trimmed.isEmpty())
        return {};
    // The last '@': a quoted local part may hold one of its own.
    const qsizetype at = trimmed.lastIndexOf(u'@');
    const QString local = at < 0 ? trimmed : trimmed.left(at);
    QString domain = at < 0 ? QString() : trimmed.mid(at + 1);
    while (domain.endsWith(u'.'))
        domain.chop(1);
    const QString masked = maskPart(local);
    if (domain.isEmpty())
        return masked;
    const qsizetype dot = domain.lastIndexOf(u'.');
    if (dot <= 0)
        return masked + u'@' + maskPart(domain); // no top-level domain to show ("localhost")
    return masked + u'@' + maskPart(domain.left(dot)) + domain.mid(dot + 1);
}

QString phone(const QString &number)
{
    if (number.trimmed().isEmpty())
        return {};
    QString digits;
    for (const QChar c : number) {
        if (c.isDigit())
            digits += c;
    }
    return kHiddenDigits + (digits.size() >= kDigitsToShowTail ? digits.right(2) : QString());
}

QString either(const QString &emailAddress, const QString &phoneNumber)
{
    return emailAddress.trimmed().isEmpty() ? phone(phoneNumber) : email(emailAddress);
}

} // namespace majlis::maskedcontact
