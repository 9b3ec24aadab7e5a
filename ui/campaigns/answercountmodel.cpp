#include "campaigns/answercountmodel.h"

#include "campaigns/callerprogressmodel.h"
#include "i18n/bidi.h"
#include "shell/preferencesdialog.h"

#include <QLocale>

namespace majlis {

AnswerCountModel::AnswerCountModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AnswerCountModel::setAnswers(const CampaignScript &script, const QList<AnswerCount> &answers)
{
    beginResetModel();
    m_script = script;
    m_answers = answers;
    endResetModel();
}

int AnswerCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_answers.size());
}

int AnswerCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int AnswerCountModel::questionTotal(const QString &question) const
{
    int total = 0;
    for (const AnswerCount &a : m_answers)
        total += a.question == question ? a.count : 0;
    return total;
}

QVariant AnswerCountModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_answers.size())
        return {};
    const AnswerCount &a = m_answers.at(index.row());
    const ScriptQuestion *question = m_script.question(a.question);
    const ScriptAnswer *answer = question ? question->answer(a.answer) : nullptr;
    const QString questionText = question ? question->text : a.question;
    const QString answerText = answer ? answer->label : a.answer;
    const int total = questionTotal(a.question);
    const double share = total == 0 ? 0.0 : double(a.count) / total;
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case QuestionColumn:
            return bidi::isolate(questionText);
        case AnswerColumn:
            return bidi::isolate(answerText);
        case CountColumn:
            return locale.toString(a.count);
        case ShareColumn:
            return total == 0 ? QString() : CallerProgressModel::percent(locale, share);
        }
        return {};
    case Qt::EditRole:
        if (index.column() == QuestionColumn)
            return questionText;
        if (index.column() == AnswerColumn)
            return answerText;
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == QuestionColumn)
            return questionText;
        return {};
    case SortRole:
        switch (index.column()) {
        case QuestionColumn:
            return questionText;
        case AnswerColumn:
            return answerText;
        case CountColumn:
            return a.count;
        case ShareColumn:
            return share;
        }
        return {};
    case KeyRole:
        return QStringLiteral("%1/%2").arg(a.question, a.answer);
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn || index.column() == ShareColumn)
            return int(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant AnswerCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case QuestionColumn:
        return tr("Question");
    case AnswerColumn:
        return tr("Answer");
    case CountColumn:
        return tr("People");
    case ShareColumn:
        return tr("Share of answers");
    }
    return {};
}

DayProgressModel::DayProgressModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DayProgressModel::setDays(const QList<DayProgress> &days)
{
    beginResetModel();
    m_days = days;
    m_dateDisplay = PreferencesDialog::dateDisplay();
    endResetModel();
}

int DayProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_days.size());
}

int DayProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DayProgressModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_days.size())
        return {};
    const DayProgress &d = m_days.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case DayColumn: {
            const QString day = withHijri(locale.toString(d.day, QLocale::ShortFormat), d.day, m_dateDisplay);
            return role == Qt::DisplayRole ? bidi::isolate(day) : day;
        }
        case AttemptsColumn:
            return locale.toString(d.attempts);
        case ContactsColumn:
            return locale.toString(d.contacts);
        case PledgesColumn:
            return locale.toString(d.pledges);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case DayColumn:
            return d.day;
        case AttemptsColumn:
            return d.attempts;
        case ContactsColumn:
            return d.contacts;
        case PledgesColumn:
            return d.pledges;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != DayColumn)
            return int(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant DayProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DayColumn:
        return tr("Day");
    case AttemptsColumn:
        return tr("Attempts");
    case ContactsColumn:
        return tr("Contacts");
    case PledgesColumn:
        return tr("Pledges");
    }
    return {};
}

} // namespace majlis
