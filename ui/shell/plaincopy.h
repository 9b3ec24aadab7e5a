#pragma once

class QAbstractItemView;

namespace majlis {

// Views show text wrapped in Unicode isolates (i18n/bidi.h) so it reads right in Arabic, Urdu
// and Farsi. Ctrl+C in a view copies the current cell's DisplayRole text, and would carry
// those invisible characters into a spreadsheet or a search box; this makes it copy the text
// without them. The filter is owned by the view.
void copyWithoutIsolates(QAbstractItemView *view);

} // namespace majlis
