#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace majlis {

class AdvocacyPage;
class CampaignsPage;
class ContactsPage;
class EventsPage;
class PartnersPage;
class ReportsPage;
class Database;
class SyncController;
class SyncStatusWidget;

// The window: a sidebar of workspaces (Contacts, Advocacy Days, Partners, Events, Campaigns, Reports), the pages,
// the menus, and a status bar with the contact count and where sync stands. It owns the open
// workspace and, with it, the workspace's SyncController.
//
// Object names for tests: the Sync menu's actions "syncNowAction", "syncServerAction",
// "syncConflictsAction", "syncAutomaticallyAction" (checkable); File > Workspace Settings…
// "workspaceSettingsAction".
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) a workspace file; on failure explains why and keeps the current one.
    bool openWorkspace(const QString &path);
    // Creates a demo workspace at `path` (replacing nothing: the file must not exist yet).
    bool createDemoWorkspace(const QString &path);

    Database *database() const { return m_database.get(); }
    ContactsPage *contactsPage() const { return m_contactsPage; }
    AdvocacyPage *advocacyPage() const { return m_advocacyPage; }
    PartnersPage *partnersPage() const { return m_partnersPage; }
    EventsPage *eventsPage() const { return m_eventsPage; }
    CampaignsPage *campaignsPage() const { return m_campaignsPage; }
    ReportsPage *reportsPage() const { return m_reportsPage; }
    // nullptr without a workspace.
    SyncController *syncController() const { return m_sync; }
    SyncStatusWidget *syncStatus() const { return m_syncStatus; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QString statusText() const;
    // Shows every window in another language (and reading direction) at once, without a
    // restart; asks first about unsaved edits. "" is the system's language.
    bool switchLanguage(const QString &language);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void nameWorkspaces();
    void buildPages();
    void setWorkspace(std::unique_ptr<Database> database);
    void newWorkspace();
    void openWorkspaceDialog();
    void newDemoWorkspaceDialog();
    void rememberRecent(const QString &path);
    void updateRecentMenu();
    void updateCounts(int listed, int total);
    void about();
    void importCsv();
    void importVCard();
    void exportArchive();
    void importArchive();
    void openWorkspaceSettings();
    void syncNow();
    void openSyncServerDialog();
    void openConflictsDialog();
    // After a sync or a conflict restore changed records underneath the pages.
    void refreshAfterSync();

    std::unique_ptr<Database> m_database;
    QUndoStack *m_undoStack;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    ContactsPage *m_contactsPage = nullptr;
    AdvocacyPage *m_advocacyPage = nullptr;
    PartnersPage *m_partnersPage = nullptr;
    EventsPage *m_eventsPage = nullptr;
    CampaignsPage *m_campaignsPage = nullptr;
    ReportsPage *m_reportsPage = nullptr;
    QMenu *m_recentMenu;
    QLabel *m_countLabel;
    QLabel *m_pathLabel;
    SyncStatusWidget *m_syncStatus;
    SyncController *m_sync = nullptr;
    QList<QAction *> m_contactActions;
    QList<QAction *> m_workspaceActions; // need an open workspace
};

} // namespace majlis
