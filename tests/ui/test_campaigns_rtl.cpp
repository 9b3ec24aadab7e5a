// The Campaigns workspace and the caller's window in Arabic: mirrored, translated, names and
// languages in Arabic, phone numbers left to right inside right-to-left lines. With
// MAJLIS_SCREENSHOT_DIR set, the pictures ar-campaigns.png, ar-campaign-script.png, ar-caller.png
// and ar-caller-refused.png are written there to look at.

#include "campaigns/callerwindow.h"
#include "campaigns/calllist.h"
#include "campaigns/calllistmodel.h"
#include "campaigns/callsession.h"
#include "campaigns/campaignfixture.h"
#include "campaigns/campaignlistmodel.h"
#include "campaigns/campaignrepository.h"
#include "campaigns/campaignspage.h"
#include "contacts/phoneregion.h"
#include "i18n/bidi.h"
#include "i18n/translations.h"
#include "support/catchqt.h"
#include "support/findchild.h"
#include "support/screenshot.h"
#include "support/tempworkspace.h"

#include <QApplication>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace majlis;
using namespace majlis::test;

namespace {

constexpr int kMaxWidth = 1100;

struct Arabic
{
    Arabic() { QApplication::setLayoutDirection(installTranslations(QStringLiteral("ar")).textDirection()); }
    ~Arabic()
    {
        installTranslations(QStringLiteral("en"));
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }
};

const char kArabicScript[]
    = R"(introduction: "السلام عليكم يا {name}، معك {caller} من فرع ديربورن. نتصل بأعضائنا بشأن الانتخابات القادمة."
questions:
  - key: plan
    text: هل تنوي التصويت في الانتخابات العامة؟
    kind: yes_no
    answers:
      - {key: "yes", label: "نعم", action: pledge}
      - {key: "no", label: "لا"}
  - key: issues
    text: ما القضايا الأهم بالنسبة إليك؟
    kind: multiple
    answers:
      - {key: rights, label: الحقوق المدنية, action: "tag:حقوق"}
      - {key: economy, label: الاقتصاد}
      - {key: schools, label: المدارس}
  - key: comment
    text: هل من شيء تودّ أن نعرفه؟
    kind: text
)";

// An Arabic phone bank with Fatima (Arabic, Urdu), Omar (English) and Sarah, Omar tried once.
struct ArabicBank
{
    TempWorkspace ws;
    Campaign campaign;
    QStringList ids;

    ArabicBank()
    {
        REQUIRE(phoneregion::setWorkspaceRegion(ws.db(), QStringLiteral("US")));
        ids = addContacts(ws.db(),
            {callableContact(QStringLiteral("فاطمة"), QStringLiteral("الزهراء"), 100, {QStringLiteral("متطوعون")},
                 {QStringLiteral("ar"), QStringLiteral("ur")}),
                callableContact(QStringLiteral("عمر"), QStringLiteral("خان"), 101, {QStringLiteral("متطوعون")},
                    {QStringLiteral("en")}),
                callableContact(QStringLiteral("Sarah"), QStringLiteral("Miller"), 142, {QStringLiteral("متطوعون")})});
        CampaignRepository repository(ws.db());
        Election election;
        election.name = QStringLiteral("الانتخابات العامة");
        election.date = QDate(2026, 11, 3);
        campaign.name = QStringLiteral("حملة اتصالات نوفمبر");
        campaign.script = CampaignScriptFormat::fromYaml(kArabicScript).value();
        campaign = repository.saveWithElection(campaign, election).value();
        REQUIRE(CallList(ws.db()).build(campaign.id, tagged(QStringLiteral("متطوعون"))).value() == 3);
        REQUIRE(CallList(ws.db()).assignByCount(campaign.id, {QStringLiteral("سارة")}).ok());
        REQUIRE(CallSession(ws.db(), campaign.id, QStringLiteral("سارة")).record(ids.at(1), ResultCode::NotHome).ok());
    }
};

} // namespace

