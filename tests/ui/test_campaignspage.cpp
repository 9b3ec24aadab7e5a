// The Campaigns workspace: its models over the core (campaigns, the list, the script), the page
// an organizer works in, the dialogs' checks, and campaign results in a contact's history.

#include "campaignuifixture.h"

#include "campaigns/assigndialog.h"
#include "campaigns/buildlistdialog.h"
#include "campaigns/callername.h"
#include "campaigns/callerwindow.h"
#include "campaigns/calllistmodel.h"
#include "campaigns/calllistproxy.h"
#include "campaigns/callsession.h"
#include "campaigns/campaigndialog.h"
#include "campaigns/campaignfixture.h"
#include "campaigns/campaignlistmodel.h"
#include "campaigns/campaignrepository.h"
#include "campaigns/campaignspage.h"
#include "campaigns/campaignprogresspanel.h"
#include "campaigns/turnoutpanel.h"
#include "campaigns/walklistpanel.h"
#include "campaigns/scripttreemodel.h"
#include "campaigns/volunteermodel.h"
#include "contacts/contactdetailpane.h"
#include "i18n/bidi.h"
#include "support/catchqt.h"
#include "support/findchild.h"
#include "support/screenshot.h"
#include "support/whenshown.h"
#include "support/writefile.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace majlis;
using namespace majlis::test;

namespace {

QStringList column(QAbstractItemModel *model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << bidi::clean(model->index(row, column).data(role).toString());
    return values;
}

} // namespace

TEST_CASE("the campaign list shows each campaign's kind, election, list and state", "[ui][campaigns][models]")
{
    PhoneBank bank;
    Database &db = bank.ws.db();
    Campaign door;
    door.name = QStringLiteral("Spring doors");
    door.kind = CampaignKind::Door;
    door = CampaignRepository(db).create(door).value();
    REQUIRE(CampaignRepository(db).setClosed(door.id, true).ok());
    REQUIRE(CallSession(db, bank.campaign.id, QStringLiteral("sara")).record(bank.ids.at(0), ResultCode::Moved).ok());

    CampaignListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CampaignRepository repository(db);
    model.setCampaigns(repository.list().value(), repository.elections().value(), CallList(db).sizes().value());
    REQUIRE(model.rowCount() == 2);
    const int phone = model.rowOf(bank.campaign.id);
    const int doors = model.rowOf(door.id);
    REQUIRE(phone >= 0);
    REQUIRE(doors >= 0);
    auto text = [&](int row, int col) { return bidi::clean(model.index(row, col).data().toString()); };
    CHECK(text(phone, CampaignListModel::NameColumn) == QStringLiteral("November phone bank"));
    CHECK(text(phone, CampaignListModel::KindColumn) == QStringLiteral("Phone bank"));
    CHECK(text(phone, CampaignListModel::ElectionColumn).startsWith(QStringLiteral("General election 2026 (")));
    CHECK(text(phone, CampaignListModel::ListedColumn) == QStringLiteral("4"));
    CHECK(text(phone, CampaignListModel::DoneColumn) == QStringLiteral("1"));
    CHECK(text(phone, CampaignListModel::StateColumn) == QStringLiteral("Open"));
    CHECK(text(doors, CampaignListModel::KindColumn) == QStringLiteral("Door knocking"));
    CHECK(text(doors, CampaignListModel::ElectionColumn) == QStringLiteral("—"));
    CHECK(text(doors, CampaignListModel::ListedColumn) == QStringLiteral("0"));
    CHECK(text(doors, CampaignListModel::StateColumn) == QStringLiteral("Closed"));
    CHECK(model.index(doors, 0).data(Qt::ForegroundRole).isValid()); // greyed, and says "Closed" too
    CHECK(model.index(phone, CampaignListModel::ListedColumn).data(CampaignListModel::SortRole).toInt() == 4);
}

