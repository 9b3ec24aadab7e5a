#include "campaigns/buildlistdialog.h"

#include "campaigns/campaignrepository.h"
#include "campaigns/tagcompleter.h"
#include "contacts/chapter.h"
#include "contacts/contactdirectory.h"
#include "events/eventrepository.h"
#include "i18n/bidi.h"
#include "legislatures/bodyrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTimer>
#include <QVBoxLayout>

namespace majlis {

BuildListDialog::BuildListDialog(Database &database, const Campaign &campaign, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_campaign(campaign)
    , m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("Build the List of %1").arg(bidi::isolate(campaign.name)));

    m_chapter = new QComboBox(this);
    m_chapter->setObjectName(QStringLiteral("listChapterCombo"));
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("listTagsEdit"));
    m_tags->setPlaceholderText(tr("Any of these tags, separated by commas"));
    m_language = new QLineEdit(this);
    m_language->setObjectName(QStringLiteral("listLanguageEdit"));
    m_language->setPlaceholderText(tr("A language code, such as ar or ur"));
    m_state = new QLineEdit(this);
    m_state->setObjectName(QStringLiteral("listStateEdit"));
    m_state->setPlaceholderText(tr("Two letters, such as MI"));
    m_state->setMaxLength(2);
    m_state->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), m_state));
    m_body = new QComboBox(this);
    m_body->setObjectName(QStringLiteral("listBodyCombo"));
    m_body->setAccessibleName(tr("Legislature"));
    m_district = new QLineEdit(this);
    m_district->setObjectName(QStringLiteral("listDistrictEdit"));
    m_district->setAccessibleName(tr("District"));
    m_district->setPlaceholderText(tr("District, such as 12"));
    auto *district = new QHBoxLayout;
    district->addWidget(m_body, 1);
    district->addWidget(m_district);
    m_event = new QComboBox(this);
    m_event->setObjectName(QStringLiteral("listEventCombo"));
    m_voterStatus = new QComboBox(this);
    m_voterStatus->setObjectName(QStringLiteral("listVoterStatusCombo"));
    m_answeredCampaign = new QComboBox(this);
    m_answeredCampaign->setObjectName(QStringLiteral("listAnsweredCampaignCombo"));
    m_answeredCampaign->setAccessibleName(tr("Answered in the campaign"));
    m_question = new QComboBox(this);
    m_question->setObjectName(QStringLiteral("listQuestionCombo"));
    m_question->setAccessibleName(tr("Question"));
    m_answer = new QComboBox(this);
    m_answer->setObjectName(QStringLiteral("listAnswerCombo"));
    m_answer->setAccessibleName(tr("Answer"));
    auto *answered = new QHBoxLayout;
    answered->addWidget(m_answeredCampaign, 1);
    answered->addWidget(m_question, 1);
    answered->addWidget(m_answer, 1);
    m_pledged = new QCheckBox(tr("Only people who pledged to vote"), this);
    m_pledged->setObjectName(QStringLiteral("listPledgedCheck"));
    m_notVoted = new QCheckBox(tr("Only people who have not voted yet"), this);
    m_notVoted->setObjectName(QStringLiteral("listNotVotedCheck"));
    auto *turnout = new QHBoxLayout;
    turnout->addWidget(m_pledged);
    turnout->addWidget(m_notVoted);
    turnout->addStretch();
    const bool hasElection = !campaign.electionId.isEmpty();
    m_pledged->setEnabled(hasElection);
    m_notVoted->setEnabled(hasElection);

    auto *form = new QFormLayout;
    form->addRow(tr("C&hapter:"), m_chapter);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&State:"), m_state);
    // Rows holding a layout: their labels get a buddy by hand, for the shortcut and screen readers.
    auto *districtLabel = new QLabel(tr("&District of:"), this);
    districtLabel->setBuddy(m_body);
    form->addRow(districtLabel, district);
    form->addRow(tr("Came to the &event:"), m_event);
    form->addRow(tr("&Voter registration:"), m_voterStatus);
    auto *answeredLabel = new QLabel(tr("&Answered:"), this);
    answeredLabel->setBuddy(m_answeredCampaign);
    form->addRow(answeredLabel, answered);
    auto *turnoutLabel = new QLabel(hasElection ? tr("Election:") : tr("Election (none):"), this);
    turnoutLabel->setBuddy(m_pledged);
    form->addRow(turnoutLabel, turnout);

    auto *exclusions = new QLabel(campaign.kind == CampaignKind::Door
            ? tr("Never added: people who asked not to be contacted or opted out, people without a street address, "
                 "and people already on the list.")
            : tr("Never added: people who asked not to be contacted or opted out, people who have not agreed to be "
                 "phoned, people whose every number is marked wrong or disconnected, and people already on the list."),
        this);
    exclusions->setObjectName(QStringLiteral("listExclusions"));
    exclusions->setWordWrap(true);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("listPreview"));
    m_preview->setWordWrap(true);
    QFont bold = m_preview->font();
    bold.setBold(true);
    m_preview->setFont(bold);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add to the List"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BuildListDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(exclusions);
    layout->addStretch();
    layout->addWidget(m_preview);
    layout->addWidget(buttons);

    fillChoices();

    // Counting runs the filter over every contact: it waits for a pause in typing.
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &BuildListDialog::updatePreview);
    for (QLineEdit *edit : {m_tags, m_language, m_state, m_district})
        connect(edit, &QLineEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_chapter, m_body, m_event, m_voterStatus, m_answer})
        connect(combo, &QComboBox::currentIndexChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_answeredCampaign, &QComboBox::currentIndexChanged, this, [this] {
        fillQuestions();
        m_previewTimer->start();
    });
    connect(m_question, &QComboBox::currentIndexChanged, this, [this] {
        fillAnswers();
        m_previewTimer->start();
    });
    for (QCheckBox *box : {m_pledged, m_notVoted})
        connect(box, &QCheckBox::toggled, m_previewTimer, qOverload<>(&QTimer::start));
    updatePreview();
    resize(640, 520);
}

