#pragma once

#include "common/result.h"
#include "legislatures/legislativebody.h"

#include <QAbstractItemModel>
#include <QHash>

#include <optional>

namespace majlis {

class Database;

// The workspace's legislatures as a tree: each body, and under it its chambers by the names the
// body gives them ("Senate", "Unicameral Legislature"), with how many current members each has.
// A body's own row stands for all its chambers. Congress comes first, then the others by name.
class LegislatureTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, MembersColumn, ColumnCount };
    enum Role { BodyIdRole = Qt::UserRole + 1 };

    explicit LegislatureTreeModel(Database &database, QObject *parent = nullptr);

    // Reads the bodies and counts their members again; on an error the tree stays as it was.
    Status reload();

    // The body of a body row or of a chamber row under it.
    std::optional<LegislativeBody> body(const QModelIndex &index) const;
    // The chamber of a chamber row; nothing for a body row (all its chambers).
    std::optional<Chamber> chamber(const QModelIndex &index) const;
    QModelIndex bodyIndex(const QString &bodyId) const;
    QModelIndex chamberIndex(const QString &bodyId, Chamber chamber) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        LegislativeBody body;
        QList<Chamber> chambers; // the body's, and any other its members sit in
        QHash<int, int> members; // by Chamber, current members only
        int total = 0;
    };

    // Row of the body a chamber row belongs to, or -1 for a body row. Stored in the index's
    // internal id as that row plus one, so a body row's id is 0.
    static int bodyRowOf(const QModelIndex &index) { return int(index.internalId()) - 1; }

    Database &m_database;
    QList<Entry> m_entries;
};

} // namespace majlis
