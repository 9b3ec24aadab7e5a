#include "contacts/contactcommands.h"

#include "contacts/contactrepository.h"

namespace majlis {

AppliedCommand::AppliedCommand(const QString &text, ContactRepository &repository, Refresh refresh, Report report)
    : QUndoCommand(text), m_repository(repository), m_refresh(std::move(refresh)), m_report(std::move(report))
{
}

void AppliedCommand::undo()
{
    if (revert())
        m_refresh();
    else
        setObsolete(true); // the data moved on (another laptop, another window); drop this step
}

void AppliedCommand::redo()
{
    if (m_applied) { // the change was already saved before the command was pushed
        m_applied = false;
        return;
    }
    if (apply())
        m_refresh();
    else
        setObsolete(true);
}

CreateContactCommand::CreateContactCommand(const Contact &created, ContactRepository &repository, Refresh refresh,
                                           Report report)
    : AppliedCommand(tr("Add %1").arg(created.displayName()), repository, std::move(refresh), std::move(report)),
      m_id(created.id)
{
}

bool CreateContactCommand::revert()
{
    return succeeded(m_repository.remove({m_id}));
}

bool CreateContactCommand::apply()
{
    return succeeded(m_repository.restore({m_id}));
}

EditContactCommand::EditContactCommand(const Contact &before, const Contact &after, ContactRepository &repository,
                                       Refresh refresh, Report report)
    : AppliedCommand(tr("Edit %1").arg(after.displayName()), repository, std::move(refresh), std::move(report)),
      m_before(before), m_after(after)
{
}

bool EditContactCommand::revert()
{
    return succeeded(m_repository.update(m_before));
}

bool EditContactCommand::apply()
{
    return succeeded(m_repository.update(m_after));
}

DeleteContactsCommand::DeleteContactsCommand(const QStringList &ids, ContactRepository &repository, Refresh refresh,
                                             Report report)
    : AppliedCommand(tr("Delete %n contact(s)", nullptr, static_cast<int>(ids.size())), repository, std::move(refresh),
                     std::move(report)),
      m_ids(ids)
{
}

bool DeleteContactsCommand::revert()
{
    return succeeded(m_repository.restore(m_ids));
}

bool DeleteContactsCommand::apply()
{
    return succeeded(m_repository.remove(m_ids));
}

TagContactsCommand::TagContactsCommand(const QHash<QString, QStringList> &added, ContactRepository &repository,
                                       Refresh refresh, Report report)
    : AppliedCommand(tr("Tag %n contact(s)", nullptr, static_cast<int>(added.size())), repository, std::move(refresh),
                     std::move(report)),
      m_added(added)
{
}

bool TagContactsCommand::revert()
{
    for (auto it = m_added.cbegin(); it != m_added.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        if (!succeeded(m_repository.removeTags({it.key()}, it.value())))
            return false;
    }
    return true;
}

bool TagContactsCommand::apply()
{
    for (auto it = m_added.cbegin(); it != m_added.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        if (!succeeded(m_repository.addTags({it.key()}, it.value())))
            return false;
    }
    return true;
}

} // namespace majlis