TEST_CASE("the list model names results and languages, sorts by number and finds people as contact search does",
    "[ui][campaigns][models]")
{
    TempWorkspace ws;
    QList<Contact> people;
    for (int i = 0; i < 11; ++i)
        people << callableContact(QStringLiteral("Person%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("Test"), i,
            {QStringLiteral("V")}, {QStringLiteral("fa")});
    people << callableContact(QStringLiteral("فاطمة"), QStringLiteral("الزهراء"), 20, {QStringLiteral("V")},
        {QStringLiteral("ar"), QStringLiteral("en")});
    people << callableContact(QStringLiteral("José"), QStringLiteral("Núñez"), 21, {QStringLiteral("V")});
    const QStringList ids = addContacts(ws.db(), people);
    const Campaign campaign = createPhoneBank(ws.db());
    REQUIRE(CallList(ws.db()).build(campaign.id, tagged(QStringLiteral("V"))).value() == 13);
    REQUIRE(CallList(ws.db()).assignByCount(campaign.id, {QStringLiteral("sara")}).ok());
    REQUIRE(
        CallSession(ws.db(), campaign.id, QStringLiteral("sara")).record(ids.at(12), ResultCode::LanguageBarrier).ok());

    CallListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEntries(CallList(ws.db()).entries(campaign.id).value());
    REQUIRE(model.rowCount() == 13);
    int jose = -1;
    int fatima = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString id = model.index(row, 0).data(CallListModel::ContactIdRole).toString();
        jose = id == ids.at(12) ? row : jose;
        fatima = id == ids.at(11) ? row : fatima;
    }
    REQUIRE(jose >= 0);
    REQUIRE(fatima >= 0);
    CHECK(model.index(jose, CallListModel::LastResultColumn).data().toString() == QStringLiteral("Language barrier"));
    CHECK(model.index(jose, CallListModel::AttemptsColumn).data().toString() == QStringLiteral("1"));
    CHECK(model.index(fatima, CallListModel::LastResultColumn).data().toString() == QStringLiteral("Not tried yet"));
    CHECK(bidi::clean(model.index(fatima, CallListModel::LanguagesColumn).data().toString())
        == QStringLiteral("Arabic, English"));
    CHECK(bidi::clean(model.index(0, CallListModel::AssigneeColumn).data().toString()) == QStringLiteral("sara"));
    CHECK(model.index(fatima, CallListModel::NameColumn).data().toString()
        == bidi::isolate(QStringLiteral("فاطمة الزهراء")));

    CallListProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(CallListModel::PositionColumn, Qt::AscendingOrder);
    QStringList positions = column(&proxy, CallListModel::PositionColumn);
    CHECK(positions.indexOf(QStringLiteral("10"))
        == positions.indexOf(QStringLiteral("9")) + 1); // 10 after 9, not after 1
    proxy.sort(CallListModel::AttemptsColumn, Qt::DescendingOrder);
    CHECK(proxy.index(0, CallListModel::NameColumn).data(CallListModel::ContactIdRole).toString() == ids.at(12));

    proxy.setSearch(QStringLiteral("jose nun"));
    REQUIRE(proxy.rowCount() == 1);
    proxy.setSearch(QStringLiteral("فاطمه")); // typed on a Persian keyboard
    REQUIRE(proxy.rowCount() == 1);
    CHECK(proxy.index(0, 0).data(CallListModel::ContactIdRole).toString() == ids.at(11));
    proxy.setSearch(QStringLiteral("1")); // places 1, 10, 11, 12, 13: "1" starts them; never 21
    CHECK(proxy.rowCount() == 5);
    proxy.setSearch({});
    proxy.setOpenOnly(true);
    CHECK(proxy.rowCount() == 12); // José is done: a language barrier ends the work on him
}

