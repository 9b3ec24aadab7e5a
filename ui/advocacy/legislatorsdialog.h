#pragma once

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
// the left, look members up on the right; import or update the members of Congress from
// legislators-current.csv, put in an office building where a source has none, and list the
// buildings of a capitol.
//
// Object names for tests: "legislatureTree", "legislatorTable", "legislatorFilter",
// "showFormerCheck", "campusButton".
class LegislatorsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LegislatorsDialog(Database &database, QWidget *parent = nullptr);

    // Shows a body's members, or one chamber's; false when the workspace has no such body.
    bool selectLegislature(const QString &bodyId, std::optional<Chamber> chamber = std::nullopt);

    // Imports a file as the Import button does, reporting in a message box unless `quiet`.
    bool importFile(const QString &path, bool quiet = false);
    // Imports downloaded or read bytes in one transaction; nothing changes when they do not parse.
    bool importData(const QByteArray &data, bool quiet = false);
    // Downloads from the address in Preferences, with progress and Cancel, then imports.
    void updateFromInternet();

signals:
    void legislatorsChanged();

private:
    void refresh();
    void showSelection();
    void showSummary(const LegislativeBody &body, std::optional<Chamber> chamber);
    void chooseFile();
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
