#include "advocacy/schedulegridmodel.h"

#include "i18n/bidi.h"

#include <QBrush>
#include <QColor>
#include <QMimeData>

#include <algorithm>

namespace majlis {

namespace {

const QString kMime = QStringLiteral("application/x-majlis-meeting");

} // namespace

ScheduleGridModel::ScheduleGridModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ScheduleGridModel::setSnapshot(const DaySnapshot &snapshot, const QList<Conflict> &conflicts)
{
    beginResetModel();
    m_snapshot = snapshot;
    m_conflicts.clear();
    for (const Conflict &c : conflicts)
        m_conflicts[c.meetingId].append(c.message);
    rebuild();
    endResetModel();
}

void ScheduleGridModel::setAxis(Axis axis)
{
    beginResetModel();
    m_axis = axis;
    rebuild();
    endResetModel();
}

void ScheduleGridModel::rebuild()
{
    m_columns.clear();
    m_columnIndex.clear();
    if (m_axis == Axis::Offices) {
        // Offices with meetings, in the order of the legislators list: by state, Senate first.
        QSet<QString> used;
        for (const Meeting &m : std::as_const(m_snapshot.meetings))
            used.insert(m.legislatorId);
        for (const Legislator &l : std::as_const(m_snapshot.legislators)) {
            if (used.contains(l.id))
                m_columns.append(l.id);
        }
    } else {
        for (const Attendee &a : std::as_const(m_snapshot.attendees))
            m_columns.append(a.id);
    }
    for (int i = 0; i < m_columns.size(); ++i)
        m_columnIndex.insert(m_columns.at(i), i);
}

int ScheduleGridModel::startOfRow(int row) const
{
    return m_snapshot.day.windowStart + row * std::max(5, m_snapshot.day.slotMinutes);
}

int ScheduleGridModel::rowOf(int minute) const
{
    return (minute - m_snapshot.day.windowStart) / std::max(5, m_snapshot.day.slotMinutes);
}

int ScheduleGridModel::columnOf(const QString &id) const
{
    return m_columnIndex.value(id, -1);
}

QStringList ScheduleGridModel::conflictsIfDropped(const QMimeData *data, int row) const
{
    if (!data || !data->hasFormat(kMime) || row < 0 || row >= rowCount())
        return {};
    const ScheduleCheck check(m_snapshot.day, m_snapshot.legislators, m_snapshot.attendees, m_snapshot.officeTimes);
    QStringList messages;
    for (const Conflict &c :
        check.conflictsIfMoved(m_snapshot.meetings, QString::fromUtf8(data->data(kMime)), startOfRow(row)))
        messages.append(c.message);
    return messages;
}

int ScheduleGridModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_snapshot.day.id.isEmpty())
        return 0;
    const int span = m_snapshot.day.windowEnd - m_snapshot.day.windowStart;
    return std::max(0, span / std::max(5, m_snapshot.day.slotMinutes));
}

int ScheduleGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

const Meeting *ScheduleGridModel::meetingAt(int row, int column) const
{
    if (column < 0 || column >= m_columns.size())
        return nullptr;
    const QString &id = m_columns.at(column);
    const int start = startOfRow(row);
    const int end = start + std::max(5, m_snapshot.day.slotMinutes);
    for (const Meeting &m : m_snapshot.meetings) {
        const bool here = m_axis == Axis::Offices ? m.legislatorId == id : m.attendeeIds.contains(id);
        if (here && m.start < end && start < m.end && m.status != Meeting::Status::Cancelled)
            return &m;
    }
    return nullptr;
}

QVariant ScheduleGridModel::data(const QModelIndex &index, int role) const
{
    const Meeting *m = meetingAt(index.row(), index.column());
    if (!m)
        return {};
    const auto conflicts = m_conflicts.value(m->id);
    switch (role) {
    case Qt::DisplayRole: {
        QString text;
        if (m_axis == Axis::Offices) {
            const Attendee *lead = m_snapshot.attendee(m->leadAttendeeId);
            text = tr("%1 (%n people)", nullptr, int(m->attendeeIds.size())).arg(bidi::isolate(lead ? lead->name : QString()));
        } else {
            const Legislator *l = m_snapshot.legislator(m->legislatorId);
            text = l ? QStringLiteral("%1\n%2 %3").arg(bidi::isolate(l->shownTitle()), bidi::isolate(l->office.building),
                                                        bidi::isolateLtr(l->office.room))
                     : QString();
        }
        // The cell's colour says it too, but nothing may rely on colour alone.
        if (!conflicts.isEmpty())
            text += u'\n' + tr("Conflict");
        else if (m->pinned)
            text += u'\n' + tr("Pinned");
        return text;
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        if (const Legislator *l = m_snapshot.legislator(m->legislatorId))
            lines << bidi::isolate(l->shownTitle())
                  << tr("%1, room %2").arg(bidi::isolate(l->office.building), bidi::isolateLtr(l->office.room));
        lines << bidi::isolateLtr(tr("%1–%2").arg(formatMinutes(m->start), formatMinutes(m->end)));
        QStringList team;
        for (const QString &id : m->attendeeIds) {
            if (const Attendee *a = m_snapshot.attendee(id))
                team << (id == m->leadAttendeeId ? tr("%1 (lead)").arg(bidi::isolate(a->name)) : bidi::isolate(a->name));
        }
        lines << team.join(QStringLiteral(", "));
        if (m->pinned)
            lines << tr("Pinned: scheduling again keeps it here.");
        lines += conflicts;
        return lines.join(u'\n');
    }
    case Qt::BackgroundRole:
        if (!conflicts.isEmpty())
            return QBrush(QColor(0xf8, 0xd0, 0xcc));
        return QBrush(m->pinned ? QColor(0xd6, 0xe4, 0xf5) : QColor(0xe3, 0xf1, 0xe1));
    case Qt::ForegroundRole:
        return QBrush(Qt::black); // the backgrounds are light in every theme
    case MeetingIdRole:
        return m->id;
    case ConflictRole:
        return conflicts;
    default:
        return {};
    }
}

QVariant ScheduleGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical)
        return formatMinutes(startOfRow(section));
    if (section < 0 || section >= m_columns.size())
        return {};
    const QString &id = m_columns.at(section);
    if (m_axis == Axis::Offices) {
        const Legislator *l = m_snapshot.legislator(id);
        if (!l)
            return {};
        if (role == Qt::ToolTipRole)
            return l->title();
        return QStringLiteral("%1\n%2").arg(bidi::isolateLtr(l->seat()), bidi::isolate(l->lastName.isEmpty() ? l->fullName : l->lastName));
    }
    const Attendee *a = m_snapshot.attendee(id);
    return a ? bidi::isolate(a->name) : QString();
}

Qt::ItemFlags ScheduleGridModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    if (meetingAt(index.row(), index.column()))
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList ScheduleGridModel::mimeTypes() const
{
    return {kMime};
}

QMimeData *ScheduleGridModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    const QString id = data(indexes.first(), MeetingIdRole).toString();
    if (id.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(kMime, id.toUtf8());
    return mime;
}

Qt::DropActions ScheduleGridModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool ScheduleGridModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction, int row, int, const QModelIndex &parent) const
{
    const int target = parent.isValid() ? parent.row() : row;
    return data && data->hasFormat(kMime) && target >= 0 && target < rowCount();
}

bool ScheduleGridModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const int target = parent.isValid() ? parent.row() : row;
    emit moveRequested(QString::fromUtf8(data->data(kMime)), startOfRow(target));
    return false; // the owner saves the move and reloads; nothing for the view to remove
}

} // namespace majlis
