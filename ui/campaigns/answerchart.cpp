#include "campaigns/answerchart.h"

#include "reports/charts.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>

#include <QEvent>

#include <algorithm>

namespace majlis {

AnswerChart::AnswerChart(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("answerChart"));
    setAccessibleName(tr("Answers to the question"));
    setRenderHint(QPainter::Antialiasing);
    redraw();
}

void AnswerChart::setQuestion(const ScriptQuestion &question, const QList<AnswerCount> &answers)
{
    m_question = question;
    m_counts.clear();
    for (const ScriptAnswer &answer : question.answers) {
        int count = 0;
        for (const AnswerCount &a : answers) {
            if (a.question == question.key && a.answer == answer.key)
                count = a.count;
        }
        m_counts.append(count);
    }
    redraw();
}

bool AnswerChart::hasData() const
{
    return std::any_of(m_counts.cbegin(), m_counts.cend(), [](int n) { return n > 0; });
}

void AnswerChart::changeEvent(QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::LayoutDirectionChange || type == QEvent::LocaleChange || type == QEvent::PaletteChange)
        redraw();
    QChartView::changeEvent(event);
}

void AnswerChart::redraw()
{
    const QLocale locale = this->locale();
    QChart *chart = charts::resetChart(this, locale, palette(), layoutDirection());
    if (!hasData()) {
        const QString none = m_question.kind == ScriptQuestion::Kind::FreeText
            ? tr("Answers to this question are written, not chosen: they are not counted.")
            : tr("Nobody has answered this question yet.");
        chart->setTitle(none);
        chart->setTitleBrush(palette().color(QPalette::PlaceholderText));
        setAccessibleDescription(none);
        setFixedHeight(fontMetrics().height() * 6);
        return;
    }
    chart->setTitle(QString());

    QBarSet *given = charts::barSet(tr("Answers"), charts::kArea);
    QStringList names;
    QStringList described;
    int most = 0;
    for (qsizetype i = 0; i < m_question.answers.size(); ++i) {
        *given << m_counts.at(i);
        most = std::max(most, m_counts.at(i));
        names << m_question.answers.at(i).label;
        described << tr("%1: %2", "answer: count").arg(names.last(), locale.toString(m_counts.at(i)));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(given);
    QStringList shown = names;
    QBarCategoryAxis *axis = charts::orderedCategories(series,
        charts::uniqueCategories(shown, {}, tr("%1 (%2)", "chart category: a name, then a number")), names, true);
    auto *counts = new QValueAxis;
    charts::fitCountAxis(counts, most);
    counts->setTitleText(tr("People who gave the answer"));
    charts::attachLying(chart, series, axis, counts, layoutDirection(), palette());
    // One series, named by the axis title: a legend would only repeat it.
    chart->legend()->setVisible(false);
    charts::explainOnHover(series, this, names);
    setFixedHeight(charts::lyingHeight(fontMetrics(), int(names.size())));
    setAccessibleDescription(described.join(u'\n'));
}

} // namespace majlis
