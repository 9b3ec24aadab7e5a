#include "contacts/contactdetailpane.h"
#include "contacts/contactdirectory.h"
#include "contacts/contacteditor.h"
#include "contacts/contactrepository.h"
#include "advocacy/advocacypage.h"
#include "campaigns/calllistmodel.h"
#include "campaigns/campaignlistmodel.h"
#include "campaigns/campaignspage.h"
#include "contacts/contactspage.h"
#include "events/eventspage.h"
#include "partners/partnerspage.h"
#include "reports/reportspage.h"
#include "contacts/contacttablemodel.h"
#include "demo/demodata.h"
#include "i18n/translations.h"
#include "shell/mainwindow.h"
#include "support/screenshot.h"
#include "support/catchqt.h"
#include "support/tempworkspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QAction>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <functional>

using namespace majlis;

namespace {

// Answers the next modal dialog once it is up (message boxes block in exec()).
void whenDialogOpens(std::function<void(QWidget *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, act, tries] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        } else if (++*tries > 250) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

void clickButton(QWidget *dialog, const QString &text)
{
    for (auto *button : dialog->findChildren<QAbstractButton *>()) {
        if (button->text().remove(QLatin1Char('&')) == text) {
            button->click();
            return;
        }
    }
    FAIL("no button " << text.toStdString());
}

void addContacts(Database &db)
{
    ContactRepository contacts(db);
    for (const auto &[given, family] : {std::pair{"Aisha", "Rahman"}, std::pair{"Omar", "Haddad"}, std::pair{"José", "Núñez"}}) {
        Contact c;
        c.givenName = QString::fromUtf8(given);
        c.familyName = QString::fromUtf8(family);
        REQUIRE(contacts.create(c));
    }
}

} // namespace

using majlis::test::saveScreenshot;

TEST_CASE("the main window opens a workspace and counts its contacts in the status bar")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.majlis"));
    {
        auto db = Database::open(path);
        REQUIRE(db);
        addContacts(**db);
    }
    MainWindow window;
    REQUIRE(window.openWorkspace(path));
    window.show();
    REQUIRE(window.contactsPage());
    CHECK(window.contactsPage()->model()->rowCount() == 3);
    CHECK(window.statusText() == QStringLiteral("3 contacts"));

    QLineEdit *search = window.contactsPage()->searchField();
    QTest::keyClicks(search, QStringLiteral("jos"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(window.contactsPage()->model()->rowCount() == 1);
    CHECK(window.statusText() == QStringLiteral("1 of 3 contacts"));
    saveScreenshot(window, QStringLiteral("search.png"));
}

TEST_CASE("deleting contacts asks first and Ctrl+Z brings them back")
{
    test::TempWorkspace ws;
    addContacts(ws.db());
    MainWindow window;
    REQUIRE(window.openWorkspace(ws.path()));
    window.show();
    ContactsPage *page = window.contactsPage();
    page->view()->selectRow(0);
    REQUIRE(page->selectedIds().size() == 1);

    whenDialogOpens([](QWidget *dialog) { clickButton(dialog, QStringLiteral("Cancel")); });
    page->deleteSelected();
    CHECK(page->model()->totalCount() == 3);

    whenDialogOpens([](QWidget *dialog) { clickButton(dialog, QStringLiteral("Delete")); });
    page->deleteSelected();
    CHECK(page->model()->totalCount() == 2);
    CHECK(window.undoStack()->canUndo());

    window.undoStack()->undo();
    CHECK(page->model()->totalCount() == 3);
    window.undoStack()->redo();
    CHECK(page->model()->totalCount() == 2);
}

TEST_CASE("editing in the detail pane saves and can be undone")
{
    test::TempWorkspace ws;
    addContacts(ws.db());
    MainWindow window;
    REQUIRE(window.openWorkspace(ws.path()));
    window.show();
    ContactsPage *page = window.contactsPage();
    page->view()->setCurrentIndex(page->model()->index(0, 0));
    const QString id = page->detailPane()->contactId();
    REQUIRE_FALSE(id.isEmpty());

    auto *family = qobject_cast<QLineEdit *>(page->detailPane()->editor()->field(QStringLiteral("familyName")));
    family->selectAll();
    QTest::keyClicks(family, QStringLiteral("Al-Amin"));
    QPushButton *save = nullptr;
    for (auto *button : page->detailPane()->findChildren<QPushButton *>()) {
        if (button->text().remove(QLatin1Char('&')) == QStringLiteral("Save"))
            save = button;
    }
    REQUIRE(save);
    REQUIRE(save->isEnabled());
    save->click();
    CHECK(ContactRepository(ws.db()).get(id)->familyName == QStringLiteral("Al-Amin"));

    window.undoStack()->undo();
    CHECK(ContactRepository(ws.db()).get(id)->familyName != QStringLiteral("Al-Amin"));
}

TEST_CASE("a file that is not a workspace is refused with a message and left alone")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.majlis"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("shopping list\n");
    file.close();
    const QByteArray before = test::fileHash(path);

    MainWindow window;
    QString shown;
    whenDialogOpens([&](QWidget *dialog) {
        if (auto *box = qobject_cast<QMessageBox *>(dialog))
            shown = box->text();
        clickButton(dialog, QStringLiteral("OK"));
    });
    CHECK_FALSE(window.openWorkspace(path));
    CHECK(shown.contains(QStringLiteral("not a Majlis workspace")));
    CHECK(window.database() == nullptr);
    CHECK(test::fileHash(path) == before);
}

