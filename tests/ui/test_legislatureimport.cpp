// Importing legislatures from the Legislators window (issue 16): Congress built in or from its
// CSV, the states from Open States, any parliament from its member list with a mapping. Every
// import shows its dry run first; Cancel writes nothing.

#include "advocacy/importreportmodel.h"
#include "advocacy/importreviewdialog.h"
#include "advocacy/legislatorsdialog.h"
#include "advocacy/legislatortablemodel.h"
#include "advocacy/legislaturetreemodel.h"
#include "advocacy/memberlistdialog.h"
#include "legislatures/bodyrepository.h"
#include "legislatures/bundledcongress.h"
#include "legislatures/memberlist.h"
#include "legislatures/openstatesfixture.h"
#include "shell/columnmappingtable.h"
#include "support/archivewriter.h"
#include "support/findchild.h"
#include "support/screenshot.h"
#include "support/tempworkspace.h"
#include "support/whenshown.h"
#include "support/writefile.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace majlis;

namespace {

QList<SourceFile> twoStates()
{
    return {test::openStatesFile(QStringLiteral("MI"), QStringLiteral("a1"), QStringLiteral("Ann One")),
        test::openStatesFile(
            QStringLiteral("MI"), QStringLiteral("a2"), QStringLiteral("Bo Two"), QStringLiteral("upper"), QStringLiteral("4")),
        test::openStatesFile(QStringLiteral("NE"), QStringLiteral("n1"), QStringLiteral("Cy Three"),
            QStringLiteral("legislature"), QStringLiteral("13"))};
}

// A member list whose "Area" column no guess takes for a constituency.
const QByteArray kCommons = "MP,Area,Party,Telephone,Email\n"
                            "Amina Rahman,Bethnal Green,Labour,020 7219 0001,amina@example.org\n"
                            "Tom Price,Leeds North,Green,020 7219 0002,tom@example.org\n"
                            "No Seat,,Labour,,\n";

LegislatureTreeModel *treeOf(LegislatorsDialog &dialog)
{
    return qobject_cast<LegislatureTreeModel *>(test::child<QTreeView>(&dialog, QStringLiteral("legislatureTree"))->model());
}

int row(ImportReportModel *model, const QString &bodyName)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, ImportReportModel::BodyColumn).data(Qt::EditRole).toString() == bodyName)
            return r;
    }
    return -1;
}

int count(ImportReportModel *model, int r, ImportReportModel::Column column)
{
    return model->index(r, column).data(Qt::EditRole).toInt();
}

// Fills the member list dialog for the UK Commons list, mapping the column no guess takes.
void fillCommons(MemberListDialog *dialog, const QString &path)
{
    REQUIRE(dialog->loadFile(path));
    test::child<QLineEdit>(dialog, QStringLiteral("memberListCode"))->setText(QStringLiteral("gb-commons"));
    test::child<QLineEdit>(dialog, QStringLiteral("memberListName"))->setText(QStringLiteral("House of Commons"));
    test::child<QLineEdit>(dialog, QStringLiteral("memberListCountry"))->setText(QStringLiteral("gb"));
    auto *mapping = test::child<ColumnMappingTable>(dialog, QStringLiteral("memberListMapping"));
    auto *area = qobject_cast<QComboBox *>(mapping->cellWidget(1, 2));
    REQUIRE(area);
    area->setCurrentIndex(area->findData(int(MemberField::Constituency)));
}

} // namespace

