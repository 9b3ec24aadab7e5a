#include "contacts/importwizard.h"

#include "i18n/bidi.h"

#include "contacts/chapter.h"
#include "io/csvfile.h"
#include "io/savefile.h"
#include "shell/columnmappingtable.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace majlis {

namespace {

const QList<DuplicateAction> kActions{DuplicateAction::Merge, DuplicateAction::Skip, DuplicateAction::Create};

QString actionName(DuplicateAction action)
{
    switch (action) {
    case DuplicateAction::Merge:
        return ImportWizard::tr("Merge into the existing contact");
    case DuplicateAction::Skip:
        return ImportWizard::tr("Skip this row");
    case DuplicateAction::Create:
        return ImportWizard::tr("Create a new contact anyway");
    }
    return {};
}

QComboBox *actionCombo(QWidget *parent, DuplicateAction current)
{
    auto *combo = new QComboBox(parent);
    for (DuplicateAction a : kActions)
        combo->addItem(actionName(a));
    combo->setCurrentIndex(int(kActions.indexOf(current)));
    return combo;
}

} // namespace

ImportWizard::ImportWizard(Database &database, QWidget *parent) : QWizard(parent), m_database(database)
{
    setWindowTitle(tr("Import Contacts"));
    setWizardStyle(QWizard::ClassicStyle);
    setPage(FilePage, buildFilePage());
    setPage(MappingPage, buildMappingPage());
    setPage(ReviewPage, buildReviewPage());
    setButtonText(QWizard::FinishButton, tr("&Import"));
    resize(820, 600);
}

QWizardPage *ImportWizard::buildFilePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Choose the file"));
    page->setSubTitle(tr("A spreadsheet saved as CSV or text: from Excel, Google Contacts, Outlook or an organizing tool."));
    m_pathEdit = new QLineEdit(page);
    m_pathEdit->setObjectName(QStringLiteral("importPath"));
    m_pathEdit->setAccessibleName(tr("The file to import"));
    m_pathEdit->setPlaceholderText(tr("The file to import"));
    auto *browse = new QPushButton(tr("&Browse…"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Contacts"), QDir::homePath(),
                                                          tr("Spreadsheets (*.csv *.txt *.tsv);;All files (*)"));
        if (!path.isEmpty()) {
            m_pathEdit->setText(path);
            loadFile(path);
        }
    });
    m_fileInfo = new QLabel(page);
    m_fileInfo->setObjectName(QStringLiteral("importFileInfo"));
    m_fileInfo->setWordWrap(true);
    m_encodingChoice = new QComboBox(page);
    m_encodingChoice->setObjectName(QStringLiteral("importEncoding"));
    for (TextEncoding encoding : TextEncodings::all())
        m_encodingChoice->addItem(TextEncodings::displayName(encoding), int(encoding));
    m_encodingChoice->setEnabled(false); // until there is a file to read
    connect(m_encodingChoice, &QComboBox::activated, this,
            [this](int index) { setEncoding(TextEncoding(m_encodingChoice->itemData(index).toInt())); });
    m_preview = new QTableWidget(0, 0, page);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setAccessibleName(tr("The first rows, as read in this encoding"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    auto *row = new QHBoxLayout;
    row->addWidget(m_pathEdit, 1);
    row->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Text &encoding:"), m_encodingChoice);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addLayout(form);
    layout->addWidget(m_fileInfo);
    layout->addWidget(new QLabel(tr("The first rows as they will be imported; if names look wrong, choose another "
                                    "encoding:"),
                                 page));
    layout->addWidget(m_preview, 1);
    return page;
}

QWizardPage *ImportWizard::buildMappingPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("What each column holds"));
    page->setSubTitle(tr("Columns with familiar names are matched already; check them against the first rows."));
    m_mapping = new ColumnMappingTable(page);
    m_mapping->setObjectName(QStringLiteral("importMapping"));
    m_chapter = new QComboBox(page);
    m_duplicates = new QComboBox(page);
    m_duplicates->setObjectName(QStringLiteral("importDuplicates"));
    for (DuplicateAction a : kActions)
        m_duplicates->addItem(actionName(a));
    auto *form = new QFormLayout;
    form->addRow(tr("Put everyone in &chapter:"), m_chapter);
    form->addRow(tr("When a row matches a &contact:"), m_duplicates);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_mapping, 1);
    layout->addLayout(form);
    return page;
}