TEST_CASE("the Arabic Campaigns page reads right to left, with languages and results in Arabic",
    "[ui][bidi][screenshots][campaigns]")
{
    const Arabic arabic;
    ArabicBank bank;
    CampaignsPage page(bank.ws.db());
    page.resize(1100, 700);
    page.show();
    CHECK(page.layoutDirection() == Qt::RightToLeft);
    CHECK(page.currentCampaignId() == bank.campaign.id);
    CallListModel *list = page.listModel();
    REQUIRE(list->rowCount() == 3);
    for (int row = 0; row < list->rowCount(); ++row) {
        const QString id = list->index(row, 0).data(CallListModel::ContactIdRole).toString();
        const QString languages = list->index(row, CallListModel::LanguagesColumn).data().toString();
        const QString result = list->index(row, CallListModel::LastResultColumn).data().toString();
        if (id == bank.ids.at(0)) {
            CHECK(languages
                == bidi::isolate(QStringLiteral("العربية")) + QStringLiteral("، ")
                    + bidi::isolate(QStringLiteral("الأوردية")));
            CHECK(result == QStringLiteral("لم يُتصَل به بعد"));
        } else if (id == bank.ids.at(1)) {
            CHECK(languages == bidi::isolateEach({QStringLiteral("الإنجليزية")}));
            CHECK(result == QStringLiteral("ليس في المنزل"));
        }
        CHECK(bidi::isIsolated(list->index(row, CallListModel::NameColumn).data().toString()));
    }
    CHECK(page.campaignModel()->index(0, CampaignListModel::KindColumn).data().toString()
        == QStringLiteral("اتصالات هاتفية"));
    if (auto *splitter = page.findChild<QSplitter *>())
        splitter->setSizes({160, 540});
    QApplication::processEvents();
    saveScreenshot(page, QStringLiteral("ar-campaigns.png"), kMaxWidth);
    child<QTabWidget>(&page, QStringLiteral("campaignTabs"))->setCurrentIndex(1);
    QApplication::processEvents();
    saveScreenshot(page, QStringLiteral("ar-campaign-script.png"), kMaxWidth);
}

TEST_CASE("the Arabic caller's window keeps the number left to right and fills the introduction",
    "[ui][bidi][screenshots][campaigns]")
{
    const Arabic arabic;
    ArabicBank bank;
    CallerWindow window(bank.ws.db(), bank.campaign, QStringLiteral("سارة"), CallerWindow::Mode::Calling);
    window.resize(1100, 760);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    CHECK(window.layoutDirection() == Qt::RightToLeft);
    // The list goes by name, and how Sarah sorts against Arabic names is the collation's business.
    if (window.currentContactId() != bank.ids.at(0))
        QTest::keyClick(&window, Qt::Key_F12);
    REQUIRE(window.currentContactId() == bank.ids.at(0));
    const QString phone = child<QLabel>(&window, QStringLiteral("callerPhone"))->text();
    CHECK(phone == bidi::isolateLtr(QStringLiteral("(313) 555-0100")));
    CHECK(phone.front() == QChar(0x2066)); // left to right, whatever surrounds it
    CHECK(child<QLabel>(&window, QStringLiteral("callerLanguages"))->text()
        == QStringLiteral("اللغات: %1، %2")
               .arg(bidi::isolate(QStringLiteral("العربية")), bidi::isolate(QStringLiteral("الأوردية"))));
    CHECK(child<QLabel>(&window, QStringLiteral("callerIntroduction"))
              ->text()
              .startsWith(QStringLiteral("السلام عليكم يا فاطمة الزهراء، معك سارة")));
    QTest::keyClick(&window, Qt::Key_1);
    QTest::keyClick(&window, Qt::Key_1);
    QTest::keyClick(&window, Qt::Key_3);
    QApplication::processEvents();
    saveScreenshot(window, QStringLiteral("ar-caller.png"), kMaxWidth);

    // The next person's last contact names the result and the campaign in Arabic; a refusal
    // offers the opt-out.
    QTest::keyClick(&window, Qt::Key_Return);
    for (int tries = 0; tries < 3 && window.currentContactId() != bank.ids.at(1); ++tries)
        QTest::keyClick(&window, Qt::Key_F12);
    REQUIRE(window.currentContactId() == bank.ids.at(1));
    const QString last = bidi::clean(child<QLabel>(&window, QStringLiteral("callerLastContact"))->text());
    CHECK(last.startsWith(QStringLiteral("آخر تواصل:")));
    CHECK(last.contains(QStringLiteral("ليس في المنزل")));
    CHECK(last.contains(QStringLiteral("(حملة اتصالات نوفمبر)")));
    QTest::keyClick(&window, Qt::Key_F5);
    QApplication::processEvents();
    saveScreenshot(window, QStringLiteral("ar-caller-refused.png"), kMaxWidth);
}
