#include "shell/workspacesettingsdialog.h"

#include "contacts/chapter.h"
#include "contacts/phoneregion.h"
#include "contacts/workspacesettings.h"
#include "events/eventtimezone.h"
#include "i18n/bidi.h"
#include "i18n/countrynames.h"
#include "shell/chapterplacedelegate.h"
#include "shell/chapterplacesmodel.h"
#include "shell/placecombos.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace majlis {

namespace {

QLabel *hintLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

WorkspaceSettingsDialog::WorkspaceSettingsDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_database(database), m_ownRegion(phoneregion::ownWorkspaceRegion(database)),
      m_ownZone(timezones::workspaceZone(database))
{
    setWindowTitle(tr("Workspace Settings"));

    m_country = placecombos::country(this, tr("Not set: this computer's country"));
    m_country->setObjectName(QStringLiteral("workspaceCountryCombo"));
    m_country->setAccessibleName(tr("Country for phone numbers"));
    m_country->setCurrentIndex(std::max(0, m_country->findData(m_ownRegion.toUpper())));
    m_countryInEffect = hintLabel(this);
    m_countryInEffect->setObjectName(QStringLiteral("countryInEffectLabel"));

    m_zone = placecombos::timeZone(this);
    m_zone->setObjectName(QStringLiteral("workspaceTimeZoneCombo"));
    m_zone->setAccessibleName(tr("Time zone of events"));
    m_zone->lineEdit()->setPlaceholderText(tr("Not set: this computer's time zone"));
    m_zone->lineEdit()->setClearButtonEnabled(true);
    m_zone->setCurrentText(m_ownZone);
    m_zoneInEffect = hintLabel(this);
    m_zoneInEffect->setObjectName(QStringLiteral("zoneInEffectLabel"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Country for phone numbers:"), m_country);
    form->addRow(QString(), m_countryInEffect);
    form->addRow(tr("&Time zone of events:"), m_zone);
    form->addRow(QString(), m_zoneInEffect);

    m_model = new ChapterPlacesModel(this);
    m_chapters = new QTableView(this);
    m_chapters->setObjectName(QStringLiteral("chaptersTable"));
    m_chapters->setModel(m_model);
    m_chapters->setItemDelegate(new ChapterPlaceDelegate(m_chapters));
    m_chapters->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_chapters->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                | QAbstractItemView::SelectedClicked);
    m_chapters->verticalHeader()->hide();
    m_chapters->horizontalHeader()->setStretchLastSection(true);
    m_chapters->setAccessibleName(tr("Chapters"));
    auto *chaptersBox = new QGroupBox(tr("C&hapters"), this);
    auto *chaptersLayout = new QVBoxLayout(chaptersBox);
    auto *chaptersHint = hintLabel(chaptersBox);
    chaptersHint->setText(tr("A chapter's own country and time zone come before the workspace's for its contacts and "
                             "events. Double-click a cell to change it; an empty one follows the workspace."));
    chaptersLayout->addWidget(chaptersHint);
    chaptersLayout->addWidget(m_chapters);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("workspaceSettingsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_problem->hide();
    connect(m_model, &ChapterPlacesModel::refused, this, &WorkspaceSettingsDialog::showProblem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &WorkspaceSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(chaptersBox, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    if (auto chapters = ChapterRepository(m_database).list())
        m_model->setChapters(*chapters);
    else
        showProblem(tr("The chapters could not be read: %1").arg(chapters.error().message));
    m_chapters->resizeColumnsToContents();
    connect(m_country, &QComboBox::currentIndexChanged, this, &WorkspaceSettingsDialog::showInEffect);
    connect(m_zone, &QComboBox::currentTextChanged, this, &WorkspaceSettingsDialog::showInEffect);
    showInEffect();
    resize(std::max(640, sizeHint().width()), 520);
}

void WorkspaceSettingsDialog::showInEffect()
{
    // As the dialog stands, not as stored: the chapters' inherited cells follow the choice above.
    const QString chosenRegion = m_country->currentData().toString();
    const QString region = chosenRegion.isEmpty() ? phoneregion::localeRegion() : chosenRegion;
    if (!chosenRegion.isEmpty())
        m_countryInEffect->setText(tr("Numbers typed without + are read as numbers of %1, unless the contact or "
                                      "its chapter names another country.")
                                       .arg(countries::nameWithCode(region)));
    else if (!region.isEmpty())
        m_countryInEffect->setText(tr("In effect: %1, from this computer's language and region settings.")
                                       .arg(countries::nameWithCode(region)));
    else
        m_countryInEffect->setText(tr("None in effect: this computer's settings name no country, so numbers typed "
                                      "without + and without a country are kept as typed. Choose one."));

    const QString typed = m_zone->currentText().trimmed();
    const bool known = timezones::check(typed).ok();
    const QString zone = typed.isEmpty() || !known ? QString::fromUtf8(QTimeZone::systemTimeZoneId()) : typed;
    if (!known)
        m_zoneInEffect->setText(tr("%1 is not a time zone this computer knows; choose one from the list.")
                                    .arg(bidi::isolateLtr(typed)));
    else if (typed.isEmpty())
        m_zoneInEffect->setText(tr("In effect: %1, this computer's time zone.").arg(bidi::isolateLtr(zone)));
    else
        m_zoneInEffect->setText(tr("Events without a zone of their own or of their chapter are at %1.")
                                    .arg(bidi::isolateLtr(zone)));
    m_model->setInherited(region, zone);
}

void WorkspaceSettingsDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

QString WorkspaceSettingsDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void WorkspaceSettingsDialog::accept()
{
    const QString zone = m_zone->currentText().trimmed();
    if (auto s = timezones::check(zone); !s) {
        showProblem(s.error().message);
        m_zone->setFocus();
        m_zone->lineEdit()->selectAll();
        return;
    }
    workspacesettings::Change change;
    const QString region = m_country->currentData().toString();
    if (region != m_ownRegion.toUpper())
        change.region = region;
    if (zone != m_ownZone)
        change.timeZone = zone;
    change.chapters = m_model->changes();
    const bool changed = change.region || change.timeZone || !change.chapters.isEmpty();
    if (changed) {
        if (auto s = workspacesettings::apply(m_database, change); !s) {
            showProblem(tr("Nothing was changed. %1").arg(s.error().message));
            return;
        }
    }
    showProblem({});
    QDialog::accept();
    if (changed)
        emit settingsChanged();
}

} // namespace majlis