QWizardPage *ImportWizard::buildReviewPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Review before importing"));
    page->setSubTitle(tr("Nothing has been written yet. Import writes everything at once, or nothing if it is cancelled."));
    page->setFinalPage(true);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_matches = new QTableWidget(0, 4, page);
    m_matches->setObjectName(QStringLiteral("importMatches"));
    m_matches->setHorizontalHeaderLabels({tr("Line"), tr("In the file"), tr("Already a contact"), tr("Do")});
    m_matches->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_matches->verticalHeader()->hide();
    m_matches->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *allMerge = new QPushButton(tr("Merge All"), page);
    auto *allSkip = new QPushButton(tr("Skip All"), page);
    auto *allCreate = new QPushButton(tr("Create All"), page);
    connect(allMerge, &QPushButton::clicked, this, [this] { setAllMatches(DuplicateAction::Merge); });
    connect(allSkip, &QPushButton::clicked, this, [this] { setAllMatches(DuplicateAction::Skip); });
    connect(allCreate, &QPushButton::clicked, this, [this] { setAllMatches(DuplicateAction::Create); });
    auto *matchButtons = new QHBoxLayout;
    matchButtons->addWidget(allMerge);
    matchButtons->addWidget(allSkip);
    matchButtons->addWidget(allCreate);
    matchButtons->addStretch();
    m_problems = new QTableWidget(0, 3, page);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_problems->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_problems->verticalHeader()->hide();
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *saveProblems = new QPushButton(tr("&Save Problems…"), page);
    connect(saveProblems, &QPushButton::clicked, this, &ImportWizard::saveProblems);
    auto *problemButtons = new QHBoxLayout;
    problemButtons->addWidget(saveProblems);
    problemButtons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Rows that look like someone already here:"), page));
    layout->addWidget(m_matches, 1);
    layout->addLayout(matchButtons);
    layout->addWidget(new QLabel(tr("Rows that cannot be imported as they are:"), page));
    layout->addWidget(m_problems, 1);
    layout->addLayout(problemButtons);
    return page;
}

bool ImportWizard::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_fileInfo->setText(tr("Could not read %1: %2").arg(bidi::isolateLtr(QDir::toNativeSeparators(path)), file.errorString()));
        return false;
    }
    m_path = path;
    m_data = file.readAll();
    m_pathEdit->setText(path);
    const TextEncoding detected = detectEncoding(m_data).encoding;
    // The detected encoding says so in the list, so the user knows what a choice changes from.
    for (int i = 0; i < m_encodingChoice->count(); ++i) {
        const auto encoding = TextEncoding(m_encodingChoice->itemData(i).toInt());
        m_encodingChoice->setItemText(i, encoding == detected
                                             ? tr("%1 (detected)").arg(TextEncodings::displayName(encoding))
                                             : TextEncodings::displayName(encoding));
    }
    m_encodingChoice->setEnabled(true);
    return setEncoding(detected);
}

bool ImportWizard::setEncoding(TextEncoding encoding)
{
    m_encoding = encoding;
    m_encodingChoice->setCurrentIndex(m_encodingChoice->findData(int(encoding)));
    auto read = readCsvFile(m_data, encoding);
    if (!read) {
        m_table.reset();
        m_fileInfo->setText(read.error().message);
        fillPreview();
        fillMapping();
        return false;
    }
    m_table = std::move(read->table);
    const QChar delimiter = read->delimiter;
    const QString separator = delimiter == u'\t' ? tr("tab") : delimiter == u';' ? tr("semicolon")
                              : delimiter == u'|' ? tr("bar") : tr("comma");
    m_fileInfo->setText(tr("%1 rows in %2 columns; text in %3, fields separated by %4.")
                            .arg(m_table->rowCount())
                            .arg(m_table->header().size())
                            .arg(TextEncodings::name(encoding), separator));
    fillPreview();
    fillMapping();
    return true;
}

void ImportWizard::fillPreview()
{
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    if (!m_table)
        return;
    m_preview->setColumnCount(int(m_table->header().size()));
    m_preview->setHorizontalHeaderLabels(m_table->header());
    const int rows = std::min(5, m_table->rowCount());
    m_preview->setRowCount(rows);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < m_table->header().size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(m_table->cell(row, column)));
    }
    m_preview->resizeColumnsToContents();
}

void ImportWizard::fillMapping()
{
    m_mapping->setRowCount(0);
    if (!m_table)
        return;
    QList<ColumnMappingTable::Choice> choices;
    for (ContactField f : allContactFields())
        choices.append({contactFieldName(f), int(f)});
    QList<int> guessed;
    for (ContactField f : guessContactFields(m_table->header()))
        guessed.append(int(f));
    m_mapping->setColumns(m_table.value(), choices, guessed);
    m_chapter->clear();
    m_chapter->addItem(tr("No chapter"), QString());
    if (auto chapters = ChapterRepository(m_database).list()) {
        for (const Chapter &c : chapters.value())
            m_chapter->addItem(c.name, c.id);
    }
}

