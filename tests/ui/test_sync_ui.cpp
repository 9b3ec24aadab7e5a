#include "advocacy/advocacypage.h"
#include "advocacy/dayrepository.h"
#include "common/clock.h"
#include "contacts/contactdetailpane.h"
#include "contacts/contacteditor.h"
#include "contacts/contactrepository.h"
#include "contacts/contactspage.h"
#include "contacts/contacttablemodel.h"
#include "events/eventrepository.h"
#include "events/eventspage.h"
#include "i18n/bidi.h"
#include "shell/mainwindow.h"
#include "i18n/translations.h"
#include "support/catchqt.h"
#include "support/conflictrows.h"
#include "support/screenshot.h"
#include "support/tempworkspace.h"
#include "sync/conflictlog.h"
#include "sync/conflictlogdialog.h"
#include "sync/conflictlogmodel.h"
#include "sync/serversettings.h"
#include "sync/synccontroller.h"
#include "sync/syncserverdialog.h"
#include "sync/syncstatuswidget.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTcpServer>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace majlis;

namespace {



template <typename T> T *child(QWidget &parent, const char *name)
{
    auto *found = parent.findChild<T *>(QLatin1String(name));
    INFO(name);
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("restoring a lost value in the conflict log puts it back into the contact", "[ui][sync]")
{
    test::TempWorkspace ws;
    const Contact c = test::addSampleContact(ws.db());
    test::addConflict(ws.db(), QStringLiteral("contacts"), c.id, QStringLiteral("family_name"), QStringLiteral("\"Yusuf\""),
        QStringLiteral("\"Youssef\""), nowMs());
    ConflictLogDialog dialog(ws.db());
    dialog.show();
    test::saveScreenshot(dialog, QStringLiteral("sync-conflicts.png"));
    QSignalSpy changed(&dialog, &ConflictLogDialog::dataChanged);

    REQUIRE_FALSE(dialog.showsEmptyState());
    ConflictLogModel *model = dialog.model();
    REQUIRE(model->rowCount() == 1);
    CHECK(bidi::clean(model->index(0, ConflictLogModel::RecordColumn).data().toString()) == QStringLiteral("Amina Yusuf"));
    CHECK(bidi::clean(model->index(0, ConflictLogModel::FieldColumn).data().toString()) == QStringLiteral("Family name"));
    CHECK(bidi::clean(model->index(0, ConflictLogModel::KeptColumn).data().toString()) == QStringLiteral("Yusuf"));
    CHECK(bidi::clean(model->index(0, ConflictLogModel::LostColumn).data().toString()) == QStringLiteral("Youssef"));
    CHECK(bidi::clean(model->index(0, ConflictLogModel::DeviceColumn).data().toString()) == QStringLiteral("Laptop 0f3c9a7e"));

    auto *restore = child<QPushButton>(dialog, "restoreLostButton");
    CHECK_FALSE(restore->isEnabled()); // nothing selected yet
    dialog.view()->selectRow(0);
    REQUIRE(restore->isEnabled());
    restore->click();

    CHECK(ContactRepository(ws.db()).get(c.id)->familyName == QStringLiteral("Youssef"));
    CHECK(changed.count() == 1);
    CHECK(sync::ConflictLog(ws.db()).openCount().value() == 0);
    CHECK(dialog.showsEmptyState());

    // Resolved entries stay readable, and cannot be restored a second time.
    child<QCheckBox>(dialog, "showResolvedCheck")->setChecked(true);
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, 0).data(ConflictLogModel::ResolvedRole).toBool());
    dialog.view()->selectRow(0);
    CHECK_FALSE(restore->isEnabled());
}

