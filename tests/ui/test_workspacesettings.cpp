#include "contacts/chapter.h"
#include "contacts/phoneregion.h"
#include "events/eventtimezone.h"
#include "i18n/countrynames.h"
#include "i18n/translations.h"
#include "shell/chapterplacedelegate.h"
#include "shell/chapterplacesmodel.h"
#include "shell/mainwindow.h"
#include "shell/workspacesettingsdialog.h"
#include "support/screenshot.h"
#include "support/tempworkspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFont>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleOptionViewItem>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace majlis;

namespace {

struct Fixture
{
    test::TempWorkspace ws;
    Chapter leeds;
    Chapter lyon;

    Fixture()
    {
        REQUIRE(phoneregion::setWorkspaceRegion(ws.db(), QStringLiteral("GB")).ok());
        REQUIRE(timezones::setWorkspaceZone(ws.db(), QStringLiteral("Europe/London")).ok());
        ChapterRepository chapters(ws.db());
        leeds = chapters.create({{}, QStringLiteral("Leeds"), {}, {}, QStringLiteral("GB"), QStringLiteral("Europe/London")}).value();
        lyon = chapters.create({{}, QStringLiteral("Lyon"), {}, {}, {}}).value();
    }
};

struct Parts
{
    QComboBox *country;
    QComboBox *zone;
    QLabel *countryInEffect;
    QLabel *zoneInEffect;
    QDialogButtonBox *buttons;
};

Parts partsOf(WorkspaceSettingsDialog &dialog)
{
    Parts parts{dialog.findChild<QComboBox *>(QStringLiteral("workspaceCountryCombo")),
                dialog.findChild<QComboBox *>(QStringLiteral("workspaceTimeZoneCombo")),
                dialog.findChild<QLabel *>(QStringLiteral("countryInEffectLabel")),
                dialog.findChild<QLabel *>(QStringLiteral("zoneInEffectLabel")),
                dialog.findChild<QDialogButtonBox *>()};
    REQUIRE((parts.country && parts.zone && parts.countryInEffect && parts.zoneInEffect && parts.buttons));
    return parts;
}

int rowOf(const ChapterPlacesModel &model, const QString &name)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, ChapterPlacesModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("Workspace Settings shows the workspace's country, zone and each chapter's, with what an empty one inherits",
          "[ui][workspacesettings]")
{
    Fixture f;
    WorkspaceSettingsDialog dialog(f.ws.db());
    const Parts parts = partsOf(dialog);
    CHECK(parts.country->currentData().toString() == u"GB");
    CHECK(parts.country->currentText().contains(countries::name(QStringLiteral("GB"))));
    CHECK(parts.zone->currentText() == u"Europe/London");
    CHECK(parts.countryInEffect->text().contains(countries::name(QStringLiteral("GB"))));

    ChapterPlacesModel *model = dialog.chaptersModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == 2);
    const int lyon = rowOf(*model, QStringLiteral("Lyon"));
    const int leeds = rowOf(*model, QStringLiteral("Leeds"));
    REQUIRE((lyon >= 0 && leeds >= 0));
    const QModelIndex lyonZone = model->index(lyon, ChapterPlacesModel::TimeZoneColumn);
    CHECK(lyonZone.data(Qt::EditRole).toString().isEmpty());
    CHECK(lyonZone.data().toString().contains(QStringLiteral("Europe/London")));
    CHECK(lyonZone.data(Qt::FontRole).value<QFont>().italic());
    CHECK(model->index(lyon, ChapterPlacesModel::CountryColumn).data().toString().contains(countries::name(QStringLiteral("GB"))));
    CHECK_FALSE(model->index(leeds, ChapterPlacesModel::CountryColumn).data(Qt::FontRole).isValid());

    // The inherited cells follow the choice above before anything is written.
    parts.zone->setCurrentText(QStringLiteral("Asia/Karachi"));
    CHECK(lyonZone.data().toString().contains(QStringLiteral("Asia/Karachi")));
    CHECK(model->index(leeds, ChapterPlacesModel::TimeZoneColumn).data().toString().contains(QStringLiteral("Europe/London")));
    CHECK(timezones::workspaceZone(f.ws.db()) == u"Europe/London");
}

TEST_CASE("OK stores the chosen country and zone; Cancel leaves them", "[ui][workspacesettings]")
{
    Fixture f;
    {
        WorkspaceSettingsDialog dialog(f.ws.db());
        const Parts parts = partsOf(dialog);
        parts.country->setCurrentIndex(parts.country->findData(QStringLiteral("DE")));
        parts.zone->setCurrentText(QStringLiteral("Europe/Berlin"));
        dialog.show();
        parts.buttons->button(QDialogButtonBox::Cancel)->click();
        CHECK(dialog.result() == QDialog::Rejected);
    }
    CHECK(phoneregion::ownWorkspaceRegion(f.ws.db()) == u"GB");
    CHECK(timezones::workspaceZone(f.ws.db()) == u"Europe/London");

    WorkspaceSettingsDialog dialog(f.ws.db());
    QSignalSpy changed(&dialog, &WorkspaceSettingsDialog::settingsChanged);
    const Parts parts = partsOf(dialog);
    REQUIRE(parts.country->findData(QStringLiteral("DE")) > 0);
    parts.country->setCurrentIndex(parts.country->findData(QStringLiteral("DE")));
    parts.zone->setCurrentText(QStringLiteral("Europe/Berlin"));
    dialog.show();
    parts.buttons->button(QDialogButtonBox::Ok)->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(changed.count() == 1);
    CHECK(phoneregion::workspaceRegion(f.ws.db()) == u"DE");
    CHECK(timezones::workspaceZone(f.ws.db()) == u"Europe/Berlin");
    CHECK(timezones::forChapter(f.ws.db(), f.lyon.id).id() == "Europe/Berlin");

    // "Not set" clears both: the computer decides again.
    WorkspaceSettingsDialog again(f.ws.db());
    const Parts cleared = partsOf(again);
    cleared.country->setCurrentIndex(0);
    cleared.zone->setCurrentText(QString());
    CHECK(cleared.zoneInEffect->text().contains(QString::fromUtf8(QTimeZone::systemTimeZoneId())));
    again.show();
    cleared.buttons->button(QDialogButtonBox::Ok)->click();
    CHECK(phoneregion::ownWorkspaceRegion(f.ws.db()).isEmpty());
    CHECK(timezones::workspaceZone(f.ws.db()).isEmpty());
}

