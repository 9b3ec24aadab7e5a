// The accessibility audit: every control a person can reach from the keyboard in every workspace
// (and in each tab of it), in the main dialogs and in the caller's window has a name a screen
// reader can say, and the Tab key reaches it.

#include "advocacy/contactpickerdialog.h"
#include "campaigns/calllist.h"
#include "campaigns/campaignfixture.h"
#include "campaigns/campaignprogresspanel.h"
#include "campaigns/turnout.h"
#include "campaigns/turnoutpanel.h"
#include "campaigns/walklistpanel.h"
#include "advocacy/importreviewdialog.h"
#include "advocacy/legislatorsdialog.h"
#include "advocacy/memberlistdialog.h"
#include "campaigns/assigndialog.h"
#include "campaigns/buildlistdialog.h"
#include "campaigns/callerwindow.h"
#include "campaigns/campaigndialog.h"
#include "campaigns/calllist.h"
#include "campaigns/campaignrepository.h"
#include "contacts/contacteditordialog.h"
#include "contacts/contactexportdialog.h"
#include "contacts/districtchoicedialog.h"
#include "contacts/districtfilldialog.h"
#include "contacts/districtsetdialog.h"
#include "contacts/duplicatesdialog.h"
#include "contacts/importwizard.h"
#include "partners/askpartnersdialog.h"
#include "reports/reportspage.h"
#include "support/campaignresults.h"
#include "support/tempworkspace.h"
#include "partners/interactiondialog.h"
#include "partners/letteranswerdialog.h"
#include "partners/letterdialog.h"
#include "shell/mainwindow.h"
#include "shell/preferencesdialog.h"
#include "support/catchqt.h"
#include "sync/conflictlogdialog.h"
#include "sync/synccontroller.h"
#include "sync/syncserverdialog.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QAccessible>
#include <QApplication>
#include <QListWidget>
#include <QScrollBar>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>

#include <memory>
#include <vector>

#include <catch2/catch.hpp>

using namespace majlis;

namespace {

bool reachableByKeyboard(const QWidget *w, const QWidget &root)
{
    if (w->window() != root.window() || !w->isVisibleTo(&root) || !(w->focusPolicy() & Qt::TabFocus))
        return false;
    // Parts of a composite control that speak for it: the scroll bars of a list, the viewport
    // of a table, the text field inside a spin box or a combo box, and a tab widget's frame
    // and bar (the tabs themselves are named).
    if (qobject_cast<const QScrollBar *>(w) || qobject_cast<const QTabBar *>(w) || qobject_cast<const QTabWidget *>(w))
        return false;
    if (qobject_cast<const QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<const QComboBox *>(w->parentWidget()))
        return false;
    if (const auto *area = qobject_cast<const QAbstractScrollArea *>(w->parentWidget()); area && area->viewport() == w)
        return false;
    return true;
}

QString describe(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w; p; p = p->parentWidget())
        path.prepend(p->objectName().isEmpty() ? QString::fromLatin1(p->metaObject()->className()) : p->objectName());
    return path.join(u'/');
}

// Controls with no accessible name, and controls the Tab key never reaches.
QStringList audit(QWidget &root)
{
    QStringList problems;
    QSet<const QWidget *> inChain;
    for (QWidget *w = root.nextInFocusChain(); w && w != &root; w = w->nextInFocusChain())
        inChain.insert(w);
    for (QWidget *w : root.findChildren<QWidget *>()) {
        if (!reachableByKeyboard(w, root))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            problems.append(QStringLiteral("unnamed: ") + describe(w));
        if (!inChain.contains(w))
            problems.append(QStringLiteral("not in the tab order: ") + describe(w));
    }
    return problems;
}

// Every tab of every tab widget in turn, so the controls of hidden tabs are audited too.
QStringList auditWithTabs(QWidget &root)
{
    QStringList problems = audit(root);
    for (QTabWidget *tabs : root.findChildren<QTabWidget *>()) {
        if (!tabs->isVisibleTo(&root))
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            problems += audit(root);
        }
    }
    problems.removeDuplicates();
    return problems;
}

} // namespace

