#pragma once

#include "campaigns/campaignprogress.h"
#include "campaigns/campaignscript.h"

#include <QtCharts/QChartView>

namespace majlis {

// How often each answer of one survey question was given, one lying bar per answer in the
// script's order, growing from the leading side. Free-text questions are read, not counted, so
// they have no chart. The tooltip and the accessible description give the exact numbers.
class AnswerChart : public QChartView
{
    Q_OBJECT

public:
    explicit AnswerChart(QWidget *parent = nullptr);

    // `answers` may hold every question's counts; only this question's are drawn.
    void setQuestion(const ScriptQuestion &question, const QList<AnswerCount> &answers);
    const ScriptQuestion &question() const { return m_question; }
    // The counts drawn, in the script's order of the answers.
    QList<int> counts() const { return m_counts; }
    bool hasData() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void redraw();

    ScriptQuestion m_question;
    QList<int> m_counts;
};

} // namespace majlis
