#include "contacts/chapter.h"
#include "i18n/bidi.h"
#include "partners/coalitionmap.h"
#include "partners/interactionlog.h"
#include "partners/organizationrepository.h"
#include "partners/partnerbrowser.h"
#include "partners/partnerdetailspanel.h"
#include "partners/partnerhistorypanel.h"
#include "partners/partnerpeoplepanel.h"
#include "partners/partnerspage.h"
#include "partners/signonletters.h"
#include "partners/signonletterspanel.h"
#include "support/advocacyfixture.h"
#include "support/catchqt.h"
#include "support/findchild.h"
#include "support/screenshot.h"
#include "support/tempworkspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>

#include <catch2/catch.hpp>

#include <functional>

using namespace majlis;
using test::child;

namespace {

// Four partners: two share "voting" (written in two cases), one has no issue area, and CAIR
// belongs to the Dearborn chapter.
struct PartnersWorkspace
{
    test::TempWorkspace ws;
    QString dearborn;
    QString cair;
    QString council;
    QString uaw;
    QString masjid;

    PartnersWorkspace()
    {
        auto chapter = ChapterRepository(ws.db()).create(
            {{}, QStringLiteral("Dearborn"), QStringLiteral("Dearborn"), QStringLiteral("MI"), QStringLiteral("US")});
        REQUIRE(chapter.ok());
        dearborn = chapter->id;
        cair = add(QStringLiteral("CAIR Michigan"), OrganizationKind::CivilRights,
                   {QStringLiteral("civil rights"), QStringLiteral("voting")}, PartnerStatus::Active, dearborn);
        council = add(QStringLiteral("Interfaith Council"), OrganizationKind::Interfaith, {QStringLiteral("Voting")},
                      PartnerStatus::Dormant);
        uaw = add(QStringLiteral("UAW Local 600"), OrganizationKind::Labor, {QStringLiteral("labor")},
                  PartnerStatus::Active);
        masjid = add(QStringLiteral("Masjid Al-Noor"), OrganizationKind::Mosque, {}, PartnerStatus::Prospect);
    }

    QString add(const QString &name, OrganizationKind kind, const QStringList &areas, PartnerStatus status,
                const QString &chapterId = {})
    {
        Organization o;
        o.name = name;
        o.kind = kind;
        o.issueAreas = areas;
        o.city = QStringLiteral("Dearborn");
        o.status = status;
        o.chapterId = chapterId;
        auto created = OrganizationRepository(ws.db()).create(o);
        REQUIRE(created.ok());
        return created->id;
    }

    Organization get(const QString &id) { return OrganizationRepository(ws.db()).get(id).value(); }
};

// Answers every message box the code under test opens (they block in exec()) with `answer`, and
// keeps their texts, so a test can say what the user was asked or told.
class MessageBoxAnswerer
{
public:
    explicit MessageBoxAnswerer(QMessageBox::StandardButton answer = QMessageBox::Ok) : m_answer(answer)
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(w);
                if (!box || !box->isVisible())
                    continue;
                m_texts << box->text();
                if (QAbstractButton *button = box->button(m_answer))
                    button->click();
                else
                    box->done(QMessageBox::Cancel);
            }
        });
        m_timer.start(10);
    }
    void answerWith(QMessageBox::StandardButton answer) { m_answer = answer; }
    QStringList texts() const { return m_texts; }

private:
    QTimer m_timer;
    QMessageBox::StandardButton m_answer;
    QStringList m_texts;
};

// Plays the user's part in the modal dialogs a click opens, one step per dialog as each comes up
// (a dialog opened again after a refusal is a new step). Steps must not REQUIRE: an exception
// cannot cross Qt's event loop. A dialog nobody expected is rejected and counted.
class DialogScript
{
public:
    explicit DialogScript(QList<std::function<void(QWidget *)>> steps) : m_steps(std::move(steps))
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog || dialog == m_last)
                return;
            m_last = dialog;
            if (m_done < m_steps.size()) {
                m_steps.at(m_done++)(dialog);
            } else {
                ++m_unexpected;
                if (auto *d = qobject_cast<QDialog *>(dialog))
                    d->reject();
            }
        });
        m_timer.start(10);
    }
    qsizetype stepsDone() const { return m_done; }
    int unexpected() const { return m_unexpected; }

private:
    QTimer m_timer;
    QList<std::function<void(QWidget *)>> m_steps;
    QPointer<QWidget> m_last;
    qsizetype m_done = 0;
    int m_unexpected = 0;
};

// Ticks the contacts whose names start with `names` in the contact picker, then accepts it.
void tickContacts(QWidget *dialog, const QStringList &names)
{
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("pickerList"));
    CHECK(list);
    for (int row = 0; list && row < list->count(); ++row) {
        for (const QString &name : names) {
            if (list->item(row)->text().startsWith(name))
                list->item(row)->setCheckState(Qt::Checked);
        }
    }
    static_cast<QDialog *>(dialog)->accept();
}

void clickOk(QWidget *dialog)
{
    if (auto *box = qobject_cast<QMessageBox *>(dialog))
        box->button(QMessageBox::Ok)->click();
}

QStringList column(const QTableWidget *table, int columnIndex)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row)
        texts << (table->item(row, columnIndex) ? bidi::clean(table->item(row, columnIndex)->text()) : QString());
    return texts;
}

QStringList column(const QTreeWidget *tree, int columnIndex)
{
    QStringList texts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        texts << bidi::clean(tree->topLevelItem(i)->text(columnIndex));
    return texts;
}

void choose(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text);
    INFO("no choice " << text.toStdString());
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

