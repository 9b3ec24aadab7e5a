#include "contacts/contactdetailpane.h"
#include "contacts/contacteditor.h"
#include "contacts/contactrepository.h"
#include "contacts/optouts.h"
#include "i18n/translations.h"
#include "support/screenshot.h"
#include "support/catchqt.h"
#include "support/tempworkspace.h"
#include "support/whenshown.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

using namespace majlis;
using namespace majlis::test;

TEST_CASE("a contact is marked do-not-contact from its page and allowed again only after a confirmation",
          "[contacts][optout]")
{
    TempWorkspace ws;
    Contact c;
    c.givenName = QStringLiteral("Maryam");
    c.familyName = QStringLiteral("Haddad");
    const QString id = ContactRepository(ws.db()).create(c)->id;

    ContactDetailPane pane(ws.db());
    pane.resize(700, 800);
    pane.show();
    pane.showContact(id);
    auto *notice = pane.findChild<QLabel *>(QStringLiteral("optOutNotice"));
    auto *button = pane.findChild<QPushButton *>(QStringLiteral("optOutButton"));
    REQUIRE(notice);
    REQUIRE(button);
    CHECK_FALSE(notice->isVisible());

    // Typing in progress survives marking the person.
    auto *given = qobject_cast<QLineEdit *>(pane.editor()->field(QStringLiteral("givenName")));
    REQUIRE(given);
    QTest::keyClicks(given, QStringLiteral("h"));
    REQUIRE(pane.hasUnsavedChanges());

    whenShown<QMenu>([](QMenu *menu) { menu->actions().at(3)->trigger(); menu->close(); });
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(ContactRepository(ws.db()).get(id)->doNotContact, QStringLiteral("deceased"));
    CHECK(notice->isVisible());
    CHECK(pane.hasUnsavedChanges());

    SECTION("Cancel keeps the mark")
    {
        whenShown<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
        QTest::mouseClick(button, Qt::LeftButton);
        CHECK(ContactRepository(ws.db()).get(id)->doNotContact == QStringLiteral("deceased"));
    }
    SECTION("Yes lifts it")
    {
        whenShown<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        QTest::mouseClick(button, Qt::LeftButton);
        CHECK(ContactRepository(ws.db()).get(id)->doNotContact.isEmpty());
        CHECK_FALSE(notice->isVisible());
    }
}

TEST_CASE("in Arabic the opt-out notice reads from the right, its button on the left", "[contacts][optout][arabic]")
{
    QApplication::setLayoutDirection(installTranslations(QStringLiteral("ar")).textDirection());
    TempWorkspace ws;
    Contact c;
    c.givenName = QStringLiteral("مريم");
    c.familyName = QStringLiteral("حداد");
    const QString id = ContactRepository(ws.db()).create(c)->id;
    REQUIRE(OptOuts(ws.db()).set(id, QStringLiteral("requested")).ok());
    {
        ContactDetailPane pane(ws.db());
        pane.resize(700, 600);
        pane.show();
        pane.showContact(id);
        QTest::qWait(20); // the layout takes the button's new words
        auto *notice = pane.findChild<QLabel *>(QStringLiteral("optOutNotice"));
        auto *button = pane.findChild<QPushButton *>(QStringLiteral("optOutButton"));
        REQUIRE(notice->isVisible());
        CHECK(button->width() >= button->sizeHint().width());
        CHECK(notice->text().contains(QStringLiteral("عدم التواصل")));
        CHECK(button->mapTo(&pane, QPoint(0, 0)).x() < notice->mapTo(&pane, QPoint(0, 0)).x());
        saveScreenshot(pane, QStringLiteral("ar-contact-optout.png"));
    }
    installTranslations(QStringLiteral("en"));
    QApplication::setLayoutDirection(Qt::LeftToRight);
}
