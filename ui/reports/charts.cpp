#include "reports/charts.h"

#include "i18n/bidi.h"

#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>

#include <QCoreApplication>
#include <QCursor>
#include <QFontMetrics>
#include <QSet>
#include <QToolTip>

#include <algorithm>

namespace majlis::charts {

QString elided(const QString &name)
{
    const QString simple = name.simplified();
    if (simple.size() <= kMaxCategoryLength)
        return simple;
    return simple.left(kMaxCategoryLength - 1).trimmed() + QChar(0x2026);
}

QStringList uniqueCategories(const QStringList &names, const QStringList &tellApart, const QString &format)
{
    QStringList result;
    QSet<QString> used;
    for (int i = 0; i < names.size(); ++i) {
        QString label = elided(names.at(i));
        if (used.contains(label) && i < tellApart.size() && !tellApart.at(i).isEmpty())
            label = format.arg(label, tellApart.at(i));
        const QString base = label;
        for (int n = 2; used.contains(label); ++n)
            label = format.arg(base, QString::number(n));
        used.insert(label);
        result << label;
    }
    return result;
}

void fitCountAxis(QValueAxis *axis, int most)
{
    constexpr int kMaxIntervals = 8;
    int step = 1;
    for (int base = 1; step * kMaxIntervals < most; base *= 10) {
        for (int multiple : {1, 2, 5}) {
            step = base * multiple;
            if (step * kMaxIntervals >= most)
                break;
        }
    }
    const int intervals = std::max(1, (most + step - 1) / step);
    axis->setRange(0, intervals * step);
    axis->setTickCount(intervals + 1);
    // With localized numbers Qt Charts reads only "%.<precision><type>"; a bare "%d" gives no labels.
    axis->setLabelFormat(QStringLiteral("%.0f"));
}

QChart *resetChart(QChartView *view, const QLocale &locale, const QPalette &palette, Qt::LayoutDirection direction)
{
    QChart *chart = view->chart();
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setLocale(locale);
    chart->setLocalizeNumbers(true);
    chart->setLayoutDirection(direction);
    chart->setBackgroundVisible(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(palette.color(QPalette::WindowText));
    return chart;
}

void styleAxis(QAbstractAxis *axis, const QPalette &palette)
{
    axis->setLabelsColor(palette.color(QPalette::WindowText));
    axis->setTitleBrush(palette.color(QPalette::WindowText));
    axis->setLinePenColor(palette.color(QPalette::Mid));
    axis->setGridLineColor(palette.color(QPalette::Midlight));
}

void attachUpright(QChart *chart, QAbstractBarSeries *series, QBarCategoryAxis *categories, QValueAxis *counts,
    Qt::LayoutDirection direction, const QPalette &palette)
{
    const bool rtl = direction == Qt::RightToLeft;
    chart->addSeries(series);
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(counts, rtl ? Qt::AlignRight : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(counts);
    categories->setGridLineVisible(false);
    styleAxis(categories, palette);
    styleAxis(counts, palette);
}

void attachLying(QChart *chart, QAbstractBarSeries *series, QBarCategoryAxis *categories, QValueAxis *counts,
    Qt::LayoutDirection direction, const QPalette &palette)
{
    const bool rtl = direction == Qt::RightToLeft;
    chart->addSeries(series);
    chart->addAxis(counts, Qt::AlignBottom);
    chart->addAxis(categories, rtl ? Qt::AlignRight : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(counts);
    categories->setGridLineVisible(false);
    counts->setReverse(rtl);
    styleAxis(categories, palette);
    styleAxis(counts, palette);
}

QBarCategoryAxis *orderedCategories(
    QAbstractBarSeries *series, QStringList categories, QStringList &names, bool reversed)
{
    if (reversed) {
        std::reverse(categories.begin(), categories.end());
        std::reverse(names.begin(), names.end());
        const QList<QBarSet *> sets = series->barSets();
        for (QBarSet *set : sets) {
            const int n = set->count();
            for (int i = 0; i < n / 2; ++i) {
                const qreal first = set->at(i);
                set->replace(i, set->at(n - 1 - i));
                set->replace(n - 1 - i, first);
            }
        }
    }
    // A category is a name typed in any script; its first strong letter decides its direction.
    auto *axis = new QBarCategoryAxis;
    for (const QString &category : std::as_const(categories))
        axis->append(bidi::isolate(category));
    return axis;
}

QBarSet *barSet(const QString &label, const QColor &color)
{
    auto *set = new QBarSet(label);
    set->setColor(color);
    set->setBorderColor(color);
    return set;
}

int uprightHeight(const QFontMetrics &fm)
{
    return fm.height() * 22;
}

int lyingHeight(const QFontMetrics &fm, int rows)
{
    return fm.height() * (12 + std::max(5, rows * 5 / 2));
}

void appendInReadingOrder(QAbstractBarSeries *series, QList<QBarSet *> sets, Qt::LayoutDirection direction)
{
    if (direction == Qt::RightToLeft)
        std::reverse(sets.begin(), sets.end());
    series->append(sets);
}

void explainOnHover(QAbstractBarSeries *series, QChartView *view, const QStringList &names)
{
    QObject::connect(series, &QAbstractBarSeries::hovered, view, [view, names](bool entered, int index, QBarSet *set) {
        if (!entered || index < 0 || index >= names.size()) {
            QToolTip::hideText();
            return;
        }
        // In the Reports page's context, where its translations have always been.
        QToolTip::showText(QCursor::pos(),
            QCoreApplication::translate(
                "majlis::ReportsPage", "%1\n%2: %3", "chart tooltip: what the bar stands for, the series, its count")
                .arg(bidi::isolate(names.at(index)), set->label(), view->locale().toString(qRound(set->at(index)))),
            view);
    });
}

} // namespace majlis::charts
