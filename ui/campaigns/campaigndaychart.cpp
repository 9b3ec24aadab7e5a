#include "campaigns/campaigndaychart.h"

#include "reports/charts.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QValueAxis>

#include <QEvent>

#include <algorithm>

namespace majlis {

CampaignDayChart::CampaignDayChart(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("campaignDayChart"));
    setAccessibleName(tr("Attempts, contacts and pledges per day"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(charts::uprightHeight(fontMetrics()) * 3 / 4);
    redraw();
}

void CampaignDayChart::setDays(const QList<DayProgress> &days)
{
    m_days.clear();
    for (const DayProgress &day : days) {
        // A day nobody worked is still a day: leaving it out would hide the pause.
        while (!m_days.isEmpty() && m_days.last().day.addDays(1) < day.day)
            m_days.append({m_days.last().day.addDays(1), 0, 0, 0});
        m_days.append(day);
    }
    redraw();
}

QList<DayProgress> CampaignDayChart::shownDays() const
{
    return m_days.mid(std::max<qsizetype>(0, m_days.size() - kMaxDays));
}

bool CampaignDayChart::hasData() const
{
    return std::any_of(m_days.cbegin(), m_days.cend(), [](const DayProgress &d) { return d.attempts > 0; });
}

void CampaignDayChart::changeEvent(QEvent *event)
{
    // The chart draws its own text and axes: mirror and recolour them by drawing them again.
    const QEvent::Type type = event->type();
    if (type == QEvent::LayoutDirectionChange || type == QEvent::LocaleChange || type == QEvent::PaletteChange)
        redraw();
    QChartView::changeEvent(event);
}

void CampaignDayChart::redraw()
{
    const QLocale locale = this->locale();
    QChart *chart = charts::resetChart(this, locale, palette(), layoutDirection());
    if (!hasData()) {
        chart->setTitle(tr("No results recorded yet."));
        chart->setTitleBrush(palette().color(QPalette::PlaceholderText));
        setAccessibleDescription(tr("No results recorded yet."));
        return;
    }
    chart->setTitle(QString());

    QBarSet *attempts = charts::barSet(tr("Attempts"), charts::kInfo);
    QBarSet *contacts = charts::barSet(tr("Contacts"), charts::kGood);
    QBarSet *pledges = charts::barSet(tr("Pledges"), charts::kWaiting);
    QStringList categories;
    QStringList names;
    QStringList described;
    int most = 0;
    for (const DayProgress &day : shownDays()) {
        *attempts << day.attempts;
        *contacts << day.contacts;
        *pledges << day.pledges;
        most = std::max({most, day.attempts, day.contacts, day.pledges});
        categories << locale.toString(day.day, QStringLiteral("d MMM"));
        names << locale.toString(day.day, QLocale::LongFormat);
        described << tr("%1: attempts %2, contacts %3, pledges %4", "a day, then its counts")
                         .arg(names.last(), locale.toString(day.attempts), locale.toString(day.contacts),
                             locale.toString(day.pledges));
    }
    auto *series = new QBarSeries;
    charts::appendInReadingOrder(series, {attempts, contacts, pledges}, layoutDirection());
    QBarCategoryAxis *axis = charts::orderedCategories(series, categories, names, layoutDirection() == Qt::RightToLeft);
    if (categories.size() > 7)
        axis->setLabelsAngle(-45);
    auto *counts = new QValueAxis;
    charts::fitCountAxis(counts, most);
    counts->setTitleText(tr("Results"));
    charts::attachUpright(chart, series, axis, counts, layoutDirection(), palette());
    charts::explainOnHover(series, this, names);
    setAccessibleDescription(described.join(u'\n'));
}

} // namespace majlis
