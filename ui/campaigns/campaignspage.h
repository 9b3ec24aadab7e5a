#pragma once

#include "campaigns/callerwindow.h"
#include "campaigns/campaign.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTabWidget;
class QUndoStack;
class QTreeView;
class QVBoxLayout;

namespace majlis {

class CallListModel;
class CallListProxy;
class CampaignListModel;
class CampaignProgressPanel;
class TurnoutPanel;
class WalkListPanel;
class Database;
class ScriptTreeModel;

// The Campaigns workspace: phone banks, door lists and get-out-the-vote drives. The campaigns
// are listed at the top; for the chosen one, its list (who is on it, who calls them, how it
// went), its script, and its progress. From here an organizer creates and edits campaigns,
// builds and splits the list, and closes it; a volunteer starts calling (Ctrl+Enter) or enters
// results collected on paper.
//
// Object names for tests: "campaignTable", "newCampaignButton", "editCampaignButton",
// "buildListButton", "assignButton", "closeCampaignButton", "startCallingButton",
// "enterResultsButton", "campaignTabs", "campaignListView", "campaignListSearch",
// "campaignListSummary", "scriptIntroduction", "scriptTree", "campaignProgressTab",
// "campaignsEmpty".
class CampaignsPage : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignsPage(Database &database, QWidget *parent = nullptr);

    // Reads the campaigns again, keeping the one chosen.
    void refresh();
    QString currentCampaignId() const;
    void selectCampaign(const QString &campaignId);

    void newCampaign();
    void editCampaign();
    void buildList();
    void assignCallers();
    // Closes the chosen campaign after asking (or reopens a closed one).
    void closeCampaign();
    // Opens the caller's window for the chosen campaign; nullptr when none is open, or no caller
    // name was given. The window deletes itself when closed.
    CallerWindow *startCalling();
    CallerWindow *enterResults();

    // Who calls from this laptop when neither sync nor an earlier answer says: asked once.
    // Tests answer it without a dialog.
    void setCallerNameAsker(std::function<QString()> ask) { m_askCallerName = std::move(ask); }

    CampaignListModel *campaignModel() const { return m_campaigns; }
    CallListModel *listModel() const { return m_list; }
    ScriptTreeModel *scriptModel() const { return m_script; }
    CampaignProgressPanel *progressPanel() const { return m_progress; }
    TurnoutPanel *turnoutPanel() const { return m_turnout; }
    WalkListPanel *walkListPanel() const { return m_walkLists; }
    // Vote marks on election day go on the window's undo stack, so Ctrl+Z has one owner.
    void setUndoStack(QUndoStack *stack);

signals:
    // Another campaign was chosen (empty: none), or the chosen one changed (a result, a list built).
    void campaignChanged(const QString &campaignId);

private:
    void showCurrent();
    void updateButtons();
    std::optional<Campaign> current() const;
    QString callerName();
    CallerWindow *openCaller(CallerWindow::Mode mode);
    void warn(const QString &title, const QString &message);

    Database &m_database;
    std::function<QString()> m_askCallerName;
    CampaignListModel *m_campaigns;
    CallListModel *m_list;
    CallListProxy *m_listProxy;
    ScriptTreeModel *m_script;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_title;
    QLabel *m_summary;
    QPushButton *m_edit;
    QPushButton *m_build;
    QPushButton *m_assign;
    QPushButton *m_close;
    QPushButton *m_call;
    QPushButton *m_enter;
    QTabWidget *m_tabs;
    QTableView *m_listView;
    QLineEdit *m_listSearch;
    QLabel *m_introduction;
    QTreeView *m_scriptTree;
    CampaignProgressPanel *m_progress;
    TurnoutPanel *m_turnout;
    WalkListPanel *m_walkLists;
};

} // namespace majlis