TEST_CASE("the script tree numbers questions and answers by their keys and says what each answer does",
    "[ui][campaigns][models]")
{
    ScriptTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setScript(CampaignScriptFormat::fromYaml(sampleScriptYaml()).value());
    REQUIRE(model.rowCount() == 4);
    const QModelIndex plan = model.index(0, ScriptTreeModel::TextColumn);
    CHECK(bidi::clean(plan.data().toString()) == QStringLiteral("1. Do you plan to vote on 3 November?"));
    CHECK(model.index(0, ScriptTreeModel::DetailColumn).data().toString() == QStringLiteral("Yes or no"));
    REQUIRE(model.rowCount(plan) == 2);
    CHECK(bidi::clean(model.index(0, 0, plan).data().toString()) == QStringLiteral("1  Yes"));
    CHECK(model.index(0, ScriptTreeModel::DetailColumn, plan).data().toString()
        == QStringLiteral("Records a pledge to vote"));
    const QModelIndex issues = model.index(1, 0);
    CHECK(bidi::clean(model.index(0, ScriptTreeModel::DetailColumn, issues).data().toString())
        == QStringLiteral("Adds the tag Civil rights"));
    CHECK(model.rowCount(model.index(3, 0)) == 0); // free text
}

TEST_CASE(
    "the Campaigns page says what a campaign is, then lists them with their list and script", "[ui][campaigns][page]")
{
    TempWorkspace ws;
    CampaignsPage page(ws.db());
    page.resize(1100, 760);
    page.show();
    auto *empty = child<QWidget>(&page, QStringLiteral("campaignsEmpty"));
    CHECK(empty->isVisible());
    QPushButton *emptyNew = nullptr;
    for (auto *button : empty->findChildren<QPushButton *>())
        emptyNew = button;
    REQUIRE(emptyNew);
    CHECK(emptyNew->text() == QStringLiteral("&New Campaign…"));

    // New Campaign… from the empty state: a name and a script, then it is listed and chosen.
    whenShown<CampaignDialog>([](CampaignDialog *dialog) {
        child<QLineEdit>(dialog, QStringLiteral("campaignNameEdit"))->setText(QStringLiteral("Eid phone bank"));
        child<QPlainTextEdit>(dialog, QStringLiteral("campaignScriptEdit"))
            ->setPlainText(QString::fromUtf8(sampleScriptYaml()));
        dialog->accept();
    });
    emptyNew->click();
    CHECK_FALSE(empty->isVisible());
    REQUIRE(page.campaignModel()->rowCount() == 1);
    const QString id = page.currentCampaignId();
    REQUIRE_FALSE(id.isEmpty());
    CHECK(child<QLabel>(&page, QStringLiteral("campaignListSummary"))->text().contains(QStringLiteral("Build List")));
    CHECK_FALSE(child<QPushButton>(&page, QStringLiteral("startCallingButton"))->isEnabled()); // nobody to call yet
    CHECK(page.scriptModel()->rowCount() == 4);
    CHECK(child<QLabel>(&page, QStringLiteral("scriptIntroduction"))
              ->text()
              .startsWith(QStringLiteral("Hello, this is {caller}")));
    auto *tabs = child<QTabWidget>(&page, QStringLiteral("campaignTabs"));
    REQUIRE(tabs->count() == 5);
    CHECK(tabs->widget(2) == page.progressPanel());
    CHECK(tabs->widget(3) == page.turnoutPanel());
    CHECK(tabs->widget(4) == page.walkListPanel());
    tabs->setCurrentIndex(2);
    CHECK(page.progressPanel()->isVisible());
    tabs->setCurrentIndex(0);

    // The list, built from outside (as another window would), shows once the page reads again.
    addContacts(ws.db(),
        {callableContact(QStringLiteral("Amina"), QStringLiteral("Ahmed"), 1, {QStringLiteral("V")}),
            callableContact(QStringLiteral("Bilal"), QStringLiteral("Baker"), 2, {QStringLiteral("V")})});
    REQUIRE(CallList(ws.db()).build(id, tagged(QStringLiteral("V"))).value() == 2);
    page.refresh();
    CHECK(page.currentCampaignId() == id);
    CHECK(page.progressPanel()->campaignId() == id); // the Progress tab follows the chosen campaign
    CHECK(page.listModel()->rowCount() == 2);
    CHECK(child<QLabel>(&page, QStringLiteral("campaignListSummary"))->text()
        == QStringLiteral("2 people on the list, 0 done, 2 not given to a caller yet."));
    CHECK(page.campaignModel()->index(0, CampaignListModel::ListedColumn).data().toString() == QStringLiteral("2"));

    // Start Calling asks once who calls, remembers it, and opens the caller's window.
    int asked = 0;
    page.setCallerNameAsker([&] {
        ++asked;
        return QStringLiteral("Sara");
    });
    page.window()->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(page.window()));
    QTest::keyClick(&page, Qt::Key_Return, Qt::ControlModifier);
    auto *caller = page.findChild<CallerWindow *>();
    REQUIRE(caller);
    CHECK(caller->mode() == CallerWindow::Mode::Calling);
    CHECK(callername::forThisLaptop(ws.db()) == QStringLiteral("Sara"));
    // The window is a transient of the page's, which Qt counts as active already: wait for its own.
    REQUIRE(QTest::qWaitFor([&] { return QApplication::activeWindow() == caller; }));
    press(*caller, Qt::Key_F2);
    press(*caller, Qt::Key_Return);
    INFO(caller->statusText().toStdString());
    CHECK(page.listModel()->index(0, CallListModel::LastResultColumn).data().toString() == QStringLiteral("Not home"));
    caller->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(page.findChild<CallerWindow *>() == nullptr);
    CallerWindow *again = page.enterResults();
    REQUIRE(again);
    CHECK(asked == 1);
    CHECK(again->mode() == CallerWindow::Mode::DataEntry);
    again->close();

    // Closing asks first; a closed campaign takes no calls and can be reopened.
    whenShown<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
    page.closeCampaign();
    CHECK_FALSE(CampaignRepository(ws.db()).get(id)->closed);
    whenShown<QMessageBox>([](QMessageBox *box) {
        CHECK(box->text().contains(QStringLiteral("Eid phone bank")));
        box->button(QMessageBox::Yes)->click();
    });
    page.closeCampaign();
    CHECK(CampaignRepository(ws.db()).get(id)->closed);
    CHECK_FALSE(child<QPushButton>(&page, QStringLiteral("startCallingButton"))->isEnabled());
    CHECK_FALSE(child<QPushButton>(&page, QStringLiteral("buildListButton"))->isEnabled());
    CHECK(page.campaignModel()->index(0, CampaignListModel::StateColumn).data().toString() == QStringLiteral("Closed"));
    CHECK(page.startCalling() == nullptr);
    auto *close = child<QPushButton>(&page, QStringLiteral("closeCampaignButton"));
    CHECK(close->text() == QStringLiteral("Re&open Campaign"));
    close->click();
    CHECK_FALSE(CampaignRepository(ws.db()).get(id)->closed);
}

