#include "shell/mainwindow.h"

#include "i18n/bidi.h"

#include "advocacy/advocacypage.h"
#include "campaigns/campaignspage.h"
#include "contacts/contactspage.h"
#include "events/eventspage.h"
#include "partners/partnerspage.h"
#include "reports/reportspage.h"
#include "demo/demodata.h"
#include "i18n/translations.h"
#include "contacts/contactimport.h"
#include "contacts/duplicatesdialog.h"
#include "contacts/importwizard.h"
#include "contacts/searchrefresh.h"
#include "io/vcard.h"
#include "storage/workspacearchive.h"
#include "demo/demoadvocacy.h"
#include "demo/democampaigns.h"
#include "demo/demoorganizing.h"
#include "shell/emptystatepage.h"
#include "shell/preferencesdialog.h"
#include "shell/workspacesettingsdialog.h"
#include "storage/database.h"
#include "sync/conflictlogdialog.h"
#include "sync/synccontroller.h"
#include "sync/syncserverdialog.h"
#include "sync/syncstatuswidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QStatusBar>
#include <QDate>
#include <QStandardPaths>
#include <QTableView>
#include <QUndoStack>

namespace majlis {

namespace {

constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("workspaces/recent");
const char kFileFilter[] = QT_TRANSLATE_NOOP("majlis::MainWindow", "Majlis workspaces (*.majlis);;All files (*)");

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_undoStack(new QUndoStack(this))
{
    setWindowTitle(tr("Majlis"));
    m_sidebar = new QListWidget(this);
    m_sidebar->setAccessibleName(tr("Workspaces"));
    m_sidebar->setFixedWidth(std::max(160, m_sidebar->fontMetrics().horizontalAdvance(tr("Advocacy Days")) + 48));
    m_sidebar->addItems({QString(), QString(), QString(), QString(), QString(), QString()});
    nameWorkspaces();
    m_pages = new QStackedWidget(this);

    auto *central = new QWidget(this);
    auto *centralLayout = new QHBoxLayout(central);
    centralLayout->addWidget(m_sidebar);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_countLabel = new QLabel(this);
    m_pathLabel = new QLabel(this);
    m_syncStatus = new SyncStatusWidget(this);
    m_syncStatus->hide(); // until a workspace is open
    connect(m_syncStatus, &SyncStatusWidget::serverDialogRequested, this, &MainWindow::openSyncServerDialog);
    connect(m_syncStatus, &SyncStatusWidget::syncRequested, this, &MainWindow::syncNow);
    connect(m_syncStatus, &SyncStatusWidget::conflictsRequested, this, &MainWindow::openConflictsDialog);
    connect(m_syncStatus, &SyncStatusWidget::cancelRequested, this, [this] {
        if (m_sync)
            m_sync->cancel();
    });
    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_syncStatus);
    statusBar()->addPermanentWidget(m_pathLabel);

