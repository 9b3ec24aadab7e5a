// Walk lists on paper: street by street in walking order, only what a canvasser needs, nobody
// who opted out, and a PDF that is really written.

#include "campaigns/calllist.h"
#include "campaigns/callsession.h"
#include "campaigns/campaignfixture.h"
#include "campaigns/walklistdocument.h"
#include "campaigns/walklistpanel.h"
#include "contacts/contactrepository.h"
#include "i18n/bidi.h"
#include "support/catchqt.h"
#include "support/findchild.h"
#include "support/tempworkspace.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextTable>

#include <catch2/catch.hpp>

using namespace majlis;
using namespace majlis::test;

namespace {

struct DoorCampaign
{
    TempWorkspace ws;
    QStringList ids;
    Campaign campaign;

    DoorCampaign()
    {
        Contact amina = doorContact(QStringLiteral("Amina"), QStringLiteral("Yusuf"), QStringLiteral("12 Oak St"),
            {QStringLiteral("Doors")}, {QStringLiteral("ar"), QStringLiteral("en")});
        // What must never reach paper: her email, phone and notes.
        amina.emails = {{QStringLiteral("home"), QStringLiteral("amina.private@example.org")}};
        amina.phones = {{QStringLiteral("mobile"), QStringLiteral("+1 313 555 0199")}};
        amina.notes = QStringLiteral("Prefers evening visits; recently bereaved");
        ids = addContacts(ws.db(),
            {amina,
                doorContact(QStringLiteral("Bilal"), QStringLiteral("Khan"), QStringLiteral("3 Elm Ave"),
                    {QStringLiteral("Doors")}),
                doorContact(QStringLiteral("Chen"), QStringLiteral("Li"), QStringLiteral("9 Oak St"),
                    {QStringLiteral("Doors")}),
                doorContact(QStringLiteral("Dina"), QStringLiteral("Haddad"), QStringLiteral("40 Oak St"),
                    {QStringLiteral("Doors")}),
                doorContact(QStringLiteral("فاطمة"), QStringLiteral("الزهراء"), QStringLiteral("7 Elm Ave"),
                    {QStringLiteral("Doors")}, {QStringLiteral("ar")}),
                doorContact(QStringLiteral("Omar"), QStringLiteral("Said"), QStringLiteral("100 Oak St"),
                    {QStringLiteral("Doors")})});
        campaign = createPhoneBank(ws.db(), QStringLiteral("Oak and Elm doors"), CampaignKind::Door);
        REQUIRE(CallList(ws.db()).build(campaign.id, tagged(QStringLiteral("Doors"))).value() == 6);
        // Omar asked not to be visited after the list was made.
        QSqlQuery(ws.db().connection())
            .exec(QStringLiteral("UPDATE contacts SET do_not_contact = 'requested' WHERE id = '%1'").arg(ids.at(5)));
    }
};

// Where each of `needles` first appears in `text`; -1 for one that is missing.
QList<qsizetype> positions(const QString &text, const QStringList &needles)
{
    QList<qsizetype> at;
    for (const QString &needle : needles)
        at.append(text.indexOf(needle));
    return at;
}

QList<QTextTable *> tablesOf(QTextDocument &document)
{
    QList<QTextTable *> tables;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextCursor cursor(block);
        if (QTextTable *table = cursor.currentTable(); table && !tables.contains(table))
            tables.append(table);
    }
    return tables;
}

} // namespace

