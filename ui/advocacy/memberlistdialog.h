#pragma once

#include "common/result.h"
#include "io/csv.h"
#include "legislatures/bodymembers.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace majlis {

class ColumnMappingTable;
class Database;
class LegislatorTableModel;

// A parliament's member list (a CSV, one member a row) read into a legislature: choose the body
// (one of the workspace's, or a new one by code, name and country), the file, and what each
// column holds, guessed from its header; the first members as they will be read show below.
// OK needs a list that reads; the import itself (its dry run first) is the caller's.
//
// Object names for tests: "memberListBody", "memberListCode", "memberListName",
// "memberListCountry", "memberListPath", "memberListInfo", "memberListMapping",
// "memberListPreview", "memberListStatus".
class MemberListDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MemberListDialog(Database &database, QWidget *parent = nullptr);

    // Reads the file as Browse does; false (with the reason shown) when it cannot.
    bool loadFile(const QString &path);
    // The members with the body and mapping chosen now, or why they do not read.
    Result<BodyMembers> members() const;
    LegislatorTableModel *preview() const { return m_preview; }

    void accept() override;

private:
    Result<LegislativeBody> chosenBody() const;
    void bodyChosen();
    void updatePreview();

    Database &m_database;
    std::optional<CsvTable> m_table;
    QList<LegislativeBody> m_bodies; // the workspace's, in the combo's order after "New"
    QComboBox *m_body;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QLineEdit *m_country;
    QLineEdit *m_path;
    QLabel *m_info;
    ColumnMappingTable *m_mapping;
    LegislatorTableModel *m_preview;
    QLabel *m_status;
};

} // namespace majlis