Interaction interaction(InteractionKind kind, const QDate &date, const QString &summary,
                        const QStringList &participants = {})
{
    Interaction i;
    i.kind = kind;
    i.date = date;
    i.summary = summary;
    i.participantIds = participants;
    return i;
}

} // namespace

TEST_CASE("the partners view lists the partners and narrows them with its filters", "[ui][partners]")
{
    PartnersWorkspace p;
    PartnersPage page(p.ws.db());
    page.resize(1200, 760);
    page.show();

    auto *table = child<QTableWidget>(&page, QStringLiteral("partnerTable"));
    auto *search = child<QLineEdit>(&page, QStringLiteral("partnerSearch"));
    auto *kind = child<QComboBox>(&page, QStringLiteral("partnerKindFilter"));
    auto *area = child<QComboBox>(&page, QStringLiteral("partnerAreaFilter"));
    auto *status = child<QComboBox>(&page, QStringLiteral("partnerStatusFilter"));
    auto *chapter = child<QComboBox>(&page, QStringLiteral("partnerChapterFilter"));
    auto *count = child<QLabel>(&page, QStringLiteral("partnerCount"));
    auto *stack = child<QStackedWidget>(&page, QStringLiteral("partnerDetailStack"));

    const QStringList all{QStringLiteral("CAIR Michigan"), QStringLiteral("Interfaith Council"),
                          QStringLiteral("Masjid Al-Noor"), QStringLiteral("UAW Local 600")};
    CHECK(column(table, PartnerBrowser::NameColumn) == all);
    CHECK(table->item(0, PartnerBrowser::KindColumn)->text() == kindName(OrganizationKind::CivilRights));
    CHECK(table->item(0, PartnerBrowser::StatusColumn)->text() == QStringLiteral("Active"));
    CHECK(bidi::clean(table->item(0, PartnerBrowser::AreasColumn)->text()) == QStringLiteral("civil rights, voting"));
    // Plural forms come from the English translation; the number is what matters here.
    CHECK(count->text().startsWith(QStringLiteral("4 partner")));
    // Partners exist but none is chosen yet.
    CHECK(page.currentPartnerId().isEmpty());
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("noPartnerSelectedPage"));

    // The filter offers each area once, whatever its case, after "All issue areas".
    CHECK(area->count() == 4);
    CHECK(area->itemText(0) == QStringLiteral("All issue areas"));
    CHECK(kind->count() == int(allOrganizationKinds().size()) + 1);

    search->setText(QStringLiteral("local"));
    CHECK(column(table, PartnerBrowser::NameColumn) == QStringList{QStringLiteral("UAW Local 600")});
    CHECK(count->text().startsWith(QStringLiteral("1 partner")));
    search->setText(QStringLiteral("nothing like this"));
    CHECK(table->rowCount() == 0);
    CHECK(count->text() == QStringLiteral("No partners match these filters."));
    // Filtered to nothing is not the same as having no partners.
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("noPartnerSelectedPage"));
    search->clear();
    CHECK(table->rowCount() == 4);

    choose(kind, kindName(OrganizationKind::Interfaith));
    CHECK(column(table, PartnerBrowser::NameColumn) == QStringList{QStringLiteral("Interfaith Council")});
    kind->setCurrentIndex(0);

    choose(area, QStringLiteral("voting"));
    CHECK(column(table, PartnerBrowser::NameColumn)
          == (QStringList{QStringLiteral("CAIR Michigan"), QStringLiteral("Interfaith Council")}));
    choose(status, QStringLiteral("Active"));
    CHECK(column(table, PartnerBrowser::NameColumn) == QStringList{QStringLiteral("CAIR Michigan")});
    area->setCurrentIndex(0);
    CHECK(column(table, PartnerBrowser::NameColumn)
          == (QStringList{QStringLiteral("CAIR Michigan"), QStringLiteral("UAW Local 600")}));
    choose(status, QStringLiteral("Dormant"));
    CHECK(column(table, PartnerBrowser::NameColumn) == QStringList{QStringLiteral("Interfaith Council")});
    status->setCurrentIndex(0);

    choose(chapter, QStringLiteral("Dearborn"));
    CHECK(column(table, PartnerBrowser::NameColumn) == QStringList{QStringLiteral("CAIR Michigan")});
    chapter->setCurrentIndex(0);
    CHECK(column(table, PartnerBrowser::NameColumn) == all);

    SECTION("choosing a row shows that partner; a partner hidden by the filters is shown by clearing them")
    {
        table->setCurrentCell(3, 0);
        CHECK(page.currentPartnerId() == p.uaw);
        CHECK(stack->currentWidget()->objectName() == QStringLiteral("partnerTabs"));
        CHECK(child<QLineEdit>(&page, QStringLiteral("partnerNameEdit"))->text() == QStringLiteral("UAW Local 600"));

        search->setText(QStringLiteral("CAIR"));
        REQUIRE(table->rowCount() == 1);
        // The shown partner stays shown while the list is filtered around it.
        CHECK(page.currentPartnerId() == p.uaw);
        REQUIRE(page.selectPartner(p.masjid));
        CHECK(search->text().isEmpty());
        CHECK(table->rowCount() == 4);
        CHECK(bidi::clean(table->item(table->currentRow(), 0)->text()) == QStringLiteral("Masjid Al-Noor"));
        CHECK_FALSE(page.selectPartner(QStringLiteral("no-such-partner")));
        CHECK(page.currentPartnerId() == p.masjid);
    }
    test::saveScreenshot(page, QStringLiteral("partners-list.png"));
}