bool ImportWizard::preparePlan()
{
    if (!m_table)
        return false;
    ContactImport::Options options;
    for (int field : m_mapping->mapping())
        options.mapping.append(ContactField(field));
    options.chapterId = m_chapter->currentData().toString();
    options.onDuplicate = kActions.value(m_duplicates->currentIndex());
    options.source = tr("import of %1").arg(QFileInfo(m_path).fileName());
    // Reading and checking a large file takes a while: say so, and let it be cancelled.
    QProgressDialog progress(tr("Checking the rows…"), tr("Cancel"), 0, std::max(1, m_table->rowCount()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto plan = ContactImport::plan(m_database, m_table.value(), options, [&](int done, int total) {
        progress.setMaximum(std::max(1, total));
        progress.setValue(done);
        progress.setLabelText(tr("Checking the rows… %1 of %2").arg(done).arg(total));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!plan) {
        QMessageBox::warning(this, tr("Cannot import"), plan.error().message);
        return false;
    }
    m_plan = std::move(plan).value();
    fillReview();
    return true;
}

void ImportWizard::fillReview()
{
    m_summary->setText(tr("%1 rows read: %2 new contacts, %3 merged into existing ones, %4 skipped; %5 problems.")
                           .arg(m_plan.rowsRead)
                           .arg(m_plan.toCreate())
                           .arg(m_plan.toMerge())
                           .arg(m_plan.toSkip())
                           .arg(m_plan.problems.size()));
    m_matches->setRowCount(0);
    for (int i = 0; i < m_plan.matches.size(); ++i) {
        const ImportMatch &m = m_plan.matches.at(i);
        const Contact &c = m_plan.contacts.at(m.row);
        m_matches->insertRow(i);
        m_matches->setItem(i, 0, new QTableWidgetItem(QString::number(m_plan.lines.at(m.row))));
        m_matches->setItem(i, 1, new QTableWidgetItem(c.displayName()));
        m_matches->setItem(i, 2, new QTableWidgetItem(m.existingName.isEmpty() ? m.reason
                                                                               : tr("%1 (%2)").arg(m.existingName, m.reason)));
        auto *action = actionCombo(m_matches, m.action);
        connect(action, &QComboBox::currentIndexChanged, this, [this, i](int index) {
            m_plan.matches[i].action = kActions.value(index);
            fillReview();
        });
        m_matches->setCellWidget(i, 3, action);
    }
    m_problems->setRowCount(0);
    for (int i = 0; i < m_plan.problems.size(); ++i) {
        const ImportProblem &p = m_plan.problems.at(i);
        m_problems->insertRow(i);
        m_problems->setItem(i, 0, new QTableWidgetItem(QString::number(p.line)));
        m_problems->setItem(i, 1, new QTableWidgetItem(p.column));
        m_problems->setItem(i, 2, new QTableWidgetItem(p.message));
    }
}

void ImportWizard::setAllMatches(DuplicateAction action)
{
    for (ImportMatch &m : m_plan.matches)
        m.action = action;
    fillReview();
}

void ImportWizard::saveProblems()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Problems"),
                                                      QFileInfo(m_path).dir().filePath(tr("import problems.csv")),
                                                      tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto s = saveFile(path, ContactImport::problemsCsv(m_plan)); !s)
        QMessageBox::warning(this, tr("Cannot save"), s.error().message);
}

bool ImportWizard::runImport()
{
    QProgressDialog progress(tr("Importing contacts…"), tr("Cancel"), 0, std::max(1, int(m_plan.contacts.size())), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto result = ContactImport::run(m_database, m_plan, [&](int done, int total) {
        progress.setMaximum(std::max(1, total));
        progress.setValue(done);
        progress.setLabelText(tr("Importing contacts… %1 of %2").arg(done).arg(total));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!result) {
        QMessageBox::warning(this, tr("Import not done"), result.error().message);
        return false;
    }
    m_result = result.value();
    emit imported(result.value());
    return true;
}

void ImportWizard::initializePage(int id)
{
    QWizard::initializePage(id);
}

bool ImportWizard::validateCurrentPage()
{
    switch (currentId()) {
    case FilePage:
        if (m_path.isEmpty() || m_pathEdit->text() != m_path)
            return loadFile(m_pathEdit->text());
        return m_table.has_value(); // else the file info says why the chosen encoding cannot read it
    case MappingPage:
        return preparePlan();
    case ReviewPage:
        return runImport();
    default:
        return true;
    }
}

} // namespace majlis
