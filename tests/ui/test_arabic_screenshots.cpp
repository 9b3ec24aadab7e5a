// The Arabic interface as a user sees it (issue 15): phone numbers, emails, rooms and bills read
// left to right inside right-to-left lists, the door and the itineraries. The rendering itself is
// checked (where Qt draws each group of digits); with MAJLIS_SCREENSHOT_DIR set, the pictures in
// resources/screenshots/ are written again (see the README).

#include "advocacy/dayplanner.h"
#include "advocacy/dayrepository.h"
#include "advocacy/itinerary.h"
#include "advocacy/itinerarypanel.h"
#include "advocacy/importreportmodel.h"
#include "advocacy/importreviewdialog.h"
#include "advocacy/legislatorsdialog.h"
#include "advocacy/memberlistdialog.h"
#include "advocacy/legislatortablemodel.h"
#include "contacts/chapter.h"
#include "contacts/contactrepository.h"
#include "contacts/contactspage.h"
#include "contacts/contacttablemodel.h"
#include "contacts/phoneregion.h"
#include "events/checkinwindow.h"
#include "events/eventrepository.h"
#include "i18n/bidi.h"
#include "i18n/translations.h"
#include "legislatures/legislatureimport.h"
#include "legislatures/memberlist.h"
#include "partners/organizationrepository.h"
#include "partners/partnerbrowser.h"
#include "partners/partnerspage.h"
#include "support/advocacyfixture.h"
#include "support/catchqt.h"
#include "support/legislaturefixture.h"
#include "support/screenshot.h"
#include "support/tempworkspace.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QTemporaryDir>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QRegularExpression>
#include <QListWidget>
#include <QTableView>
#include <QTreeView>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace majlis;

namespace {

constexpr int kMaxWidth = 1100; // pixels, for the README

// Loads the Arabic translation and mirrors the layout for one test, then puts English back.
struct Arabic
{
    Arabic() { QApplication::setLayoutDirection(installTranslations(QStringLiteral("ar")).textDirection()); }
    ~Arabic()
    {
        installTranslations(QStringLiteral("en"));
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }
};

// Whether the groups of `number` ("202-224-0001": 202, 224, 0001) are drawn from left to right
// where the document lays it out, as a reader of the number expects.
bool drawnLeftToRight(QTextDocument &document, const QString &number)
{
    document.setTextWidth(900);
    (void)document.size(); // lays the document out
    const QStringList groups = number.split(QRegularExpression(QStringLiteral("[^0-9]+")), Qt::SkipEmptyParts);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const int at = int(block.text().indexOf(number));
        if (at < 0)
            continue;
        qreal previous = -1;
        int from = at;
        for (const QString &group : groups) {
            from = int(block.text().indexOf(group, from));
            // Inside the group, between its first two characters: not at a direction boundary.
            const QTextLine line = block.layout()->lineForTextPosition(from + 1);
            const qreal x = line.cursorToX(from + 1);
            if (x <= previous)
                return false;
            previous = x;
            from += int(group.size());
        }
        return true;
    }
    FAIL("the document does not show " << number.toStdString());
    return false;
}

// As ItineraryPdf prints: right to left by default, then the HTML.
void setRightToLeftHtml(QTextDocument &document, const QString &html)
{
    QTextOption option = document.defaultTextOption();
    option.setTextDirection(Qt::RightToLeft);
    document.setDefaultTextOption(option);
    document.setHtml(html);
}

QString addContact(Database &db, const QString &given, const QString &family, const QString &phone, const QString &email,
                   const QString &country = {})
{
    Contact c;
    c.givenName = given;
    c.familyName = family;
    if (!phone.isEmpty())
        c.phones = {{QStringLiteral("mobile"), phone}};
    if (!email.isEmpty())
        c.emails = {{QStringLiteral("home"), email}};
    c.address.country = country;
    if (country.isEmpty()) {
        c.usState = QStringLiteral("MI");
        c.district = 12;
    }
    auto created = ContactRepository(db).create(c);
    REQUIRE(created.ok());
    return created->id;
}

} // namespace

TEST_CASE("Qt's rich text needs isolates, not <bdi>, to keep a number left to right", "[ui][bidi]")
{
    const QString number = QStringLiteral("+1 313-555-0100");
    const auto line = QStringLiteral("<p>الهاتف: %1 للمكتب</p>");
    QTextDocument plain, withBdi, isolated;
    setRightToLeftHtml(plain, line.arg(number));
    setRightToLeftHtml(withBdi, line.arg(bidi::bdi(number, bidi::Kind::Ltr)));
    setRightToLeftHtml(isolated, line.arg(bidi::richText(number, bidi::Kind::Ltr)));
    CHECK_FALSE(drawnLeftToRight(plain, number));   // what issue 15 reported
    CHECK_FALSE(drawnLeftToRight(withBdi, number)); // QTextDocument ignores <bdi>
    CHECK(drawnLeftToRight(isolated, number));
}