TEST_CASE("without partners the view says how to add one, and a new partner opens for editing", "[ui][partners]")
{
    test::TempWorkspace ws;
    PartnersPage page(ws.db());
    page.resize(1200, 760);
    page.show();
    auto *table = child<QTableWidget>(&page, QStringLiteral("partnerTable"));
    auto *stack = child<QStackedWidget>(&page, QStringLiteral("partnerDetailStack"));
    CHECK(table->rowCount() == 0);
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("noPartnersPage"));
    CHECK_FALSE(child<QPushButton>(&page, QStringLiteral("deletePartnerButton"))->isEnabled());

    const QString id = page.partners()->createPartner(QStringLiteral("Masjid Al-Noor"));
    REQUIRE_FALSE(id.isEmpty());
    CHECK(page.currentPartnerId() == id);
    CHECK(table->rowCount() == 1);
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("partnerTabs"));
    CHECK(child<QLineEdit>(&page, QStringLiteral("partnerNameEdit"))->text() == QStringLiteral("Masjid Al-Noor"));
    CHECK(child<QPushButton>(&page, QStringLiteral("deletePartnerButton"))->isEnabled());

    // The core refuses the same name written differently; the user is told why.
    MessageBoxAnswerer boxes;
    CHECK(page.partners()->createPartner(QStringLiteral("masjid  al-noor")).isEmpty());
    REQUIRE(boxes.texts().size() == 1);
    CHECK(boxes.texts().first().contains(QStringLiteral("already a partner")));
    CHECK(OrganizationRepository(ws.db()).list()->size() == 1);
    CHECK(page.currentPartnerId() == id);
}

TEST_CASE("a partner made while the list is filtered gets the filtered kind and stays in view", "[ui][partners]")
{
    PartnersWorkspace p;
    PartnersPage page(p.ws.db());
    choose(child<QComboBox>(&page, QStringLiteral("partnerKindFilter")), kindName(OrganizationKind::Labor));
    const QString id = page.partners()->createPartner(QStringLiteral("SEIU Healthcare"));
    REQUIRE_FALSE(id.isEmpty());
    CHECK(p.get(id).kind == OrganizationKind::Labor);
    CHECK(column(child<QTableWidget>(&page, QStringLiteral("partnerTable")), PartnerBrowser::NameColumn)
          == (QStringList{QStringLiteral("SEIU Healthcare"), QStringLiteral("UAW Local 600")}));
    CHECK(page.currentPartnerId() == id);
}

TEST_CASE("edited details are saved; an empty name is refused and nothing is saved", "[ui][partners]")
{
    PartnersWorkspace p;
    const QString keeper = test::addConstituent(p.ws.db(), QStringLiteral("Amina"), QStringLiteral("Testperson"),
                                                QStringLiteral("MI"), 12);
    PartnersPage page(p.ws.db());
    page.resize(1200, 760);
    page.show();
    REQUIRE(page.selectPartner(p.council));

    auto *name = child<QLineEdit>(&page, QStringLiteral("partnerNameEdit"));
    auto *areas = child<QLineEdit>(&page, QStringLiteral("partnerAreasEdit"));
    auto *save = child<QPushButton>(&page, QStringLiteral("savePartnerButton"));
    CHECK(areas->text() == QStringLiteral("Voting"));
    CHECK(child<QLabel>(&page, QStringLiteral("partnerOwnerLabel"))->text() == QStringLiteral("Nobody yet"));

    name->setText(QStringLiteral("Dearborn Interfaith Council"));
    choose(child<QComboBox>(&page, QStringLiteral("partnerStatusEdit")), QStringLiteral("Active"));
    areas->setText(QStringLiteral(" Voting, immigration ,, "));
    child<QLineEdit>(&page, QStringLiteral("partnerWebsiteEdit"))->setText(QStringLiteral("https://interfaith.example"));
    choose(child<QComboBox>(&page, QStringLiteral("partnerChapterEdit")), QStringLiteral("Dearborn"));
    child<QPlainTextEdit>(&page, QStringLiteral("partnerNotesEdit"))->setPlainText(QStringLiteral("Meets monthly."));
    page.partners()->details()->setOwner(keeper);
    CHECK(bidi::clean(child<QLabel>(&page, QStringLiteral("partnerOwnerLabel"))->text()) == QStringLiteral("Amina Testperson"));
    CHECK(page.partners()->details()->isModified());
    save->click();

    const Organization saved = p.get(p.council);
    CHECK(saved.name == QStringLiteral("Dearborn Interfaith Council"));
    CHECK(saved.status == PartnerStatus::Active);
    CHECK(saved.issueAreas == (QStringList{QStringLiteral("Voting"), QStringLiteral("immigration")}));
    CHECK(saved.website == QStringLiteral("https://interfaith.example"));
    CHECK(saved.chapterId == p.dearborn);
    CHECK(saved.ownerId == keeper);
    CHECK(saved.notes == QStringLiteral("Meets monthly."));
    CHECK_FALSE(page.partners()->details()->isModified());
    // The list and the filters follow what was saved.
    auto *table = child<QTableWidget>(&page, QStringLiteral("partnerTable"));
    CHECK(column(table, PartnerBrowser::NameColumn).contains(QStringLiteral("Dearborn Interfaith Council")));
    CHECK(bidi::clean(table->item(table->currentRow(), PartnerBrowser::NameColumn)->text())
          == QStringLiteral("Dearborn Interfaith Council"));
    CHECK(child<QComboBox>(&page, QStringLiteral("partnerAreaFilter"))->findText(QStringLiteral("immigration")) > 0);

    SECTION("an empty name is refused with the core's reason, and the edits are kept to correct")
    {
        MessageBoxAnswerer boxes;
        name->setText(QStringLiteral("   "));
        child<QLineEdit>(&page, QStringLiteral("partnerCityEdit"))->setText(QStringLiteral("Detroit"));
        save->click();
        REQUIRE(boxes.texts().size() == 1);
        CHECK(boxes.texts().first() == QStringLiteral("A partner needs a name."));
        CHECK(p.get(p.council) == saved);
        CHECK(name->text() == QStringLiteral("   "));
        CHECK(page.partners()->details()->isModified());

        child<QPushButton>(&page, QStringLiteral("revertPartnerButton"))->click();
        CHECK(name->text() == QStringLiteral("Dearborn Interfaith Council"));
        CHECK(child<QLineEdit>(&page, QStringLiteral("partnerCityEdit"))->text() == QStringLiteral("Dearborn"));
        CHECK_FALSE(page.partners()->details()->isModified());
    }
    SECTION("choosing another partner with unsaved edits asks first; Cancel stays, Discard moves on")
    {
        MessageBoxAnswerer boxes(QMessageBox::Cancel);
        name->setText(QStringLiteral("Half-typed name"));
        table->setCurrentCell(column(table, PartnerBrowser::NameColumn).indexOf(QStringLiteral("UAW Local 600")), 0);
        REQUIRE(boxes.texts().size() == 1);
        CHECK(boxes.texts().first().contains(QStringLiteral("Half-typed name")));
        CHECK(page.currentPartnerId() == p.council);
        CHECK(name->text() == QStringLiteral("Half-typed name"));
        CHECK(bidi::clean(table->item(table->currentRow(), 0)->text()) == QStringLiteral("Dearborn Interfaith Council"));

        boxes.answerWith(QMessageBox::Discard);
        REQUIRE(page.selectPartner(p.uaw));
        CHECK(name->text() == QStringLiteral("UAW Local 600"));
        CHECK(p.get(p.council).name == QStringLiteral("Dearborn Interfaith Council"));
    }
}