void BuildListDialog::fillChoices()
{
    m_chapter->addItem(tr("Any chapter"), QString());
    if (auto chapters = ChapterRepository(m_database).list()) {
        for (const Chapter &c : chapters.value())
            m_chapter->addItem(bidi::isolate(c.name), c.id);
    }
    m_chapter->setCurrentIndex(std::max(0, m_chapter->findData(m_campaign.chapterId)));
    if (auto tags = ContactDirectory(m_database).tags())
        new TagCompleter(tags.value(), m_tags);
    m_body->addItem(tr("Any legislature"), QString());
    if (auto bodies = BodyRepository(m_database).list()) {
        for (const LegislativeBody &b : bodies.value())
            m_body->addItem(bidi::isolate(b.name), b.code);
    }
    m_event->addItem(tr("Any or none"), QString());
    if (auto events = EventRepository(m_database).list()) {
        const QLocale locale;
        for (const Event &e : events.value())
            m_event->addItem(tr("%1 (%2)", "event: title (date)")
                                 .arg(bidi::isolate(e.title), locale.toString(e.startsAt.date(), QLocale::ShortFormat)),
                e.id);
    }
    m_voterStatus->addItem(tr("Any or none"), QString());
    for (auto status : {VoterRecord::Status::RegisteredHere, VoterRecord::Status::AlreadyRegistered,
             VoterRecord::Status::NeedsFollowUp, VoterRecord::Status::NotEligible, VoterRecord::Status::Unknown})
        m_voterStatus->addItem(voterStatusName(status), voterStatusKey(status));
    m_answeredCampaign->addItem(tr("No earlier answer needed"), QString());
    if (auto campaigns = CampaignRepository(m_database).list()) {
        for (const Campaign &c : campaigns.value()) {
            bool choosable = false;
            for (const ScriptQuestion &q : c.script.questions)
                choosable = choosable || q.kind != ScriptQuestion::Kind::FreeText;
            if (!choosable)
                continue;
            m_campaigns.append(c);
            m_answeredCampaign->addItem(bidi::isolate(c.name), c.id);
        }
    }
    fillQuestions();
}

void BuildListDialog::fillQuestions()
{
    const QSignalBlocker blocker(m_question);
    m_question->clear();
    const QString id = m_answeredCampaign->currentData().toString();
    for (const Campaign &c : std::as_const(m_campaigns)) {
        if (c.id != id)
            continue;
        for (const ScriptQuestion &q : c.script.questions) {
            // Free text cannot be matched to one answer.
            if (q.kind != ScriptQuestion::Kind::FreeText)
                m_question->addItem(bidi::isolate(q.text), q.key);
        }
    }
    m_question->setEnabled(m_question->count() > 0);
    fillAnswers();
}

void BuildListDialog::fillAnswers()
{
    const QSignalBlocker blocker(m_answer);
    m_answer->clear();
    const QString id = m_answeredCampaign->currentData().toString();
    const QString key = m_question->currentData().toString();
    for (const Campaign &c : std::as_const(m_campaigns)) {
        if (c.id != id)
            continue;
        if (const ScriptQuestion *q = c.script.question(key)) {
            for (const ScriptAnswer &a : q->answers)
                m_answer->addItem(bidi::isolate(a.label), a.key);
        }
    }
    m_answer->setEnabled(m_answer->count() > 0);
}

ListFilter BuildListDialog::filter() const
{
    ListFilter f;
    f.chapterId = m_chapter->currentData().toString();
    for (const QString &tag : m_tags->text().split(u',', Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            f.tags.append(tag.trimmed());
    }
    f.language = m_language->text().trimmed();
    f.usState = m_state->text().trimmed().toUpper();
    if (!m_district->text().trimmed().isEmpty()) {
        f.bodyCode = m_body->currentData().toString();
        f.district = m_district->text().trimmed();
    }
    f.attendedEventId = m_event->currentData().toString();
    f.voterStatus = m_voterStatus->currentData().toString();
    f.answeredCampaignId = m_answeredCampaign->currentData().toString();
    if (!f.answeredCampaignId.isEmpty()) {
        f.question = m_question->currentData().toString();
        f.answer = m_answer->currentData().toString();
    }
    if (!m_campaign.electionId.isEmpty()) {
        f.electionId = m_campaign.electionId;
        f.pledgedOnly = m_pledged->isChecked();
        f.notVotedOnly = m_notVoted->isChecked();
    }
    return f;
}

void BuildListDialog::updatePreview()
{
    m_previewTimer->stop();
    auto count = CallList(m_database).preview(m_campaign.id, filter());
    if (!count) {
        m_preview->setText(count.error().message);
        return;
    }
    m_preview->setText(tr("%Ln people would be added.", nullptr, count.value()));
}

QString BuildListDialog::previewText() const
{
    return m_preview->text();
}

bool BuildListDialog::build()
{
    auto added = CallList(m_database).build(m_campaign.id, filter());
    if (!added) {
        m_preview->setText(added.error().message);
        return false;
    }
    m_added = added.value();
    return true;
}

void BuildListDialog::accept()
{
    if (build())
        QDialog::accept();
}

} // namespace majlis
