#include "contacts/districtcommand.h"

namespace majlis {

DistrictChangeCommand::DistrictChangeCommand(const QString &text, Database &database, ContactDistrictsSnapshot before,
                                             ContactDistrictsSnapshot after, Refresh refresh, Report report)
    : QUndoCommand(text), m_database(database), m_before(std::move(before)), m_after(std::move(after)),
      m_refresh(std::move(refresh)), m_report(std::move(report))
{
}

void DistrictChangeCommand::undo()
{
    put(m_before);
}

void DistrictChangeCommand::redo()
{
    if (m_applied) { // made before the command was pushed
        m_applied = false;
        return;
    }
    put(m_after);
}

void DistrictChangeCommand::put(const ContactDistrictsSnapshot &snapshot)
{
    if (auto s = ContactDistricts(m_database).restore(snapshot); !s) {
        m_report(s.error().message);
        setObsolete(true);
        return;
    }
    m_refresh();
}

} // namespace majlis