TEST_CASE("deleting a partner asks first", "[ui][partners]")
{
    PartnersWorkspace p;
    PartnersPage page(p.ws.db());
    REQUIRE(page.selectPartner(p.uaw));
    auto *remove = child<QPushButton>(&page, QStringLiteral("deletePartnerButton"));

    MessageBoxAnswerer boxes(QMessageBox::Cancel);
    remove->click();
    REQUIRE(boxes.texts().size() == 1);
    CHECK(boxes.texts().first().contains(QStringLiteral("UAW Local 600")));
    CHECK(OrganizationRepository(p.ws.db()).get(p.uaw).ok());
    CHECK(page.currentPartnerId() == p.uaw);

    boxes.answerWith(QMessageBox::Yes);
    remove->click();
    CHECK_FALSE(OrganizationRepository(p.ws.db()).get(p.uaw).ok());
    CHECK(page.currentPartnerId().isEmpty());
    CHECK(child<QTableWidget>(&page, QStringLiteral("partnerTable"))->rowCount() == 3);
    CHECK(child<QStackedWidget>(&page, QStringLiteral("partnerDetailStack"))->currentWidget()->objectName()
          == QStringLiteral("noPartnerSelectedPage"));
}

TEST_CASE("people and interactions show in the partner's tabs, the history in date order", "[ui][partners]")
{
    PartnersWorkspace p;
    const QString amina = test::addConstituent(p.ws.db(), QStringLiteral("Amina"), QStringLiteral("Testperson"),
                                               QStringLiteral("MI"), 12);
    const QString bilal = test::addConstituent(p.ws.db(), QStringLiteral("Bilal"), QStringLiteral("Testperson"),
                                               QStringLiteral("MI"), 12);
    PartnersPage page(p.ws.db());
    page.resize(1200, 760);
    page.show();
    CHECK_FALSE(page.addMember(amina, QStringLiteral("Imam"))); // nobody to add her to yet
    REQUIRE(page.selectPartner(p.masjid));

    auto *members = child<QTableWidget>(&page, QStringLiteral("memberTable"));
    CHECK(members->rowCount() == 0);
    REQUIRE(page.addMember(bilal, QStringLiteral("Board chair")));
    REQUIRE(page.addMember(amina, QStringLiteral("Imam")));
    CHECK(column(members, PartnerPeoplePanel::NameColumn)
          == (QStringList{QStringLiteral("Amina Testperson"), QStringLiteral("Bilal Testperson")}));
    CHECK(column(members, PartnerPeoplePanel::RoleColumn)
          == (QStringList{QStringLiteral("Imam"), QStringLiteral("Board chair")}));
    CHECK(members->item(0, PartnerPeoplePanel::SinceColumn)->text() == shortDate(QDate::currentDate()));
    CHECK(members->item(0, PartnerPeoplePanel::UntilColumn)->text().isEmpty());

    SECTION("someone who left is kept, dated and listed after those still there, once confirmed")
    {
        auto *left = child<QPushButton>(&page, QStringLiteral("endMembershipButton"));
        members->selectRow(0); // Amina
        REQUIRE(left->isEnabled());
        MessageBoxAnswerer boxes(QMessageBox::Cancel);
        left->click();
        REQUIRE(boxes.texts().size() == 1);
        CHECK(boxes.texts().first().contains(QStringLiteral("Amina Testperson")));
        for (const Membership &m : OrganizationRepository(p.ws.db()).members(p.masjid).value())
            CHECK_FALSE(m.until.isValid());
        CHECK(members->item(0, PartnerPeoplePanel::UntilColumn)->text().isEmpty());

        boxes.answerWith(QMessageBox::Yes);
        left->click();
        const QList<Membership> after = OrganizationRepository(p.ws.db()).members(p.masjid).value();
        REQUIRE(after.size() == 2);
        CHECK(after.last().contactId == amina);
        CHECK(after.last().until == QDate::currentDate());
        CHECK(column(members, PartnerPeoplePanel::NameColumn)
              == (QStringList{QStringLiteral("Bilal Testperson"), QStringLiteral("Amina Testperson")}));
        CHECK(members->item(1, PartnerPeoplePanel::UntilColumn)->text() == shortDate(QDate::currentDate()));
        // Amina is still selected, and has already left.
        CHECK_FALSE(left->isEnabled());
        const QString summary = child<QLabel>(&page, QStringLiteral("memberSummary"))->text();
        CHECK(summary.startsWith(QStringLiteral("1 person")));
        CHECK(summary.contains(QStringLiteral("; 1 who left")));
        page.partners()->tabs()->setCurrentIndex(PartnerBrowser::PeopleTab);
        test::saveScreenshot(page, QStringLiteral("partners-people.png"));
    }
    SECTION("interactions are listed oldest first, with their kind and who took part")
    {
        page.partners()->tabs()->setCurrentIndex(PartnerBrowser::HistoryTab);
        auto *history = child<QTreeWidget>(&page, QStringLiteral("historyList"));
        CHECK(history->topLevelItemCount() == 0);
        REQUIRE(page.addInteraction(interaction(InteractionKind::Meeting, QDate(2026, 3, 10), QStringLiteral("Iftar"))));
        REQUIRE(page.addInteraction(
            interaction(InteractionKind::Call, QDate(2025, 11, 2), QStringLiteral("First call"), {amina})));
        REQUIRE(page.addInteraction(interaction(
            InteractionKind::JointEvent, QDate(2026, 1, 15), QStringLiteral("Joint vigil"), {amina, bilal})));

        CHECK(column(history, PartnerHistoryPanel::SummaryColumn)
              == (QStringList{QStringLiteral("First call"), QStringLiteral("Joint vigil"), QStringLiteral("Iftar")}));
        CHECK(column(history, PartnerHistoryPanel::DateColumn)
              == (QStringList{shortDate(QDate(2025, 11, 2)), shortDate(QDate(2026, 1, 15)),
                              shortDate(QDate(2026, 3, 10))}));
        CHECK(history->topLevelItem(0)->text(PartnerHistoryPanel::KindColumn) == QStringLiteral("Call"));
        CHECK(history->topLevelItem(1)->text(PartnerHistoryPanel::KindColumn) == QStringLiteral("Joint event"));
        CHECK(bidi::clean(history->topLevelItem(0)->text(PartnerHistoryPanel::ParticipantsColumn)) == QStringLiteral("Amina Testperson"));
        const QString both = history->topLevelItem(1)->text(PartnerHistoryPanel::ParticipantsColumn);
        CHECK(both.contains(QStringLiteral("Amina Testperson")));
        CHECK(both.contains(QStringLiteral("Bilal Testperson")));

        // The core's refusal is shown and nothing is added.
        MessageBoxAnswerer boxes;
        CHECK_FALSE(page.addInteraction(interaction(InteractionKind::Email, QDate(2026, 2, 1), QStringLiteral("  "))));
        REQUIRE(boxes.texts().size() == 1);
        CHECK(boxes.texts().first() == QStringLiteral("Say in a few words what happened."));
        CHECK(history->topLevelItemCount() == 3);
        CHECK(InteractionLog(p.ws.db()).history(p.masjid)->size() == 3);
        test::saveScreenshot(page, QStringLiteral("partners-history.png"));

        // Each partner has its own story.
        REQUIRE(page.selectPartner(p.uaw));
        CHECK(history->topLevelItemCount() == 0);
        CHECK(members->rowCount() == 0);
        REQUIRE(page.selectPartner(p.masjid));
        CHECK(history->topLevelItemCount() == 3);
    }
}

