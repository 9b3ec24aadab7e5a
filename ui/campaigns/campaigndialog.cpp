#include "campaigns/campaigndialog.h"

#include "campaigns/campaignrepository.h"
#include "contacts/chapter.h"
#include "i18n/bidi.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace majlis {

namespace {

const QString kNewElection = QStringLiteral("\x01new");

void paintAsError(QLabel *label, bool error)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, error ? QColor(0xb3, 0x26, 0x1e) : QColor(0x1b, 0x5e, 0x20));
    label->setPalette(palette);
}

} // namespace

CampaignDialog::CampaignDialog(Database &database, const Campaign &campaign, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_campaign(campaign)
{
    setWindowTitle(campaign.id.isEmpty() ? tr("New Campaign") : tr("Edit Campaign"));

    m_name = new QLineEdit(campaign.name, this);
    m_name->setObjectName(QStringLiteral("campaignNameEdit"));
    m_name->setPlaceholderText(tr("Such as November phone bank"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("campaignKindCombo"));
    for (CampaignKind kind : {CampaignKind::Phone, CampaignKind::Door, CampaignKind::Gotv})
        m_kind->addItem(campaignKindName(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(campaign.kind)));

    m_election = new QComboBox(this);
    m_election->setObjectName(QStringLiteral("campaignElectionCombo"));
    m_electionName = new QLineEdit(this);
    m_electionName->setObjectName(QStringLiteral("electionNameEdit"));
    m_electionName->setPlaceholderText(tr("Such as General election 2026"));
    m_electionDate = new QDateEdit(QDate::currentDate().addMonths(2), this);
    m_electionDate->setObjectName(QStringLiteral("electionDateEdit"));
    m_electionDate->setCalendarPopup(true);
    m_jurisdiction = new QLineEdit(this);
    m_jurisdiction->setObjectName(QStringLiteral("electionJurisdictionEdit"));
    m_jurisdiction->setPlaceholderText(tr("Such as Michigan, or Dearborn"));
    m_newElection = new QWidget(this);
    auto *electionForm = new QFormLayout(m_newElection);
    electionForm->setContentsMargins(0, 0, 0, 0);
    electionForm->addRow(tr("Election &name:"), m_electionName);
    electionForm->addRow(tr("Election &date:"), m_electionDate);
    electionForm->addRow(tr("&Jurisdiction:"), m_jurisdiction);
    connect(m_election, &QComboBox::currentIndexChanged, this, &CampaignDialog::updateElectionFields);

    m_chapter = new QComboBox(this);
    m_chapter->setObjectName(QStringLiteral("campaignChapterCombo"));

    // A phone bank usually runs for a few weeks.
    m_start = new QDateEdit(campaign.startsOn.isValid() ? campaign.startsOn : QDate::currentDate(), this);
    m_start->setObjectName(QStringLiteral("campaignStartEdit"));
    m_start->setCalendarPopup(true);
    m_end = new QDateEdit(campaign.endsOn.isValid() ? campaign.endsOn : m_start->date().addDays(28), this);
    m_end->setObjectName(QStringLiteral("campaignEndEdit"));
    m_end->setCalendarPopup(true);
    m_noDates = new QCheckBox(tr("No dates"), this);
    m_noDates->setObjectName(QStringLiteral("campaignNoDatesCheck"));
    m_noDates->setChecked(!campaign.id.isEmpty() && !campaign.startsOn.isValid() && !campaign.endsOn.isValid());
    auto enableDates = [this](bool none) {
        m_start->setEnabled(!none);
        m_end->setEnabled(!none);
    };
    connect(m_noDates, &QCheckBox::toggled, this, enableDates);
    enableDates(m_noDates->isChecked());
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_start);
    auto *untilLabel = new QLabel(tr("&until"), this);
    untilLabel->setBuddy(m_end);
    dates->addWidget(untilLabel);
    dates->addWidget(m_end);
    dates->addWidget(m_noDates);
    dates->addStretch();

    m_script = new QPlainTextEdit(this);
    m_script->setObjectName(QStringLiteral("campaignScriptEdit"));
    m_script->setAccessibleName(tr("Script"));
    // YAML is indented code: it reads left to right whatever the interface's direction.
    m_script->setLayoutDirection(Qt::LeftToRight);
    m_script->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_script->setTabChangesFocus(true);
    m_script->setPlaceholderText(tr("introduction: \"Hello {name}, this is {caller} with our chapter.\"\n"
                                    "questions:\n"
                                    "  - key: plan\n"
                                    "    text: \"Do you plan to vote on election day?\"\n"
                                    "    kind: yes_no\n"
                                    "    answers:\n"
                                    "      - {key: \"yes\", label: \"Yes\", action: pledge}\n"
                                    "      - {key: \"no\", label: \"No\"}",
        "YAML example: translate only the text in quotes"));
    if (!campaign.id.isEmpty() && (!campaign.script.introduction.isEmpty() || !campaign.script.questions.isEmpty()))
        m_script->setPlainText(QString::fromUtf8(CampaignScriptFormat::toYaml(campaign.script)));
    auto *load = new QPushButton(tr("&Load from File…"), this);
    load->setObjectName(QStringLiteral("loadScriptButton"));
    connect(load, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Load Script"), QDir::homePath(), tr("Scripts (*.yaml *.yml *.json);;All files (*)"));
        if (!path.isEmpty())
            loadScriptFile(path);
    });
    m_scriptStatus = new QLabel(this);
    m_scriptStatus->setObjectName(QStringLiteral("campaignScriptStatus"));
    m_scriptStatus->setWordWrap(true);
    m_scriptStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *help = new QLabel(tr("An introduction ({caller} and {name} are filled in for each call), then questions of "
                               "the kind single, multiple, yes_no or text. An answer can record a pledge, ask for a "
                               "follow_up, opt the person out (do_not_contact) or add a tag (tag:NAME)."),
        this);
    help->setWordWrap(true);
    auto *scriptBar = new QHBoxLayout;
    scriptBar->addWidget(help, 1);
    scriptBar->addWidget(load, 0, Qt::AlignTop);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Election:"), m_election);
    form->addRow(QString(), m_newElection);
    form->addRow(tr("C&hapter:"), m_chapter);
    // The row holds a layout: the label gets its buddy by hand, for its shortcut and for screen readers.
    auto *datesLabel = new QLabel(tr("&Runs from:"), this);
    datesLabel->setBuddy(m_start);
    form->addRow(datesLabel, dates);
    auto *scriptLabel = new QLabel(tr("&Script (YAML):"), this);
    scriptLabel->setBuddy(m_script);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("campaignDialogError"));
    m_error->setWordWrap(true);
    paintAsError(m_error, true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(campaign.id.isEmpty() ? tr("&Create") : tr("&Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CampaignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(scriptLabel);
    layout->addLayout(scriptBar);
    layout->addWidget(m_script, 1);
    layout->addWidget(m_scriptStatus);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    fillChoices();
    resize(640, 640);
}

void CampaignDialog::fillChoices()
{
    m_election->addItem(tr("No election"), QString());
    if (auto elections = CampaignRepository(m_database).elections()) {
        const QLocale locale;
        for (const Election &e : elections.value()) {
            const QString text = e.date.isValid()
                ? tr("%1 (%2)", "election: name (date)")
                      .arg(bidi::isolate(e.name), locale.toString(e.date, QLocale::ShortFormat))
                : bidi::isolate(e.name);
            m_election->addItem(text, e.id);
        }
    }
    m_election->addItem(tr("New Election…"), kNewElection);
    m_election->setCurrentIndex(std::max(0, m_election->findData(m_campaign.electionId)));
    updateElectionFields();

    m_chapter->addItem(tr("Whole organization"), QString());
    if (auto chapters = ChapterRepository(m_database).list()) {
        for (const Chapter &c : chapters.value())
            m_chapter->addItem(bidi::isolate(c.name), c.id);
    }
    m_chapter->setCurrentIndex(std::max(0, m_chapter->findData(m_campaign.chapterId)));
}

void CampaignDialog::updateElectionFields()
{
    const bool creating = m_election->currentData().toString() == kNewElection;
    m_newElection->setVisible(creating);
    if (creating && isVisible())
        m_electionName->setFocus();
}

bool CampaignDialog::loadScriptFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_scriptStatus->setText(
            tr("Could not read %1: %2").arg(bidi::isolateLtr(QDir::toNativeSeparators(path)), file.errorString()));
        paintAsError(m_scriptStatus, true);
        return false;
    }
    m_script->setPlainText(QString::fromUtf8(file.readAll()));
    return checkedScript().ok();
}

