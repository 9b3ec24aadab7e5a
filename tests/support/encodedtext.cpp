#include "support/encodedtext.h"

#include <unicode/ucnv.h>

#include <catch2/catch.hpp>

namespace majlis::test {

QByteArray encodedAs(const QString &text, const char *charset)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &status);
    REQUIRE(U_SUCCESS(status));
    ucnv_setFromUCallBack(converter, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QByteArray out(text.size() * 4 + 4, '\0');
    const int32_t length = ucnv_fromUChars(converter, out.data(), int32_t(out.size()),
        reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()), &status);
    ucnv_close(converter);
    INFO(text.toStdString() << " in " << charset);
    REQUIRE(U_SUCCESS(status));
    out.truncate(length);
    return out;
}

} // namespace majlis::test
