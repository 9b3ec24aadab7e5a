#pragma once

#include "sync/conflictlog.h"

#include <QAbstractTableModel>

namespace majlis {

// The conflict log as a table: which record and field, the value kept and the value that lost,
// from which laptop and when. Values read as a person would write them (text plain, numbers as
// numbers, an empty value as "—"), times in local time. Resolved entries, when listed, are greyed.
class ConflictLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RecordColumn, FieldColumn, KeptColumn, LostColumn, DeviceColumn, WhenColumn, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1, ResolvedRole };

    explicit ConflictLogModel(QObject *parent = nullptr);

    void setEntries(const QList<sync::ConflictEntry> &entries);
    const QList<sync::ConflictEntry> &entries() const { return m_entries; }
    // This laptop's device id: its own lost edits say "This laptop" rather than an id.
    void setLocalDevice(const QString &deviceId) { m_localDevice = deviceId; }

    static QString displayValue(const QJsonValue &value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString record(const sync::ConflictEntry &entry) const;
    QString device(const sync::ConflictEntry &entry) const;

    QList<sync::ConflictEntry> m_entries;
    QString m_localDevice;
};

} // namespace majlis