TEST_CASE("the sidebar lists the workspaces and switches between them")
{
    test::TempWorkspace ws;
    REQUIRE(DemoData::populate(ws.db(), 300, 11));
    MainWindow window;
    REQUIRE(window.openWorkspace(ws.path()));
    window.resize(1280, 800);
    window.show();
    auto *sidebar = window.findChild<QListWidget *>();
    REQUIRE(sidebar);
    CHECK(sidebar->count() == 6);
    ContactsPage *page = window.contactsPage();
    page->view()->setCurrentIndex(page->model()->index(2, 0));
    CHECK(page->detailPane()->contactId() == page->model()->contactId(2));
    saveScreenshot(window, QStringLiteral("main-window.png"));

    sidebar->setCurrentRow(1);
    CHECK(sidebar->item(1)->text() == QStringLiteral("Advocacy Days"));
    REQUIRE(window.advocacyPage());
    CHECK(window.advocacyPage()->isVisible());
    const QList<QWidget *> pages{window.contactsPage(), window.advocacyPage(), window.partnersPage(), window.eventsPage(),
                                 window.campaignsPage(), window.reportsPage()};
    for (int row = 0; row < sidebar->count(); ++row) {
        sidebar->setCurrentRow(row);
        REQUIRE(pages.at(row));
        CHECK(pages.at(row)->isVisible());
    }
    sidebar->setCurrentRow(3);
    saveScreenshot(window, QStringLiteral("events-empty.png"));
}

TEST_CASE("in Arabic the window is right to left and translated")
{
    const QLocale locale = installTranslations(QStringLiteral("ar"));
    QApplication::setLayoutDirection(locale.textDirection());
    test::TempWorkspace ws;
    addContacts(ws.db());
    {
        MainWindow window;
        REQUIRE(window.openWorkspace(ws.path()));
        window.show();
        CHECK(window.layoutDirection() == Qt::RightToLeft);
        CHECK(window.contactsPage()->layoutDirection() == Qt::RightToLeft);
        auto *sidebar = window.findChild<QListWidget *>();
        CHECK(sidebar->item(0)->text() == QString::fromUtf8("جهات الاتصال"));
        saveScreenshot(window, QStringLiteral("arabic.png"));
    }
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installTranslations(QStringLiteral("en")); // as tests/main.cpp left it for the other tests
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

TEST_CASE("a demo workspace has something to show in every workspace", "[ui][demo]")
{
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.createDemoWorkspace(dir.filePath(QStringLiteral("demo.majlis"))));
    window.resize(1280, 800);
    window.show();
    auto *sidebar = window.findChild<QListWidget *>();
    REQUIRE(sidebar);

    sidebar->setCurrentRow(2);
    auto *partners = window.partnersPage()->findChild<QTableWidget *>(QStringLiteral("partnerTable"));
    REQUIRE(partners);
    CHECK(partners->rowCount() >= 5);
    saveScreenshot(window, QStringLiteral("partners-window.png"));

    sidebar->setCurrentRow(3);
    auto *events = window.eventsPage()->findChild<QListWidget *>(QStringLiteral("eventList"));
    REQUIRE(events);
    CHECK(events->count() >= 3);
    window.eventsPage()->findChild<QTabWidget *>()->setCurrentIndex(1);
    CHECK(window.eventsPage()->findChild<QTableWidget *>(QStringLiteral("registrationTable"))->rowCount() > 0);
    saveScreenshot(window, QStringLiteral("events-window.png"));

    sidebar->setCurrentRow(4);
    REQUIRE(window.campaignsPage());
    CHECK(window.campaignsPage()->campaignModel()->rowCount() >= 1);
    CHECK(window.campaignsPage()->listModel()->rowCount() > 0);
    saveScreenshot(window, QStringLiteral("campaigns-window.png"));

    sidebar->setCurrentRow(5);
    auto *attendance = window.reportsPage()->findChild<QTableWidget *>(QStringLiteral("attendanceTable"));
    REQUIRE(attendance);
    CHECK(attendance->rowCount() >= 3);
    saveScreenshot(window, QStringLiteral("reports-window.png"));
}

