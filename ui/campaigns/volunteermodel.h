#pragma once

#include "campaigns/calllist.h"

#include <QAbstractTableModel>

namespace majlis {

// The volunteers a list is split among: the ones who hold part of it already, with how many
// people they have open and finished, and the ones the organizer adds, whose names and languages
// (codes such as "ar, ur") are typed in the table.
class VolunteerModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, LanguagesColumn, OpenColumn, DoneColumn, ColumnCount };

    explicit VolunteerModel(QObject *parent = nullptr);

    // The list's shares as they stand; volunteers typed but holding nothing yet stay.
    void setShares(const QList<Share> &shares);
    int addVolunteer();
    void removeVolunteer(int row);
    // Whether the row is someone who holds part of the list now.
    bool holdsShare(int row) const;
    QString name(int row) const;
    // Every named volunteer with their languages, in the table's order.
    QList<Volunteer> volunteers() const;
    int unassigned() const { return m_unassigned; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        QString languages; // as typed
        int open = 0;
        int done = 0;
        bool holds = false;
    };
    QList<Row> m_rows;
    int m_unassigned = 0;
};

} // namespace majlis
