// The campaign panels in Arabic: mirrored layouts and charts, Arabic digits, names and numbers
// each in their own direction, and a walk list laid out right to left. With
// MAJLIS_SCREENSHOT_DIR set, pictures of each are written there to look at.

#include "campaigns/callerprogressmodel.h"
#include "campaigns/calllist.h"
#include "campaigns/campaigndaychart.h"
#include "campaigns/campaignfixture.h"
#include "campaigns/campaignprogresspanel.h"
#include "campaigns/campaignrepository.h"
#include "campaigns/turnout.h"
#include "campaigns/turnoutmodels.h"
#include "campaigns/turnoutpanel.h"
#include "campaigns/walklistdocument.h"
#include "campaigns/walklistpanel.h"
#include "i18n/bidi.h"
#include "i18n/translations.h"
#include "reports/reportspage.h"
#include "support/campaignresults.h"
#include "support/catchqt.h"
#include "support/findchild.h"
#include "support/screenshot.h"
#include "support/tempworkspace.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QValueAxis>

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextTable>

#include <catch2/catch.hpp>

using namespace majlis;
using namespace majlis::test;

namespace {

constexpr int kMaxWidth = 1100;

struct Arabic
{
    QLocale locale;
    Arabic()
        : locale(installTranslations(QStringLiteral("ar")))
    {
        QApplication::setLayoutDirection(locale.textDirection());
    }
    ~Arabic()
    {
        installTranslations(QStringLiteral("en"));
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }
};

const QByteArray kArabicScript = R"(introduction: "السلام عليكم، معك {caller} من فرع ديربورن."
questions:
  - key: plan
    text: هل تنوي التصويت في ٣ نوفمبر؟
    kind: yes_no
    answers:
      - {key: "yes", label: "نعم", action: pledge}
      - {key: "no", label: "لا"}
  - key: issues
    text: ما القضايا الأهم لك؟
    kind: multiple
    answers:
      - {key: rights, label: الحقوق المدنية}
      - {key: economy, label: الاقتصاد}
      - {key: schools, label: المدارس}
)";

// A Dearborn chapter's campaign in Arabic, with people of Arabic and Latin names.
struct ArabicCampaign
{
    TempWorkspace ws;
    QStringList ids;
    Campaign campaign;

    explicit ArabicCampaign(CampaignKind kind)
    {
        const QList<std::pair<QString, QString>> names {{QStringLiteral("فاطمة"), QStringLiteral("الزهراء")},
            {QStringLiteral("عمر"), QStringLiteral("خان")}, {QStringLiteral("Maryam"), QStringLiteral("Haddad")},
            {QStringLiteral("يوسف"), QStringLiteral("علي")}, {QStringLiteral("زينب"), QStringLiteral("رضا")},
            {QStringLiteral("John"), QStringLiteral("Smith")}};
        const QStringList streets {QStringLiteral("12 شارع وارن"), QStringLiteral("3 Schaefer Rd"),
            QStringLiteral("9 شارع وارن"), QStringLiteral("40 Schaefer Rd"), QStringLiteral("7 شارع وارن"),
            QStringLiteral("15 Schaefer Rd")};
        QList<Contact> contacts;
        for (int i = 0; i < names.size(); ++i) {
            Contact c = callableContact(names.at(i).first, names.at(i).second, 140 + i, {QStringLiteral("List")},
                {QStringLiteral("ar"), QStringLiteral("en")});
            c.address.street = streets.at(i);
            c.address.locality = QStringLiteral("ديربورن");
            c.address.postalCode = QStringLiteral("48126");
            contacts.append(c);
        }
        ids = addContacts(ws.db(), contacts);
        CampaignRepository repository(ws.db());
        Election election;
        election.name = QStringLiteral("الانتخابات العامة ٢٠٢٦");
        election.date = QDate(2026, 11, 3);
        auto savedElection = repository.createElection(election);
        REQUIRE(savedElection.ok());
        Campaign c;
        c.name = kind == CampaignKind::Door ? QStringLiteral("طرق الأبواب في ديربورن")
                                            : QStringLiteral("بنك الاتصالات لشهر نوفمبر");
        c.kind = kind;
        c.electionId = savedElection->id;
        c.startsOn = QDate(2026, 10, 1);
        c.endsOn = QDate(2026, 11, 3);
        c.script = CampaignScriptFormat::fromYaml(kArabicScript).value();
        auto saved = repository.create(c);
        REQUIRE(saved.ok());
        campaign = saved.value();
        REQUIRE(CallList(ws.db()).build(campaign.id, tagged(QStringLiteral("List"))).value() == 6);
    }

    void record(const QString &caller, int index, ResultCode code, const QJsonObject &answers, qint64 at)
    {
        recordAt(ws.db(), campaign.id, caller, ids.at(index), code, answers, at);
    }
};

