#pragma once

#include "legislatures/contactdistricts.h"

#include <QUndoCommand>

#include <functional>

namespace majlis {

class Database;

// An undoable change to one contact's districts (a look-up, a choice, a confirmation): the
// districts before and after, as snapshots. Pushed after the change was made, so its first
// redo() does nothing; a step the data moved away from (another laptop synced) is dropped.
class DistrictChangeCommand : public QUndoCommand
{
public:
    using Refresh = std::function<void()>;
    using Report = std::function<void(const QString &message)>;

    DistrictChangeCommand(const QString &text, Database &database, ContactDistrictsSnapshot before,
                          ContactDistrictsSnapshot after, Refresh refresh, Report report);

    void undo() override;
    void redo() override;

private:
    void put(const ContactDistrictsSnapshot &snapshot);

    Database &m_database;
    ContactDistrictsSnapshot m_before;
    ContactDistrictsSnapshot m_after;
    Refresh m_refresh;
    Report m_report;
    bool m_applied = true;
};

} // namespace majlis
