#include "campaigns/callerprogressmodel.h"

#include "i18n/bidi.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QStyle>

namespace majlis {

namespace {

// A warning tint light enough for dark text, with the text colour fixed so it stays readable in
// a dark theme too.
const QColor kFlaggedBackground(0xff, 0xec, 0xb3);
const QColor kFlaggedText(Qt::black);

} // namespace

CallerProgressModel::CallerProgressModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CallerProgressModel::setCallers(const QList<CallerProgress> &callers)
{
    beginResetModel();
    m_callers = callers;
    endResetModel();
}

int CallerProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_callers.size());
}

int CallerProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CallerProgressModel::percent(const QLocale &locale, double share)
{
    return locale.toString(qRound(share * 100)) + locale.percent();
}

QVariant CallerProgressModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_callers.size())
        return {};
    const CallerProgress &c = m_callers.at(index.row());
    const bool flagged = !c.flag.isEmpty();
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CallerColumn:
            return bidi::isolate(c.caller);
        case AttemptsColumn:
            return locale.toString(c.attempts);
        case ContactsColumn:
            return locale.toString(c.contacts);
        case RateColumn:
            return percent(locale, c.contactRate());
        case PledgesColumn:
            return locale.toString(c.pledges);
        case BusiestMinuteColumn:
            return locale.toString(c.busiestMinute);
        case FlagColumn:
            return c.flag;
        }
        return {};
    case Qt::EditRole: // what copying takes: no isolates
        return index.column() == CallerColumn ? c.caller : data(index, Qt::DisplayRole);
    case SortRole:
        switch (index.column()) {
        case CallerColumn:
            return c.caller;
        case AttemptsColumn:
            return c.attempts;
        case ContactsColumn:
            return c.contacts;
        case RateColumn:
            return c.contactRate();
        case PledgesColumn:
            return c.pledges;
        case BusiestMinuteColumn:
            return c.busiestMinute;
        case FlagColumn:
            return c.flag;
        }
        return {};
    case CallerRole:
        return c.caller;
    case FlaggedRole:
        return flagged;
    case Qt::TextAlignmentRole:
        if (index.column() != CallerColumn && index.column() != FlagColumn)
            return int(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    case Qt::DecorationRole:
        if (flagged && index.column() == CallerColumn)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::FontRole:
        if (flagged) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        return flagged ? QVariant(kFlaggedBackground) : QVariant();
    case Qt::ForegroundRole:
        return flagged ? QVariant(kFlaggedText) : QVariant();
    case Qt::ToolTipRole:
        if (flagged)
            return tr("Check this work before counting it: %1").arg(c.flag);
        return {};
    }
    return {};
}

QVariant CallerProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case CallerColumn:
            return tr("Volunteer");
        case AttemptsColumn:
            return tr("Attempts");
        case ContactsColumn:
            return tr("Contacts");
        case RateColumn:
            return tr("Contact rate");
        case PledgesColumn:
            return tr("Pledges");
        case BusiestMinuteColumn:
            return tr("Busiest minute");
        case FlagColumn:
            return tr("Flag");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ContactsColumn:
            return tr("Attempts that reached the person");
        case RateColumn:
            return tr("Contacts as a share of attempts");
        case BusiestMinuteColumn:
            return tr("The most results entered within any sixty seconds");
        case FlagColumn:
            return tr("Why an organizer should check this volunteer's work");
        }
    }
    return {};
}

} // namespace majlis
