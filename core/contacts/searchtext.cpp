#include "contacts/searchtext.h"

#include "contacts/phonenumber.h"

#include <QRegularExpression>

namespace majlis::searchtext {

namespace {

bool isArabicMark(char16_t c)
{
    // Harakat, superscript alef and Quranic marks; tatweel is a stretching stroke, not a letter.
    return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640 || (c >= 0x06D6 && c <= 0x06ED);
}

// After NFKD, which has already split the hamza and madda off alef, waw and yeh (ؤ is و plus a
// mark), and turned presentation forms into their letters.
char16_t foldArabicLetter(char16_t c)
{
    switch (c) {
    case 0x0622: // alef with madda
    case 0x0623: // alef with hamza above
    case 0x0625: // alef with hamza below
    case 0x0671: // alef wasla
        return 0x0627;
    case 0x0649: // alef maksura, often typed for yeh
    case 0x06CC: // Persian yeh (Farsi and Urdu keyboards)
    case 0x06D2: // Urdu yeh barree
    case 0x06D0: // yeh of Pashto and Uyghur spellings
        return 0x064A;
    case 0x06A9: // keheh, the kaf of Persian and Urdu keyboards
    case 0x06AA: // swash kaf
        return 0x0643;
    case 0x0629: // teh marbuta, often typed as heh: فاطمه for فاطمة
    case 0x06C1: // Urdu heh goal
    case 0x06BE: // heh doachashmee
    case 0x06D5: // ae, heh in Kurdish and some Persian spellings
    case 0x06C3: // teh marbuta goal
        return 0x0647;
    default:
        return c;
    }
}

// Arabic-Indic (٠-٩) and extended Persian and Urdu (۰-۹) digits, as ASCII.
QChar asciiDigit(QChar ch)
{
    const char16_t c = ch.unicode();
    if (c >= 0x0660 && c <= 0x0669)
        return QChar(u'0' + (c - 0x0660));
    if (c >= 0x06F0 && c <= 0x06F9)
        return QChar(u'0' + (c - 0x06F0));
    return ch;
}

QString asciiDigits(const QString &text)
{
    QString out = text;
    for (QChar &ch : out)
        ch = asciiDigit(ch);
    return out;
}

const QString kArticle = QStringLiteral("\u0627\u0644");

// "الحسن" is also "حسن"; "ال" alone, or with one letter after it, is a word of its own.
bool hasArticle(const QString &foldedWord)
{
    return foldedWord.size() > kArticle.size() + 1 && foldedWord.startsWith(kArticle);
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
        out.append(asciiDigit(QChar(foldArabicLetter(c))));
    }
    return out.toCaseFolded();
}

QString indexText(const QString &text)
{
    const QString folded = fold(text);
    QStringList extra;
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    for (const QString &word : folded.split(separators, Qt::SkipEmptyParts)) {
        if (hasArticle(word))
            extra.append(word.mid(kArticle.size()));
    }
    return extra.isEmpty() ? folded : folded + QLatin1Char(' ') + extra.join(QLatin1Char(' '));
}

QStringList phoneTokens(const QString &number)
{
    return phone::searchTokens(number);
}

QString matchExpression(const QString &userInput)
{
    const QString trimmed = asciiDigits(userInput).trimmed();
    if (trimmed.isEmpty())
        return {};

    // A phone number typed with its punctuation, "(555) 123-4", is one run of digits.
    static const QRegularExpression phoneLike(QStringLiteral("^\\+?[0-9 ()./\\-]*[0-9][0-9 ()./\\-]*$"));
    QStringList words;
    if (phoneLike.match(trimmed).hasMatch()) {
        QString digits;
        for (QChar c : trimmed) {
            if (c >= u'0' && c <= u'9')
                digits.append(c);
        }
        words.append(digits);
    } else {
        static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
        // The index holds "الحسن" also as "حسن": the word without its article finds both.
        for (const QString &word : fold(trimmed).split(separators, Qt::SkipEmptyParts))
            words.append(hasArticle(word) ? word.mid(kArticle.size()) : word);
    }

    QStringList terms;
    for (const QString &word : std::as_const(words))
        terms.append(QLatin1Char('"') + word + QLatin1String("\"*"));
    return terms.join(QLatin1Char(' '));
}

} // namespace majlis::searchtext