TEST_CASE("a sign-on letter shows each partner's answer and who has not answered", "[ui][partners]")
{
    PartnersWorkspace p;
    PartnersPage page(p.ws.db());
    page.resize(1200, 760);
    page.show();
    // CAIR's history is open, and empty, before its signature is recorded.
    REQUIRE(page.selectPartner(p.cair));
    page.partners()->tabs()->setCurrentIndex(PartnerBrowser::HistoryTab);
    auto *history = child<QTreeWidget>(&page, QStringLiteral("historyList"));
    CHECK(history->topLevelItemCount() == 0);
    page.views()->setCurrentIndex(PartnersPage::LettersView);
    SignOnLettersPanel *letters = page.letters();
    auto *list = child<QListWidget>(&page, QStringLiteral("letterList"));
    auto *stack = child<QStackedWidget>(&page, QStringLiteral("letterStack"));
    CHECK(list->count() == 0);
    CHECK(stack->currentIndex() == 0); // no letters yet

    SignOnLetter letter;
    letter.title = QStringLiteral("Repeal the Ban");
    letter.deadline = QDate::currentDate().addDays(7);
    letter.link = QStringLiteral("https://letters.example/ban");
    const QString letterId = letters->createLetter(letter);
    REQUIRE_FALSE(letterId.isEmpty());
    CHECK(letters->currentLetterId() == letterId);
    REQUIRE(list->count() == 1);
    CHECK(bidi::clean(list->item(0)->text()).startsWith(QStringLiteral("Repeal the Ban\n")));
    CHECK(bidi::clean(child<QLabel>(&page, QStringLiteral("letterTitle"))->text()) == QStringLiteral("Repeal the Ban"));
    CHECK(child<QLabel>(&page, QStringLiteral("letterInfo"))->text().contains(QStringLiteral("https://letters.example/ban")));

    auto *answers = child<QTableWidget>(&page, QStringLiteral("letterAnswerTable"));
    auto *summary = child<QLabel>(&page, QStringLiteral("letterSummary"));
    auto *pending = child<QLabel>(&page, QStringLiteral("letterPending"));
    CHECK(answers->rowCount() == 0);
    CHECK(summary->text().startsWith(QStringLiteral("Nobody asked yet")));

    REQUIRE(letters->askPartners({p.uaw, p.cair, p.council}));
    CHECK(column(answers, SignOnLettersPanel::PartnerColumn)
          == (QStringList{QStringLiteral("CAIR Michigan"), QStringLiteral("Interfaith Council"),
                          QStringLiteral("UAW Local 600")}));
    CHECK(summary->text() == QStringLiteral("0 signed, 0 declined, 3 not yet answered"));

    const QDate signedOn = QDate::currentDate().addDays(-1);
    REQUIRE(letters->recordAnswer(p.cair, LetterAnswer::Answer::Signed, signedOn, QStringLiteral("Dawud Walid")));
    REQUIRE(letters->recordAnswer(p.uaw, LetterAnswer::Answer::Declined, QDate::currentDate()));
    CHECK(summary->text() == QStringLiteral("1 signed, 1 declined, 1 not yet answered"));
    CHECK(bidi::clean(pending->text()) == QStringLiteral("Not yet answered: Interfaith Council"));
    CHECK(column(answers, SignOnLettersPanel::AnswerColumn)
          == (QStringList{QStringLiteral("Signed"), QStringLiteral("No answer yet"), QStringLiteral("Declined")}));
    CHECK(answers->item(0, SignOnLettersPanel::AnsweredOnColumn)->text() == shortDate(signedOn));
    CHECK(bidi::clean(answers->item(0, SignOnLettersPanel::SignedByColumn)->text()) == QStringLiteral("Dawud Walid"));

    // Asking again keeps the answers already given.
    REQUIRE(letters->askPartners({p.cair, p.masjid}));
    CHECK(answers->rowCount() == 4);
    CHECK(summary->text() == QStringLiteral("1 signed, 1 declined, 2 not yet answered"));
    CHECK(bidi::clean(pending->text()) == QStringLiteral("Not yet answered: Interfaith Council, Masjid Al-Noor"));

    SECTION("the signature is in the partner's history when the Partners view is shown again")
    {
        page.views()->setCurrentIndex(PartnersPage::PartnersView);
        CHECK(page.currentPartnerId() == p.cair);
        REQUIRE(history->topLevelItemCount() == 1);
        CHECK(bidi::clean(history->topLevelItem(0)->text(PartnerHistoryPanel::SummaryColumn))
              == QStringLiteral("Signed \"Repeal the Ban\""));
        CHECK(history->topLevelItem(0)->text(PartnerHistoryPanel::KindColumn) == QStringLiteral("Sign-on"));
    }
    SECTION("a letter without a title is refused with the core's reason")
    {
        MessageBoxAnswerer boxes;
        CHECK(letters->createLetter(SignOnLetter{}).isEmpty());
        REQUIRE(boxes.texts().size() == 1);
        CHECK(boxes.texts().first() == QStringLiteral("A sign-on letter needs a title."));
        CHECK(list->count() == 1);
        CHECK(SignOnLetters(p.ws.db()).list()->size() == 1);
        CHECK(letters->currentLetterId() == letterId);
    }
    SECTION("letters come nearest deadline first, and those without one last")
    {
        SignOnLetter open;
        open.title = QStringLiteral("Open letter on Gaza aid");
        SignOnLetter soon;
        soon.title = QStringLiteral("Protect voting rights");
        soon.deadline = QDate::currentDate().addDays(2);
        REQUIRE_FALSE(letters->createLetter(open).isEmpty());
        const QString soonId = letters->createLetter(soon);
        REQUIRE_FALSE(soonId.isEmpty());
        REQUIRE(list->count() == 3);
        CHECK(bidi::clean(list->item(0)->text()).startsWith(QStringLiteral("Protect voting rights")));
        CHECK(bidi::clean(list->item(1)->text()).startsWith(QStringLiteral("Repeal the Ban")));
        CHECK(bidi::clean(list->item(2)->text()) == QStringLiteral("Open letter on Gaza aid\nNo deadline"));
        // A new letter starts with nobody asked.
        CHECK(letters->currentLetterId() == soonId);
        CHECK(answers->rowCount() == 0);
        letters->selectLetter(letterId);
        CHECK(summary->text() == QStringLiteral("1 signed, 1 declined, 2 not yet answered"));
    }
    test::saveScreenshot(page, QStringLiteral("partners-letters.png"));
}