TEST_CASE(
    "the campaign dialog checks the name and the script and creates an election in place", "[ui][campaigns][dialogs]")
{
    TempWorkspace ws;
    QTemporaryDir dir;
    CampaignDialog dialog(ws.db());
    auto *name = child<QLineEdit>(&dialog, QStringLiteral("campaignNameEdit"));
    auto *script = child<QPlainTextEdit>(&dialog, QStringLiteral("campaignScriptEdit"));
    auto *scriptStatus = child<QLabel>(&dialog, QStringLiteral("campaignScriptStatus"));
    auto *error = child<QLabel>(&dialog, QStringLiteral("campaignDialogError"));

    SECTION("a campaign needs a name")
    {
        CHECK_FALSE(dialog.save());
        CHECK(error->text() == QStringLiteral("Give the campaign a name."));
        CHECK(CampaignRepository(ws.db()).list().value().isEmpty());
    }
    SECTION("a script that does not read is explained and nothing is saved")
    {
        name->setText(QStringLiteral("Phone bank"));
        script->setPlainText(QStringLiteral("questions:\n  - {key: q, text: \"Vote?\", kind: maybe}\n"));
        CHECK_FALSE(dialog.save());
        CHECK(scriptStatus->text().contains(QStringLiteral("maybe")));
        CHECK(CampaignRepository(ws.db()).list().value().isEmpty());

        const QString broken = writeFile(dir, QStringLiteral("broken.yaml"), "questions: [ {key: q, text: x");
        CHECK_FALSE(dialog.loadScriptFile(broken));
        CHECK(scriptStatus->text().contains(QStringLiteral("not valid YAML")));
        CHECK_FALSE(dialog.loadScriptFile(dir.filePath(QStringLiteral("missing.yaml"))));
        CHECK(scriptStatus->text().contains(QStringLiteral("Could not read")));

        const QString good = writeFile(dir, QStringLiteral("script.yaml"), sampleScriptYaml());
        CHECK(dialog.loadScriptFile(good));
        CHECK(scriptStatus->text() == QStringLiteral("The script reads well: 4 questions."));
        saveScreenshot(dialog, QStringLiteral("campaign-dialog.png"));
        REQUIRE(dialog.save());
        CHECK(dialog.saved().script.questions.size() == 4);
    }
    SECTION("a get-out-the-vote drive needs its election, which can be made here")
    {
        name->setText(QStringLiteral("GOTV 2026"));
        auto *kind = child<QComboBox>(&dialog, QStringLiteral("campaignKindCombo"));
        kind->setCurrentIndex(kind->findData(int(CampaignKind::Gotv)));
        CHECK_FALSE(dialog.save());
        CHECK(error->text().contains(QStringLiteral("election")));

        auto *election = child<QComboBox>(&dialog, QStringLiteral("campaignElectionCombo"));
        election->setCurrentIndex(election->count() - 1); // New Election…
        CHECK(child<QLineEdit>(&dialog, QStringLiteral("electionNameEdit"))->isVisibleTo(&dialog));
        CHECK_FALSE(dialog.save()); // the election needs a name too
        CHECK(error->text() == QStringLiteral("Give the election a name."));
        CHECK(CampaignRepository(ws.db()).elections().value().isEmpty());
        child<QLineEdit>(&dialog, QStringLiteral("electionNameEdit"))->setText(QStringLiteral("Primary 2026"));
        child<QDateEdit>(&dialog, QStringLiteral("electionDateEdit"))->setDate(QDate(2026, 8, 4));
        child<QLineEdit>(&dialog, QStringLiteral("electionJurisdictionEdit"))->setText(QStringLiteral("Michigan"));
        REQUIRE(dialog.save());
        const Election made = CampaignRepository(ws.db()).election(dialog.saved().electionId).value();
        CHECK(made.name == QStringLiteral("Primary 2026"));
        CHECK(made.date == QDate(2026, 8, 4));
        CHECK(made.jurisdiction == QStringLiteral("Michigan"));
        CHECK(dialog.saved().kind == CampaignKind::Gotv);
    }
    SECTION("editing shows the script as YAML and keeps it when saved")
    {
        const Campaign bank = createPhoneBank(ws.db());
        CampaignDialog edit(ws.db(), bank);
        CHECK(child<QLineEdit>(&edit, QStringLiteral("campaignNameEdit"))->text() == bank.name);
        CHECK(child<QComboBox>(&edit, QStringLiteral("campaignElectionCombo"))->currentData().toString()
            == bank.electionId);
        CHECK(child<QPlainTextEdit>(&edit, QStringLiteral("campaignScriptEdit"))
                  ->toPlainText()
                  .contains(QStringLiteral("key: plan")));
        child<QLineEdit>(&edit, QStringLiteral("campaignNameEdit"))->setText(QStringLiteral("Renamed bank"));
        REQUIRE(edit.save());
        const Campaign again = CampaignRepository(ws.db()).get(bank.id).value();
        CHECK(again.name == QStringLiteral("Renamed bank"));
        CHECK(again.script == bank.script);
        CHECK(again.electionId == bank.electionId);
    }
}

