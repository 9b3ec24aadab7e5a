// The Districts section of a contact and the fill for many: a look-up with one district marks
// it estimated, one with several asks and records the choice, a fill previews its numbers
// before writing and lists who is left to choose.

#include "support/advocacyfixture.h"
#include "support/catchqt.h"
#include "support/findchild.h"
#include "support/screenshot.h"
#include "support/tempworkspace.h"

#include "advocacy/attendeespanel.h"
#include "advocacy/dayrepository.h"
#include "contacts/ambiguousdistrictmodel.h"
#include "contacts/contactdetailpane.h"
#include "contacts/contactdistrictmodel.h"
#include "contacts/contactdistrictspanel.h"
#include "contacts/contactrepository.h"
#include "contacts/districtchoicedialog.h"
#include "contacts/districtfilldialog.h"
#include "i18n/bidi.h"
#include "i18n/translations.h"
#include "legislatures/contactdistricts.h"
#include "legislatures/postcodeimport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace majlis;
using majlis::test::child;
using majlis::test::TempWorkspace;

namespace {

// ZIP 48126 lies in MI-12 alone, 48127 in MI-12 and MI-13, 48199 in none; the file stands in
// for the one bundled in the program, so the test does not depend on the build carrying one.
void importHouseFile(Database &db)
{
    REQUIRE(PostcodeImport::import(db, QStringLiteral("us-congress"), QStringLiteral("house"),
                                   "zip,district\n48126,MI-12\n48127,MI-12\n48127,MI-13\n"));
}

std::optional<ContactDistrict> houseOf(Database &db, const QString &id)
{
    auto list = ContactDistricts(db).list(id);
    REQUIRE(list);
    for (const ContactDistrict &d : *list) {
        if (d.bodyId == bodies::congressId() && d.chamber == Chamber::House)
            return d;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("the districts model shows each chamber's district left to right and its status", "[ui][districts]")
{
    TempWorkspace ws;
    Database &db = ws.db();
    importHouseFile(db);
    const QString id = test::addContactAt(db, QStringLiteral("Amina"), QStringLiteral("48126"));
    REQUIRE(DistrictFill(db).fill({{id}, {}, {}}));

    ContactDistrictModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto districts = ContactDistricts(db).list(id);
    REQUIRE(districts);
    model.setDistricts(*districts, {bodies::congress()});
    REQUIRE(model.rowCount() == 1);
    const auto cell = [&](int column, int role) { return model.index(0, column).data(role).toString(); };
    CHECK(cell(ContactDistrictModel::DistrictColumn, Qt::EditRole) == QStringLiteral("MI-12"));
    CHECK(cell(ContactDistrictModel::DistrictColumn, Qt::DisplayRole) == bidi::isolateLtr(QStringLiteral("MI-12")));
    CHECK(cell(ContactDistrictModel::StatusColumn, Qt::DisplayRole) == districtStatusName(DistrictStatus::Estimated));
    CHECK(cell(ContactDistrictModel::ChamberColumn, Qt::EditRole) == bodies::congress().chamberName(Chamber::House));
    CHECK(cell(ContactDistrictModel::StatusColumn, Qt::ToolTipRole).contains(QStringLiteral("48126")));
}

TEST_CASE("looking up one contact's districts: one candidate is estimated, several are chosen, none is explained",
          "[ui][districts]")
{
    TempWorkspace ws;
    Database &db = ws.db();
    importHouseFile(db);
    QUndoStack undo;
    ContactDetailPane pane(db);
    ContactDistrictsPanel *panel = pane.districts();
    bool refreshed = false;
    panel->setUndoStack(&undo, [&] {
        refreshed = true;
        pane.showContact(pane.contactId());
    });
    pane.resize(700, 900);
    pane.show();

    SECTION("a ZIP in one district sets it as estimated, and undo takes it away")
    {
        const QString id = test::addContactAt(db, QStringLiteral("Single"), QStringLiteral("48126"));
        pane.showContact(id);
        CHECK(panel->model()->rowCount() == 0);
        child<QPushButton>(panel, QStringLiteral("lookUpDistrictsButton"))->click();
        REQUIRE(panel->model()->rowCount() == 1);
        CHECK(panel->model()->district(0)->label() == QStringLiteral("MI-12"));
        CHECK(panel->model()->district(0)->status == DistrictStatus::Estimated);
        CHECK(panel->message().contains(QStringLiteral("48126")));
        CHECK(pane.loadedContact().district == 12); // the contact's district field follows
        REQUIRE(undo.count() == 1);

        undo.undo();
        CHECK(refreshed);
        CHECK_FALSE(houseOf(db, id).has_value());
        CHECK(panel->model()->rowCount() == 0);
        undo.redo();
        CHECK(houseOf(db, id)->status == DistrictStatus::Estimated);
    }

    SECTION("a ZIP spanning districts shows the candidates, and the one chosen is recorded")
    {
        const QString id = test::addContactAt(db, QStringLiteral("Several"), QStringLiteral("48127"));
        pane.showContact(id);
        int offered = -1;
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<DistrictChoiceDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            offered = dialog->findChild<QListWidget *>(QStringLiteral("candidateList"))->count();
            dialog->choose(1);
            dialog->accept();
        });
        panel->lookUp();
        CHECK(offered == 2);
        const auto held = houseOf(db, id);
        REQUIRE(held);
        CHECK(held->label() == QStringLiteral("MI-13"));
        CHECK(held->status == DistrictStatus::Manual);
        CHECK(panel->model()->district(0)->label() == QStringLiteral("MI-13"));

        // Confirmed, then to check later: each one step, each undone in turn.
        panel->view()->setCurrentIndex(panel->model()->index(0, 0));
        child<QPushButton>(panel, QStringLiteral("confirmDistrictButton"))->click();
        CHECK(houseOf(db, id)->status == DistrictStatus::Confirmed);
        panel->view()->setCurrentIndex(panel->model()->index(0, 0));
        child<QPushButton>(panel, QStringLiteral("checkDistrictLaterButton"))->click();
        CHECK(houseOf(db, id)->status == DistrictStatus::Ambiguous);
        undo.undo();
        CHECK(houseOf(db, id)->status == DistrictStatus::Confirmed);
    }

    SECTION("declining to choose leaves the candidates waiting, never a guess")
    {
        const QString id = test::addContactAt(db, QStringLiteral("Declines"), QStringLiteral("48127"));
        pane.showContact(id);
        QStringList offered;
        panel->setChooser([&](const DistrictFill::Entry &entry) {
            offered = entry.candidates;
            return QString();
        });
        panel->lookUp();
        CHECK(offered == QStringList{QStringLiteral("MI-12"), QStringLiteral("MI-13")});
        const auto held = houseOf(db, id);
        REQUIRE(held);
        CHECK(held->status == DistrictStatus::Ambiguous);
        CHECK(held->district.isEmpty());
        CHECK(panel->model()->index(0, ContactDistrictModel::DistrictColumn).data().toString().contains(
            bidi::isolateLtr(QStringLiteral("MI-13"))));
    }

    SECTION("a ZIP no file knows says so and how to get a file")
    {
        const QString id = test::addContactAt(db, QStringLiteral("Unknown"), QStringLiteral("48199"));
        pane.showContact(id);
        panel->lookUp();
        CHECK(panel->model()->rowCount() == 0);
        CHECK(panel->message().contains(QStringLiteral("48199")));
        CHECK(panel->message().contains(QStringLiteral("districts import")));
        CHECK(undo.count() == 0);
    }

    SECTION("while the contact's form has unsaved edits, districts wait")
    {
        const QString id = test::addContactAt(db, QStringLiteral("Editing"), QStringLiteral("48126"));
        pane.showContact(id);
        panel->setEditsPending(true);
        CHECK_FALSE(child<QPushButton>(panel, QStringLiteral("lookUpDistrictsButton"))->isEnabled());
        panel->setEditsPending(false);
        CHECK(child<QPushButton>(panel, QStringLiteral("lookUpDistrictsButton"))->isEnabled());
    }
}

TEST_CASE("a fill for many shows what it would do, then fills and lets each ambiguous one be chosen",
          "[ui][districts]")
{
    TempWorkspace ws;
    Database &db = ws.db();
    importHouseFile(db);
    const QString single = test::addContactAt(db, QStringLiteral("Single"), QStringLiteral("48126"));
    const QString several = test::addContactAt(db, QStringLiteral("Several"), QStringLiteral("48127"));
    const QString unknown = test::addContactAt(db, QStringLiteral("Unknown"), QStringLiteral("48199"));
    const QString noZip = test::addContactAt(db, QStringLiteral("Nozip"), QString());
    const QString outside = test::addContactAt(db, QStringLiteral("Outside"), QStringLiteral("48126"));

    DistrictFillDialog dialog(db, {{single, several, unknown, noZip}, {}, {}}, bodies::congressId(),
                              QStringLiteral("4 contacts"));
    QAbstractItemModelTester tester(dialog.ambiguousModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString summary = dialog.summary();
    CHECK(summary.contains(QStringLiteral("1 district(s) would be filled")));
    CHECK(summary.contains(QStringLiteral("1 postcode(s) span several districts")));
    CHECK(summary.contains(QStringLiteral("1 postcode(s) no district file knows")));
    CHECK(summary.contains(QStringLiteral("3 without a postcode")) == false);
    CHECK(summary.contains(QStringLiteral("1 without a postcode")));
    CHECK_FALSE(houseOf(db, single).has_value()); // the preview wrote nothing

    child<QPushButton>(&dialog, QStringLiteral("fillButton"))->click();
    CHECK(dialog.changedWorkspace());
    CHECK(houseOf(db, single)->status == DistrictStatus::Estimated);
    CHECK_FALSE(houseOf(db, outside).has_value()); // not in the selection
    AmbiguousDistrictModel *model = dialog.ambiguousModel();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->entry(0)->contactId == several);
    CHECK(dialog.result().contains(QStringLiteral("Unknown Test")));

    const QModelIndex choice = model->index(0, AmbiguousDistrictModel::ChoiceColumn);
    CHECK(choice.data(AmbiguousDistrictModel::CandidatesRole).toStringList()
          == QStringList{QStringLiteral("MI-12"), QStringLiteral("MI-13")});
    CHECK_FALSE(model->setData(choice, QStringLiteral("MI-99"))); // not a candidate: refused
    CHECK(houseOf(db, several)->status == DistrictStatus::Ambiguous);
    CHECK(model->setData(choice, QStringLiteral("MI-12")));
    CHECK(houseOf(db, several)->label() == QStringLiteral("MI-12"));
    CHECK(houseOf(db, several)->status == DistrictStatus::Manual);
    CHECK(model->openCount() == 0);
    CHECK(choice.data().toString().contains(bidi::isolateLtr(QStringLiteral("MI-12"))));
}

TEST_CASE("an advocacy day's attendees get their districts filled from the Attendees tab", "[ui][districts]")
{
    TempWorkspace ws;
    Database &db = ws.db();
    importHouseFile(db);
    const QString single = test::addContactAt(db, QStringLiteral("Single"), QStringLiteral("48126"));
    const QString away = test::addContactAt(db, QStringLiteral("Away"), QStringLiteral("48126"));
    const AdvocacyDay day = test::createDay(db, QStringLiteral("Lobby Day"));
    REQUIRE(DayRepository(db).addAttendees(day.id, {single}, AttendeeRole::Constituent));
    AttendeesPanel panel(db);
    panel.setDay(day.id);
    QString summary;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<DistrictFillDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        summary = dialog->summary();
        dialog->fill();
        dialog->accept();
    });
    child<QPushButton>(&panel, QStringLiteral("fillAttendeeDistrictsButton"))->click();
    CHECK(summary.contains(QStringLiteral("Lobby Day")));
    CHECK(summary.contains(QStringLiteral("1 district(s) would be filled")));
    CHECK(houseOf(db, single)->status == DistrictStatus::Estimated);
    CHECK_FALSE(houseOf(db, away).has_value());
}

