#pragma once

#include "campaigns/campaignprogress.h"

#include <QtCharts/QChartView>

namespace majlis {

// Attempts, contacts and pledges day by day, as groups of bars: the progress panel's "Over
// Time" and each open campaign on the Reports page. Days without results between the first and
// the last are drawn as zero, so a pause is seen; a long campaign shows its last kMaxDays days.
// Mirrors itself in right-to-left layouts and draws again in the widget's language and colours
// when they change. Each bar's tooltip and the accessible description give the exact numbers.
class CampaignDayChart : public QChartView
{
    Q_OBJECT

public:
    static constexpr int kMaxDays = 14;

    explicit CampaignDayChart(QWidget *parent = nullptr);

    void setDays(const QList<DayProgress> &days);
    // Every day from the first result to the last, oldest first, with the empty ones.
    const QList<DayProgress> &days() const { return m_days; }
    // The days the chart draws: the last kMaxDays of days().
    QList<DayProgress> shownDays() const;
    // False when nothing was recorded: the chart then draws nothing and says so.
    bool hasData() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void redraw();

    QList<DayProgress> m_days;
};

} // namespace majlis
