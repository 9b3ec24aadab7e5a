#include "contacts/contacteditor.h"
#include "contacts/contacteditordialog.h"
#include "contacts/contactdirectory.h"
#include "contacts/labeledlistedit.h"
#include "support/catchqt.h"
#include "support/tempworkspace.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <catch2/catch.hpp>

using namespace majlis;

TEST_CASE("the contact editor validates as the user types")
{
    ContactEditor editor;
    editor.setContact({});
    auto *given = qobject_cast<QLineEdit *>(editor.field(QStringLiteral("givenName")));
    REQUIRE(given);
    CHECK_FALSE(editor.isValid()); // no name yet

    QTest::keyClicks(given, QStringLiteral("Aisha"));
    CHECK(editor.isModified());
    CHECK(editor.isValid());

    QLineEdit *email = editor.emailsEdit()->valueEdit(0);
    REQUIRE(email);
    QTest::keyClicks(email, QStringLiteral("aisha.example.org"));
    REQUIRE_FALSE(editor.isValid());
    CHECK(editor.errors().first().field == QStringLiteral("emails/0"));
    CHECK(email->toolTip().contains(QStringLiteral("@")));

    email->clear();
    QTest::keyClicks(email, QStringLiteral("aisha@example.org"));
    CHECK(editor.isValid());
    CHECK(email->toolTip().isEmpty());

    auto *state = qobject_cast<QLineEdit *>(editor.field(QStringLiteral("usState")));
    QTest::keyClicks(state, QStringLiteral("QQ"));
    CHECK_FALSE(editor.isValid());
    CHECK(editor.errors().first().field == QStringLiteral("usState"));
}

TEST_CASE("the contact editor round-trips a contact it is given")
{
    Contact c;
    c.id = QStringLiteral("b1c1f3c0-0000-4000-8000-000000000001");
    c.givenName = QStringLiteral("زينب");
    c.familyName = QStringLiteral("الصالح");
    c.emails = {{QStringLiteral("home"), QStringLiteral("z@example.org")}, {QStringLiteral("work"), QStringLiteral("z@work.example.com")}};
    c.phones = {{QStringLiteral("mobile"), QStringLiteral("+13135550101")}};
    c.usState = QStringLiteral("MI");
    c.district = 0;
    c.languages = {QStringLiteral("ar"), QStringLiteral("en")};
    c.tags = {QStringLiteral("board"), QStringLiteral("youth")};
    c.consents = {{ConsentChannel::Sms, true, QDate(2025, 3, 1), QStringLiteral("event check-in")},
                  {ConsentChannel::Photo, false, QDate(2025, 3, 2), QStringLiteral("form")}};
    c.notes = QStringLiteral("Speaks at the interfaith panel.");

    ContactEditor editor;
    editor.setContact(c);
    CHECK_FALSE(editor.isModified());
    CHECK(editor.isValid());
    CHECK(editor.contact() == c);
    CHECK(qobject_cast<QSpinBox *>(editor.field(QStringLiteral("district")))->value() == 0);
}

TEST_CASE("the new-contact dialog saves a valid contact and enables Save only when valid")
{
    test::TempWorkspace ws;
    ContactEditorDialog dialog(ws.db());
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    CHECK_FALSE(save->isEnabled());

    QTest::keyClicks(qobject_cast<QLineEdit *>(dialog.editor()->field(QStringLiteral("givenName"))), QStringLiteral("Hodan"));
    QTest::keyClicks(dialog.editor()->phonesEdit()->valueEdit(0), QStringLiteral("(612) 555-0142"));
    QTest::keyClicks(qobject_cast<QLineEdit *>(dialog.editor()->field(QStringLiteral("usState"))), QStringLiteral("mn"));
    REQUIRE(save->isEnabled());
    save->click();

    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.savedContact().phones.value(0).value == QStringLiteral("+16125550142"));
    CHECK(ContactDirectory(ws.db()).count({}).value() == 1);
}