TEST_CASE("the build-list dialog counts who the filter adds, never people without consent or opted out",
    "[ui][campaigns][dialogs]")
{
    TempWorkspace ws;
    Contact noConsent
        = callableContact(QStringLiteral("Nadia"), QStringLiteral("Saleh"), 3, {QStringLiteral("Volunteers")});
    noConsent.consents = {{ConsentChannel::Phone, false, QDate(2026, 1, 10), QStringLiteral("form")}};
    const QStringList ids = addContacts(ws.db(),
        {callableContact(QStringLiteral("Amina"), QStringLiteral("Khan"), 1, {QStringLiteral("Volunteers")},
             {QStringLiteral("ur")}),
            callableContact(QStringLiteral("Bilal"), QStringLiteral("Haddad"), 2, {QStringLiteral("Volunteers")},
                {QStringLiteral("ar")}),
            noConsent, callableContact(QStringLiteral("Zaid"), QStringLiteral("Omar"), 6, {QStringLiteral("Donors")})});
    const Campaign earlier = createPhoneBank(ws.db(), QStringLiteral("Spring bank"));
    REQUIRE(CallList(ws.db()).build(earlier.id, tagged(QStringLiteral("Volunteers"))).value() == 2);
    REQUIRE(CallSession(ws.db(), earlier.id, QStringLiteral("sara"))
                .record(ids.at(1), ResultCode::Contacted, {{QStringLiteral("plan"), QStringLiteral("yes")}})
                .ok());
    const Campaign campaign = createPhoneBank(ws.db(), QStringLiteral("Fall bank"));

    BuildListDialog dialog(ws.db(), campaign);
    CHECK(child<QLabel>(&dialog, QStringLiteral("listExclusions"))
              ->text()
              .contains(QStringLiteral("not agreed to be phoned")));
    CHECK(dialog.previewText() == QStringLiteral("3 people would be added.")); // Nadia has not said yes to calls
    child<QLineEdit>(&dialog, QStringLiteral("listTagsEdit"))->setText(QStringLiteral("volunteers"));
    dialog.updatePreview();
    CHECK(dialog.previewText() == QStringLiteral("2 people would be added."));
    saveScreenshot(dialog, QStringLiteral("build-list-dialog.png"));
    child<QLineEdit>(&dialog, QStringLiteral("listLanguageEdit"))->setText(QStringLiteral("ar"));
    dialog.updatePreview();
    CHECK(dialog.previewText() == QStringLiteral("1 person would be added."));
    child<QLineEdit>(&dialog, QStringLiteral("listLanguageEdit"))->clear();

    // A district without its legislature is explained in place of the count.
    child<QLineEdit>(&dialog, QStringLiteral("listDistrictEdit"))->setText(QStringLiteral("12"));
    dialog.updatePreview();
    CHECK(dialog.previewText() == QStringLiteral("Say which legislature the district is of."));
    CHECK_FALSE(dialog.build());
    child<QLineEdit>(&dialog, QStringLiteral("listDistrictEdit"))->clear();

    // Who said Yes to "plan" in the spring.
    auto *answered = child<QComboBox>(&dialog, QStringLiteral("listAnsweredCampaignCombo"));
    answered->setCurrentIndex(answered->findData(earlier.id));
    auto *question = child<QComboBox>(&dialog, QStringLiteral("listQuestionCombo"));
    CHECK(question->count() == 3); // free text is left out
    CHECK(question->currentData().toString() == QStringLiteral("plan"));
    CHECK(child<QComboBox>(&dialog, QStringLiteral("listAnswerCombo"))->currentData().toString()
        == QStringLiteral("yes"));
    dialog.updatePreview();
    CHECK(dialog.previewText() == QStringLiteral("1 person would be added."));
    REQUIRE(dialog.build());
    CHECK(dialog.added() == 1);
    const QList<ListEntry> entries = CallList(ws.db()).entries(campaign.id).value();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().contactId == ids.at(1));
    dialog.updatePreview();
    CHECK(dialog.previewText() == QStringLiteral("0 people would be added.")); // already on the list
}