TEST_CASE("an Open States download shows its dry run per legislature, then adds them to the tree", "[ui][legislators][import]")
{
    test::TempWorkspace ws;
    QTemporaryDir dir;
    const QString archive = dir.filePath(QStringLiteral("people.tar.gz"));
    test::writeArchive(archive, twoStates());
    LegislatorsDialog dialog(ws.db());
    dialog.show();
    CHECK_FALSE(treeOf(dialog)->bodyIndex(bodies::usState(QStringLiteral("MI")).id).isValid());

    bool reviewed = false;
    test::whenShown<ImportReviewDialog>([&](ImportReviewDialog *review) {
        reviewed = true;
        ImportReportModel *model = review->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
        CHECK(model->rowCount() == 2);
        const int mi = row(model, QStringLiteral("Michigan Legislature"));
        REQUIRE(mi >= 0);
        CHECK(count(model, mi, ImportReportModel::MembersColumn) == 2);
        CHECK(count(model, mi, ImportReportModel::AddedColumn) == 2);
        CHECK(count(model, row(model, QStringLiteral("Nebraska Legislature")), ImportReportModel::AddedColumn) == 1);
        CHECK(test::child<QLabel>(review, QStringLiteral("importTotals"))->text().contains(QStringLiteral("3 new")));
        // Shown from a dry run: nothing is in the workspace yet.
        CHECK(test::rowCount(ws.db(), QStringLiteral("legislative_bodies"), QStringLiteral("code = 'us-mi'")) == 0);
        test::saveScreenshot(*review, QStringLiteral("legislature-import-review.png"));
        review->accept();
    });
    REQUIRE(dialog.importOpenStates(archive));
    CHECK(reviewed);
    const auto michigan = BodyRepository(ws.db()).find(QStringLiteral("us-mi"));
    REQUIRE(michigan);
    const QModelIndex mi = treeOf(dialog)->bodyIndex(michigan->id);
    REQUIRE(mi.isValid());
    CHECK(treeOf(dialog)->index(mi.row(), LegislatureTreeModel::MembersColumn).data(Qt::EditRole).toInt() == 2);
    // The first legislature imported is the one shown.
    auto *table = test::child<QTableView>(&dialog, QStringLiteral("legislatorTable"));
    CHECK(table->model()->rowCount() == 2);

    // The same data as a folder reads the same: all unchanged now.
    const QString folder = dir.filePath(QStringLiteral("people"));
    test::writeFolder(folder, twoStates());
    test::whenShown<ImportReviewDialog>([&](ImportReviewDialog *review) {
        ImportReportModel *model = review->model();
        const int mi = row(model, QStringLiteral("Michigan Legislature"));
        CHECK(count(model, mi, ImportReportModel::UnchangedColumn) == 2);
        CHECK(count(model, mi, ImportReportModel::AddedColumn) == 0);
        review->accept();
    });
    CHECK(dialog.importOpenStates(folder));
}

TEST_CASE("cancelling the dry run of an import writes nothing", "[ui][legislators][import]")
{
    test::TempWorkspace ws;
    QTemporaryDir dir;
    const QString archive = dir.filePath(QStringLiteral("people.zip"));
    test::writeArchive(archive, twoStates());
    const QString congress = test::writeFile(dir, QStringLiteral("legislators-current.csv"),
        "last_name,first_name,full_name,type,state,district,address,bioguide_id\n"
        "Senator,Ann,Ann Senator,sen,WA,,511 Hart Senate Office Building Washington DC 20510,S1\n");
    const int legislators = test::rowCount(ws.db(), QStringLiteral("legislators"));
    const int bodies = test::rowCount(ws.db(), QStringLiteral("legislative_bodies"));
    LegislatorsDialog dialog(ws.db());
    dialog.show();

    test::whenShown<ImportReviewDialog>([](ImportReviewDialog *review) { review->reject(); });
    CHECK_FALSE(dialog.importOpenStates(archive));
    test::whenShown<ImportReviewDialog>([](ImportReviewDialog *review) {
        CHECK(review->model()->report().total().added == 1);
        review->reject();
    });
    CHECK_FALSE(dialog.importFile(congress));
    CHECK(test::rowCount(ws.db(), QStringLiteral("legislators")) == legislators);
    CHECK(test::rowCount(ws.db(), QStringLiteral("legislative_bodies")) == bodies);
    CHECK(treeOf(dialog)->rowCount() == bodies);
}

TEST_CASE("a source that cannot be read is reported and nothing is written", "[ui][legislators][import]")
{
    test::TempWorkspace ws;
    QTemporaryDir dir;
    const QString evil = dir.filePath(QStringLiteral("evil.tgz"));
    test::writeArchive(evil, {{QStringLiteral("../../x.yml"), "x"}});
    const int legislators = test::rowCount(ws.db(), QStringLiteral("legislators"));
    LegislatorsDialog dialog(ws.db());
    dialog.show();
    QString message;
    test::whenShown<QMessageBox>([&](QMessageBox *box) {
        message = box->text();
        box->accept();
    });
    CHECK_FALSE(dialog.importOpenStates(evil));
    CHECK(message.contains(QStringLiteral("../../x.yml")));
    CHECK(message.contains(QStringLiteral("Nothing was imported")));
    CHECK(test::rowCount(ws.db(), QStringLiteral("legislators")) == legislators);
    CHECK_FALSE(dialog.importFile(dir.filePath(QStringLiteral("missing.csv")), true));
}

