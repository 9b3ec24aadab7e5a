#include "contacts/contactrepository.h"
#include "contacts/duplicatesdialog.h"
#include "contacts/mergecommand.h"
#include "contacts/mergedialog.h"
#include "events/eventrepository.h"
#include "support/whenshown.h"
#include "support/catchqt.h"
#include "support/tempworkspace.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace majlis;

namespace {

template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    INFO(name.toStdString());
    REQUIRE(found);
    return found;
}

QString add(Database &db, const Contact &c)
{
    auto created = ContactRepository(db).create(c);
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created.ok());
    return created->id;
}

Contact person(const QString &given, const QString &family, const QString &email, const QString &phone = {})
{
    Contact c;
    c.givenName = given;
    c.familyName = family;
    if (!email.isEmpty())
        c.emails = {{QStringLiteral("home"), email}};
    if (!phone.isEmpty())
        c.phones = {{QStringLiteral("mobile"), phone}};
    return c;
}

Contact stamped(Contact c)
{
    c.updatedAt = 0;
    return c;
}

// On the button itself: a radio button only takes clicks on its circle and text.
void clickRadio(QRadioButton *radio)
{
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
}

bool exists(Database &db, const QString &id)
{
    return ContactRepository(db).get(id).ok();
}

} // namespace

TEST_CASE("the merge dialog shows both records and takes a choice per field", "[ui][contacts][merge]")
{
    test::TempWorkspace ws;
    Database &db = ws.db();
    Contact a = person(QStringLiteral("Fatima"), QStringLiteral("Hassan"), QStringLiteral("fatima@example.org"));
    a.organization = QStringLiteral("Masjid An-Nur");
    a.notes = QStringLiteral("Keeps the books.");
    a.birthday = QDate(1990, 5, 1);
    Contact b = person(QStringLiteral("Fatima"), QStringLiteral("Hassan"), QStringLiteral("f.hassan@work.example.com"),
                       QStringLiteral("+12065550199"));
    b.preferredName = QStringLiteral("Fati");
    b.notes = QStringLiteral("Drives to events.");
    b.tags = {QStringLiteral("youth")};
    const QString first = add(db, a);
    const QString second = add(db, b);

    MergeDialog dialog(db, first, second);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(dialog.isValid());
    CHECK(child<QRadioButton>(&dialog, QStringLiteral("keepFirst"))->isChecked());
    CHECK(dialog.keepId() == first);
    CHECK(dialog.mergeId() == second);
    CHECK(child<QPushButton>(&dialog, QStringLiteral("mergeButton"))->isEnabled());

    // The same name on both sides: nothing to choose.
    CHECK_FALSE(child<QRadioButton>(&dialog, QStringLiteral("nameFirst"))->isEnabled());
    // Each field starts at the survivor's value, or the other's where the survivor has none.
    CHECK(child<QRadioButton>(&dialog, QStringLiteral("notesFirst"))->isChecked());
    CHECK(child<QRadioButton>(&dialog, QStringLiteral("preferredNameSecond"))->isChecked());
    CHECK(child<QRadioButton>(&dialog, QStringLiteral("organizationFirst"))->isChecked());
    CHECK(child<QRadioButton>(&dialog, QStringLiteral("notesSecond"))->text() == QStringLiteral("Drives to events."));
    Contact chosen = dialog.chosenFields();
    CHECK(chosen.id == first);
    CHECK(chosen.preferredName == QStringLiteral("Fati"));
    CHECK(chosen.notes == QStringLiteral("Keeps the books."));
    CHECK(chosen.birthday == QDate(1990, 5, 1));

    // Lists are not chosen: both are kept, and both are shown.
    CHECK(child<QLabel>(&dialog, QStringLiteral("emailsBoth"))->text().contains(QStringLiteral("both kept")));
    QStringList labels;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        labels.append(label->text());
    CHECK(labels.filter(QStringLiteral("fatima@example.org")).size() == 1);
    CHECK(labels.filter(QStringLiteral("f.hassan@work.example.com")).size() == 1);
    CHECK(labels.contains(QStringLiteral("youth")));
    auto *summary = child<QLabel>(&dialog, QStringLiteral("mergeSummary"));
    CHECK(summary->text().startsWith(QStringLiteral("The first record stays, named “Fati”")));

    // A click picks the other record's notes.
    clickRadio(child<QRadioButton>(&dialog, QStringLiteral("notesSecond")));
    CHECK(dialog.chosenSide(QStringLiteral("notes")) == 1);
    CHECK(dialog.chosenFields().notes == QStringLiteral("Drives to events."));

    // Keeping the other record: untouched fields follow it, the picked one stays picked.
    clickRadio(child<QRadioButton>(&dialog, QStringLiteral("keepSecond")));
    CHECK(dialog.keepId() == second);
    CHECK(dialog.mergeId() == first);
    CHECK(summary->text().startsWith(QStringLiteral("The second record stays")));
    chosen = dialog.chosenFields();
    CHECK(chosen.id == second);
    CHECK(chosen.notes == QStringLiteral("Drives to events."));
    CHECK(chosen.organization == QStringLiteral("Masjid An-Nur")); // the survivor has none
    CHECK(chosen.birthday == QDate(1990, 5, 1));
    CHECK(chosen.preferredName == QStringLiteral("Fati"));
    dialog.choose(QStringLiteral("notes"), 0);
    CHECK(dialog.chosenFields().notes == QStringLiteral("Keeps the books."));

    SECTION("a contact deleted meanwhile cannot be merged")
    {
        REQUIRE(ContactRepository(db).remove({second}).ok());
        MergeDialog stale(db, first, second);
        CHECK_FALSE(stale.isValid());
        CHECK_FALSE(child<QPushButton>(&stale, QStringLiteral("mergeButton"))->isEnabled());
    }
}