TEST_CASE(
    "the assign dialog gives the list out by count or language and takes a share back", "[ui][campaigns][dialogs]")
{
    PhoneBank bank;
    Database &db = bank.ws.db();
    AssignDialog dialog(db, bank.campaign);
    VolunteerModel *model = dialog.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model->unassigned() == 4);

    CHECK_FALSE(dialog.assign()); // nobody named yet
    CHECK(dialog.statusText() == QStringLiteral("Name at least one volunteer to give the list to."));

    for (const auto &[name, languages] : {std::pair {QStringLiteral("sara"), QStringLiteral("es, ar")},
             std::pair {QStringLiteral("yusuf"), QStringLiteral("ur")}}) {
        const int row = model->addVolunteer();
        REQUIRE(model->setData(model->index(row, VolunteerModel::NameColumn), name));
        REQUIRE(model->setData(model->index(row, VolunteerModel::LanguagesColumn), languages));
    }
    child<QRadioButton>(&dialog, QStringLiteral("assignByLanguageRadio"))->setChecked(true);
    REQUIRE(dialog.assign());
    CHECK(dialog.statusText() == QStringLiteral("4 people given out."));
    CHECK(model->unassigned() == 0);
    saveScreenshot(dialog, QStringLiteral("assign-dialog.png"));
    QHash<QString, QString> who;
    for (const ListEntry &e : CallList(db).entries(bank.campaign.id).value())
        who.insert(e.contactId, e.assignee);
    CHECK(who.value(bank.ids.at(0)) == QStringLiteral("sara")); // Arabic
    CHECK(who.value(bank.ids.at(2)) == QStringLiteral("sara")); // Spanish
    CHECK(who.value(bank.ids.at(3)) == QStringLiteral("yusuf")); // Urdu
    CHECK(who.value(bank.ids.at(1)) == QStringLiteral("yusuf")); // English, which nobody named: the least loaded
    REQUIRE(model->rowCount() == 2);
    CHECK(model->holdsShare(0));
    CHECK_FALSE(model->flags(model->index(0, VolunteerModel::NameColumn)).testFlag(Qt::ItemIsEditable));
    CHECK(model->index(0, VolunteerModel::LanguagesColumn).data(Qt::EditRole).toString() == QStringLiteral("es, ar"));

    // Yusuf stops calling: his people go back to nobody, then out again by count.
    const int yusuf = model->name(0) == QStringLiteral("yusuf") ? 0 : 1;
    REQUIRE(dialog.release(yusuf));
    CHECK(bidi::clean(dialog.statusText()) == QStringLiteral("2 people taken back from yusuf."));
    CHECK(model->unassigned() == 2);
    CHECK_FALSE(dialog.release(yusuf)); // nothing left to take back
    child<QRadioButton>(&dialog, QStringLiteral("assignByCountRadio"))->setChecked(true);
    REQUIRE(dialog.assign());
    CHECK(model->unassigned() == 0);
}