TEST_CASE("the districts section reads left to right seats in Arabic", "[ui][districts][bidi]")
{
    TempWorkspace ws;
    Database &db = ws.db();
    importHouseFile(db);
    QApplication::setLayoutDirection(installTranslations(QStringLiteral("ar")).textDirection());
    Contact c;
    c.givenName = QStringLiteral("أمينة");
    c.familyName = QStringLiteral("رحمن");
    c.address.postalCode = QStringLiteral("48127");
    auto saved = ContactRepository(db).create(c);
    REQUIRE(saved);
    REQUIRE(DistrictFill(db).fill({{saved->id}, {}, {}}));
    ContactDetailPane pane(db);
    pane.resize(720, 1100);
    pane.showContact(saved->id);
    pane.show();
    QApplication::processEvents();
    const QString shown = pane.districts()->model()->index(0, ContactDistrictModel::DistrictColumn).data().toString();
    CHECK(shown.contains(bidi::isolateLtr(QStringLiteral("MI-12"))));
    test::saveScreenshot(pane, QStringLiteral("contact-districts-ar.png"));
    DistrictFillDialog dialog(db, {{saved->id}, {}, {}}, {}, QStringLiteral("أمينة"));
    dialog.fill();
    dialog.show();
    QApplication::processEvents();
    test::saveScreenshot(dialog, QStringLiteral("district-fill-ar.png"));
    installTranslations(QStringLiteral("en"));
    QApplication::setLayoutDirection(Qt::LeftToRight);
}
