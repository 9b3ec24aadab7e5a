#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace majlis {

class Database;

// Members of Congress in this workspace: import or update them from legislators-current.csv,
// look them up, and put in an office building where the file has none.
//
// Object names for tests: "legislatorTable", "legislatorFilter".
class LegislatorsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LegislatorsDialog(Database &database, QWidget *parent = nullptr);

    // Imports a file as the Import button does, reporting in a message box unless `quiet`.
    bool importFile(const QString &path, bool quiet = false);

signals:
    void legislatorsChanged();

private:
    void refresh();
    void filter(const QString &text);
    void chooseFile();
    void editOffice();

    Database &m_database;
    QLineEdit *m_filter;
    QTableWidget *m_table;
    QLabel *m_summary;
};

} // namespace majlis