TEST_CASE("duplicates are found, merged as one undoable step, and Ctrl+Z takes the merge back", "[ui][contacts][merge]")
{
    test::TempWorkspace ws;
    Database &db = ws.db();
    const QString a = add(db, person(QStringLiteral("Bilal"), QStringLiteral("Haddad"), QStringLiteral("bilal@example.org")));
    Contact withMore = person(QStringLiteral("Bilal"), QStringLiteral("Hadad"), QStringLiteral("BILAL@example.org"),
                              QStringLiteral("+13135550142"));
    withMore.tags = {QStringLiteral("volunteer")};
    const QString b = add(db, withMore);
    const QString c = add(db, person(QStringLiteral("Hodan"), QStringLiteral("Warsame"), {}, QStringLiteral("+16125550100")));
    const QString d = add(db, person(QStringLiteral("Hodan"), QStringLiteral("Farah"), {}, QStringLiteral("+16125550100")));
    add(db, person(QStringLiteral("Emre"), QStringLiteral("Yilmaz"), QStringLiteral("emre@example.com")));
    const QString event = [&] {
        Event e;
        e.title = QStringLiteral("Community iftar");
        e.startsAt = QDateTime(QDate(2027, 3, 20), QTime(19, 0));
        auto created = EventRepository(db).create(e);
        REQUIRE(created.ok());
        return created->id;
    }();
    REQUIRE(EventRepository(db).registerContacts(event, {b}).ok());

    QUndoStack stack;
    int refreshed = 0;
    QStringList reports;
    std::unique_ptr<DuplicatesDialog> dialog = std::make_unique<DuplicatesDialog>(db, &stack);
    dialog->setRefresh([&] { ++refreshed; });
    dialog->setReport([&](const QString &message) { reports.append(message); });
    REQUIRE(dialog->refresh());
    REQUIRE(dialog->groups().size() == 2);
    auto *groups = child<QTreeWidget>(dialog.get(), QStringLiteral("duplicateGroups"));
    REQUIRE(groups->topLevelItemCount() == 2);
    CHECK(groups->topLevelItem(0)->text(0) == QStringLiteral("90"));
    CHECK(groups->topLevelItem(0)->text(2).contains(QStringLiteral("same email")));
    CHECK(groups->topLevelItem(1)->text(0) == QStringLiteral("80"));
    CHECK(child<QLabel>(dialog.get(), QStringLiteral("duplicatesSummary"))->text().startsWith(QStringLiteral("2 group")));
    auto *members = child<QListWidget>(dialog.get(), QStringLiteral("groupMembers"));
    REQUIRE(members->count() == 2);
    CHECK(members->selectedItems().size() == 2);
    QStringList pair = dialog->selectedPair();
    CHECK(pair == dialog->groups().first().contactIds);
    CHECK(QSet<QString>(pair.begin(), pair.end()) == QSet<QString>{a, b});
    CHECK(child<QPushButton>(dialog.get(), QStringLiteral("mergeButton"))->isEnabled());

    const QString kept = pair[0];
    const QString gone = pair[1];
    const Contact keptBefore = ContactRepository(db).get(kept).value();
    const Contact goneBefore = ContactRepository(db).get(gone).value();

    REQUIRE(dialog->mergeSelected(0));
    CHECK(reports.isEmpty());
    CHECK(stack.count() == 1);
    CHECK(stack.undoText().startsWith(QStringLiteral("Merge ")));
    CHECK(refreshed == 1);
    CHECK_FALSE(exists(db, gone));
    const Contact merged = ContactRepository(db).get(kept).value();
    CHECK(merged.tags == QStringList{QStringLiteral("volunteer")});
    CHECK(merged.phones.size() == 1);
    CHECK(EventRepository(db).attendance(event)->first().contactId == kept);
    // The merged pair left the list; the other group stays.
    REQUIRE(dialog->groups().size() == 1);
    CHECK(groups->topLevelItemCount() == 1);
    const QStringList left = dialog->groups().first().contactIds;
    CHECK(QSet<QString>(left.begin(), left.end()) == QSet<QString>{c, d});

    SECTION("Ctrl+Z in the dialog undoes the merge, and the list shows the pair again")
    {
        dialog->show();
        dialog->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(dialog.get()));
        QTest::keyClick(dialog.get(), Qt::Key_Z, Qt::ControlModifier);
        CHECK(stack.index() == 0);
        REQUIRE(exists(db, gone));
        CHECK(stamped(ContactRepository(db).get(kept).value()) == stamped(keptBefore));
        CHECK(stamped(ContactRepository(db).get(gone).value()) == stamped(goneBefore));
        CHECK(EventRepository(db).attendance(event)->first().contactId == b);
        CHECK(refreshed == 2);
        CHECK(dialog->groups().size() == 2); // searched again, since it is on screen

        // And redo merges again.
        stack.redo();
        CHECK(stack.index() == 1);
        CHECK_FALSE(exists(db, gone));
        CHECK(refreshed == 3);
    }
    SECTION("the Undo button undoes it too")
    {
        child<QToolButton>(dialog.get(), QStringLiteral("undoButton"))->click();
        CHECK(exists(db, gone));
        CHECK(stamped(ContactRepository(db).get(kept).value()) == stamped(keptBefore));
    }
    SECTION("the merge stays undoable after the dialog is closed")
    {
        dialog.reset();
        stack.undo();
        CHECK(exists(db, gone));
        CHECK(refreshed == 2);
        CHECK(stamped(ContactRepository(db).get(gone).value()) == stamped(goneBefore));
        stack.redo();
        CHECK_FALSE(exists(db, gone));
        CHECK(ContactRepository(db).get(kept)->tags == QStringList{QStringLiteral("volunteer")});
    }
    SECTION("an undo that would lose a later change is refused and leaves the stack")
    {
        Contact edited = ContactRepository(db).get(kept).value();
        edited.notes = QStringLiteral("Edited after the merge, outside the undo stack.");
        REQUIRE(ContactRepository(db).update(edited).ok());
        stack.undo();
        REQUIRE(reports.size() == 1);
        CHECK(reports.first().contains(QStringLiteral("cannot be undone")));
        CHECK_FALSE(exists(db, gone));
        CHECK(ContactRepository(db).get(kept)->notes == edited.notes);
        CHECK(stack.count() == 0); // obsolete: dropped rather than tried again
    }
}