TEST_CASE("the Arabic contact list shows +1 and +44 numbers left to right", "[ui][bidi][screenshots]")
{
    const Arabic arabic;
    test::TempWorkspace ws;
    REQUIRE(phoneregion::setWorkspaceRegion(ws.db(), QStringLiteral("US")));
    addContact(ws.db(), QStringLiteral("فاطمة"), QStringLiteral("الزهراء"), QStringLiteral("+1 313 555 0100"),
               QStringLiteral("fatima.zahra@example.org"));
    addContact(ws.db(), QStringLiteral("عمر"), QStringLiteral("خان"), QStringLiteral("+44 20 7946 0958"),
               QStringLiteral("omar.khan@example.co.uk"), QStringLiteral("GB"));
    addContact(ws.db(), QStringLiteral("مريم"), QStringLiteral("حداد"), QStringLiteral("+1 416 555 0199"),
               QStringLiteral("maryam@example.ca"), QStringLiteral("CA"));
    // A number kept as typed by an older Majlis: shown as it is, with a warning sign.
    test::storePhoneAsTyped(ws.db(), addContact(ws.db(), QStringLiteral("يوسف"), QStringLiteral("علي"),
                                                QStringLiteral("+1 313 555 0101"), {}),
                            QStringLiteral("313 555 01 (ask)"));
    addContact(ws.db(), QStringLiteral("زينب"), QStringLiteral("رضا"), QStringLiteral("+1 202 555 0142"),
               QStringLiteral("zainab.rida@example.org"));

    QUndoStack undo;
    ContactsPage page(ws.db(), &undo);
    page.resize(1060, 520);
    page.show();
    CHECK(page.layoutDirection() == Qt::RightToLeft);
    ContactTableModel *model = page.model();
    REQUIRE(model->rowCount() == 5);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString phone = model->index(row, ContactTableModel::PhoneColumn).data().toString();
        INFO(phone.toStdString());
        CHECK(bidi::isIsolated(phone));
        CHECK(phone.front() == QChar(0x2066)); // left to right, whatever the number holds
    }
    // Wide enough columns to read whole numbers, and the first contact open beside the list.
    for (const auto &[column, width] : {std::pair{ContactTableModel::NameColumn, 120}, {ContactTableModel::EmailColumn, 200},
                                        {ContactTableModel::PhoneColumn, 160}})
        page.view()->setColumnWidth(column, width);
    if (auto *splitter = page.findChild<QSplitter *>())
        splitter->setSizes({560, 500});
    page.view()->setCurrentIndex(model->index(0, ContactTableModel::NameColumn));
    QApplication::processEvents();
    test::saveScreenshot(page, QStringLiteral("ar-contacts.png"), kMaxWidth);
}

