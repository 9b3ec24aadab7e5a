#pragma once

#include "advocacy/daysummary.h"

#include <QColor>
#include <QList>
#include <QRect>
#include <QWidget>

namespace majlis {

// How each ask fared across the offices met: one horizontal stacked bar per ask, Supportive,
// Undecided, Opposed and No answer from the leading side, all bars on one scale so they compare.
// Mirrors itself in right-to-left layouts. The numbers are also in the accessible description
// and in each bar's tooltip, so nothing is said by colour alone.
class OutcomeChart : public QWidget
{
    Q_OBJECT

public:
    explicit OutcomeChart(QWidget *parent = nullptr);

    void setTallies(const QList<DaySummary::AskTally> &tallies);
    QList<DaySummary::AskTally> tallies() const { return m_tallies; }
    // False when no held meeting has recorded an outcome: the chart then says so instead.
    bool hasData() const;

    // Where the bar of tallies().at(index) is drawn, in widget coordinates (mirrored when
    // right-to-left); empty when there is no such bar or nothing to draw.
    QRect barRect(int index) const;
    // The text of the tooltip at pos: the counts of the bar there, or empty.
    QString toolTipAt(const QPoint &pos) const;
    static QColor outcomeColor(Outcome outcome);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Geometry
    {
        int margin = 0;
        int labelWidth = 0;
        int barLeft = 0; // in left-to-right coordinates; mirrored when painting
        int barWidth = 0; // for the largest total
        int rowHeight = 0;
        int rowSpacing = 0;
        int legendTop = 0;
    };
    struct LegendEntry
    {
        Outcome outcome;
        QRect swatch; // both before mirroring
        QRect text;
    };
    Geometry geometry(int width) const;
    // The legend wraps onto more lines when the chart is narrow; bottom is where it ends.
    QList<LegendEntry> legend(int width, int top, int *bottom) const;
    // The row of tallies().at(index) before mirroring: its label and the whole bar area.
    QRect logicalRowRect(const Geometry &g, int index) const;
    QRect logicalBarRect(const Geometry &g, int index) const;
    int maxTotal() const;
    QString shortLabel(int index) const;
    // The ask, then one line per outcome with its count.
    QStringList describe(int index) const;
    void updateDescription();

    QList<DaySummary::AskTally> m_tallies;
};

} // namespace majlis
