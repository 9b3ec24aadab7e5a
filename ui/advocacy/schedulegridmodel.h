#pragma once

#include "advocacy/dayplanner.h"
#include "advocacy/schedulecheck.h"

#include <QAbstractTableModel>

namespace majlis {

// The day as a grid: a row per time slot, a column per office (or per attendee). A meeting can
// be dragged to another row; the model says so with moveRequested and leaves the saving to
// its owner. Cells of meetings that break a rule are marked, with the reasons as tooltip.
class ScheduleGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Axis { Offices, Attendees };
    enum Role { MeetingIdRole = Qt::UserRole + 1, ConflictRole };

    explicit ScheduleGridModel(QObject *parent = nullptr);

    void setSnapshot(const DaySnapshot &snapshot, const QList<Conflict> &conflicts);
    void setAxis(Axis axis);
    Axis axis() const { return m_axis; }
    const DaySnapshot &snapshot() const { return m_snapshot; }
    int startOfRow(int row) const;
    int rowOf(int minute) const;
    // The column of an office or attendee id, or -1.
    int columnOf(const QString &id) const;
    // What dropping the dragged meeting on a row would break, while the drag is still on.
    QStringList conflictsIfDropped(const QMimeData *data, int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

signals:
    void moveRequested(const QString &meetingId, int newStart);

private:
    void rebuild();
    const Meeting *meetingAt(int row, int column) const;

    DaySnapshot m_snapshot;
    QHash<QString, QStringList> m_conflicts; // meeting id → messages
    Axis m_axis = Axis::Offices;
    QStringList m_columns; // legislator or attendee ids
    QHash<QString, int> m_columnIndex;
};

} // namespace majlis