TEST_CASE("a walk list lays the doors out street by street, in walking order, without who opted out",
    "[ui][campaigns][walklist]")
{
    DoorCampaign f;
    WalkListDocument walk(f.ws.db());
    REQUIRE(walk.load(f.campaign.id).ok());
    CHECK(walk.doorCount() == 5);
    const QString text = bidi::clean(walk.document().toPlainText());
    INFO(text.toStdString());

    // Elm Ave before Oak St; up the house numbers on each.
    const QList<qsizetype> at = positions(text,
        {QStringLiteral("Elm Ave, Dearborn 48126"), QStringLiteral("Bilal Khan"), QStringLiteral("فاطمة الزهراء"),
            QStringLiteral("Oak St, Dearborn 48126"), QStringLiteral("Chen Li"), QStringLiteral("Amina Yusuf"),
            QStringLiteral("Dina Haddad")});
    CHECK_FALSE(at.contains(-1));
    CHECK(std::is_sorted(at.cbegin(), at.cend()));
    CHECK(text.contains(QStringLiteral("12 Oak St")));
    CHECK(text.contains(QStringLiteral("(2 doors)")));
    CHECK(text.contains(QStringLiteral("(3 doors)")));
    // The languages a canvasser may need, in the canvasser's language.
    CHECK(text.contains(QStringLiteral("Arabic, English")));

    // Nobody who opted out, and nothing a canvasser does not need.
    CHECK_FALSE(text.contains(QStringLiteral("Omar")));
    CHECK_FALSE(text.contains(QStringLiteral("100 Oak St")));
    CHECK_FALSE(text.contains(QStringLiteral("amina.private@example.org")));
    CHECK_FALSE(text.contains(QStringLiteral("0199")));
    CHECK_FALSE(text.contains(QStringLiteral("bereaved")));

    // A box for each result a door can have and for each question; the headings go over to the
    // next page with a street that runs on.
    CHECK(text.contains(QStringLiteral("Not home")));
    CHECK(text.contains(QStringLiteral("Language barrier")));
    CHECK_FALSE(text.contains(QStringLiteral("Busy")));
    CHECK(text.contains(QStringLiteral("Q1: Do you plan to vote on 3 November? (Yes, No)")));
    const QList<QTextTable *> tables = tablesOf(walk.document());
    REQUIRE(tables.size() == 2);
    const int columns = 2 + int(resultCodesFor(CampaignKind::Door).size()) + int(f.campaign.script.questions.size());
    for (QTextTable *table : tables) {
        CHECK(table->format().headerRowCount() == 2);
        CHECK(table->columns() == columns);
    }
    CHECK(tables.at(0)->rows() == 2 + 2);
    CHECK(tables.at(1)->rows() == 2 + 3);
    // Names are isolated, so an Arabic name keeps its order in an English line and the other way round.
    const QString arabicName = tables.at(0)->cellAt(3, 0).firstCursorPosition().block().text();
    CHECK(arabicName.startsWith(QChar(0x2068)));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("walk.pdf"));
    REQUIRE(walk.writePdf(pdf).ok());
    CHECK(QFileInfo(pdf).size() > 0);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    CHECK(walk.writePdf(dir.filePath(QStringLiteral("no/such/folder/walk.pdf"))).error().code == Error::Code::Io);
}

TEST_CASE("each volunteer's share of the walk list starts on its own page", "[ui][campaigns][walklist]")
{
    DoorCampaign f;
    REQUIRE(CallList(f.ws.db()).assignByCount(f.campaign.id, {QStringLiteral("amina"), QStringLiteral("bilal")}).ok());
    WalkListDocument one(f.ws.db());
    REQUIRE(one.load(f.campaign.id, QStringLiteral("bilal")).ok());
    const QString bilal = bidi::clean(one.document().toPlainText());
    CHECK(bilal.contains(QStringLiteral("Share of bilal")));

    WalkListDocument every(f.ws.db());
    REQUIRE(every.loadEveryShare(f.campaign.id).ok());
    CHECK(every.doorCount() == 5);
    const QString text = bidi::clean(every.document().toPlainText());
    CHECK(text.indexOf(QStringLiteral("Share of amina")) < text.indexOf(QStringLiteral("Share of bilal")));
    CHECK_FALSE(text.contains(QStringLiteral("Not given to anyone yet")));
    int breaks = 0;
    for (QTextBlock block = every.document().begin(); block.isValid(); block = block.next())
        breaks += block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore ? 1 : 0;
    CHECK(breaks == 1);

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("shares.pdf"));
    REQUIRE(every.writePdf(pdf).ok());
    CHECK(QFileInfo(pdf).size() > 0);
}

