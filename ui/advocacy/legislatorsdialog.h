#pragma once

#include "common/result.h"
#include "legislatures/bodymembers.h"
#include "legislatures/legislativebody.h"

#include <QDialog>
#include <QMessageBox>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTreeView;

namespace majlis {

class Database;
class LegislatorTableModel;
class LegislatureTreeModel;

// The legislatures of the workspace and their members: choose a body or one of its chambers on
// the left, look members up on the right; import members (Congress built in or from
// congress-legislators, the states from Open States, any parliament from its member list), put
// in an office building where a source has none, and list the buildings of a capitol. Every
// import shows its dry run first and writes nothing unless the user goes on.
//
// Object names for tests: "legislatureTree", "legislatorTable", "legislatorFilter",
// "showFormerCheck", "campusButton", "importButton" and its menu's actions "importBundledAction",
// "importCongressAction", "importOpenStatesFileAction", "importOpenStatesFolderAction",
// "importMemberListAction".
class LegislatorsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LegislatorsDialog(Database &database, QWidget *parent = nullptr);

    // Shows a body's members, or one chamber's; false when the workspace has no such body.
    bool selectLegislature(const QString &bodyId, std::optional<Chamber> chamber = std::nullopt);

    // Runs the import's dry run, shows it for the user to go on or cancel, then imports it all in
    // one transaction and shows the first legislature imported. `quiet` asks nothing and reports
    // no error in a message box (for tests and scripts). True when the members were written.
    bool importSource(const Result<MemberSource> &source, bool quiet = false);
    // A congress-legislators file, as "Congress from congress-legislators CSV…" does.
    bool importFile(const QString &path, bool quiet = false);
    // Downloaded or read bytes of a congress-legislators file; nothing changes when they do not parse.
    bool importData(const QByteArray &data, bool quiet = false);
    // The members of Congress built into this program.
    bool importBundled(bool quiet = false);
    // An Open States folder or download (.tar.gz, .zip), read with a busy indicator shown.
    bool importOpenStates(const QString &path, bool quiet = false);
    // Asks for a member list, its legislature and columns (MemberListDialog), then imports it.
    bool importMemberList();
    // Downloads from the address in Preferences, with progress and Cancel, then imports.
    void updateFromInternet();

signals:
    void legislatorsChanged();

private:
    void refresh();
    void showSelection();
    void showSummary(const LegislativeBody &body, std::optional<Chamber> chamber);
    void chooseFile();
    void chooseOpenStatesFile();
    void chooseOpenStatesFolder();
    QPushButton *buildImportButton();
    void editOffice();
    void editCampus();
    void report(QMessageBox::Icon icon, const QString &title, const QString &message, const QStringList &details = {});

    Database &m_database;
    LegislatureTreeModel *m_bodies;
    LegislatorTableModel *m_members;
    QSortFilterProxyModel *m_filtered;
    QTreeView *m_tree;
    QLineEdit *m_filter;
    QTableView *m_table;
    QCheckBox *m_showFormer;
    QPushButton *m_office;
    QPushButton *m_campus;
    QLabel *m_summary;
};

} // namespace majlis
