#pragma once

#include <QDialog>
#include <QMessageBox>

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
    // Imports downloaded or read bytes in one transaction; nothing changes when they do not parse.
    bool importData(const QByteArray &data, bool quiet = false);
    // Downloads from the address in Preferences, with progress and Cancel, then imports.
    void updateFromInternet();

signals:
    void legislatorsChanged();

private:
    void refresh();
    void filter(const QString &text);
    void chooseFile();
    void editOffice();
    void report(QMessageBox::Icon icon, const QString &title, const QString &message, const QStringList &details = {});

    Database &m_database;
    QLineEdit *m_filter;
    QTableWidget *m_table;
    QLabel *m_summary;
};

} // namespace majlis
