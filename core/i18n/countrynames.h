#pragma once

#include <QLocale>
#include <QString>

namespace majlis::countries {

// A country's name (ISO 3166-1 alpha-2 code) in the language of `locale`: "Allemagne",
// "ألمانيا", "Almanya". QLocale names territories only in English or in their own language,
// so the name comes from ICU's CLDR data; QLocale's English name when ICU has none, and the
// code itself when nothing knows it.
QString name(const QString &code, const QLocale &locale = QLocale());

// "Germany (DE)": how a choice of country is shown, the name isolated so that it reads right
// in a right-to-left line.
QString nameWithCode(const QString &code, const QLocale &locale = QLocale());

} // namespace majlis::countries
