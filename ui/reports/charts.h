#pragma once

#include <QColor>
#include <QLocale>
#include <QPalette>
#include <QStringList>

class QAbstractAxis;
class QAbstractBarSeries;
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QFontMetrics;
class QValueAxis;

namespace majlis::charts {

// What the bar charts of the Reports page and the campaign panels share: colours that mean the
// same everywhere, whole-number axes, the page's language and palette, and mirroring for
// right-to-left layouts.

// The same meanings get the same colours as the advocacy outcome chart.
inline const QColor kGood(0x2e, 0x7d, 0x32);
inline const QColor kInfo(0x15, 0x65, 0xc0);
inline const QColor kWaiting(0xf9, 0xa8, 0x25);
inline const QColor kBad(0xc6, 0x28, 0x28);
inline const QColor kNeutral(0x9e, 0x9e, 0x9e);
inline const QColor kFaint(0xcf, 0xd8, 0xdc);
inline const QColor kArea(0x00, 0x79, 0x6b);

// Longer category names are elided on a chart; tooltips and tables have them whole.
constexpr int kMaxCategoryLength = 24;

QString elided(const QString &name);

// QBarCategoryAxis drops a category it already has, which would shift every bar after it onto
// the wrong label: two events called "Iftar" must stay two categories. The first of a name keeps
// it; later ones say what tells them apart, then a number if even that is the same.
QStringList uniqueCategories(const QStringList &names, const QStringList &tellApart, const QString &format);

// Whole numbers only, on steps of 1, 2 or 5 times a power of ten: a tick at 2.5 people says
// nothing.
void fitCountAxis(QValueAxis *axis, int most);

// Empties a chart for new numbers, and gives it the page's language, digits and colours:
// the chart draws its own text and would otherwise stay black on white in a dark theme.
QChart *resetChart(QChartView *view, const QLocale &locale, const QPalette &palette, Qt::LayoutDirection direction);

void styleAxis(QAbstractAxis *axis, const QPalette &palette);

// Bars that stand up: counts on the leading side. The categories must already be in drawing
// order (see orderedCategories).
void attachUpright(QChart *chart, QAbstractBarSeries *series, QBarCategoryAxis *categories, QValueAxis *counts,
    Qt::LayoutDirection direction, const QPalette &palette);

// Bars that lie down, growing from the leading side; the categories must already be in drawing
// order (see orderedCategories).
void attachLying(QChart *chart, QAbstractBarSeries *series, QBarCategoryAxis *categories, QValueAxis *counts,
    Qt::LayoutDirection direction, const QPalette &palette);

// The category axis of a series whose sets are filled in the table's order. Qt ignores
// setReverse() on a QBarCategoryAxis, so where the drawing order is the other way round (upright
// bars right to left; lying bars, which Qt stacks from the bottom, always) the categories, the
// values and the names for tooltips are reversed here instead.
QBarCategoryAxis *orderedCategories(
    QAbstractBarSeries *series, QStringList categories, QStringList &names, bool reversed);

QBarSet *barSet(const QString &label, const QColor &color);

// Bars side by side in each group, read from the leading side: the first set leftmost, or
// rightmost in a right-to-left layout, and the legend (which follows the series) the same way.
void appendInReadingOrder(QAbstractBarSeries *series, QList<QBarSet *> sets, Qt::LayoutDirection direction);

// The height of a chart of upright bars.
int uprightHeight(const QFontMetrics &fm);
// Room for the axis, its title and the legend, then for the bars: Qt Charts elides every label
// to "…" rather than squeeze a plot area that is too short.
int lyingHeight(const QFontMetrics &fm, int rows);

// A tooltip on each bar with the whole name of its category (the axis may elide it) and
// the count, since a bar's height is only approximate. `names` are in drawing order.
void explainOnHover(QAbstractBarSeries *series, QChartView *view, const QStringList &names);

} // namespace majlis::charts
