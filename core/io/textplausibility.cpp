#include "io/textplausibility.h"

#include <QStringView>

namespace majlis {

namespace {

bool isArabicMark(char16_t c)
{
    return c >= 0x064B && c <= 0x0652; // fathatan … sukun
}

bool isTanween(char16_t c)
{
    return c >= 0x064B && c <= 0x064D; // only ever at the end of a word
}

// How usual a letter is in Arabic-script names and words. Windows-1256 and ISO-8859-6 put
// different letters on the same bytes (0xE3 is meem in one, kaf in the other), so on a short
// file the reading made of common letters is the right one.
double arabicLetterWeight(char16_t c)
{
    static constexpr QStringView common = u"اليمونهربتةعدسحأ";
    static constexpr QStringView rare = u"ضثغظ";
    if (common.contains(QChar(c)))
        return 1.0;
    if (rare.contains(QChar(c)))
        return 0.4;
    if (c == u'ـ')
        return 0.2; // tatweel stretches a word; a reading full of it is suspicious
    return 0.7;
}

// One word: the characters between ASCII spaces, digits and punctuation.
struct Word
{
    int nonAscii = 0;
    int latinLetters = 0;
    int accentedLatin = 0;
    int arabicLetters = 0;
    int arabicMarks = 0;
    int otherLetters = 0;
    int symbols = 0;
    int controls = 0;
    int caseFlips = 0; // a small letter followed by a capital, next to an accented letter
    int badMarks = 0; // a haraka with no letter before it, tanween inside a word
    double arabicWeight = 0;

    double score() const
    {
        if (nonAscii == 0)
            return 0;
        double bad = 3.0 * controls;
        const bool hasLetters = latinLetters + arabicLetters + otherLetters > 0;
        if (hasLetters)
            bad += symbols; // "×" or "¤" alone is fine; inside a word it is mojibake
        if (otherLetters > 0 || (latinLetters > 0 && arabicLetters + arabicMarks > 0))
            bad += nonAscii;
        bad += badMarks + caseFlips;
        // European words have an accented letter or two among plain ones.
        if (accentedLatin >= 2 && accentedLatin * 2 > latinLetters)
            bad += accentedLatin;
        if (bad > 0)
            return -2.0 * bad;
        if (arabicLetters + arabicMarks > 0)
            return arabicWeight;
        return nonAscii;
    }
};

} // namespace

double textPlausibility(const QString &text)
{
    double total = 0;
    int nonAscii = 0;
    Word word;
    char16_t previous = 0;
    auto endWord = [&] {
        total += word.score();
        nonAscii += word.nonAscii;
        word = Word();
        previous = 0;
    };
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        const bool ascii = c < 0x80;
        if (c >= 0x80 && c <= 0x9F) { // C1 controls: ISO-8859's reading of bytes no text uses
            ++word.nonAscii;
            ++word.controls;
            continue;
        }
        if (ascii ? !qc.isLetter() : (qc.isSpace() || qc.isPunct() || qc.isDigit())) {
            // ، ؟ « » and Arabic-Indic digits separate words as their ASCII kin do; they count
            // among the characters but say nothing either way.
            endWord();
            nonAscii += ascii ? 0 : 1;
            continue;
        }
        if (!ascii)
            ++word.nonAscii;
        if (isArabicMark(c)) {
            if (previous == 0 || isTanween(previous) || !(QChar(previous).isLetter() || isArabicMark(previous)))
                ++word.badMarks;
            ++word.arabicMarks;
            word.arabicWeight += 0.3;
        } else if (qc.isLetter()) {
            if (previous != 0 && isTanween(previous))
                ++word.badMarks;
            if (qc.script() == QChar::Script_Latin) {
                ++word.latinLetters;
                word.accentedLatin += ascii ? 0 : 1;
                const bool flip = QChar(previous).isLower() && qc.isUpper();
                if (flip && (!ascii || previous >= 0x80))
                    ++word.caseFlips;
            } else if (qc.script() == QChar::Script_Arabic) {
                ++word.arabicLetters;
                word.arabicWeight += arabicLetterWeight(c);
            } else {
                ++word.otherLetters;
            }
        } else {
            ++word.symbols;
        }
        previous = c;
    }
    endWord();
    return nonAscii == 0 ? 0 : total / nonAscii;
}

} // namespace majlis