// Page `page` of the document as it is printed, for a picture.
void saveDocumentPage(QTextDocument &document, const QString &name)
{
    const QString dir = qEnvironmentVariable("MAJLIS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    std::unique_ptr<QTextDocument> copy(document.clone());
    const QSizeF page = WalkListDocument::pageLayout(QLocale(QLocale::English, QLocale::UnitedStates))
                            .paintRect(QPageLayout::Point)
                            .size();
    copy->setPageSize(page);
    QImage image((page * 1.5).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(1.5, 1.5);
    copy->drawContents(&painter, QRectF(QPointF(0, 0), page));
    painter.end();
    image.save(QDir(dir).filePath(name));
}

} // namespace

TEST_CASE("in Arabic the progress panel mirrors, with Arabic digits and the first day on the right",
    "[ui][campaigns][bidi][screenshots]")
{
    const Arabic arabic;
    ArabicCampaign f(CampaignKind::Phone);
    const QJsonObject yes {{QStringLiteral("plan"), QStringLiteral("yes")},
        {QStringLiteral("issues"), QJsonArray {QStringLiteral("rights"), QStringLiteral("schools")}}};
    f.record(QStringLiteral("amina"), 0, ResultCode::Contacted, yes, kElectionNoon);
    f.record(QStringLiteral("amina"), 1, ResultCode::NotHome, {}, kElectionNoon + 300000);
    f.record(QStringLiteral("فاطمة"), 2, ResultCode::Contacted, {{QStringLiteral("plan"), QStringLiteral("no")}},
        kElectionNoon + kDay);
    f.record(QStringLiteral("فاطمة"), 3, ResultCode::Contacted, yes, kElectionNoon + 2 * kDay);
    f.record(QStringLiteral("فاطمة"), 4, ResultCode::Refused, {}, kElectionNoon + 2 * kDay + 60000);

    CampaignProgressPanel panel(f.ws.db());
    panel.setCampaign(f.campaign.id);
    panel.resize(1000, 720);
    panel.show();
    CHECK(panel.layoutDirection() == Qt::RightToLeft);
    CHECK(panel.totalLabel(CampaignProgressPanel::Attempts)->text() == arabic.locale.toString(5));
    CHECK(panel.totalLabel(CampaignProgressPanel::ContactRate)->text()
        == arabic.locale.toString(60) + arabic.locale.percent());
    CHECK(panel.callerModel()->index(0, 0).data().toString().front() == QChar(0x2068));

    QChart *chart = panel.dayChart()->chart();
    CHECK(chart->locale().language() == QLocale::Arabic);
    // Upright bars right to left: the first day on the right, its counts on the right edge.
    QBarCategoryAxis *days = nullptr;
    QValueAxis *counts = nullptr;
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
            days = c;
        if (auto *v = qobject_cast<QValueAxis *>(axis))
            counts = v;
    }
    REQUIRE(days);
    REQUIRE(counts);
    CHECK(counts->alignment() == Qt::AlignRight);
    const QStringList categories = days->categories();
    REQUIRE(categories.size() == 3);
    CHECK(bidi::clean(categories.last())
        == arabic.locale.toString(panel.dayChart()->days().first().day, QStringLiteral("d MMM")));

    // The bars of a day, and the legend, read from the right: attempts first.
    auto *bars = qobject_cast<QBarSeries *>(chart->series().value(0));
    REQUIRE(bars);
    REQUIRE(bars->count() == 3);
    CHECK(bars->barSets().last()->label() == QCoreApplication::translate("majlis::CampaignDayChart", "Attempts"));
    // A headline made of isolated names starts on the right all the same.
    CHECK(child<QLabel>(&panel, QStringLiteral("progressHeadline"))->alignment() & Qt::AlignRight);
    auto *tabs = child<QTabWidget>(&panel, QStringLiteral("progressTabs"));
    QApplication::processEvents();
    test::saveScreenshot(panel, QStringLiteral("ar-campaign-progress.png"), kMaxWidth);
    tabs->setCurrentIndex(1);
    QApplication::processEvents();
    test::saveScreenshot(panel, QStringLiteral("ar-campaign-answers.png"), kMaxWidth);
    tabs->setCurrentIndex(2);
    QApplication::processEvents();
    test::saveScreenshot(panel, QStringLiteral("ar-campaign-days.png"), kMaxWidth);
}

