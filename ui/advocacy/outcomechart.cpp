#include "advocacy/outcomechart.h"

#include "i18n/bidi.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QToolTip>

#include <algorithm>
#include <numeric>

namespace majlis {

namespace {

constexpr std::array<Outcome, 4> kOutcomes {
    Outcome::Supportive, Outcome::Undecided, Outcome::Opposed, Outcome::NoAnswer};
constexpr int kLabelGap = 12;
constexpr int kLegendGap = 10;
constexpr int kLegendSpacing = 16;
constexpr int kDefaultWidth = 480;

int total(const DaySummary::AskTally &tally)
{
    return std::accumulate(tally.outcomes.cbegin(), tally.outcomes.cend(), 0);
}

// Dark text on the light colours, light text on the dark ones, so counts stay readable.
QColor textOn(Outcome outcome)
{
    return outcome == Outcome::Undecided || outcome == Outcome::NoAnswer ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace

OutcomeChart::OutcomeChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Outcomes by ask"));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    updateDescription();
}

QColor OutcomeChart::outcomeColor(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Supportive:
        return QColor(0x2e, 0x7d, 0x32);
    case Outcome::Undecided:
        return QColor(0xf9, 0xa8, 0x25);
    case Outcome::Opposed:
        return QColor(0xc6, 0x28, 0x28);
    case Outcome::NoAnswer:
        return QColor(0x9e, 0x9e, 0x9e);
    }
    return {};
}

void OutcomeChart::setTallies(const QList<DaySummary::AskTally> &tallies)
{
    m_tallies = tallies;
    updateDescription();
    updateGeometry();
    update();
}

bool OutcomeChart::hasData() const
{
    return maxTotal() > 0;
}

int OutcomeChart::maxTotal() const
{
    int most = 0;
    for (const DaySummary::AskTally &tally : m_tallies)
        most = std::max(most, total(tally));
    return most;
}

QString OutcomeChart::shortLabel(int index) const
{
    const Ask &ask = m_tallies.at(index).ask;
    return ask.bill.trimmed().isEmpty() ? bidi::isolate(ask.title) : bidi::isolateLtr(ask.bill);
}

QStringList OutcomeChart::describe(int index) const
{
    const DaySummary::AskTally &tally = m_tallies.at(index);
    const QString bill = tally.ask.bill.trimmed();
    const QString title = tally.ask.title.trimmed();
    QStringList lines;
    lines << (bill.isEmpty() || title.isEmpty()
            ? bidi::isolateLtr(bill) + bidi::isolate(title)
            : tr("%1 %2", "ask: bill number, then its title").arg(bidi::isolateLtr(bill), bidi::isolate(title)));
    for (Outcome o : kOutcomes)
        lines << tr("%1: %2", "outcome: count").arg(outcomeName(o), locale().toString(tally.outcomes[size_t(o)]));
    if (tally.unreported > 0)
        lines << tr("Not recorded: %1").arg(locale().toString(tally.unreported));
    return lines;
}

void OutcomeChart::updateDescription()
{
    if (!hasData()) {
        setAccessibleDescription(tr("No outcomes reported yet."));
        return;
    }
    QStringList asks;
    for (int i = 0; i < m_tallies.size(); ++i) {
        const QStringList lines = describe(i);
        asks << tr("%1: %2", "ask: its counts").arg(lines.first(), lines.mid(1).join(tr(", ", "list separator")));
    }
    setAccessibleDescription(asks.join(QLatin1Char('\n')));
}

OutcomeChart::Geometry OutcomeChart::geometry(int width) const
{
    const QFontMetrics fm = fontMetrics();
    Geometry g;
    g.margin = std::max(4, fm.height() / 2);
    g.rowHeight = fm.height() + 8;
    g.rowSpacing = 6;
    int natural = 0;
    for (int i = 0; i < m_tallies.size(); ++i)
        natural = std::max(natural, fm.horizontalAdvance(shortLabel(i)));
    // Long titles give way to the bars: they are elided, and the tooltip has them whole.
    g.labelWidth = std::min(natural, width * 2 / 5);
    g.barLeft = g.margin + g.labelWidth + kLabelGap;
    g.barWidth = std::max(0, width - g.margin - g.barLeft);
    g.legendTop = g.margin + int(m_tallies.size()) * (g.rowHeight + g.rowSpacing) - g.rowSpacing + kLegendGap;
    return g;
}

QList<OutcomeChart::LegendEntry> OutcomeChart::legend(int width, int top, int *bottom) const
{
    const QFontMetrics fm = fontMetrics();
    const int margin = std::max(4, fm.height() / 2);
    const int swatch = fm.ascent();
    const int lineHeight = fm.height() + 4;
    QList<LegendEntry> entries;
    int x = margin;
    int y = top;
    for (Outcome o : kOutcomes) {
        const int textWidth = fm.horizontalAdvance(outcomeName(o));
        const int entryWidth = swatch + 6 + textWidth;
        if (x > margin && x + entryWidth > width - margin) {
            x = margin;
            y += lineHeight;
        }
        entries.append({o, QRect(x, y + (lineHeight - swatch) / 2, swatch, swatch),
            QRect(x + swatch + 6, y, textWidth, lineHeight)});
        x += entryWidth + kLegendSpacing;
    }
    if (bottom)
        *bottom = y + lineHeight;
    return entries;
}

QRect OutcomeChart::logicalRowRect(const Geometry &g, int index) const
{
    return QRect(
        g.margin, g.margin + index * (g.rowHeight + g.rowSpacing), g.barLeft + g.barWidth - g.margin, g.rowHeight);
}

QRect OutcomeChart::logicalBarRect(const Geometry &g, int index) const
{
    const int most = maxTotal();
    if (most <= 0 || index < 0 || index >= m_tallies.size())
        return {};
    const int width = (g.barWidth * total(m_tallies.at(index)) + most / 2) / most;
    return QRect(g.barLeft, g.margin + index * (g.rowHeight + g.rowSpacing), width, g.rowHeight);
}

QRect OutcomeChart::barRect(int index) const
{
    const QRect bar = logicalBarRect(geometry(width()), index);
    if (bar.isEmpty())
        return {};
    return QStyle::visualRect(layoutDirection(), rect(), bar);
}

QString OutcomeChart::toolTipAt(const QPoint &pos) const
{
    if (!hasData())
        return {};
    const Geometry g = geometry(width());
    for (int i = 0; i < m_tallies.size(); ++i) {
        if (QStyle::visualRect(layoutDirection(), rect(), logicalRowRect(g, i)).contains(pos))
            return describe(i).join(QLatin1Char('\n'));
    }
    return {};
}

int OutcomeChart::heightForWidth(int width) const
{
    const QFontMetrics fm = fontMetrics();
    if (!hasData())
        return fm.height() * 3;
    int bottom = 0;
    legend(width, geometry(width).legendTop, &bottom);
    return bottom + std::max(4, fm.height() / 2);
}

QSize OutcomeChart::sizeHint() const
{
    return QSize(kDefaultWidth, heightForWidth(kDefaultWidth));
}

QSize OutcomeChart::minimumSizeHint() const
{
    const int width = fontMetrics().horizontalAdvance(QLatin1Char('x')) * 30;
    return QSize(width, heightForWidth(width));
}

bool OutcomeChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    if (event->type() == QEvent::LayoutDirectionChange || event->type() == QEvent::FontChange) {
        updateGeometry();
        update();
    }
    return QWidget::event(event);
}

void OutcomeChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setLayoutDirection(layoutDirection());
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    // Alignment is given in absolute terms because every rectangle is already mirrored.
    const Qt::Alignment leading = Qt::AlignAbsolute | (rtl ? Qt::AlignRight : Qt::AlignLeft);
    const auto visual = [this](const QRect &r) { return QStyle::visualRect(layoutDirection(), rect(), r); };
    const QFontMetrics fm = fontMetrics();

    if (!hasData()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No outcomes reported yet."));
        return;
    }

    const Geometry g = geometry(width());
    const int most = maxTotal();
    for (int i = 0; i < m_tallies.size(); ++i) {
        const DaySummary::AskTally &tally = m_tallies.at(i);
        const int y = g.margin + i * (g.rowHeight + g.rowSpacing);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(visual(QRect(g.margin, y, g.labelWidth, g.rowHeight)), leading | Qt::AlignVCenter,
            fm.elidedText(shortLabel(i), Qt::ElideRight, g.labelWidth));

        if (total(tally) == 0) {
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(
                visual(QRect(g.barLeft, y, g.barWidth, g.rowHeight)), leading | Qt::AlignVCenter, tr("none recorded"));
            continue;
        }
        // Edges from the running total, so rounding never leaves a gap between segments.
        int before = 0;
        for (Outcome o : kOutcomes) {
            const int count = tally.outcomes[size_t(o)];
            if (count == 0)
                continue;
            const int x0 = g.barLeft + (g.barWidth * before + most / 2) / most;
            const int x1 = g.barLeft + (g.barWidth * (before + count) + most / 2) / most;
            before += count;
            const QRect segment = visual(QRect(x0, y, x1 - x0, g.rowHeight));
            painter.fillRect(segment, outcomeColor(o));
            const QString number = locale().toString(count);
            if (segment.width() >= fm.horizontalAdvance(number) + 6) {
                painter.setPen(textOn(o));
                painter.drawText(segment, Qt::AlignCenter, number);
            }
        }
    }

    painter.setPen(palette().color(QPalette::WindowText));
    for (const LegendEntry &entry : legend(width(), g.legendTop, nullptr)) {
        painter.fillRect(visual(entry.swatch), outcomeColor(entry.outcome));
        painter.drawText(visual(entry.text), leading | Qt::AlignVCenter, outcomeName(entry.outcome));
    }
}

} // namespace majlis
