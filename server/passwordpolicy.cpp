#include "passwordpolicy.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace majlis::server {

namespace {

// Rows of characters people slide a finger along, and the alphabet and digits. Two characters
// are neighbours when they stand side by side in one of these (either way round).
const char *const kSequences[] = {
    "abcdefghijklmnopqrstuvwxyz",
    "01234567890", // 9 then 0, as on the keyboard
    "`1234567890-=",
    "qwertyuiop[]\\",
    "asdfghjkl;'",
    "zxcvbnm,./",
    "qwertzuiop",
    "yxcvbnm",
    "azertyuiop",
    "qsdfghjklm",
    "wxcvbn",
};

bool neighbours(QChar a, QChar b)
{
    if (a == b)
        return true;
    for (const char *sequence : kSequences) {
        const QLatin1String row(sequence);
        for (qsizetype i = 0; i + 1 < row.size(); ++i) {
            const QChar x = row[i], y = row[i + 1];
            if ((a == x && b == y) || (a == y && b == x))
                return true;
        }
    }
    return false;
}

// 1234567890, 0987654321, abcdefghijk, qwertyuiop, asdfghjkl;: every step goes to a neighbour.
bool isRun(const QString &folded)
{
    for (qsizetype i = 0; i + 1 < folded.size(); ++i) {
        if (!neighbours(folded[i], folded[i + 1]))
            return false;
    }
    return true;
}

const QSet<QString> &commonPasswords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        QFile file(QStringLiteral(":/server/common_passwords.txt"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The list of common passwords is missing from the server's resources.");
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            const QString word = line.trimmed();
            if (!word.isEmpty() && !word.startsWith(u'#'))
                set.insert(word);
        }
        return set;
    }();
    return words;
}

QString lettersOnly(const QString &text)
{
    QString letters;
    for (const QChar c : text) {
        if (c.isLetter())
            letters.append(c);
    }
    return letters;
}

// The word under the decoration: "Password2024!" -> "password", "P@ssw0rd!" -> "password",
// "I love you 2" -> "iloveyou". Digits and punctuation around the word are removed first, so
// the look-alikes inside it can be read as letters without turning a trailing year into one.
QString coreWord(const QString &folded)
{
    qsizetype begin = 0, end = folded.size();
    while (begin < end && !folded[begin].isLetter())
        ++begin;
    while (end > begin && !folded[end - 1].isLetter())
        --end;
    QString core = folded.mid(begin, end - begin);
    static const std::pair<char16_t, char16_t> kLookAlikes[] = {{u'0', u'o'}, {u'1', u'i'}, {u'3', u'e'}, {u'4', u'a'},
        {u'5', u's'}, {u'7', u't'}, {u'@', u'a'}, {u'$', u's'}, {u'!', u'i'}};
    for (const auto &[digit, letter] : kLookAlikes)
        core.replace(QChar(digit), QChar(letter));
    return lettersOnly(core);
}

bool containsUserName(const QString &folded, const QString &userName)
{
    // Parts of three characters or more: a two-letter name would forbid too many passwords.
    const QString name = userName.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QStringList parts = name.split(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]+")), Qt::SkipEmptyParts);
    parts.append(parts.join(QString()));
    QString squeezed;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            squeezed.append(c);
    }
    for (const QString &part : parts) {
        if (part.size() >= 3 && squeezed.contains(part))
            return true;
    }
    return false;
}

} // namespace

Status PasswordPolicy::check(const QString &password, const QString &userName)
{
    const qsizetype length = password.toUcs4().size();
    if (length < kMinLength)
        return Error {
            Error::Code::InvalidInput, tr("The password must be at least %1 characters long.").arg(kMinLength)};
    if (length > kMaxLength)
        return Error {
            Error::Code::InvalidInput, tr("The password must be at most %1 characters long.").arg(kMaxLength)};
    const QString trimmed = password.trimmed();
    if (trimmed.isEmpty())
        return Error {Error::Code::InvalidInput, tr("The password cannot be only spaces.")};
    // A space at either end is easily lost when the password is copied or typed on a phone.
    if (trimmed.size() != password.size())
        return Error {Error::Code::InvalidInput,
            tr("The password must not begin or end with a space: remove the space or move it inside.")};

    const QString folded = password.normalized(QString::NormalizationForm_KC).toCaseFolded();
    const QList<uint> codePoints = folded.toUcs4();
    if (QSet<uint>(codePoints.begin(), codePoints.end()).size() < kMinDistinct)
        return Error {Error::Code::InvalidInput,
            tr("The password repeats too few characters: use at least %1 different ones.").arg(kMinDistinct)};
    if (isRun(folded))
        return Error {Error::Code::InvalidInput,
            tr("The password is a run of neighbouring keys or characters, such as 1234567890 or qwertyuiop. "
               "Choose a few unrelated words instead.")};
    const QString core = coreWord(folded);
    if (commonPasswords().contains(core) || commonPasswords().contains(lettersOnly(folded)))
        return Error {Error::Code::InvalidInput,
            tr("The password is one of the most common passwords, which attackers try first. "
               "Choose something less common, such as a few unrelated words.")};
    if (containsUserName(folded, userName))
        return Error {Error::Code::InvalidInput, tr("The password must not contain the user name.")};
    return success();
}

} // namespace majlis::server