TEST_CASE("the coalition map groups partners by issue area, with counts", "[ui][partners]")
{
    PartnersWorkspace p;
    PartnersPage page(p.ws.db());
    page.resize(1200, 760);
    page.show();
    page.views()->setCurrentIndex(PartnersPage::CoalitionView);
    auto *tree = child<QTreeWidget>(&page, QStringLiteral("coalitionTree"));

    // "voting" and "Voting" are one area, written as its first partner wrote it; "No issue area" last.
    CHECK(column(tree, CoalitionMap::NameColumn)
          == (QStringList{QStringLiteral("civil rights"), QStringLiteral("labor"), QStringLiteral("voting"),
                          QStringLiteral("No issue area")}));
    CHECK(column(tree, CoalitionMap::CountColumn)
          == (QStringList{QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("1")}));
    QTreeWidgetItem *voting = tree->topLevelItem(2);
    REQUIRE(voting->childCount() == 2);
    CHECK(bidi::clean(voting->child(0)->text(CoalitionMap::NameColumn)) == QStringLiteral("CAIR Michigan"));
    CHECK(bidi::clean(voting->child(1)->text(CoalitionMap::NameColumn)) == QStringLiteral("Interfaith Council"));
    CHECK(voting->child(1)->text(CoalitionMap::StatusColumn) == QStringLiteral("Dormant"));
    // A partner with two areas is under both.
    CHECK(bidi::clean(tree->topLevelItem(0)->child(0)->text(CoalitionMap::NameColumn)) == QStringLiteral("CAIR Michigan"));
    CHECK(bidi::clean(tree->topLevelItem(3)->child(0)->text(CoalitionMap::NameColumn)) == QStringLiteral("Masjid Al-Noor"));
    const QString summary = child<QLabel>(&page, QStringLiteral("coalitionSummary"))->text();
    CHECK(summary.startsWith(QStringLiteral("4 partner")));
    CHECK(summary.contains(QStringLiteral(" across 3 issue area")));
    test::saveScreenshot(page, QStringLiteral("partners-coalition.png"));

    SECTION("a partner's new areas show when the map is shown again")
    {
        REQUIRE(page.selectPartner(p.masjid));
        child<QLineEdit>(&page, QStringLiteral("partnerAreasEdit"))->setText(QStringLiteral("voting, youth"));
        REQUIRE(page.partners()->details()->save());
        page.views()->setCurrentIndex(PartnersPage::CoalitionView);
        CHECK(column(tree, CoalitionMap::NameColumn)
              == (QStringList{QStringLiteral("civil rights"), QStringLiteral("labor"), QStringLiteral("voting"),
                              QStringLiteral("youth")}));
        CHECK(tree->topLevelItem(2)->text(CoalitionMap::CountColumn) == QStringLiteral("3"));
    }
    SECTION("activating a partner on the map shows it in the Partners view")
    {
        QTreeWidgetItem *uaw = tree->topLevelItem(1)->child(0);
        REQUIRE(bidi::clean(uaw->text(CoalitionMap::NameColumn)) == QStringLiteral("UAW Local 600"));
        emit tree->itemActivated(uaw, 0);
        CHECK(page.views()->currentIndex() == PartnersPage::PartnersView);
        CHECK(page.currentPartnerId() == p.uaw);
        // An area heading is not a partner.
        page.views()->setCurrentIndex(PartnersPage::CoalitionView);
        emit tree->itemActivated(tree->topLevelItem(0), 0);
        CHECK(page.views()->currentIndex() == PartnersPage::CoalitionView);
    }
}

