// The caller's window driven by keys alone, as a volunteer works a list: every Enter must have
// saved in the workspace exactly what was keyed in, and a result that cannot be saved must leave
// the screen as it was.

#include "campaignuifixture.h"

#include "campaigns/answerpanel.h"
#include "campaigns/callerwindow.h"
#include "campaigns/calllist.h"
#include "campaigns/campaignrepository.h"
#include "campaigns/resultbar.h"
#include "campaigns/turnout.h"
#include "contacts/contactrepository.h"
#include "i18n/bidi.h"
#include "support/catchqt.h"
#include "support/findchild.h"
#include "support/screenshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace majlis;
using namespace majlis::test;

namespace {

QVariant scalar(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    REQUIRE(query.exec());
    if (!query.next())
        return {};
    return query.value(0);
}

int resultCount(Database &db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM campaign_results WHERE deleted = 0")).toInt();
}

// The newest result of a person: code, answers, caller and the opt-out it made.
struct Stored
{
    QString code;
    QJsonObject answers;
    QString caller;
    QString optOut;
};

Stored lastResult(Database &db, const QString &contactId)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT code, answers, caller, opt_out FROM campaign_results WHERE contact_id = ? "
                                 "AND deleted = 0 ORDER BY recorded_at DESC, rowid DESC LIMIT 1"));
    query.addBindValue(contactId);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return {query.value(0).toString(), QJsonDocument::fromJson(query.value(1).toByteArray()).object(),
        query.value(2).toString(), query.value(3).toString()};
}

ListEntry entryOf(Database &db, const QString &campaignId, const QString &contactId)
{
    for (const ListEntry &e : CallList(db).entries(campaignId).value()) {
        if (e.contactId == contactId)
            return e;
    }
    FAIL("not on the list");
    return {};
}

QString shown(QWidget &window, const QString &label)
{
    return child<QLabel>(&window, label)->text();
}

void activate(QWidget &window)
{
    window.resize(1100, 760);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window)); // shortcuts and focus need the active window
}

} // namespace

