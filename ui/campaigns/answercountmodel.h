#pragma once

#include "campaigns/campaignprogress.h"
#include "campaigns/campaignscript.h"
#include "i18n/datetext.h"

#include <QAbstractTableModel>

namespace majlis {

// How often each answer of a campaign's survey was given: a row per answer of every choice
// question, in the script's order, with the question's text and the answer's label as the caller
// read them and the share of that question's answers. Free-text answers are read, not counted,
// and are not here. SortRole holds the numbers, KeyRole "question/answer" as stored.
class AnswerCountModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { QuestionColumn, AnswerColumn, CountColumn, ShareColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, KeyRole };

    explicit AnswerCountModel(QObject *parent = nullptr);

    void setAnswers(const CampaignScript &script, const QList<AnswerCount> &answers);
    const QList<AnswerCount> &answers() const { return m_answers; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int questionTotal(const QString &question) const;

    CampaignScript m_script;
    QList<AnswerCount> m_answers;
};

// Each day a result was recorded: attempts, contacts and pledges, oldest first.
class DayProgressModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DayColumn, AttemptsColumn, ContactsColumn, PledgesColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit DayProgressModel(QObject *parent = nullptr);

    void setDays(const QList<DayProgress> &days);
    const QList<DayProgress> &days() const { return m_days; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DayProgress> m_days;
    DateDisplay m_dateDisplay; // read once per setDays(), not once per cell
};

} // namespace majlis