TEST_CASE("merging from the dialog keeps the values the user picked", "[ui][contacts][merge]")
{
    test::TempWorkspace ws;
    Database &db = ws.db();
    Contact a = person(QStringLiteral("Layla"), QStringLiteral("Mansour"), QStringLiteral("layla@example.org"));
    a.notes = QStringLiteral("Old notes.");
    Contact b = person(QStringLiteral("Laila"), QStringLiteral("Mansour"), QStringLiteral("layla@example.org"));
    b.notes = QStringLiteral("New notes.");
    const QString first = add(db, a);
    const QString second = add(db, b);

    QUndoStack stack;
    DuplicatesDialog dialog(db, &stack);
    dialog.setReport([](const QString &message) { FAIL(message.toStdString()); });
    REQUIRE(dialog.refresh());
    REQUIRE(dialog.groups().size() == 1);
    dialog.selectGroup(0);
    const QStringList pair = dialog.selectedPair();
    REQUIRE(pair.size() == 2);

    bool shown = false;
    test::whenShown<MergeDialog>([&](MergeDialog *merge) {
        shown = true;
        // Keep the second record, with the first one's name and the second one's notes.
        merge->setKeepFirst(false);
        merge->choose(QStringLiteral("name"), 0);
        merge->choose(QStringLiteral("notes"), pair[1] == second ? 1 : 0);
        // No REQUIRE here: an exception must not cross Qt's event loop.
        if (auto *button = merge->findChild<QPushButton *>(QStringLiteral("mergeButton")))
            button->click();
        else
            merge->reject();
    });
    dialog.mergeWithDialog();
    REQUIRE(shown);
    REQUIRE(stack.count() == 1);
    CHECK_FALSE(exists(db, pair[0]));
    const Contact survivor = ContactRepository(db).get(pair[1]).value();
    const Contact &firstOfPair = pair[0] == first ? a : b;
    CHECK(survivor.givenName == firstOfPair.givenName);
    CHECK(survivor.notes == QStringLiteral("New notes."));
    CHECK(dialog.groups().isEmpty());

    stack.undo();
    CHECK(exists(db, first));
    CHECK(exists(db, second));
    CHECK(ContactRepository(db).get(first)->notes == QStringLiteral("Old notes."));
    CHECK(ContactRepository(db).get(second)->givenName == QStringLiteral("Laila"));
}