TEST_CASE("a caller works through the list by keys alone, each Enter saving what was keyed", "[ui][campaigns][caller]")
{
    PhoneBank bank;
    Database &db = bank.ws.db();
    CallerWindow window(db, bank.campaign, QStringLiteral("sara"), CallerWindow::Mode::Calling);
    activate(window);

    // Amina: reached; she answers every question.
    REQUIRE(window.currentContactId() == bank.ids.at(0));
    CHECK(shown(window, QStringLiteral("callerName")) == QStringLiteral("Amina Ahmed"));
    CHECK(shown(window, QStringLiteral("callerPhone")) == bidi::isolateLtr(QStringLiteral("(313) 555-0001")));
    CHECK(bidi::clean(shown(window, QStringLiteral("callerLanguages"))) == QStringLiteral("Speaks: Arabic"));
    CHECK(shown(window, QStringLiteral("callerLastContact")) == QStringLiteral("No earlier contact."));
    CHECK(shown(window, QStringLiteral("callerAttempt")) == QStringLiteral("Attempt 1 of 3"));
    CHECK(shown(window, QStringLiteral("callerRemaining")) == QStringLiteral("4 left to call"));
    CHECK(shown(window, QStringLiteral("callerIntroduction"))
        == QStringLiteral("Hello, this is sara with the Dearborn chapter."));

    press(window, Qt::Key_Return); // nothing chosen yet: nothing saved, and the caller is told why
    CHECK(resultCount(db) == 0);
    CHECK(window.statusText().contains(QStringLiteral("F1 to F11")));

    press(window, Qt::Key_1); // plan: Yes (a pledge), then on to the next question
    press(window, Qt::Key_1); // issues: Civil rights (a tag)
    press(window, Qt::Key_2); // issues: Economy too
    press(window, Qt::Key_Down);
    press(window, Qt::Key_2); // registered: Not sure (a follow-up); the comment's field takes the typing
    type(window, QStringLiteral("Needs a ride 2 the polls"));
    CHECK(child<ResultBar>(&window, QStringLiteral("callerResults"))->selected() == ResultCode::Contacted); // implied
    saveScreenshot(window, QStringLiteral("caller-window.png"));
    press(window, Qt::Key_Return);

    const Stored amina = lastResult(db, bank.ids.at(0));
    CHECK(amina.code == QStringLiteral("contacted"));
    CHECK(amina.caller == QStringLiteral("sara"));
    CHECK(amina.answers
        == QJsonObject {{QStringLiteral("plan"), QStringLiteral("yes")},
            {QStringLiteral("issues"), QJsonArray {QStringLiteral("civil_rights"), QStringLiteral("economy")}},
            {QStringLiteral("registered"), QStringLiteral("not_sure")},
            {QStringLiteral("comment"), QStringLiteral("Needs a ride 2 the polls")}});
    CHECK(entryOf(db, bank.campaign.id, bank.ids.at(0)).done);
    CHECK(Turnout(db).pledged(bank.campaign.electionId).value().size() == 1);
    CHECK(ContactRepository(db).get(bank.ids.at(0))->tags.contains(QStringLiteral("Civil rights")));
    CHECK(scalar(db, QStringLiteral("SELECT follow_up FROM campaign_results WHERE contact_id = ?"), {bank.ids.at(0)})
              .toInt()
        == 1);
    CHECK(window.statusText().contains(QStringLiteral("Amina Ahmed")));

    // Bilal: not home. He stays on the list for another try.
    REQUIRE(window.currentContactId() == bank.ids.at(1));
    CHECK(shown(window, QStringLiteral("callerRemaining")) == QStringLiteral("3 left to call"));
    press(window, Qt::Key_F2);
    press(window, Qt::Key_Return);
    CHECK(lastResult(db, bank.ids.at(1)).code == QStringLiteral("not_home"));
    CHECK(lastResult(db, bank.ids.at(1)).answers.isEmpty());
    CHECK(entryOf(db, bank.campaign.id, bank.ids.at(1)).attempts == 1);
    CHECK_FALSE(entryOf(db, bank.campaign.id, bank.ids.at(1)).done);

    // Camila: refused, and asks never to be called again.
    REQUIRE(window.currentContactId() == bank.ids.at(2));
    press(window, Qt::Key_F5);
    press(window, Qt::Key_2); // with Refused chosen, the digits choose the opt-out
    press(window, Qt::Key_Return);
    CHECK(lastResult(db, bank.ids.at(2)).code == QStringLiteral("refused"));
    CHECK(lastResult(db, bank.ids.at(2)).optOut == QStringLiteral("refused"));
    CHECK(scalar(db, QStringLiteral("SELECT do_not_contact FROM contacts WHERE id = ?"), {bank.ids.at(2)}).toString()
        == QStringLiteral("refused"));

    // Dawud: the number is disconnected, and marked so nobody dials it again.
    REQUIRE(window.currentContactId() == bank.ids.at(3));
    CHECK(bidi::clean(shown(window, QStringLiteral("callerLanguages"))) == QStringLiteral("Speaks: Urdu, English"));
    press(window, Qt::Key_1); // an answer first, then the real result: the answers are not kept
    press(window, Qt::Key_F8);
    press(window, Qt::Key_Return);
    CHECK(lastResult(db, bank.ids.at(3)).code == QStringLiteral("disconnected"));
    CHECK(lastResult(db, bank.ids.at(3)).answers.isEmpty());
    CHECK(scalar(db, QStringLiteral("SELECT bad FROM contact_phones WHERE contact_id = ?"), {bank.ids.at(3)}).toInt()
        == 1);
    CHECK(Turnout(db).pledged(bank.campaign.electionId).value().size() == 1);

    // Everyone was tried once: Bilal comes round again, with what happened last time.
    REQUIRE(window.currentContactId() == bank.ids.at(1));
    CHECK(shown(window, QStringLiteral("callerAttempt")) == QStringLiteral("Attempt 2 of 3"));
    CHECK(shown(window, QStringLiteral("callerLastContact")).contains(QStringLiteral("Not home")));
    CHECK(bidi::clean(shown(window, QStringLiteral("callerLastContact")))
              .contains(QStringLiteral("(November phone bank)")));
    CHECK(resultCount(db) == 4);

    press(window, Qt::Key_Escape);
    CHECK_FALSE(window.isVisible());
}

TEST_CASE("a caller skips a person for later and comes back to them at the end", "[ui][campaigns][caller]")
{
    PhoneBank bank;
    Database &db = bank.ws.db();
    CallerWindow window(db, bank.campaign, QStringLiteral("sara"), CallerWindow::Mode::Calling);
    activate(window);
    REQUIRE(window.currentContactId() == bank.ids.at(0));
    press(window, Qt::Key_F12);
    CHECK(window.currentContactId() == bank.ids.at(1));
    CHECK(resultCount(db) == 0);
    for (int i = 1; i < 4; ++i) {
        REQUIRE(window.currentContactId() == bank.ids.at(i));
        press(window, Qt::Key_F7); // wrong number: done with them
        press(window, Qt::Key_Return);
    }
    // Only the skipped one is left.
    CHECK(window.currentContactId() == bank.ids.at(0));
    press(window, Qt::Key_F11); // asks not to be contacted
    press(window, Qt::Key_Return);
    CHECK(window.currentContactId().isEmpty());
    CHECK(child<QLabel>(&window, QStringLiteral("callerDone"))->isVisible());
    CHECK(scalar(db, QStringLiteral("SELECT do_not_contact FROM contacts WHERE id = ?"), {bank.ids.at(0)}).toString()
        == QStringLiteral("requested"));
}