    buildMenus();
    buildPages();
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow()
{
    // Sync and the pages hold references into the database: they go first.
    delete m_sync;
    m_sync = nullptr;
    delete m_pages;
    m_pages = nullptr;
}

void MainWindow::nameWorkspaces()
{
    const QStringList names{tr("Contacts"), tr("Advocacy Days"), tr("Partners"), tr("Events"), tr("Campaigns"), tr("Reports")};
    for (int i = 0; i < names.size(); ++i)
        m_sidebar->item(i)->setText(names.at(i));
    m_sidebar->setAccessibleName(tr("Workspaces"));
}

bool MainWindow::switchLanguage(const QString &language)
{
    if (m_contactsPage && !m_contactsPage->confirmLeavingEdits())
        return false;
    const QLocale locale = installTranslations(language);
    QApplication::setLayoutDirection(locale.textDirection());
    // Every window is built from translated text; building it again is the one way to be sure
    // nothing stays in the old language.
    const int row = m_sidebar->currentRow();
    menuBar()->clear();
    m_contactActions.clear();
    m_workspaceActions.clear();
    nameWorkspaces(); // before the menus: the View menu lists the workspaces by name
    buildMenus();
    buildPages();
    m_sidebar->setCurrentRow(row);
    setWindowTitle(m_database ? tr("%1 — Majlis").arg(bidi::isolate(QFileInfo(m_database->path()).completeBaseName())) : tr("Majlis"));
    if (m_contactsPage)
        m_contactsPage->refresh();
    return true;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Workspace…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this, &MainWindow::newWorkspace);
    file->addAction(tr("&Open Workspace…"), QKeySequence::Open, this, &MainWindow::openWorkspaceDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("New &Demo Workspace…"), this, &MainWindow::newDemoWorkspaceDialog);
    file->addSeparator();
    m_workspaceActions = {
        file->addAction(tr("&Import Contacts from CSV…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), this,
                        &MainWindow::importCsv),
        file->addAction(tr("Import Contacts from &vCard…"), this, &MainWindow::importVCard),
        file->addAction(tr("&Export Contacts…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this, [this] {
            if (m_contactsPage) {
                m_sidebar->setCurrentRow(0);
                m_contactsPage->exportDialog();
            }
        }),
    };
    file->addSeparator();
    m_workspaceActions << file->addAction(tr("Export Workspace &Archive…"), this, &MainWindow::exportArchive)
                       << file->addAction(tr("Import Wor&kspace Archive…"), this, &MainWindow::importArchive);
    file->addSeparator();
    QAction *workspaceSettings = file->addAction(tr("&Workspace Settings…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
                                                 this, &MainWindow::openWorkspaceSettings);
    workspaceSettings->setObjectName(QStringLiteral("workspaceSettingsAction"));
    m_workspaceActions << workspaceSettings;
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *preferences = new QAction(tr("&Preferences…"), this);
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, [this] {
        PreferencesDialog dialog(this);
        const QString before = PreferencesDialog::language();
        if (dialog.exec() == QDialog::Accepted && PreferencesDialog::language() != before)
            switchLanguage(PreferencesDialog::language());
    });
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    auto contactAction = [&](const QString &text, const QKeySequence &key, void (ContactsPage::*slot)()) {
        QAction *action = edit->addAction(text, key, this, [this, slot] {
            if (m_contactsPage) {
                m_sidebar->setCurrentRow(0);
                (m_contactsPage->*slot)();
            }
        });
        m_contactActions.append(action);
        return action;
    };
    contactAction(tr("&New Contact…"), QKeySequence::New, &ContactsPage::newContact);
    QAction *remove = contactAction(tr("&Delete Contacts…"), QKeySequence::Delete, &ContactsPage::deleteSelected);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut); // Delete in a text field deletes text
    contactAction(tr("Add &Tags to Selected…"), QKeySequence(Qt::CTRL | Qt::Key_T), &ContactsPage::tagSelected);
    contactAction(tr("Fill &Districts from ZIP Codes…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                  &ContactsPage::fillDistricts)
        ->setObjectName(QStringLiteral("fillDistrictsAction"));
    contactAction(tr("&Find Contacts"), QKeySequence::Find, &ContactsPage::focusSearch);
    contactAction(tr("E&xport Everything About This Person…"), QKeySequence(), &ContactsPage::exportPersonData)
        ->setObjectName(QStringLiteral("exportPersonDataAction"));
    contactAction(tr("Erase This &Person…"), QKeySequence(), &ContactsPage::erasePerson)
        ->setObjectName(QStringLiteral("erasePersonAction"));
    m_workspaceActions << edit->addAction(tr("Find D&uplicates…"), this, [this] {
        if (!m_database)
            return;
        DuplicatesDialog dialog(*m_database, m_undoStack, this);
        // The merge command outlives the dialog (Ctrl+Z later), so these name the window, not it.
        dialog.setRefresh([this] {
            if (m_contactsPage)
                m_contactsPage->refresh();
        });
        dialog.setReport([this](const QString &message) { QMessageBox::warning(this, tr("Duplicates"), message); });
        dialog.exec();
    });
    edit->addSeparator();
    edit->addAction(preferences);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_sidebar->count(); ++i) {
        view->addAction(m_sidebar->item(i)->text(), QKeySequence(Qt::CTRL | (Qt::Key_1 + i)), this,
                        [this, i] { m_sidebar->setCurrentRow(i); });
    }
    view->addSeparator();
    QAction *hijri = view->addAction(tr("Show &Hijri Dates"));
    hijri->setObjectName(QStringLiteral("hijriDatesAction"));
    hijri->setCheckable(true);
    hijri->setChecked(PreferencesDialog::dateDisplay().hijri);
    hijri->setToolTip(hijriCaveat());
    hijri->setStatusTip(hijriCaveat());
    connect(hijri, &QAction::toggled, this, [this](bool on) {
        PreferencesDialog::setHijriDates(on);
        refreshAfterSync(); // every page writes its dates again, keeping what is being typed
    });

    QMenu *syncMenu = menuBar()->addMenu(tr("&Sync"));
    QAction *syncNowAction = syncMenu->addAction(
        tr("Sync &Now"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y), this, &MainWindow::syncNow);
    syncNowAction->setObjectName(QStringLiteral("syncNowAction"));
    QAction *serverAction = syncMenu->addAction(tr("Sync &Server…"), this, &MainWindow::openSyncServerDialog);
    serverAction->setObjectName(QStringLiteral("syncServerAction"));
    QAction *conflictsAction = syncMenu->addAction(tr("&Conflicts…"), this, &MainWindow::openConflictsDialog);
    conflictsAction->setObjectName(QStringLiteral("syncConflictsAction"));
    syncMenu->addSeparator();
    QAction *automatic = syncMenu->addAction(tr("Sync &Automatically"));
    automatic->setObjectName(QStringLiteral("syncAutomaticallyAction"));
    automatic->setCheckable(true);
    automatic->setChecked(SyncController::autoSyncEnabled());
    connect(automatic, &QAction::toggled, this, [this](bool on) {
        if (m_sync)
            m_sync->setAutoSync(on);
    });
    m_workspaceActions << syncNowAction << serverAction << conflictsAction << automatic;

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = help->addAction(tr("&About Majlis"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    updateRecentMenu();
}

void MainWindow::buildPages()
{
    while (m_pages->count() > 0) {
        QWidget *page = m_pages->widget(0);
        m_pages->removeWidget(page);
        delete page;
    }
    m_contactsPage = nullptr;
    if (m_database) {
        m_contactsPage = new ContactsPage(*m_database, m_undoStack, m_pages);
        connect(m_contactsPage, &ContactsPage::countsChanged, this, &MainWindow::updateCounts);
        connect(m_contactsPage, &ContactsPage::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 15000); });
        m_pages->addWidget(m_contactsPage);
        m_contactsPage->restoreLayout(QSettings());
        m_contactsPage->refresh();
        // The Delete shortcut belongs to the list, so it never steals the key from a text field.
        m_contactsPage->view()->addAction(m_contactActions.at(1));
    } else {
        m_pages->addWidget(new EmptyStatePage(tr("No workspace open"),
                                              tr("Open a workspace with File > Open Workspace (Ctrl+O), create one "
                                                 "with File > New Workspace, or explore a demo with File > New Demo "
                                                 "Workspace."),
                                              m_pages));
        m_countLabel->clear();
    }
    m_advocacyPage = nullptr;
    if (m_database) {
        m_advocacyPage = new AdvocacyPage(*m_database, m_undoStack, m_pages);
        m_pages->addWidget(m_advocacyPage);
    } else {
        m_pages->addWidget(new EmptyStatePage(tr("Advocacy Days"),
                                              tr("Plan Capitol advocacy days: legislators, constituent meetings, "
                                                 "schedules and itineraries. Open or create a workspace first."),
                                              m_pages));
    }
    m_partnersPage = nullptr;
    if (m_database) {
        m_partnersPage = new PartnersPage(*m_database, m_pages);
        m_pages->addWidget(m_partnersPage);
    } else {
        m_pages->addWidget(new EmptyStatePage(tr("Partners"),
                                              tr("Keep track of coalition partners, sign-on letters and the history of "
                                                 "every relationship. Open or create a workspace first."),
                                              m_pages));
    }
    m_eventsPage = nullptr;
    if (m_database) {
        m_eventsPage = new EventsPage(*m_database, m_pages);
        m_pages->addWidget(m_eventsPage);
    } else {
        m_pages->addWidget(new EmptyStatePage(tr("Events"),
                                              tr("Run community events with offline check-in and voter-registration "
                                                 "drives. Open or create a workspace first."),
                                              m_pages));
    }
    m_campaignsPage = nullptr;
    if (m_database) {
        m_campaignsPage = new CampaignsPage(*m_database, m_pages);
        m_campaignsPage->setUndoStack(m_undoStack);
        m_pages->addWidget(m_campaignsPage);
    } else {
        m_pages->addWidget(new EmptyStatePage(tr("Campaigns"),
                                              tr("Run phone banks, door knocking and get-out-the-vote drives: lists "
                                                 "built from your contacts, scripts, and results entered offline. "
                                                 "Open or create a workspace first."),
                                              m_pages));
    }
    m_reportsPage = nullptr;
    if (m_database) {
        m_reportsPage = new ReportsPage(*m_database, m_pages);
        m_pages->addWidget(m_reportsPage);
    } else {
        m_pages->addWidget(new EmptyStatePage(tr("Reports"),
                                              tr("Attendance, voter registration, partners and sign-on letters in charts. "
                                                 "Open or create a workspace first."),
                                              m_pages));
    }
    m_pages->setCurrentIndex(std::max(0, m_sidebar->currentRow()));
    for (QAction *action : std::as_const(m_contactActions))
        action->setEnabled(m_database != nullptr);
    for (QAction *action : std::as_const(m_workspaceActions))
        action->setEnabled(m_database != nullptr);
}

void MainWindow::setWorkspace(std::unique_ptr<Database> database)
{
    m_undoStack->clear(); // its commands refer to the old workspace
    // Sync of the old workspace stops (between two committed steps) before its database closes.
    delete m_sync;
    m_sync = nullptr;
    m_contactsPage = nullptr;
    m_advocacyPage = nullptr;
    m_partnersPage = nullptr;
    m_eventsPage = nullptr;
    m_campaignsPage = nullptr;
    m_reportsPage = nullptr;
    // Replace the pages before the old database goes away, since they hold references into it.
    std::unique_ptr<Database> old = std::move(m_database);
    m_database = std::move(database);
    buildPages();
    old.reset();
    const QString path = m_database ? QDir::toNativeSeparators(m_database->path()) : QString();
    m_pathLabel->setText(path);
    setWindowFilePath(path);
    setWindowTitle(m_database ? tr("%1 — Majlis").arg(bidi::isolate(QFileInfo(path).completeBaseName())) : tr("Majlis"));
    if (m_database) {
        rememberRecent(m_database->path());
        m_sync = new SyncController(*m_database, this);
        connect(m_sync, &SyncController::statusChanged, m_syncStatus, &SyncStatusWidget::setStatus);
        connect(m_sync, &SyncController::dataChanged, this, &MainWindow::refreshAfterSync);
        connect(m_sync, &SyncController::notice, this,
            [this](const QString &message) { statusBar()->showMessage(message, 20000); });
        m_syncStatus->setStatus(m_sync->status());
    }
    m_syncStatus->setVisible(m_sync != nullptr);
}

bool MainWindow::openWorkspace(const QString &path)
{
    if (m_contactsPage && !m_contactsPage->confirmLeavingEdits())
        return false;
    auto opened = Database::open(path);
    if (!opened) {
        QMessageBox::critical(this, tr("Cannot open workspace"), opened.error().message);
        return false;
    }
    // Not fatal: search works on the old index until the next open tries again.
    if (auto s = searchrefresh::upgradeFolding(**opened); !s)
        qWarning("The search index could not be brought up to date: %s", qPrintable(s.error().message));
    setWorkspace(std::move(opened).value());
    return true;
}

bool MainWindow::createDemoWorkspace(const QString &path)
{
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("Demo workspace"),
                             tr("%1 already exists. Choose a new file name for the demo workspace.")
                                 .arg(bidi::isolateLtr(QDir::toNativeSeparators(path))));
        return false;
    }
    auto opened = Database::open(path);
    if (!opened) {
        QMessageBox::critical(this, tr("Cannot create workspace"), opened.error().message);
        return false;
    }
    QProgressDialog progress(tr("Creating fictional contacts…"), tr("Cancel"), 0, 2000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(200);
    auto added = DemoData::populate(**opened, 2000, 20261125, [&](int done) {
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.reset();
    // Partners, a letter and events with attendance, so every workspace has something to show.
    Status organizing = added ? DemoOrganizing::populate(**opened) : Status(added.error());
    if (organizing)
        organizing = DemoAdvocacy::populate(**opened);
    if (organizing)
        organizing = DemoCampaigns::populate(**opened);
    if (!added || !organizing) {
        const QString message = added ? organizing.error().message : added.error().message;
        opened.value().reset();
        QFile::remove(path);
        QMessageBox::warning(this, tr("Demo workspace"), message);
        return false;
    }
    setWorkspace(std::move(opened).value());
    return true;
}

void MainWindow::newWorkspace()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Workspace"),
                                                      QFileInfo(Database::defaultPath()).absolutePath(), tr(kFileFilter));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Workspace"),
                             tr("%1 already exists. To open it, use File > Open Workspace.").arg(bidi::isolateLtr(QDir::toNativeSeparators(path))));
        return;
    }
    openWorkspace(path);
}