TEST_CASE(
    "in Arabic the turnout panel keeps phone numbers and districts left to right", "[ui][campaigns][bidi][screenshots]")
{
    const Arabic arabic;
    ArabicCampaign f(CampaignKind::Gotv);
    QSqlQuery(f.ws.db().connection()).exec(QStringLiteral("UPDATE contacts SET district = 12"));
    QSqlQuery(f.ws.db().connection())
        .exec(
            QStringLiteral("UPDATE contacts SET district = 3 WHERE id IN ('%1', '%2')").arg(f.ids.at(1), f.ids.at(4)));
    Turnout turnout(f.ws.db());
    REQUIRE(turnout.setPledged(f.campaign.electionId, f.ids.mid(0, 5)).ok());
    REQUIRE(turnout.markVoted(f.campaign.electionId, {f.ids.at(0)}).ok());

    TurnoutPanel panel(f.ws.db());
    panel.setElection(f.campaign.electionId);
    panel.resize(1100, 720);
    panel.show();
    CHECK(panel.layoutDirection() == Qt::RightToLeft);
    const QString phone = panel.chaseModel()->index(0, TurnoutRowModel::PhoneColumn).data().toString();
    CHECK(phone.front() == QChar(0x2066));
    CHECK(bidi::clean(phone).startsWith(QStringLiteral("(313) 555-01")));
    CHECK(panel.chaseModel()->index(0, TurnoutRowModel::DistrictColumn).data().toString().front() == QChar(0x2066));
    CHECK(child<QLabel>(&panel, QStringLiteral("turnoutSummary"))->text().contains(arabic.locale.toString(5)));
    CHECK(child<QLabel>(&panel, QStringLiteral("turnoutHeadline"))->alignment() & Qt::AlignRight);
    QTest::keyClicks(panel.searchField(), QStringLiteral("John"));
    CHECK(panel.searchModel()->rowCount() == 1);
    CHECK_FALSE(child<QLabel>(&panel, QStringLiteral("searchEmptyLabel"))->isVisible());
    QApplication::processEvents(); // lays the panel out again, as the event loop would
    // The people found have the room the hint to type had.
    CHECK(panel.searchView()->height() > panel.height() / 2);
    test::saveScreenshot(panel, QStringLiteral("ar-turnout.png"), kMaxWidth);
}

TEST_CASE("in Arabic the walk list reads right to left, names and addresses each in their own direction",
    "[ui][campaigns][bidi][screenshots]")
{
    const Arabic arabic;
    ArabicCampaign f(CampaignKind::Door);
    WalkListDocument walk(f.ws.db(), Qt::RightToLeft);
    REQUIRE(walk.load(f.campaign.id).ok());
    CHECK(walk.doorCount() == 6);
    CHECK(walk.document().defaultTextOption().textDirection() == Qt::RightToLeft);
    QTextCursor cursor(walk.document().begin());
    CHECK(cursor.blockFormat().layoutDirection() == Qt::RightToLeft);
    const QString text = walk.document().toPlainText();
    CHECK(text.contains(bidi::isolate(QStringLiteral("John Smith"))));
    CHECK(text.contains(bidi::isolate(QStringLiteral("3 Schaefer Rd"))));
    // The streets, each in walking order: Schaefer Rd (3, 15, 40), then شارع وارن (7, 9, 12).
    const QString clean = bidi::clean(text);
    CHECK(clean.indexOf(QStringLiteral("3 Schaefer Rd")) < clean.indexOf(QStringLiteral("15 Schaefer Rd")));
    CHECK(clean.indexOf(QStringLiteral("15 Schaefer Rd")) < clean.indexOf(QStringLiteral("40 Schaefer Rd")));
    CHECK(clean.indexOf(QStringLiteral("7 شارع وارن")) < clean.indexOf(QStringLiteral("12 شارع وارن")));
    for (QTextBlock block = walk.document().begin(); block.isValid(); block = block.next()) {
        if (QTextTable *table = QTextCursor(block).currentTable())
            CHECK(table->format().layoutDirection() == Qt::RightToLeft);
    }
    saveDocumentPage(walk.document(), QStringLiteral("ar-walk-list.png"));
    if (const QString dir = qEnvironmentVariable("MAJLIS_SCREENSHOT_DIR"); !dir.isEmpty())
        REQUIRE(walk.writePdf(QDir(dir).filePath(QStringLiteral("ar-walk-list.pdf"))).ok());

    WalkListPanel panel(f.ws.db());
    panel.setCampaign(f.campaign.id);
    panel.resize(1100, 700);
    panel.show();
    CHECK(panel.document().document().defaultTextOption().textDirection() == Qt::RightToLeft);
    QApplication::processEvents();
    test::saveScreenshot(panel, QStringLiteral("ar-walk-list-panel.png"), kMaxWidth);
}

TEST_CASE("in Arabic the reports page draws each open campaign's days", "[ui][campaigns][reports][screenshots]")
{
    const Arabic arabic;
    ArabicCampaign f(CampaignKind::Phone);
    for (int i = 0; i < 5; ++i)
        f.record(QStringLiteral("amina"), i, i % 2 ? ResultCode::NotHome : ResultCode::Contacted,
            i % 2 ? QJsonObject() : QJsonObject {{QStringLiteral("plan"), QStringLiteral("yes")}},
            kElectionNoon + i * kDay / 2);
    ReportsPage page(f.ws.db());
    page.resize(1000, 900);
    page.tabs()->setCurrentIndex(ReportsPage::CampaignReport);
    page.show();
    REQUIRE(page.showsChart(ReportsPage::CampaignReport));
    const QList<CampaignDayChart *> charts = page.findChildren<CampaignDayChart *>();
    REQUIRE(charts.size() == 1);
    CHECK(charts.first()->layoutDirection() == Qt::RightToLeft);
    QApplication::processEvents();
    test::saveScreenshot(page, QStringLiteral("ar-reports-campaigns.png"), kMaxWidth);
}