TEST_CASE("Add Person picks contacts without the day's role, then asks their role there", "[ui][partners]")
{
    PartnersWorkspace p;
    test::addConstituent(p.ws.db(), QStringLiteral("Amina"), QStringLiteral("Testperson"), QStringLiteral("MI"), 12);
    test::addConstituent(p.ws.db(), QStringLiteral("Bilal"), QStringLiteral("Testperson"), QStringLiteral("MI"), 12);
    PartnersPage page(p.ws.db());
    page.show();
    REQUIRE(page.selectPartner(p.masjid));
    page.partners()->tabs()->setCurrentIndex(PartnerBrowser::PeopleTab);

    bool roleHidden = false;
    QString title;
    DialogScript script({
        [&](QWidget *picker) {
            title = picker->windowTitle();
            auto *role = picker->findChild<QComboBox *>(QStringLiteral("pickerRole"));
            roleHidden = role && role->isHidden();
            for (QLabel *label : picker->findChildren<QLabel *>()) {
                if (label->buddy() == role)
                    roleHidden = roleHidden && label->isHidden();
            }
            tickContacts(picker, {QStringLiteral("Amina"), QStringLiteral("Bilal")});
        },
        [&](QWidget *dialog) {
            auto *input = qobject_cast<QInputDialog *>(dialog);
            CHECK(input);
            if (input) {
                input->setTextValue(QStringLiteral("Youth coordinator"));
                input->accept();
            }
        },
    });
    child<QPushButton>(&page, QStringLiteral("addMemberButton"))->click();
    CHECK(script.stepsDone() == 2);
    CHECK(script.unexpected() == 0);
    CHECK(title == QStringLiteral("Add People"));
    CHECK(roleHidden);
    auto *members = child<QTableWidget>(&page, QStringLiteral("memberTable"));
    CHECK(column(members, PartnerPeoplePanel::NameColumn)
          == (QStringList{QStringLiteral("Amina Testperson"), QStringLiteral("Bilal Testperson")}));
    CHECK(column(members, PartnerPeoplePanel::RoleColumn)
          == (QStringList{QStringLiteral("Youth coordinator"), QStringLiteral("Youth coordinator")}));
    CHECK(OrganizationRepository(p.ws.db()).members(p.masjid)->size() == 2);
}