TEST_CASE("the walk list panel offers the whole list, every share and each volunteer's", "[ui][campaigns][walklist]")
{
    DoorCampaign f;
    REQUIRE(CallList(f.ws.db()).assignByCount(f.campaign.id, {QStringLiteral("amina"), QStringLiteral("bilal")}).ok());
    WalkListPanel panel(f.ws.db());
    panel.setCampaign(f.campaign.id);
    panel.show();
    auto *choice = child<QComboBox>(&panel, QStringLiteral("walkListChoice"));
    REQUIRE(choice->count() == 4);
    CHECK(bidi::clean(child<QTextBrowser>(&panel, QStringLiteral("walkListPreview"))->toPlainText())
              .contains(QStringLiteral("The whole list")));
    choice->setCurrentIndex(choice->findData(QStringLiteral("amina")));
    CHECK(bidi::clean(panel.document().document().toPlainText()).contains(QStringLiteral("Share of amina")));
    QTemporaryDir dir;
    REQUIRE(panel.savePdfTo(dir.filePath(QStringLiteral("amina.pdf"))));
    CHECK(QFileInfo(dir.filePath(QStringLiteral("amina.pdf"))).size() > 0);

    // A phone bank has no walk list, and the panel says so.
    const Campaign calls = createPhoneBank(f.ws.db(), QStringLiteral("Calls"));
    panel.setCampaign(calls.id);
    CHECK(child<QLabel>(&panel, QStringLiteral("walkListMessage"))->isVisible());
    CHECK(child<QLabel>(&panel, QStringLiteral("walkListMessage"))->text().contains(QStringLiteral("door-knocking")));
    CHECK_FALSE(child<QWidget>(&panel, QStringLiteral("walkListPdfButton"))->isEnabled());
}

TEST_CASE(
    "a long street runs on over pages with its heading and column names again on each", "[ui][campaigns][walklist]")
{
    TempWorkspace ws;
    QList<Contact> doors;
    for (int i = 1; i <= 70; ++i)
        doors.append(doorContact(QStringLiteral("Person"), QStringLiteral("No %1").arg(i),
            QStringLiteral("%1 Long Rd").arg(i), {QStringLiteral("Doors")}));
    addContacts(ws.db(), doors);
    const Campaign campaign = createPhoneBank(ws.db(), QStringLiteral("Long road"), CampaignKind::Door);
    REQUIRE(CallList(ws.db()).build(campaign.id, tagged(QStringLiteral("Doors"))).value() == 70);
    WalkListDocument walk(ws.db());
    REQUIRE(walk.load(campaign.id).ok());
    const QList<QTextTable *> tables = tablesOf(walk.document());
    REQUIRE(tables.size() == 1);
    CHECK(tables.first()->format().headerRowCount() == 2);
    CHECK(tables.first()->rows() == 72);

    // Laid out on the page it is printed on, it takes several.
    std::unique_ptr<QTextDocument> paged(walk.document().clone());
    paged->setPageSize(WalkListDocument::pageLayout().paintRect(QPageLayout::Point).size());
    CHECK(paged->pageCount() > 1);
    // Up the house numbers: 9 before 10.
    const QString text = bidi::clean(walk.document().toPlainText());
    CHECK(text.indexOf(QStringLiteral("9 Long Rd")) < text.indexOf(QStringLiteral("10 Long Rd")));

    if (const QString dir = qEnvironmentVariable("MAJLIS_SCREENSHOT_DIR"); !dir.isEmpty())
        REQUIRE(walk.writePdf(QDir(dir).filePath(QStringLiteral("walk-list-long.pdf"))).ok());
}