TEST_CASE("keeping the current values closes the selected conflicts and leaves the contact alone", "[ui][sync]")
{
    test::TempWorkspace ws;
    const Contact c = test::addSampleContact(ws.db());
    test::addConflict(ws.db(), QStringLiteral("contacts"), c.id, QStringLiteral("family_name"), QStringLiteral("\"Yusuf\""),
        QStringLiteral("\"Youssef\""), nowMs());
    test::addConflict(ws.db(), QStringLiteral("contacts"), c.id, QStringLiteral("district"), QStringLiteral("4"), QStringLiteral("null"), nowMs() - 1000);
    ConflictLogDialog dialog(ws.db());
    dialog.show();
    QSignalSpy changed(&dialog, &ConflictLogDialog::dataChanged);

    REQUIRE(dialog.model()->rowCount() == 2);
    CHECK(bidi::clean(dialog.model()->index(1, ConflictLogModel::KeptColumn).data().toString()) == QStringLiteral("4"));
    CHECK(bidi::clean(dialog.model()->index(1, ConflictLogModel::LostColumn).data().toString()) == QStringLiteral("—"));
    dialog.view()->selectAll();
    child<QPushButton>(dialog, "keepCurrentButton")->click();

    CHECK(ContactRepository(ws.db()).get(c.id)->familyName == QStringLiteral("Yusuf"));
    CHECK(sync::ConflictLog(ws.db()).openCount().value() == 0);
    CHECK(changed.count() == 1);
    CHECK(dialog.showsEmptyState());
}

TEST_CASE("the conflict log says so when every edit was kept", "[ui][sync]")
{
    test::TempWorkspace ws;
    ConflictLogDialog dialog(ws.db());
    dialog.show();
    CHECK(dialog.showsEmptyState());
    CHECK(child<QLabel>(dialog, "noConflictsLabel")->text()
        == QStringLiteral("No conflicts: every edit from every laptop was kept."));
    CHECK_FALSE(child<QPushButton>(dialog, "restoreLostButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(dialog, "keepCurrentButton")->isEnabled());
}

TEST_CASE("the conflict log model shows values as a person would write them", "[ui][sync]")
{
    ConflictLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    sync::ConflictEntry e;
    e.id = QStringLiteral("c1");
    e.table = QStringLiteral("organizations");
    e.rowId = QStringLiteral("5d2f0c1a-aaaa");
    e.field = QStringLiteral("name");
    e.kept = QStringLiteral("ICNA Relief");
    e.lost = QJsonValue();
    e.lostDevice = QStringLiteral("this-laptop");
    e.lostAt = 1'800'000'000'000;
    model.setLocalDevice(QStringLiteral("this-laptop"));
    model.setEntries({e});

    CHECK(bidi::clean(model.index(0, ConflictLogModel::RecordColumn).data().toString()) == QStringLiteral("Partner 5d2f0c1a"));
    CHECK(bidi::clean(model.index(0, ConflictLogModel::LostColumn).data().toString()) == QStringLiteral("—"));
    CHECK(bidi::clean(model.index(0, ConflictLogModel::DeviceColumn).data().toString()) == QStringLiteral("This laptop"));
    CHECK(model.index(0, ConflictLogModel::WhenColumn).data().toString()
        == QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.lostAt), QLocale::ShortFormat));
    CHECK(model.headerData(ConflictLogModel::KeptColumn, Qt::Horizontal).toString() == QStringLiteral("Kept value"));

    CHECK(ConflictLogModel::displayValue(QJsonValue(12)) == QStringLiteral("12"));
    CHECK(ConflictLogModel::displayValue(QJsonValue(2.5)) == QStringLiteral("2.5"));
    CHECK(ConflictLogModel::displayValue(QJsonValue(QStringLiteral("Dearborn"))) == QStringLiteral("Dearborn"));
    CHECK(ConflictLogModel::displayValue(QJsonValue(true)) == QStringLiteral("Yes"));
    CHECK(ConflictLogModel::displayValue(QJsonValue::Null) == QStringLiteral("—"));
}

