#pragma once

#include <QString>
#include <QStringList>

namespace majlis::searchtext {

// Folds text the same way for the index and for queries: case-folded, Latin diacritics and
// Arabic harakat removed, tatweel dropped, alef variants joined, so "José" matches "jose" and
// "مُحَمَّد" matches "محمد".
QString fold(const QString &text);

// The digit strings a phone number is found by: all its digits, and the national number
// without the country code, so "5551234" finds "+1 (555) 123-4567".
QStringList phoneTokens(const QString &number);

// An FTS5 MATCH expression for what a user typed: every word must match as a prefix. Input is
// reduced to letters and digits, so no FTS5 syntax ever reaches the query. Empty when there is
// nothing to search for.
QString matchExpression(const QString &userInput);

} // namespace majlis::searchtext