Result<CampaignScript> CampaignDialog::checkedScript()
{
    // A campaign may start without a script: the callers then only record results.
    auto script = m_script->toPlainText().trimmed().isEmpty()
        ? Result<CampaignScript>(CampaignScript {})
        : CampaignScriptFormat::fromYaml(m_script->toPlainText().toUtf8());
    if (!script) {
        m_scriptStatus->setText(tr("The script cannot be used: %1").arg(script.error().message));
        paintAsError(m_scriptStatus, true);
        return script;
    }
    m_scriptStatus->setText(tr("The script reads well: %n question(s).", nullptr, int(script->questions.size())));
    paintAsError(m_scriptStatus, false);
    return script;
}

void CampaignDialog::showError(const QString &message)
{
    m_error->setText(message);
}

bool CampaignDialog::save()
{
    showError({});
    auto script = checkedScript();
    if (!script) {
        m_script->setFocus();
        return false;
    }
    Campaign c = m_campaign;
    c.name = m_name->text().trimmed();
    c.kind = CampaignKind(m_kind->currentData().toInt());
    c.chapterId = m_chapter->currentData().toString();
    c.startsOn = m_noDates->isChecked() ? QDate() : m_start->date();
    c.endsOn = m_noDates->isChecked() ? QDate() : m_end->date();
    c.script = script.value();

    CampaignRepository repository(m_database);
    Result<Campaign> saved = Error {};
    if (m_election->currentData().toString() == kNewElection) {
        Election election;
        election.name = m_electionName->text().trimmed();
        election.date = m_electionDate->date();
        election.jurisdiction = m_jurisdiction->text().trimmed();
        election.chapterId = c.chapterId;
        saved = repository.saveWithElection(c, election);
    } else {
        c.electionId = m_election->currentData().toString();
        saved = c.id.isEmpty() ? repository.create(c) : repository.update(c);
    }
    if (!saved) {
        showError(saved.error().message);
        return false;
    }
    m_saved = saved.value();
    return true;
}

void CampaignDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace majlis