TEST_CASE("a time zone this computer does not know is refused, and nothing is written", "[ui][workspacesettings]")
{
    Fixture f;
    WorkspaceSettingsDialog dialog(f.ws.db());
    const Parts parts = partsOf(dialog);
    parts.country->setCurrentIndex(parts.country->findData(QStringLiteral("CA")));
    parts.zone->setCurrentText(QStringLiteral("Mars/Olympus"));
    CHECK(parts.zoneInEffect->text().contains(QStringLiteral("Mars/Olympus")));
    dialog.show();
    parts.buttons->button(QDialogButtonBox::Ok)->click();
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.problem().contains(QStringLiteral("\"Mars/Olympus\"")));
    CHECK(dialog.problem().contains(QStringLiteral("Europe/London"))); // an example of a good one
    CHECK(phoneregion::ownWorkspaceRegion(f.ws.db()) == u"GB");
    CHECK(timezones::workspaceZone(f.ws.db()) == u"Europe/London");
}

TEST_CASE("a chapter's country and zone edited in the table are stored on OK", "[ui][workspacesettings]")
{
    Fixture f;
    WorkspaceSettingsDialog dialog(f.ws.db());
    ChapterPlacesModel *model = dialog.chaptersModel();
    QSignalSpy refused(model, &ChapterPlacesModel::refused);
    const int lyon = rowOf(*model, QStringLiteral("Lyon"));
    const int leeds = rowOf(*model, QStringLiteral("Leeds"));
    const QModelIndex zone = model->index(lyon, ChapterPlacesModel::TimeZoneColumn);
    CHECK_FALSE(model->setData(zone, QStringLiteral("Paris")));
    CHECK(refused.count() == 1);
    CHECK(dialog.problem().contains(QStringLiteral("\"Paris\"")));
    REQUIRE(model->setData(zone, QStringLiteral("Europe/Paris")));
    CHECK(zone.data().toString().contains(QStringLiteral("Europe/Paris")));
    CHECK_FALSE(zone.data(Qt::FontRole).isValid());

    // Through the delegate, as a double-click edits it: the country combo, back to "follow".
    ChapterPlaceDelegate delegate;
    const QModelIndex leedsCountry = model->index(leeds, ChapterPlacesModel::CountryColumn);
    QWidget host;
    auto *editor = qobject_cast<QComboBox *>(delegate.createEditor(&host, QStyleOptionViewItem(), leedsCountry));
    REQUIRE(editor);
    delegate.setEditorData(editor, leedsCountry);
    CHECK(editor->currentData().toString() == u"GB");
    editor->setCurrentIndex(editor->findData(QStringLiteral("FR")));
    delegate.setModelData(editor, model, leedsCountry);
    CHECK(leedsCountry.data(Qt::EditRole).toString() == u"FR");

    // Nothing is written before OK.
    ChapterRepository chapters(f.ws.db());
    CHECK(chapters.get(f.lyon.id)->timeZone.isEmpty());
    CHECK(chapters.get(f.leeds.id)->country == u"GB");
    dialog.show();
    partsOf(dialog).buttons->button(QDialogButtonBox::Ok)->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(chapters.get(f.lyon.id)->timeZone == u"Europe/Paris");
    CHECK(chapters.get(f.leeds.id)->country == u"FR");
    CHECK(chapters.get(f.leeds.id)->timeZone == u"Europe/London");
    CHECK(phoneregion::forChapter(f.ws.db().connection(), f.leeds.id) == u"FR");
}

TEST_CASE("the File menu opens Workspace Settings once a workspace is open", "[ui][workspacesettings]")
{
    test::TempWorkspace ws;
    MainWindow window;
    auto *action = window.findChild<QAction *>(QStringLiteral("workspaceSettingsAction"));
    REQUIRE(action);
    CHECK_FALSE(action->isEnabled());
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    REQUIRE(window.openWorkspace(ws.path() + QStringLiteral("-window.majlis")));
    CHECK(action->isEnabled());
}

TEST_CASE("Workspace Settings in Arabic mirrors and names countries in Arabic", "[ui][workspacesettings][arabic]")
{
    Fixture f;
    QApplication::setLayoutDirection(installTranslations(QStringLiteral("ar")).textDirection());
    {
        WorkspaceSettingsDialog dialog(f.ws.db());
        dialog.show();
        const Parts parts = partsOf(dialog);
        CHECK(dialog.isRightToLeft());
        CHECK(parts.country->currentText().contains(QStringLiteral("المملكة المتحدة")));
        QApplication::processEvents(); // the wrapped hints take their height once laid out
        test::saveScreenshot(dialog, QStringLiteral("workspace-settings-ar.png"));
    }
    installTranslations(QStringLiteral("en"));
    QApplication::setLayoutDirection(Qt::LeftToRight);
    WorkspaceSettingsDialog dialog(f.ws.db());
    dialog.show();
    test::saveScreenshot(dialog, QStringLiteral("workspace-settings-en.png"));
}