TEST_CASE("the Arabic door shows each person's number or email left to right", "[ui][bidi][screenshots]")
{
    const Arabic arabic;
    test::TempWorkspace ws;
    auto chapter = ChapterRepository(ws.db()).create(
        {{}, QStringLiteral("ديربورن"), QStringLiteral("Dearborn"), QStringLiteral("MI"), QStringLiteral("US")});
    REQUIRE(chapter.ok());
    Event e;
    e.title = QStringLiteral("إفطار الجيران");
    e.chapterId = chapter->id;
    e.startsAt = QDateTime(QDate(2027, 3, 20), QTime(19, 0));
    e.capacity = 120;
    const QString eventId = EventRepository(ws.db()).create(e)->id;
    const QStringList ids {
        addContact(ws.db(), QStringLiteral("فاطمة"), QStringLiteral("الزهراء"), QStringLiteral("+1 313 555 0100"), {}),
        addContact(ws.db(), QStringLiteral("عمر"), QStringLiteral("خان"), {}, QStringLiteral("omar.khan@example.co.uk")),
        addContact(ws.db(), QStringLiteral("مريم"), QStringLiteral("حداد"), QStringLiteral("+44 20 7946 0958"), {}),
        addContact(ws.db(), QStringLiteral("Sarah"), QStringLiteral("Miller"), QStringLiteral("+1 202 555 0142"), {})};
    REQUIRE(EventRepository(ws.db()).registerContacts(eventId, ids).ok());

    CheckInWindow window(ws.db(), eventId);
    window.resize(1000, 620);
    window.show();
    CHECK(window.layoutDirection() == Qt::RightToLeft);
    auto *results = window.findChild<QListWidget *>(QStringLiteral("checkInResults"));
    REQUIRE(results);
    REQUIRE(results->count() == 4);
    bool sawNumber = false;
    for (int row = 0; row < results->count(); ++row) {
        const QString line = results->item(row)->text();
        INFO(line.toStdString());
        CHECK(line.contains(QChar(0x2068))); // the name in its own direction
        CHECK_FALSE(line.contains(QStringLiteral("5550100"))); // the public can see the door
        // Fatima's number, masked: its bullets and digits stay in order.
        if (line.contains(QStringLiteral("••• ••00"))) {
            CHECK(line.contains(bidi::isolateLtr(QStringLiteral("••• ••00"))));
            sawNumber = true;
        }
    }
    CHECK(sawNumber);
    // Check one person in, so the status line shows a name inside an Arabic sentence.
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("checkInSearch"));
    search->setText(QStringLiteral("فاطمة")); // QTest types ASCII only
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(window.findChild<QLabel *>(QStringLiteral("checkInStatus"))->text().contains(bidi::isolate(QStringLiteral("فاطمة الزهراء"))));
    test::saveScreenshot(window, QStringLiteral("ar-checkin.png"), kMaxWidth);
}

TEST_CASE("the Arabic itinerary shows rooms, phones and times left to right", "[ui][bidi][screenshots]")
{
    const Arabic arabic;
    test::TempWorkspace ws;
    test::importLegislators(ws.db());
    QStringList ids;
    for (const auto &[given, family] : {std::pair{QStringLiteral("فاطمة"), QStringLiteral("الزهراء")},
                                        std::pair{QStringLiteral("عمر"), QStringLiteral("خان")},
                                        std::pair{QStringLiteral("Sarah"), QStringLiteral("Miller")}})
        ids << test::addConstituent(ws.db(), given, family, QStringLiteral("WA"), 1);
    const AdvocacyDay day = test::createDay(ws.db(), QStringLiteral("يوم المناصرة"),
                                            {{QStringLiteral("H.R. 1234"), QStringLiteral("قانون لا للحظر")}});
    REQUIRE(DayRepository(ws.db()).addAttendees(day.id, ids, AttendeeRole::Constituent).ok());
    REQUIRE(DayPlanner(ws.db()).schedule(day.id).ok());
    const DaySnapshot snapshot = DayPlanner(ws.db()).snapshot(day.id).value();

    // What is printed and saved as PDF: QTextDocument given the itinerary's HTML, right to left.
    const auto fatima = std::find_if(snapshot.attendees.cbegin(), snapshot.attendees.cend(),
                                     [](const Attendee &a) { return a.name.startsWith(QStringLiteral("فاطمة")); });
    REQUIRE(fatima != snapshot.attendees.cend());
    const Itinerary itinerary = Itineraries::forAttendee(snapshot, fatima->id);
    REQUIRE_FALSE(itinerary.stops.isEmpty());
    QTextDocument document;
    setRightToLeftHtml(document, Itineraries::html({itinerary}, true));
    CHECK(drawnLeftToRight(document, QStringLiteral("202-225-0001"))); // the WA-1 office's phone
    const ItineraryStop &first = itinerary.stops.first();
    CHECK(drawnLeftToRight(document, formatMinutes(first.start) + QStringLiteral("–") + formatMinutes(first.end)));

    ItineraryPanel panel(ws.db());
    panel.setDay(day.id);
    panel.resize(1000, 640);
    panel.show();
    CHECK(panel.layoutDirection() == Qt::RightToLeft);
    CHECK(panel.previewText().contains(QStringLiteral("2107")));
    test::saveScreenshot(panel, QStringLiteral("ar-itinerary.png"), kMaxWidth);
}