TEST_CASE("the language switches at run time, right to left included, without a restart", "[ui][i18n]")
{
    test::TempWorkspace ws;
    addContacts(ws.db());
    MainWindow window;
    REQUIRE(window.openWorkspace(ws.path()));
    window.show();
    auto *sidebar = window.findChild<QListWidget *>();
    REQUIRE(sidebar);
    sidebar->setCurrentRow(3);
    REQUIRE(window.switchLanguage(QStringLiteral("ar")));
    CHECK(window.layoutDirection() == Qt::RightToLeft);
    CHECK(sidebar->item(0)->text() == QString::fromUtf8("جهات الاتصال"));
    CHECK(window.menuBar()->actions().first()->text() != QStringLiteral("&File"));
    CHECK(sidebar->currentRow() == 3); // the user stays where they were
    CHECK(window.eventsPage()->isVisible());
    REQUIRE(window.switchLanguage(QStringLiteral("en")));
    CHECK(window.layoutDirection() == Qt::LeftToRight);
    CHECK(sidebar->item(0)->text() == QStringLiteral("Contacts"));
    CHECK(window.menuBar()->actions().first()->text() == QStringLiteral("&File"));
}

TEST_CASE("Edit offers a person's data export once a workspace is open", "[ui][privacy]")
{
    test::TempWorkspace ws;
    MainWindow window;
    auto *action = window.findChild<QAction *>(QStringLiteral("exportPersonDataAction"));
    REQUIRE(action);
    CHECK_FALSE(action->isEnabled());
    REQUIRE(window.openWorkspace(ws.path()));
    CHECK(action->isEnabled());
}

TEST_CASE("erasing a person asks for an explicit confirmation and clears the undo history", "[ui][privacy]")
{
    test::TempWorkspace ws;
    addContacts(ws.db());
    MainWindow window;
    REQUIRE(window.openWorkspace(ws.path()));
    window.show();
    CHECK(window.findChild<QAction *>(QStringLiteral("erasePersonAction"))->isEnabled());
    ContactsPage *page = window.contactsPage();
    page->view()->selectRow(1);
    whenDialogOpens([](QWidget *dialog) { clickButton(dialog, QStringLiteral("Delete")); });
    page->deleteSelected(); // something on the undo stack that holds a person
    page->view()->selectRow(0);
    REQUIRE(window.undoStack()->canUndo());

    // The Erase button stays disabled until the user ticks that it cannot be undone.
    bool eraseWasDisabled = false;
    whenDialogOpens([&](QWidget *dialog) {
        for (auto *button : dialog->findChildren<QPushButton *>()) {
            if (button->text() == u"Erase")
                eraseWasDisabled = !button->isEnabled();
        }
        saveScreenshot(*dialog, QStringLiteral("erase-person-dialog.png"));
        clickButton(dialog, QStringLiteral("Cancel"));
    });
    page->erasePerson();
    CHECK(eraseWasDisabled);
    CHECK(page->model()->totalCount() == 2);

    whenDialogOpens([](QWidget *dialog) {
        dialog->findChild<QCheckBox *>()->setChecked(true);
        clickButton(dialog, QStringLiteral("Erase"));
    });
    page->erasePerson();
    CHECK(page->model()->totalCount() == 1);
    CHECK_FALSE(window.undoStack()->canUndo());

    // In Arabic the question reads right to left.
    REQUIRE(window.switchLanguage(QStringLiteral("ar")));
    page = window.contactsPage();
    page->view()->selectionModel()->select(page->view()->model()->index(0, 0),
                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    REQUIRE(page->selectedIds().size() == 1);
    bool rightToLeft = false;
    whenDialogOpens([&](QWidget *dialog) {
        rightToLeft = dialog->layoutDirection() == Qt::RightToLeft;
        saveScreenshot(*dialog, QStringLiteral("erase-person-dialog-ar.png"));
        qobject_cast<QDialog *>(dialog)->reject();
    });
    page->erasePerson();
    CHECK(rightToLeft);
    CHECK(page->model()->totalCount() == 1);
    REQUIRE(window.switchLanguage(QStringLiteral("en"))); // the tests after this one read English
}
