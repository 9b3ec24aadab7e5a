#include "contacts/searchtext.h"

#include <QRegularExpression>

namespace majlis::searchtext {

namespace {

bool isArabicMark(char16_t c)
{
    // Harakat, superscript alef and Quranic marks; tatweel is a stretching stroke, not a letter.
    return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640 || (c >= 0x06D6 && c <= 0x06ED);
}

char16_t foldArabicLetter(char16_t c)
{
    switch (c) {
    case 0x0622: // alef with madda
    case 0x0623: // alef with hamza above
    case 0x0625: // alef with hamza below
    case 0x0671: // alef wasla
        return 0x0627;
    case 0x0649: // alef maksura, often typed for yeh
        return 0x064A;
    default:
        return c;
    }
}

} // namespace

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar ch : decomposed) {
        const char16_t c = ch.unicode();
        if (ch.category() == QChar::Mark_NonSpacing || isArabicMark(c))
            continue;
        out.append(QChar(foldArabicLetter(c)));
    }
    return out.toCaseFolded();
}

QStringList phoneTokens(const QString &number)
{
    QString digits;
    for (QChar c : number) {
        if (c.isDigit())
            digits.append(c);
    }
    if (digits.isEmpty())
        return {};
    QStringList tokens{digits};
    // North American numbers: also index the ten-digit national number.
    if (number.startsWith(QLatin1String("+1")) && digits.size() == 11) {
        tokens.append(digits.mid(1));
        tokens.append(digits.right(7)); // the local number, as people type it without the area code
    }
    else if (number.startsWith(QLatin1Char('+')) && digits.size() > 9)
        tokens.append(digits.right(9)); // most national numbers are the last nine digits
    else if (digits.startsWith(QLatin1Char('0')) && digits.size() > 1)
        tokens.append(digits.mid(1)); // national form without the trunk 0
    return tokens;
}

QString matchExpression(const QString &userInput)
{
    const QString trimmed = userInput.trimmed();
    if (trimmed.isEmpty())
        return {};

    // A phone number typed with its punctuation, "(555) 123-4", is one run of digits.
    static const QRegularExpression phoneLike(QStringLiteral("^\\+?[0-9 ()./\\-]*[0-9][0-9 ()./\\-]*$"));
    QStringList words;
    if (phoneLike.match(trimmed).hasMatch()) {
        QString digits;
        for (QChar c : trimmed) {
            if (c.isDigit())
                digits.append(c);
        }
        words.append(digits);
    } else {
        static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
        words = fold(trimmed).split(separators, Qt::SkipEmptyParts);
    }

    QStringList terms;
    for (const QString &word : std::as_const(words))
        terms.append(QLatin1Char('"') + word + QLatin1String("\"*"));
    return terms.join(QLatin1Char(' '));
}

} // namespace majlis::searchtext

