#include "campaigns/calllistmodel.h"

#include "contacts/searchtext.h"
#include "i18n/bidi.h"
#include "i18n/languagenames.h"

#include <QApplication>
#include <QHeaderView>
#include <QLocale>
#include <QPalette>
#include <QTableView>

namespace majlis {

CallListModel::CallListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CallListModel::fitColumns(QHeaderView *header)
{
    for (int column : {PositionColumn, AttemptsColumn, LastResultColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    // Room for about three language names, and for a user name.
    const int character = header->fontMetrics().averageCharWidth();
    header->resizeSection(LanguagesColumn, character * 26);
    header->resizeSection(AssigneeColumn, character * 14);
    if (auto *view = qobject_cast<QTableView *>(header->parentWidget())) {
        view->setWordWrap(false);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    }
}

void CallListModel::setEntries(const QList<ListEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    m_search.clear();
    m_search.reserve(entries.size());
    for (const ListEntry &e : entries)
        m_search.append(QString::number(e.position) + u' ' + searchtext::fold(e.name));
    endResetModel();
}

int CallListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CallListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CallListModel::display(const ListEntry &e, int column) const
{
    const QLocale locale;
    switch (column) {
    case PositionColumn:
        return locale.toString(e.position);
    case NameColumn:
        return bidi::isolate(e.name);
    case LanguagesColumn:
        return languages::joinedNames(e.languages, locale);
    case AssigneeColumn:
        return e.assignee.isEmpty() ? tr("Nobody yet") : bidi::isolate(e.assignee);
    case AttemptsColumn:
        return locale.toString(e.attempts);
    case LastResultColumn: {
        const auto code = resultCodeFromKey(e.lastResult);
        if (!code)
            return e.done ? tr("Done") : tr("Not tried yet");
        return resultCodeName(*code);
    }
    }
    return {};
}

QVariant CallListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const ListEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(e, index.column());
    case Qt::AccessibleTextRole:
        return bidi::clean(display(e, index.column()));
    case SortRole:
        switch (index.column()) {
        case PositionColumn:
            return e.position;
        case AttemptsColumn:
            return e.attempts;
        default:
            return bidi::clean(display(e, index.column()));
        }
    case SearchRole:
        return m_search.at(index.row());
    case Qt::TextAlignmentRole:
        if (index.column() == PositionColumn || index.column() == AttemptsColumn)
            return QVariant(Qt::AlignTrailing | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (e.done)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case ContactIdRole:
        return e.contactId;
    case DoneRole:
        return e.done;
    }
    return {};
}

QVariant CallListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PositionColumn:
        return tr("#");
    case NameColumn:
        return tr("Name");
    case LanguagesColumn:
        return tr("Languages");
    case AssigneeColumn:
        return tr("Caller");
    case AttemptsColumn:
        return tr("Attempts");
    case LastResultColumn:
        return tr("Last result");
    }
    return {};
}

} // namespace majlis
