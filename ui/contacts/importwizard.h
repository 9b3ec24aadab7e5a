#pragma once

#include "contacts/contactimport.h"
#include "io/csv.h"
#include "io/textencoding.h"

#include <QWizard>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace majlis {

class ColumnMappingTable;
class Database;

// Import contacts from a spreadsheet in four steps: choose the file (its encoding is detected
// and shown with a preview of the first rows, and another can be chosen; the separator is
// found), check what each column holds against a preview, review the dry run (what is created,
// merged, skipped, and each row's problems), then run it with a progress bar and Cancel.
// Nothing is written before the last step, and that step is all or nothing.
//
// Object names for tests: "importPath", "importFileInfo", "importEncoding", "importPreview",
// "importMapping", "importDuplicates", "importSummary", "importMatches", "importProblems".
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page { FilePage, MappingPage, ReviewPage };

    explicit ImportWizard(Database &database, QWidget *parent = nullptr);

    // Reads a file as the first page does, in the encoding detected; false (with the reason
    // shown) when it cannot.
    bool loadFile(const QString &path);
    // Reads the loaded file again in another encoding, as choosing it on the first page does;
    // false (with the reason shown) when its bytes are not valid in it.
    bool setEncoding(TextEncoding encoding);
    TextEncoding encoding() const { return m_encoding; }
    // Works out the plan from the mapping page, as Next on it does.
    bool preparePlan();
    // Writes the plan, as Finish does; the result of the last run.
    bool runImport();
    std::optional<ImportResult> result() const { return m_result; }
    const ImportPlan &plan() const { return m_plan; }

signals:
    void imported(const ImportResult &result);

protected:
    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    QWizardPage *buildFilePage();
    QWizardPage *buildMappingPage();
    QWizardPage *buildReviewPage();
    void fillPreview();
    void fillMapping();
    void fillReview();
    void setAllMatches(DuplicateAction action);
    void saveProblems();

    Database &m_database;
    QString m_path;
    QByteArray m_data;
    TextEncoding m_encoding = TextEncoding::Utf8;
    std::optional<CsvTable> m_table;
    ImportPlan m_plan;
    std::optional<ImportResult> m_result;
    QLineEdit *m_pathEdit;
    QLabel *m_fileInfo;
    QComboBox *m_encodingChoice;
    QTableWidget *m_preview;
    ColumnMappingTable *m_mapping;
    QComboBox *m_chapter;
    QComboBox *m_duplicates;
    QLabel *m_summary;
    QTableWidget *m_matches;
    QTableWidget *m_problems;
};

} // namespace majlis