TEST_CASE("a result that cannot be saved is explained and nothing keyed in is lost", "[ui][campaigns][caller]")
{
    PhoneBank bank;
    Database &db = bank.ws.db();
    CallerWindow window(db, bank.campaign, QStringLiteral("sara"), CallerWindow::Mode::Calling);
    activate(window);
    press(window, Qt::Key_1);
    press(window, Qt::Key_2);
    // The organizer closes the campaign on another window meanwhile.
    REQUIRE(CampaignRepository(db).setClosed(bank.campaign.id, true).ok());
    press(window, Qt::Key_Return);
    CHECK(resultCount(db) == 0);
    CHECK(window.statusText().startsWith(QStringLiteral("Not saved:")));
    CHECK(window.statusText().contains(QStringLiteral("closed")));
    CHECK(window.currentContactId() == bank.ids.at(0));
    const QJsonObject kept = child<AnswerPanel>(&window, QStringLiteral("callerAnswers"))->answers();
    CHECK(kept.value(QStringLiteral("plan")).toString() == QStringLiteral("yes"));
    CHECK(kept.value(QStringLiteral("issues")).toArray() == QJsonArray {QStringLiteral("economy")});

    // Reopened, the same Enter saves what was on screen.
    REQUIRE(CampaignRepository(db).setClosed(bank.campaign.id, false).ok());
    press(window, Qt::Key_Return);
    CHECK(resultCount(db) == 1);
    CHECK(lastResult(db, bank.ids.at(0)).answers == kept);
}

TEST_CASE("results from a paper door list are entered person by person, found by name or number",
    "[ui][campaigns][caller][door]")
{
    PhoneBank bank(CampaignKind::Door);
    Database &db = bank.ws.db();
    CallerWindow window(db, bank.campaign, QStringLiteral("yusuf"), CallerWindow::Mode::DataEntry);
    activate(window);
    auto *search = child<QLineEdit>(&window, QStringLiteral("entrySearch"));
    auto *list = child<QTableView>(&window, QStringLiteral("entryList"));
    CHECK(QApplication::focusWidget() == search);
    CHECK(list->model()->rowCount() == 4);
    CHECK(shown(window, QStringLiteral("callerRemaining")) == QStringLiteral("4 still open"));

    saveScreenshot(window, QStringLiteral("caller-paper-entry.png"));
    type(window, QStringLiteral("cam"));
    CHECK(list->model()->rowCount() == 1);
    press(window, Qt::Key_Return);
    REQUIRE(window.currentContactId() == bank.ids.at(2));
    CHECK(shown(window, QStringLiteral("callerAddress")).contains(QStringLiteral("104 Warren Ave")));
    press(window, Qt::Key_1); // plan: Yes
    press(window, Qt::Key_Return);
    CHECK(lastResult(db, bank.ids.at(2)).code == QStringLiteral("contacted"));
    CHECK(lastResult(db, bank.ids.at(2)).caller == QStringLiteral("yusuf"));
    CHECK(lastResult(db, bank.ids.at(2)).answers == QJsonObject {{QStringLiteral("plan"), QStringLiteral("yes")}});

    // Back at the list, the search empty and the finished person gone from it.
    CHECK(QApplication::focusWidget() == search);
    CHECK(search->text().isEmpty());
    CHECK(list->model()->rowCount() == 3);
    CHECK(shown(window, QStringLiteral("callerRemaining")) == QStringLiteral("3 still open"));

    // The number on the paper list finds the house; Down picks the next match; Esc goes back unsaved.
    type(window, QStringLiteral("4"));
    REQUIRE(list->model()->rowCount() == 1);
    press(window, Qt::Key_Return);
    REQUIRE(window.currentContactId() == bank.ids.at(3));
    press(window, Qt::Key_F2);
    press(window, Qt::Key_Escape);
    CHECK(resultCount(db) == 1);
    CHECK(QApplication::focusWidget() == search);

    type(window, QStringLiteral("d"));
    press(window, Qt::Key_Return);
    REQUIRE(window.currentContactId() == bank.ids.at(3));
    press(window, Qt::Key_F2);
    press(window, Qt::Key_Return);
    CHECK(lastResult(db, bank.ids.at(3)).code == QStringLiteral("not_home"));
    CHECK(resultCount(db) == 2);
}