TEST_CASE("every control of every workspace has a name and is reached by Tab", "[ui][a11y]")
{
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.createDemoWorkspace(dir.filePath(QStringLiteral("demo.majlis"))));
    window.resize(1280, 800);
    window.show();
    auto *sidebar = window.findChild<QListWidget *>();
    REQUIRE(sidebar);
    QStringList problems;
    for (int row = 0; row < sidebar->count(); ++row) {
        sidebar->setCurrentRow(row);
        QApplication::processEvents();
        problems += auditWithTabs(window);
    }
    problems.removeDuplicates();
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("every dialog names every control and reaches it by Tab", "[ui][a11y]")
{
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.createDemoWorkspace(dir.filePath(QStringLiteral("demo.majlis"))));
    Database &db = *window.database();
    QUndoStack undo;
    std::vector<std::unique_ptr<QWidget>> dialogs;
    dialogs.push_back(std::make_unique<PreferencesDialog>());
    dialogs.push_back(std::make_unique<SyncServerDialog>(*window.syncController()));
    dialogs.push_back(std::make_unique<ConflictLogDialog>(db));
    dialogs.push_back(std::make_unique<ContactPickerDialog>(db));
    dialogs.push_back(std::make_unique<LegislatorsDialog>(db));
    dialogs.push_back(std::make_unique<MemberListDialog>(db));
    {
        LegislatureImportReport dryRun;
        dryRun.dryRun = true;
        dryRun.bodies.append({bodies::congress(), 2, {1, 0, 1, 0}, {QStringLiteral("Line 3 was skipped.")}});
        dryRun.warnings.append(QStringLiteral("data/us was skipped."));
        dialogs.push_back(std::make_unique<ImportReviewDialog>(dryRun));
    }
    dialogs.push_back(std::make_unique<DuplicatesDialog>(db, &undo));
    dialogs.push_back(std::make_unique<ContactEditorDialog>(db));
    dialogs.push_back(std::make_unique<ImportWizard>(db));
    dialogs.push_back(std::make_unique<ContactExportDialog>(100, 40, 3));
    dialogs.push_back(std::make_unique<AskPartnersDialog>(db, QStringList()));
    dialogs.push_back(std::make_unique<LetterAnswerDialog>(QStringLiteral("Interfaith Council")));
    dialogs.push_back(std::make_unique<LetterDialog>());
    dialogs.push_back(std::make_unique<InteractionDialog>(db));
    dialogs.push_back(std::make_unique<DistrictChoiceDialog>(QStringLiteral("Amina"), QStringLiteral("U.S. Congress"),
                                                             QStringLiteral("48127"),
                                                             QStringList{QStringLiteral("MI-12"), QStringLiteral("MI-13")}));
    dialogs.push_back(std::make_unique<DistrictSetDialog>(QList<LegislativeBody>{bodies::congress()}, bodies::congressId(),
                                                          Chamber::House, QString(),
                                                          [](const QString &, Chamber, const QString &) { return success(); }));
    dialogs.push_back(std::make_unique<DistrictFillDialog>(db, DistrictSelection{}, QString(), QStringLiteral("all")));
    // The demo's phone bank, for the campaign dialogs and both modes of the caller's window.
    const auto campaigns = CampaignRepository(db).list();
    REQUIRE(campaigns.ok());
    REQUIRE_FALSE(campaigns->isEmpty());
    const Campaign &campaign = campaigns->first();
    dialogs.push_back(std::make_unique<CampaignDialog>(db));
    dialogs.push_back(std::make_unique<CampaignDialog>(db, campaign));
    dialogs.push_back(std::make_unique<BuildListDialog>(db, campaign));
    dialogs.push_back(std::make_unique<AssignDialog>(db, campaign));
    dialogs.push_back(std::make_unique<CallerWindow>(db, campaign, QStringLiteral("amina"), CallerWindow::Mode::Calling));
    dialogs.push_back(std::make_unique<CallerWindow>(db, campaign, QStringLiteral("amina"), CallerWindow::Mode::DataEntry));
    {
        // The data-entry window with a person open: the card's controls, not the list's.
        auto entry = std::make_unique<CallerWindow>(db, campaign, QStringLiteral("amina"), CallerWindow::Mode::DataEntry);
        const auto first = CallList(db).entries(campaign.id);
        REQUIRE(first.ok());
        REQUIRE_FALSE(first->isEmpty());
        REQUIRE(entry->openPerson(first->first().contactId));
        dialogs.push_back(std::move(entry));
    }
    auto filled = std::make_unique<DistrictFillDialog>(db, DistrictSelection{}, QString(), QStringLiteral("all"));
    filled->fill(); // the second page: what was filled and the districts to choose
    dialogs.push_back(std::move(filled));
    for (const auto &dialog : dialogs) {
        dialog->show();
        const QStringList problems = auditWithTabs(*dialog);
        INFO(dialog->metaObject()->className() << ": " << problems.join(u'\n').toStdString());
        CHECK(problems.isEmpty());
        dialog->hide();
    }
}

TEST_CASE("the campaign panels name every control and reach it by Tab", "[ui][a11y][campaigns]")
{
    test::TempWorkspace ws;
    QList<Contact> people;
    for (int i = 0; i < 4; ++i) {
        Contact c = test::callableContact(QStringLiteral("P%1").arg(i), QStringLiteral("Person"), 300 + i,
                                          {QStringLiteral("List")});
        c.address.street = QStringLiteral("%1 Oak St").arg(i + 1);
        people.append(c);
    }
    const QStringList ids = test::addContacts(ws.db(), people);
    const Campaign calls = test::createPhoneBank(ws.db());
    const Campaign doors = test::createPhoneBank(ws.db(), QStringLiteral("Doors"), CampaignKind::Door);
    for (const Campaign &c : {calls, doors})
        REQUIRE(CallList(ws.db()).build(c.id, test::tagged(QStringLiteral("List"))).ok());
    REQUIRE(CallList(ws.db()).assignByCount(doors.id, {QStringLiteral("amina")}).ok());
    test::recordAt(ws.db(), calls.id, QStringLiteral("amina"), ids.at(0), ResultCode::Contacted,
                   {{QStringLiteral("plan"), QStringLiteral("yes")}}, test::kElectionNoon);
    REQUIRE(Turnout(ws.db()).setPledged(calls.electionId, ids.mid(1)).ok());

    auto progress = std::make_unique<CampaignProgressPanel>(ws.db());
    progress->setCampaign(calls.id);
    auto turnout = std::make_unique<TurnoutPanel>(ws.db());
    turnout->setElection(calls.electionId);
    turnout->searchField()->setText(QStringLiteral("Person"));
    auto walk = std::make_unique<WalkListPanel>(ws.db());
    walk->setCampaign(doors.id);
    auto reports = std::make_unique<ReportsPage>(ws.db());
    for (QWidget *panel : std::initializer_list<QWidget *>{progress.get(), turnout.get(), walk.get(), reports.get()}) {
        panel->resize(1000, 700);
        panel->show();
        QApplication::processEvents();
        const QStringList problems = auditWithTabs(*panel);
        INFO(panel->metaObject()->className() << ": " << problems.join(u'\n').toStdString());
        CHECK(problems.isEmpty());
        panel->hide();
    }
}