TEST_CASE("Add Interaction reopens its dialog after a refusal, with what was typed", "[ui][partners]")
{
    PartnersWorkspace p;
    test::addConstituent(p.ws.db(), QStringLiteral("Amina"), QStringLiteral("Testperson"), QStringLiteral("MI"), 12);
    PartnersPage page(p.ws.db());
    page.show();
    REQUIRE(page.selectPartner(p.council));
    page.partners()->tabs()->setCurrentIndex(PartnerBrowser::HistoryTab);

    QString refusal;
    QString notesAfterRefusal;
    DialogScript script({
        [&](QWidget *dialog) {
            // Everything but the summary, which the core requires.
            if (auto *date = dialog->findChild<QDateEdit *>(QStringLiteral("interactionDateEdit")))
                date->setDate(QDate(2026, 2, 5));
            if (auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("interactionKindCombo")))
                kind->setCurrentIndex(kind->findText(QStringLiteral("Call")));
            if (auto *notes = dialog->findChild<QPlainTextEdit *>(QStringLiteral("interactionNotesEdit")))
                notes->setPlainText(QStringLiteral("They will host in March."));
            static_cast<QDialog *>(dialog)->accept();
        },
        [&](QWidget *box) {
            if (auto *b = qobject_cast<QMessageBox *>(box))
                refusal = b->text();
            clickOk(box);
        },
        [&](QWidget *dialog) {
            if (auto *notes = dialog->findChild<QPlainTextEdit *>(QStringLiteral("interactionNotesEdit")))
                notesAfterRefusal = notes->toPlainText();
            if (auto *summary = dialog->findChild<QLineEdit *>(QStringLiteral("interactionSummaryEdit")))
                summary->setText(QStringLiteral("Planning the interfaith iftar"));
            static_cast<QDialog *>(dialog)->accept();
        },
    });
    child<QPushButton>(&page, QStringLiteral("addInteractionButton"))->click();
    CHECK(script.stepsDone() == 3);
    CHECK(script.unexpected() == 0);
    CHECK(refusal == QStringLiteral("Say in a few words what happened."));
    CHECK(notesAfterRefusal == QStringLiteral("They will host in March."));

    const QList<Interaction> history = InteractionLog(p.ws.db()).history(p.council).value();
    REQUIRE(history.size() == 1);
    CHECK(history.first().kind == InteractionKind::Call);
    CHECK(history.first().date == QDate(2026, 2, 5));
    CHECK(history.first().notes == QStringLiteral("They will host in March."));
    auto *list = child<QTreeWidget>(&page, QStringLiteral("historyList"));
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(bidi::clean(list->topLevelItem(0)->text(PartnerHistoryPanel::SummaryColumn))
          == QStringLiteral("Planning the interfaith iftar"));
}

TEST_CASE("Ask Partners and Record Answer work through their dialogs", "[ui][partners]")
{
    PartnersWorkspace p;
    PartnersPage page(p.ws.db());
    page.show();
    page.views()->setCurrentIndex(PartnersPage::LettersView);
    SignOnLetter letter;
    letter.title = QStringLiteral("Fund refugee resettlement");
    const QString letterId = page.letters()->createLetter(letter);
    REQUIRE_FALSE(letterId.isEmpty());
    REQUIRE(page.letters()->askPartners({p.uaw}));

    // Each script lives only while its click runs: a finished one would reject the next dialog.
    QStringList offered;
    {
        DialogScript ask({[&](QWidget *dialog) {
            auto *list = dialog->findChild<QListWidget *>(QStringLiteral("askPartnerList"));
            CHECK(list);
            for (int row = 0; list && row < list->count(); ++row) {
                QListWidgetItem *item = list->item(row);
                offered << bidi::clean(item->text());
                if (bidi::clean(item->text()) == QStringLiteral("CAIR Michigan"))
                    item->setCheckState(Qt::Checked);
            }
            static_cast<QDialog *>(dialog)->accept();
        }});
        child<QPushButton>(&page, QStringLiteral("askPartnersButton"))->click();
        CHECK(ask.stepsDone() == 1);
    }
    // Every partner is offered; the one already asked is marked as such.
    CHECK(offered
          == (QStringList{QStringLiteral("CAIR Michigan"), QStringLiteral("Interfaith Council"),
                          QStringLiteral("Masjid Al-Noor"), QStringLiteral("UAW Local 600 (already asked)")}));
    auto *answers = child<QTableWidget>(&page, QStringLiteral("letterAnswerTable"));
    CHECK(column(answers, SignOnLettersPanel::PartnerColumn)
          == (QStringList{QStringLiteral("CAIR Michigan"), QStringLiteral("UAW Local 600")}));

    auto *record = child<QPushButton>(&page, QStringLiteral("recordAnswerButton"));
    CHECK_FALSE(record->isEnabled()); // nobody chosen yet
    answers->selectRow(0);
    REQUIRE(record->isEnabled());
    {
        DialogScript answer({[&](QWidget *dialog) {
            if (auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("letterAnswerCombo")))
                combo->setCurrentIndex(combo->findText(QStringLiteral("Signed")));
            if (auto *by = dialog->findChild<QLineEdit *>(QStringLiteral("letterSignedByEdit")))
                by->setText(QStringLiteral("Executive Director"));
            static_cast<QDialog *>(dialog)->accept();
        }});
        record->click();
        CHECK(answer.stepsDone() == 1);
    }
    CHECK(child<QLabel>(&page, QStringLiteral("letterSummary"))->text()
          == QStringLiteral("1 signed, 0 declined, 1 not yet answered"));
    CHECK(bidi::clean(answers->item(0, SignOnLettersPanel::SignedByColumn)->text()) == QStringLiteral("Executive Director"));

    SECTION("changing an answer already given asks first")
    {
        answers->selectRow(0);
        DialogScript keep({[&](QWidget *box) {
            if (auto *b = qobject_cast<QMessageBox *>(box))
                b->button(QMessageBox::Cancel)->click();
        }});
        record->click();
        CHECK(keep.stepsDone() == 1);
        CHECK(keep.unexpected() == 0); // no answer dialog after Cancel
        CHECK(SignOnLetters(p.ws.db()).answers(letterId)->first().answer == LetterAnswer::Answer::Signed);
    }
}