TEST_CASE("the member list dialog guesses columns, takes a mapping and previews the members", "[ui][legislators][import]")
{
    test::TempWorkspace ws;
    QTemporaryDir dir;
    const QString path = test::writeFile(dir, QStringLiteral("commons.csv"), kCommons);
    MemberListDialog dialog(ws.db());
    QAbstractItemModelTester tester(dialog.preview(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(dialog.loadFile(path));
    auto *mapping = test::child<ColumnMappingTable>(&dialog, QStringLiteral("memberListMapping"));
    REQUIRE(mapping->rowCount() == 5);
    QList<int> expected {int(MemberField::FullName), int(MemberField::Ignore), int(MemberField::Party),
        int(MemberField::Phone), int(MemberField::Email)};
    CHECK(mapping->mapping() == expected);
    auto *status = test::child<QLabel>(&dialog, QStringLiteral("memberListStatus"));
    // No legislature yet: nothing previewed, and OK says what is missing.
    CHECK(dialog.preview()->rowCount() == 0);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(status->text().contains(QStringLiteral("code")));

    fillCommons(&dialog, path);
    REQUIRE(dialog.preview()->rowCount() == 2);
    const QModelIndex seat = dialog.preview()->index(0, LegislatorTableModel::SeatColumn);
    QStringList seats {seat.data(Qt::EditRole).toString(),
        dialog.preview()->index(1, LegislatorTableModel::SeatColumn).data(Qt::EditRole).toString()};
    CHECK(seats.contains(QStringLiteral("Bethnal Green")));
    CHECK(status->text().contains(QStringLiteral("2 member")));
    CHECK(status->text().contains(QStringLiteral("1 row")));
    auto members = dialog.members();
    REQUIRE(members);
    CHECK(members->body.country == QStringLiteral("GB"));
    CHECK(members->members.size() == 2);
}

TEST_CASE("a member list with a mapping imports into a new legislature", "[ui][legislators][import]")
{
    test::TempWorkspace ws;
    QTemporaryDir dir;
    const QString path = test::writeFile(dir, QStringLiteral("commons.csv"), kCommons);
    LegislatorsDialog dialog(ws.db());
    dialog.show();
    auto *import = test::child<QPushButton>(&dialog, QStringLiteral("importButton"));
    REQUIRE(import->menu());
    QAction *memberList = import->menu()->findChild<QAction *>(QStringLiteral("importMemberListAction"));
    REQUIRE(memberList);
    CHECK(bool(import->menu()->findChild<QAction *>(QStringLiteral("importBundledAction")))
        == BundledCongress::isAvailable());

    bool reviewed = false;
    test::whenShown<MemberListDialog>([&](MemberListDialog *list) {
        fillCommons(list, path);
        test::whenShown<ImportReviewDialog>([&](ImportReviewDialog *review) {
            reviewed = true;
            REQUIRE(review->model()->rowCount() == 1);
            CHECK(count(review->model(), 0, ImportReportModel::AddedColumn) == 2);
            CHECK(test::child<QWidget>(review, QStringLiteral("importWarnings")));
            review->accept();
        });
        list->accept();
    });
    memberList->trigger();
    CHECK(reviewed);
    const auto commons = BodyRepository(ws.db()).find(QStringLiteral("gb-commons"));
    REQUIRE(commons);
    CHECK(commons->name == QStringLiteral("House of Commons"));
    const QModelIndex index = treeOf(dialog)->bodyIndex(commons->id);
    REQUIRE(index.isValid());
    CHECK(treeOf(dialog)->index(index.row(), LegislatureTreeModel::MembersColumn).data(Qt::EditRole).toInt() == 2);
    CHECK(test::child<QTableView>(&dialog, QStringLiteral("legislatorTable"))->model()->rowCount() == 2);

    // The next list of the same legislature is chosen from the workspace's.
    MemberListDialog again(ws.db());
    auto *body = test::child<QComboBox>(&again, QStringLiteral("memberListBody"));
    const int known = body->findData(QStringLiteral("gb-commons"));
    REQUIRE(known > 0);
    body->setCurrentIndex(known);
    CHECK_FALSE(test::child<QLineEdit>(&again, QStringLiteral("memberListCode"))->isEnabled());
    REQUIRE(again.loadFile(path));
    auto *mapping = test::child<ColumnMappingTable>(&again, QStringLiteral("memberListMapping"));
    auto *area = qobject_cast<QComboBox *>(mapping->cellWidget(1, 2));
    area->setCurrentIndex(area->findData(int(MemberField::Constituency)));
    auto members = again.members();
    REQUIRE(members);
    CHECK(members->body.id == commons->id);
}

TEST_CASE("the members of Congress built in import after their dry run", "[ui][legislators][import]")
{
    if (!BundledCongress::isAvailable()) {
        WARN("this build ships no members of Congress (no ../shared/data/congress at build time)");
        return;
    }
    test::TempWorkspace ws;
    LegislatorsDialog dialog(ws.db());
    int added = 0;
    test::whenShown<ImportReviewDialog>([&](ImportReviewDialog *review) {
        added = review->model()->report().total().added;
        review->accept();
    });
    REQUIRE(dialog.importBundled());
    CHECK(added > 500);
    CHECK(test::rowCount(ws.db(), QStringLiteral("legislators"), QStringLiteral("in_office = 1")) >= added);
}