TEST_CASE("a contact's history tells what a campaign call brought, in words", "[ui][campaigns][contacts]")
{
    PhoneBank bank;
    Database &db = bank.ws.db();
    CallSession session(db, bank.campaign.id, QStringLiteral("sara"));
    REQUIRE(session.record(bank.ids.at(0), ResultCode::NotHome).ok());
    REQUIRE(
        session
            .record(bank.ids.at(0), ResultCode::Contacted,
                {{QStringLiteral("plan"), QStringLiteral("yes")},
                    {QStringLiteral("issues"), QJsonArray {QStringLiteral("civil_rights"), QStringLiteral("economy")}},
                    {QStringLiteral("comment"), QStringLiteral("call after 6")}})
            .ok());
    ContactDetailPane pane(db);
    pane.showContact(bank.ids.at(0));
    QListWidget *history = nullptr;
    for (auto *list : pane.findChildren<QListWidget *>())
        history = list->accessibleName() == QStringLiteral("History") ? list : history;
    REQUIRE(history);
    QStringList lines;
    for (int row = 0; row < history->count(); ++row)
        lines << bidi::clean(history->item(row)->text()).section(QStringLiteral(" — "), 1);
    INFO(lines.join(u'\n').toStdString());
    CHECK(lines.contains(QStringLiteral("November phone bank: Not home")));
    CHECK(lines.contains(QStringLiteral(
        "November phone bank: Contacted (comment: call after 6; issues: Civil rights, Economy; plan: Yes)")));
}
