#include "username.h"

#include <unicode/uspoof.h>

#include <memory>

namespace majlis::server {

namespace {

struct SpoofCheckerDeleter
{
    void operator()(USpoofChecker *checker) const { uspoof_close(checker); }
};
using SpoofChecker = std::unique_ptr<USpoofChecker, SpoofCheckerDeleter>;

// A checker per call: it is used only when a user is added, and an open one is not documented
// as safe to reconfigure from several threads.
SpoofChecker openChecker()
{
    UErrorCode status = U_ZERO_ERROR;
    SpoofChecker checker(uspoof_open(&status));
    if (U_FAILURE(status))
        return nullptr;
    // Moderately restrictive: one script, or Latin with one other script that cannot pass for
    // it (Arabic, Hebrew, Han, ...), but never Latin with Cyrillic, Greek or Cherokee.
    uspoof_setChecks(checker.get(), USPOOF_RESTRICTION_LEVEL | USPOOF_INVISIBLE | USPOOF_MIXED_NUMBERS, &status);
    uspoof_setRestrictionLevel(checker.get(), USPOOF_MODERATELY_RESTRICTIVE);
    return U_FAILURE(status) ? nullptr : std::move(checker);
}

} // namespace

QString UserName::key(const QString &name)
{
    return name.trimmed().normalized(QString::NormalizationForm_KC).toCaseFolded();
}

QString UserName::skeleton(const QString &name)
{
    const QString folded = key(name);
    SpoofChecker checker = openChecker();
    if (!checker)
        return folded;
    UErrorCode status = U_ZERO_ERROR;
    const auto *text = reinterpret_cast<const UChar *>(folded.utf16());
    const int32_t needed = uspoof_getSkeleton(checker.get(), 0, text, int32_t(folded.size()), nullptr, 0, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status))
        return folded;
    QString skeleton(needed, Qt::Uninitialized);
    status = U_ZERO_ERROR;
    uspoof_getSkeleton(
        checker.get(), 0, text, int32_t(folded.size()), reinterpret_cast<UChar *>(skeleton.data()), needed, &status);
    return U_FAILURE(status) ? folded : skeleton;
}

Status UserName::checkNew(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error {Error::Code::InvalidInput, tr("Give the user a name.")};
    if (trimmed.size() > kMaxUtf16Units)
        return Error {
            Error::Code::InvalidInput, tr("The user name is too long: use at most %1 characters.").arg(kMaxUtf16Units)};
    for (const QChar c : trimmed) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format)
            return Error {Error::Code::InvalidInput, tr("The user name contains a control or invisible character.")};
    }
    SpoofChecker checker = openChecker();
    if (!checker)
        return Error {Error::Code::Io, tr("User names cannot be checked: the Unicode data of ICU is missing.")};
    UErrorCode status = U_ZERO_ERROR;
    const int32_t failed = uspoof_check(
        checker.get(), reinterpret_cast<const UChar *>(trimmed.utf16()), int32_t(trimmed.size()), nullptr, &status);
    if (U_FAILURE(status) || failed != 0)
        return Error {Error::Code::InvalidInput,
            tr("The user name \"%1\" mixes alphabets or hidden characters in a way that makes it look like "
               "another name. Write it in one alphabet.")
                .arg(trimmed)};
    return success();
}

} // namespace majlis::server
