#pragma once

#include "campaigns/calllist.h"

#include <QAbstractTableModel>

class QHeaderView;

namespace majlis {

// A campaign's list as a table (CallList::entries): place on the list, name, languages (named
// in the interface's language), who has the person, attempts and the last result in words.
// People finished are greyed and their last result says why.
class CallListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PositionColumn,
        NameColumn,
        LanguagesColumn,
        AssigneeColumn,
        AttemptsColumn,
        LastResultColumn,
        ColumnCount
    };
    enum Role {
        ContactIdRole = Qt::UserRole + 1,
        SortRole, // numbers as numbers, text without isolates
        SearchRole, // folded place and name, for typing to filter
        DoneRole,
    };

    explicit CallListModel(QObject *parent = nullptr);

    // Numbers as wide as they need, the name taking the room left; rows one line high.
    static void fitColumns(QHeaderView *header);

    void setEntries(const QList<ListEntry> &entries);
    const QList<ListEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString display(const ListEntry &entry, int column) const;

    QList<ListEntry> m_entries;
    QStringList m_search; // folded once per reset: typing filters thousands of rows
};

} // namespace majlis
