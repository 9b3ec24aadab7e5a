#pragma once

#include "common/result.h"
#include "contacts/contact.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUndoCommand>

#include <functional>

namespace majlis {

class ContactRepository;

// Undoable contact changes. Each is pushed after its change was saved successfully (so a
// refused save never lands on the stack); redo() skips its first call for that reason.
class AppliedCommand : public QUndoCommand
{
public:
    using Refresh = std::function<void()>;
    using Report = std::function<void(const QString &message)>;

    AppliedCommand(const QString &text, ContactRepository &repository, Refresh refresh, Report report);

    void undo() final;
    void redo() final;

protected:
    virtual bool revert() = 0;
    virtual bool apply() = 0;
    // Reports a failed step to the user; true when it succeeded.
    template<typename T>
    bool succeeded(const Result<T> &result)
    {
        if (!result)
            m_report(result.error().message);
        return result.ok();
    }

    ContactRepository &m_repository;

private:
    Refresh m_refresh;
    Report m_report;
    bool m_applied = true;
};

class CreateContactCommand : public AppliedCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreateContactCommand)
public:
    CreateContactCommand(const Contact &created, ContactRepository &repository, Refresh refresh, Report report);

protected:
    bool revert() override;
    bool apply() override;

private:
    QString m_id;
};

class EditContactCommand : public AppliedCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditContactCommand)
public:
    EditContactCommand(const Contact &before, const Contact &after, ContactRepository &repository, Refresh refresh,
                       Report report);

protected:
    bool revert() override;
    bool apply() override;

private:
    Contact m_before;
    Contact m_after;
};

class DeleteContactsCommand : public AppliedCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteContactsCommand)
public:
    DeleteContactsCommand(const QStringList &ids, ContactRepository &repository, Refresh refresh, Report report);

protected:
    bool revert() override;
    bool apply() override;

private:
    QStringList m_ids;
};

class TagContactsCommand : public AppliedCommand
{
    Q_DECLARE_TR_FUNCTIONS(TagContactsCommand)
public:
    // `added` maps each contact to the tags it did not have before, so undo removes only those.
    TagContactsCommand(const QHash<QString, QStringList> &added, ContactRepository &repository, Refresh refresh,
                       Report report);

protected:
    bool revert() override;
    bool apply() override;

private:
    QHash<QString, QStringList> m_added;
};

} // namespace majlis