TEST_CASE("the sync status bar says where sync stands", "[ui][sync]")
{
    SyncStatusWidget widget;
    widget.show();
    auto *progress = child<QProgressBar>(widget, "syncProgressBar");
    auto *cancel = child<QToolButton>(widget, "syncCancelButton");
    auto *conflicts = child<QToolButton>(widget, "syncConflictsButton");
    SyncStatus status;

    status.state = SyncStatus::State::NotSetUp;
    widget.setStatus(status);
    CHECK(widget.text() == QStringLiteral("Sync: not set up"));
    CHECK_FALSE(progress->isVisible());
    CHECK_FALSE(conflicts->isVisible());
    QSignalSpy setUp(&widget, &SyncStatusWidget::serverDialogRequested);
    child<QToolButton>(widget, "syncStateButton")->click();
    CHECK(setUp.count() == 1);

    status.state = SyncStatus::State::Offline;
    status.message = QStringLiteral("The sync server could not be reached: Connection refused");
    widget.setStatus(status);
    CHECK(widget.text() == QStringLiteral("Offline — will retry"));
    CHECK(widget.toolTipText().contains(QStringLiteral("Connection refused")));

    status.state = SyncStatus::State::Syncing;
    status.message.clear();
    status.progress = {sync::SyncProgress::Phase::Pushing, 3, 10};
    widget.setStatus(status);
    CHECK(widget.text() == QStringLiteral("Syncing: sending…"));
    CHECK(progress->isVisible());
    CHECK(cancel->isVisible());
    CHECK(progress->maximum() == 10);
    CHECK(progress->value() == 3);
    QSignalSpy cancelled(&widget, &SyncStatusWidget::cancelRequested);
    cancel->click();
    CHECK(cancelled.count() == 1);
    status.progress = {sync::SyncProgress::Phase::Pulling, 120, 0};
    widget.setStatus(status);
    CHECK(widget.text() == QStringLiteral("Syncing: receiving…"));
    CHECK(progress->maximum() == 0); // busy indicator: no total known

    status.state = SyncStatus::State::Synced;
    status.lastSyncedAt = QDateTime::currentMSecsSinceEpoch() - (3 * 60 + 5) * 1000;
    status.report = sync::SyncReport {2, 5, 0, 1, 0};
    status.openConflicts = 2;
    widget.setStatus(status);
    CHECK(widget.text() == QStringLiteral("Synced 3 minutes ago"));
    CHECK(widget.toolTipText().contains(QStringLiteral("Sent: 2 · Received: 5")));
    CHECK_FALSE(progress->isVisible());
    CHECK_FALSE(cancel->isVisible());
    CHECK(conflicts->isVisible());
    CHECK(conflicts->text() == QStringLiteral("2 conflicts"));

    status.state = SyncStatus::State::NeedsLogin;
    status.message = QStringLiteral("The server did not accept the login. Log in again.");
    widget.setStatus(status);
    CHECK(widget.text() == QStringLiteral("Sync: log in again"));

    status.state = SyncStatus::State::Error;
    status.message = QStringLiteral("The disk is full.");
    widget.setStatus(status);
    CHECK(widget.text() == QStringLiteral("Sync failed"));
    CHECK(widget.toolTipText().contains(QStringLiteral("The disk is full.")));

    const qint64 now = 1'800'000'000'000;
    CHECK(SyncStatusWidget::syncedAgo(now - 20'000, now) == QStringLiteral("Synced just now"));
    CHECK(SyncStatusWidget::syncedAgo(now + 20'000, now) == QStringLiteral("Synced just now"));
    CHECK(SyncStatusWidget::syncedAgo(now - 60'000, now) == QStringLiteral("Synced 1 minute ago"));
    CHECK(SyncStatusWidget::syncedAgo(now - 2 * 3'600'000, now) == QStringLiteral("Synced 2 hours ago"));
}

TEST_CASE(
    "the sync server dialog refuses plain http to another computer and a malformed fingerprint", "[ui][sync][security]")
{
    test::TempWorkspace ws;
    SyncController controller(ws.db());
    SyncServerDialog dialog(controller);
    dialog.show();
    auto *address = child<QLineEdit>(dialog, "serverAddressEdit");
    auto *fingerprint = child<QLineEdit>(dialog, "fingerprintEdit");
    auto *problem = child<QLabel>(dialog, "syncProblemLabel");
    auto *logIn = child<QPushButton>(dialog, "logInButton");
    child<QLineEdit>(dialog, "userNameEdit")->setText(QStringLiteral("amina"));
    child<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("correct horse battery"));
    child<QRadioButton>(dialog, "fingerprintRadio")->setChecked(true);
    CHECK_FALSE(problem->isVisible());

    address->setText(QStringLiteral("http://sync.example.org"));
    fingerprint->setText(QString(64, u'A'));
    logIn->click();
    test::saveScreenshot(dialog, QStringLiteral("sync-server.png"));
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(QStringLiteral("https://")));
    CHECK_FALSE(controller.isBusy());
    CHECK(sync::ServerSettings::load(ws.db()).url.isEmpty());

    address->setText(QStringLiteral("https://sync.example.org"));
    fingerprint->setText(QStringLiteral("AB:CD:12"));
    logIn->click();
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(QStringLiteral("fingerprint")));
    CHECK_FALSE(controller.isBusy());
    CHECK(sync::ServerSettings::load(ws.db()).url.isEmpty());

    // The organization's authority chosen, but no file given: nothing to recognize the server by.
    child<QRadioButton>(dialog, "authorityRadio")->setChecked(true);
    logIn->click();
    CHECK(problem->isVisible());
    CHECK_FALSE(controller.isBusy());
    CHECK(sync::ServerSettings::load(ws.db()).url.isEmpty());

    CHECK(SyncServerDialog::checkAddress(QStringLiteral("http://127.0.0.1:8443")).ok());
    CHECK(SyncServerDialog::checkAddress(QStringLiteral("http://[::1]:8443")).ok());
    CHECK(
        SyncServerDialog::checkAddress(QStringLiteral("sync.example.org")).value().scheme() == QStringLiteral("https"));
    CHECK_FALSE(SyncServerDialog::checkAddress(QStringLiteral("ftp://sync.example.org")).ok());
    const QString colons = QStringLiteral("ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89:"
                                          "ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89");
    CHECK(SyncServerDialog::checkFingerprint(colons).value() == colons.toUpper());
    CHECK_FALSE(SyncServerDialog::checkFingerprint(QString(40, u'a')).ok()); // a SHA-1 is not enough
    CHECK_FALSE(SyncServerDialog::checkFingerprint(QString(64, u'g')).ok());
}

TEST_CASE("a login the server never answers shows why and saves nothing", "[ui][sync]")
{
    test::TempWorkspace ws;
    // A loopback port nobody listens on: the connection is refused at once.
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    SyncController controller(ws.db());
    SyncServerDialog dialog(controller);
    dialog.show();
    child<QLineEdit>(dialog, "serverAddressEdit")->setText(QStringLiteral("http://127.0.0.1:%1").arg(port));
    child<QLineEdit>(dialog, "userNameEdit")->setText(QStringLiteral("amina"));
    child<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("correct horse battery"));
    QSignalSpy failed(&controller, &SyncController::loginFailed);
    child<QPushButton>(dialog, "logInButton")->click();
    CHECK_FALSE(child<QPushButton>(dialog, "logInButton")->isEnabled());
    REQUIRE(failed.wait(20000));

    CHECK_FALSE(dialog.problem().isEmpty());
    CHECK(dialog.isVisible());
    CHECK(sync::ServerSettings::load(ws.db()).url.isEmpty());
    CHECK_FALSE(controller.hasToken());
    if (controller.isBusy())
        QSignalSpy(&controller, &SyncController::busyChanged).wait(5000);
    CHECK(child<QPushButton>(dialog, "logInButton")->isEnabled());
}

TEST_CASE("the Sync menu waits for a workspace", "[ui][sync]")
{
    test::TempWorkspace ws;
    MainWindow window;
    const char *names[] = {"syncNowAction", "syncServerAction", "syncConflictsAction", "syncAutomaticallyAction"};
    for (const char *name : names) {
        INFO(name);
        auto *action = window.findChild<QAction *>(QLatin1String(name));
        REQUIRE(action);
        CHECK_FALSE(action->isEnabled());
    }
    auto *now = window.findChild<QAction *>(QStringLiteral("syncNowAction"));
    CHECK(now->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    CHECK(now->text() == QStringLiteral("Sync &Now"));
    CHECK(window.findChild<QAction *>(QStringLiteral("syncAutomaticallyAction"))->isCheckable());
    CHECK(window.syncController() == nullptr);

    REQUIRE(window.openWorkspace(ws.path()));
    window.show();
    for (const char *name : names) {
        INFO(name);
        CHECK(window.findChild<QAction *>(QLatin1String(name))->isEnabled());
    }
    REQUIRE(window.syncController());
    CHECK(window.syncStatus()->isVisible());
    CHECK(window.syncStatus()->text() == QStringLiteral("Sync: not set up"));
}

TEST_CASE("reading the workspace again after a sync keeps what is being typed", "[ui][sync]")
{
    test::TempWorkspace ws;
    Contact amina = test::addSampleContact(ws.db());
    Contact omar;
    omar.givenName = QStringLiteral("Omar");
    omar.familyName = QStringLiteral("Haddad");
    omar = ContactRepository(ws.db()).create(omar).value();
    Event iftar;
    iftar.title = QStringLiteral("Interfaith iftar");
    iftar.startsAt = QDateTime(QDate(2027, 3, 20), QTime(19, 0));
    iftar = EventRepository(ws.db()).create(iftar).value();
    AdvocacyDay capitol;
    capitol.title = QStringLiteral("Capitol Day");
    capitol.date = QDate(2027, 4, 14);
    capitol = DayRepository(ws.db()).create(capitol).value();
    MainWindow window;
    REQUIRE(window.openWorkspace(ws.path()));
    window.show();

    // Contacts: a name half changed in the detail pane, while a sync brings another laptop's edit.
    ContactsPage *contacts = window.contactsPage();
    contacts->view()->setCurrentIndex(contacts->model()->index(contacts->model()->rowOf(amina.id), 0));
    REQUIRE(contacts->detailPane()->contactId() == amina.id);
    auto *family = qobject_cast<QLineEdit *>(contacts->detailPane()->editor()->field(QStringLiteral("familyName")));
    REQUIRE(family);
    family->selectAll();
    QTest::keyClicks(family, QStringLiteral("Al-Amin"));
    REQUIRE(contacts->detailPane()->hasUnsavedChanges());
    omar.familyName = QStringLiteral("Haddad-Said");
    REQUIRE(ContactRepository(ws.db()).update(omar));
    contacts->reloadKeepingEdits();
    CHECK(family->text() == QStringLiteral("Al-Amin"));
    CHECK(contacts->detailPane()->contactId() == amina.id);
    CHECK(contacts->model()
              ->index(contacts->model()->rowOf(omar.id), ContactTableModel::NameColumn)
              .data()
              .toString()
              .contains(QStringLiteral("Haddad-Said")));
    // With nothing typed, the pane shows what the sync brought.
    contacts->detailPane()->revert();
    amina = ContactRepository(ws.db()).get(amina.id).value();
    amina.familyName = QStringLiteral("Yusuf-Ali");
    REQUIRE(ContactRepository(ws.db()).update(amina));
    contacts->reloadKeepingEdits();
    CHECK(family->text() == QStringLiteral("Yusuf-Ali"));

    // Events: a title being typed stays; an event made on another laptop joins the list.
    EventsPage *events = window.eventsPage();
    REQUIRE(events->currentEventId() == iftar.id);
    auto *title = child<QLineEdit>(*events, "eventTitleEdit");
    title->setText(QStringLiteral("Interfaith iftar (draft)"));
    Event townHall;
    townHall.title = QStringLiteral("Town hall");
    townHall.startsAt = QDateTime(QDate(2027, 5, 2), QTime(18, 0));
    REQUIRE(EventRepository(ws.db()).create(townHall));
    events->reloadKeepingEdits();
    CHECK(title->text() == QStringLiteral("Interfaith iftar (draft)"));
    CHECK(child<QListWidget>(*events, "eventList")->count() == 2);
    CHECK(events->currentEventId() == iftar.id);
    title->setText(QStringLiteral("Interfaith iftar")); // back as loaded: nothing left to keep
    iftar = EventRepository(ws.db()).get(iftar.id).value();
    iftar.title = QStringLiteral("Iftar at the masjid");
    REQUIRE(EventRepository(ws.db()).update(iftar));
    events->reloadKeepingEdits();
    CHECK(title->text() == QStringLiteral("Iftar at the masjid"));

    // Advocacy Days: the same for the day's details.
    AdvocacyPage *days = window.advocacyPage();
    REQUIRE(days->currentDayId() == capitol.id);
    auto *dayTitle = child<QLineEdit>(*days, "titleEdit");
    dayTitle->setText(QStringLiteral("Capitol Day (draft)"));
    AdvocacyDay state;
    state.title = QStringLiteral("State House Day");
    state.date = QDate(2027, 2, 3);
    REQUIRE(DayRepository(ws.db()).create(state));
    days->reloadKeepingEdits();
    CHECK(dayTitle->text() == QStringLiteral("Capitol Day (draft)"));
    CHECK(child<QListWidget>(*days, "dayList")->count() == 2);
    CHECK(days->currentDayId() == capitol.id);
}

TEST_CASE("the sync dialogs and status read right to left in Arabic", "[ui][sync][i18n]")
{
    const QLocale locale = installTranslations(QStringLiteral("ar"));
    QApplication::setLayoutDirection(locale.textDirection());
    {
        test::TempWorkspace ws;
        const Contact c = test::addSampleContact(ws.db());
        test::addConflict(ws.db(), QStringLiteral("contacts"), c.id, QStringLiteral("family_name"), QStringLiteral("\"Yusuf\""), QStringLiteral("\"Youssef\""), nowMs());
        MainWindow window;
        REQUIRE(window.openWorkspace(ws.path()));
        window.show();
        CHECK(window.syncStatus()->layoutDirection() == Qt::RightToLeft);
        CHECK(window.syncStatus()->text() != QStringLiteral("Sync: not set up"));
        test::saveScreenshot(window, QStringLiteral("sync-status-ar.png"));

        ConflictLogDialog conflicts(ws.db());
        conflicts.show();
        CHECK(conflicts.layoutDirection() == Qt::RightToLeft);
        CHECK(conflicts.windowTitle() != QStringLiteral("Sync Conflicts"));
        // The person's name is data, not translated, and stays as it was typed.
        CHECK(bidi::clean(conflicts.model()->index(0, ConflictLogModel::RecordColumn).data().toString()) == QStringLiteral("Amina Yusuf"));
        // Qt's own buttons speak Arabic too (qt6-translations-l10n).
        auto *close = conflicts.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
        REQUIRE(close);
        CHECK(close->text() != QStringLiteral("&Close"));
        CHECK(close->text() != QStringLiteral("Close"));
        test::saveScreenshot(conflicts, QStringLiteral("sync-conflicts-ar.png"));

        SyncServerDialog server(*window.syncController());
        server.show();
        CHECK(server.layoutDirection() == Qt::RightToLeft);
        test::saveScreenshot(server, QStringLiteral("sync-server-ar.png"));
    }
    installTranslations(QStringLiteral("en")); // as tests/main.cpp left it for the other tests
    QApplication::setLayoutDirection(Qt::LeftToRight);
}