void MainWindow::openWorkspaceDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"),
                                                      QFileInfo(Database::defaultPath()).absolutePath(), tr(kFileFilter));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::newDemoWorkspaceDialog()
{
    const QString suggested = QDir(QFileInfo(Database::defaultPath()).absolutePath()).filePath(QStringLiteral("demo.majlis"));
    const QString path = QFileDialog::getSaveFileName(this, tr("New Demo Workspace"), suggested, tr(kFileFilter));
    if (!path.isEmpty())
        createDemoWorkspace(path);
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(kRecentKey, recent.mid(0, kMaxRecent));
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : recent) {
        m_recentMenu->addAction(bidi::isolateLtr(QDir::toNativeSeparators(path)), this, [this, path] { openWorkspace(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateCounts(int listed, int total)
{
    const QLocale locale;
    if (listed == total)
        m_countLabel->setText(tr("%Ln contact(s)", nullptr, total));
    else
        m_countLabel->setText(tr("%1 of %Ln contact(s)", nullptr, total).arg(locale.toString(listed)));
}

QString MainWindow::statusText() const
{
    return m_countLabel->text();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Majlis"),
                       tr("<h3>Majlis %1</h3>"
                          "<p>An offline-first organizer for Muslim civic and advocacy organizations: contacts, "
                          "advocacy days, coalition partners and community events.</p>"
                          "<p>Majlis is free software, licensed under the GNU General Public License, version 3 or "
                          "(at your option) any later version. It comes with no warranty.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_contactsPage && !m_contactsPage->confirmLeavingEdits()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (m_contactsPage)
        m_contactsPage->saveLayout(settings);
    event->accept();
}

void MainWindow::importCsv()
{
    if (!m_database)
        return;
    ImportWizard wizard(*m_database, this);
    connect(&wizard, &ImportWizard::imported, this, [this](const ImportResult &result) {
        statusBar()->showMessage(tr("Imported: %1 new, %2 merged, %3 skipped.").arg(result.created).arg(result.merged).arg(result.skipped),
                                 10000);
    });
    wizard.exec();
    buildPages(); // every workspace shows the new people
}

void MainWindow::importVCard()
{
    if (!m_database)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Contacts from vCard"), QDir::homePath(),
                                                      tr("vCard files (*.vcf *.vcard);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Cannot import"), tr("Could not read %1: %2").arg(bidi::isolateLtr(path), file.errorString()));
        return;
    }
    auto cards = VCard::parse(file.readAll());
    if (!cards) {
        QMessageBox::warning(this, tr("Cannot import"), cards.error().message);
        return;
    }
    ContactImport::Options options;
    options.source = tr("import of %1").arg(QFileInfo(path).fileName());
    auto plan = ContactImport::planContacts(*m_database, cards->contacts, options);
    if (!plan) {
        QMessageBox::warning(this, tr("Cannot import"), plan.error().message);
        return;
    }
    QMessageBox ask(QMessageBox::Question, tr("Import Contacts from vCard"),
                    tr("%1 cards: %2 new contacts, %3 merged into existing ones, %4 skipped; %5 with problems. Import?")
                        .arg(plan->rowsRead)
                        .arg(plan->toCreate())
                        .arg(plan->toMerge())
                        .arg(plan->toSkip())
                        .arg(plan->problems.size()),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    QStringList details = cards->notKept + cards->problems;
    for (const ImportProblem &p : plan->problems)
        details << tr("Card %1: %2").arg(p.line).arg(p.message);
    if (!details.isEmpty())
        ask.setDetailedText(details.join(u'\n'));
    if (ask.exec() != QMessageBox::Yes)
        return;
    auto result = ContactImport::run(*m_database, plan.value());
    if (!result) {
        QMessageBox::warning(this, tr("Import not done"), result.error().message);
        return;
    }
    statusBar()->showMessage(tr("Imported: %1 new, %2 merged, %3 skipped.").arg(result->created).arg(result->merged).arg(result->skipped),
                             10000);
    buildPages();
}

void MainWindow::exportArchive()
{
    if (!m_database)
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("%1 archive %2.majlis")
                                                .arg(QFileInfo(m_database->path()).completeBaseName(),
                                                     QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Workspace Archive"), suggested,
                                                      tr("Majlis workspaces (*.majlis)"));
    if (path.isEmpty())
        return;
    QFile::remove(path); // the dialog already asked before replacing it
    if (auto s = WorkspaceArchive::exportTo(*m_database, path); !s)
        QMessageBox::warning(this, tr("Cannot export"), s.error().message);
    else
        statusBar()->showMessage(tr("Wrote the workspace archive %1.").arg(bidi::isolateLtr(QDir::toNativeSeparators(path))), 10000);
}

void MainWindow::importArchive()
{
    if (!m_database)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Workspace Archive"), QDir::homePath(),
                                                      tr("Majlis workspaces (*.majlis);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto s = WorkspaceArchive::importInto(*m_database, path); !s) {
        QMessageBox::warning(this, tr("Cannot import the archive"), s.error().message);
        return;
    }
    buildPages();
    statusBar()->showMessage(tr("Imported the archive %1.").arg(bidi::isolateLtr(QDir::toNativeSeparators(path))), 10000);
}

void MainWindow::openWorkspaceSettings()
{
    if (!m_database)
        return;
    WorkspaceSettingsDialog dialog(*m_database, this);
    // Phone numbers and event times are shown in the places just chosen.
    connect(&dialog, &WorkspaceSettingsDialog::settingsChanged, this, &MainWindow::refreshAfterSync);
    dialog.exec();
}

void MainWindow::syncNow()
{
    // Without a server or a session, the one thing that helps is the dialog that sets them.
    if (m_sync && !m_sync->syncNow())
        openSyncServerDialog();
}

void MainWindow::openSyncServerDialog()
{
    if (!m_sync)
        return;
    SyncServerDialog dialog(*m_sync, this);
    dialog.exec();
}

void MainWindow::openConflictsDialog()
{
    if (!m_database)
        return;
    ConflictLogDialog dialog(*m_database, this);
    connect(&dialog, &ConflictLogDialog::dataChanged, this, [this] {
        refreshAfterSync();
        if (m_sync)
            m_sync->refreshConflicts();
    });
    dialog.exec();
}

void MainWindow::refreshAfterSync()
{
    // Each page reads the workspace again in place. buildPages() would be simpler, but it drops
    // whatever is being typed; these keep an unsaved edit on screen (Partners' refresh already does).
    if (m_contactsPage)
        m_contactsPage->reloadKeepingEdits();
    if (m_advocacyPage)
        m_advocacyPage->reloadKeepingEdits();
    if (m_partnersPage)
        m_partnersPage->refresh();
    if (m_eventsPage)
        m_eventsPage->reloadKeepingEdits();
    if (m_campaignsPage)
        m_campaignsPage->refresh();
    if (m_reportsPage && m_reportsPage->isVisible())
        m_reportsPage->refresh(); // a hidden one reads again when shown
}

} // namespace majlis
