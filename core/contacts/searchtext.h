#pragma once

#include <QString>
#include <QStringList>

namespace majlis::searchtext {

// Bumped whenever fold() or indexText() changes what they produce: workspaces made before
// rebuild their search index and sort keys once (searchrefresh::upgradeFolding).
inline constexpr int kFoldVersion = 2;

// Folds text the same way for the index, for queries, for sort keys and for the duplicate checks:
// case-folded, Latin diacritics and Arabic harakat removed, tatweel dropped, and the letters that
// differ between Arabic, Persian and Urdu keyboards and spellings joined (teh marbuta and heh,
// alef maqsura, Persian and Urdu yeh, keheh and kaf, Urdu heh goal and heh doachashmee, the
// hamza forms), Arabic-Indic and Persian digits read as 0-9. So "José" matches "jose",
// "مُحَمَّد" matches "محمد", "فاطمه" matches "فاطمة" and "علی" matches "علي".
QString fold(const QString &text);

// fold(), plus each word that starts with the article "ال" once more without it, so a search
// for "حسن" finds "الحسن". For search documents only: sort keys and comparisons use fold().
QString indexText(const QString &text);

// The digit strings a phone number is found by (phone::searchTokens): all its digits, and the
// national number as dialled in its country with and without the trunk prefix, so "5551234",
// "٥٥٥١٢٣٤" and "020 7946 0958" find "+1 (555) 123-4567" and "+44 20 7946 0958".
QStringList phoneTokens(const QString &number);

// An FTS5 MATCH expression for what a user typed: every word must match as a prefix, an Arabic
// word without its article. Input is reduced to letters and digits, so no FTS5 syntax ever
// reaches the query. Empty when there is nothing to search for.
QString matchExpression(const QString &userInput);

} // namespace majlis::searchtext