TEST_CASE("the Arabic partner list keeps Latin and Arabic names, areas and cities apart", "[ui][bidi][screenshots]")
{
    const Arabic arabic;
    test::TempWorkspace ws;
    const QList<std::pair<QString, QStringList>> partners {
        {QStringLiteral("مسجد النور"), {QStringLiteral("حقوق مدنية"), QStringLiteral("voting")}},
        {QStringLiteral("CAIR Michigan (Dearborn)"), {QStringLiteral("civil rights"), QStringLiteral("التصويت")}},
        {QStringLiteral("UAW Local 600"), {QStringLiteral("labor")}},
    };
    QString first;
    for (const auto &[name, areas] : partners) {
        Organization o;
        o.name = name;
        o.issueAreas = areas;
        o.city = QStringLiteral("Dearborn");
        o.website = QStringLiteral("https://partner.example");
        auto created = OrganizationRepository(ws.db()).create(o);
        REQUIRE(created.ok());
        if (first.isEmpty())
            first = created->id;
    }

    PartnersPage page(ws.db());
    page.resize(1200, 560);
    page.show();
    CHECK(page.layoutDirection() == Qt::RightToLeft);
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("partnerTable"));
    REQUIRE(table);
    REQUIRE(table->rowCount() == 3);
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column : {int(PartnerBrowser::NameColumn), int(PartnerBrowser::CityColumn)})
            CHECK(bidi::isIsolated(table->item(row, column)->text()));
    }
    REQUIRE(page.partners()->selectPartner(first));
    QApplication::processEvents();
    test::saveScreenshot(page, QStringLiteral("ar-partners.png"), kMaxWidth);
}

TEST_CASE("the Arabic Legislators window mirrors, with seats, rooms and phones left to right", "[ui][bidi][screenshots]")
{
    const Arabic arabic;
    test::Legislatures l;
    LegislatorsDialog dialog(l.ws.db());
    dialog.show();
    CHECK(dialog.layoutDirection() == Qt::RightToLeft);
    CHECK(dialog.windowTitle() != QStringLiteral("Legislators"));
    auto *tree = dialog.findChild<QTreeView *>(QStringLiteral("legislatureTree"));
    REQUIRE(tree);
    CHECK(tree->model()->headerData(0, Qt::Horizontal).toString() != QStringLiteral("Legislature"));
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("legislatorTable"));
    REQUIRE(table);
    REQUIRE(table->model()->rowCount() == 4);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        for (int column : {int(LegislatorTableModel::SeatColumn), int(LegislatorTableModel::PhoneColumn)})
            CHECK(bidi::isIsolated(table->model()->index(row, column).data().toString()));
    }
    QApplication::processEvents();
    test::saveScreenshot(dialog, QStringLiteral("ar-legislators.png"), kMaxWidth);
}

TEST_CASE("the Arabic member list import and its review mirror, with codes and numbers left to right",
    "[ui][bidi][screenshots]")
{
    const Arabic arabic;
    test::Legislatures l;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("majlis.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("الاسم,الدائرة,الحزب,Email\n"
                              "أمينة الرحمن,الدائرة 3,المستقل,amina@example.org\n"
                              "عمر حداد,الدائرة 12,,omar@example.org\n")
                   .toUtf8());
    file.close();
    MemberListDialog list(l.ws.db());
    list.show();
    CHECK(list.layoutDirection() == Qt::RightToLeft);
    CHECK(list.windowTitle() != QStringLiteral("Import a Member List"));
    REQUIRE(list.loadFile(path));
    list.findChild<QLineEdit *>(QStringLiteral("memberListCode"))->setText(QStringLiteral("jo-parliament"));
    list.findChild<QLineEdit *>(QStringLiteral("memberListName"))->setText(QStringLiteral("مجلس النواب"));
    auto *mapping = list.findChild<QTableWidget *>(QStringLiteral("memberListMapping"));
    REQUIRE(mapping);
    // Arabic headers no guess reads: the user maps them.
    for (auto [row, field] : {std::pair {0, MemberField::FullName}, {1, MemberField::Constituency}, {2, MemberField::Party}}) {
        auto *combo = qobject_cast<QComboBox *>(mapping->cellWidget(row, 2));
        combo->setCurrentIndex(combo->findData(int(field)));
    }
    REQUIRE(list.preview()->rowCount() == 2);
    QApplication::processEvents();
    test::saveScreenshot(list, QStringLiteral("ar-member-list.png"), kMaxWidth);

    auto members = list.members();
    REQUIRE(members);
    MemberSource source;
    source.bodies.append(members.value());
    auto dryRun = LegislatureImport::run(l.ws.db(), source, LegislatureImport::Mode::DryRun);
    REQUIRE(dryRun);
    ImportReviewDialog review(dryRun.value());
    review.show();
    CHECK(review.layoutDirection() == Qt::RightToLeft);
    CHECK(bidi::isIsolated(review.model()->index(0, ImportReportModel::BodyColumn).data().toString()));
    QApplication::processEvents();
    test::saveScreenshot(review, QStringLiteral("ar-import-review.png"), kMaxWidth);
}
