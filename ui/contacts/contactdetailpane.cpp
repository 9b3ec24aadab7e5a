#include "contacts/contactdetailpane.h"

#include "campaigns/campaignrepository.h"
#include "contacts/chapter.h"
#include "contacts/contactdirectory.h"
#include "contacts/contactdistrictspanel.h"
#include "contacts/contacteditor.h"
#include "campaigns/campaign.h"
#include "contacts/contactrepository.h"
#include "contacts/optouts.h"
#include "contacts/phoneregion.h"
#include "i18n/bidi.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace majlis {

namespace {

// "plan: Yes; issues: Civil rights, Economy": the answers' keys as the campaign's script labels
// them; without the script (a campaign renamed or gone) the stored keys themselves.
QString describeAnswers(const QJsonObject &answers, const CampaignScript *script)
{
    QStringList parts;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const ScriptQuestion *question = script ? script->question(it.key()) : nullptr;
        auto label = [question](const QString &key) {
            const ScriptAnswer *answer = question ? question->answer(key) : nullptr;
            return answer ? answer->label : key;
        };
        QStringList values;
        if (it.value().isArray()) {
            for (const QJsonValue &v : it.value().toArray())
                values.append(label(v.toString()));
        } else if (question && question->kind == ScriptQuestion::Kind::FreeText) {
            values.append(it.value().toString());
        } else {
            values.append(label(it.value().toString()));
        }
        parts.append(ContactDetailPane::tr("%1: %2", "question: answers").arg(it.key(), bidi::isolateEach(values)));
    }
    return parts.join(ContactDetailPane::tr("; ", "between the answers to two questions"));
}

QString describeCampaignResult(const Activity &activity, const QHash<QString, CampaignScript> &scripts)
{
    const QJsonObject detail = QJsonDocument::fromJson(activity.detail.toUtf8()).object();
    const QString campaign = detail.value(u"campaign").toString();
    const auto code = resultCodeFromKey(detail.value(u"code").toString());
    const QString result = code ? resultCodeName(*code) : detail.value(u"code").toString();
    const QJsonObject answers = detail.value(u"answers").toObject();
    const auto script = scripts.constFind(campaign);
    const QString said = describeAnswers(answers, script == scripts.cend() ? nullptr : &script.value());
    if (said.isEmpty())
        return ContactDetailPane::tr("%1: %2", "campaign: result").arg(bidi::isolate(campaign), result);
    return ContactDetailPane::tr("%1: %2 (%3)", "campaign: result (answers)").arg(bidi::isolate(campaign), result, said);
}

// History entries are stored with stable keys; this is where they become words.
QString describeActivity(const Activity &activity, const QHash<QString, CampaignScript> &scripts)
{
    if (activity.kind == QLatin1String("campaign_result"))
        return describeCampaignResult(activity, scripts);
    const QStringList parts = activity.detail.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (activity.kind == QLatin1String("created"))
        return ContactDetailPane::tr("Added to Majlis");
    if (activity.kind == QLatin1String("deleted"))
        return ContactDetailPane::tr("Deleted");
    if (activity.kind == QLatin1String("restored"))
        return ContactDetailPane::tr("Restored");
    if (activity.kind == QLatin1String("merged"))
        return ContactDetailPane::tr("Merged with %1").arg(activity.detail);
    if (activity.kind == QLatin1String("checked_in"))
        return ContactDetailPane::tr("Came to %1").arg(activity.detail);
    if (activity.kind == QLatin1String("tagged"))
        return ContactDetailPane::tr("Tagged: %1").arg(parts.join(QStringLiteral(", ")));
    if (activity.kind == QLatin1String("opted_out"))
        return ContactDetailPane::tr("Marked do not contact: %1").arg(optOutReasonName(activity.detail));
    if (activity.kind == QLatin1String("opted_in"))
        return ContactDetailPane::tr("May be contacted again");
    if (activity.kind == QLatin1String("untagged"))
        return ContactDetailPane::tr("Tags removed: %1").arg(parts.join(QStringLiteral(", ")));
    if (activity.kind == QLatin1String("edited")) {
        static const QHash<QString, const char *> names = {
            {QStringLiteral("name"), QT_TRANSLATE_NOOP("majlis::ContactDetailPane", "name")},
            {QStringLiteral("emails"), QT_TRANSLATE_NOOP("majlis::ContactDetailPane", "emails")},
            {QStringLiteral("phones"), QT_TRANSLATE_NOOP("majlis::ContactDetailPane", "phones")},
            {QStringLiteral("address"), QT_TRANSLATE_NOOP("majlis::ContactDetailPane", "address")},
            {QStringLiteral("district"), QT_TRANSLATE_NOOP("majlis::ContactDetailPane", "district")},
            {QStringLiteral("chapter"), QT_TRANSLATE_NOOP("majlis::ContactDetailPane", "chapter")},
            {QStringLiteral("languages"), QT_TRANSLATE_NOOP("majlis::ContactDetailPane", "languages")},
            {QStringLiteral("organization"), QT_TRANSLATE_NOOP("majlis::ContactDetailPane", "organization")},
            {QStringLiteral("tags"), QT_TRANSLATE_NOOP("majlis::ContactDetailPane", "tags")},
            {QStringLiteral("consent"), QT_TRANSLATE_NOOP("majlis::ContactDetailPane", "consent")},
            {QStringLiteral("skills"), QT_TRANSLATE_NOOP("majlis::ContactDetailPane", "skills and interests")},
            {QStringLiteral("notes"), QT_TRANSLATE_NOOP("majlis::ContactDetailPane", "notes")},
            {QStringLiteral("birthday"), QT_TRANSLATE_NOOP("majlis::ContactDetailPane", "birthday")},
        };
        QStringList words;
        for (const QString &part : parts)
            words.append(names.contains(part) ? ContactDetailPane::tr(names.value(part)) : part);
        return ContactDetailPane::tr("Edited: %1").arg(words.join(QStringLiteral(", ")));
    }
    return activity.kind;
}

} // namespace

ContactDetailPane::ContactDetailPane(Database &database, QWidget *parent)
    : QWidget(parent), m_database(database)
{
    m_empty = new QLabel(tr("Select a contact to see and edit it here,\nor press Ctrl+N to add one."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // An opt-out is shown where nobody can miss it, and changed only here, on purpose.
    m_optOut = new QLabel(this);
    m_optOut->setObjectName(QStringLiteral("optOutNotice"));
    m_optOut->setWordWrap(true);
    m_optOutButton = new QPushButton(this);
    m_optOutButton->setObjectName(QStringLiteral("optOutButton"));
    // The notice wraps into whatever room is left; the button's words are never cut.
    m_optOutButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_optOut->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *reasons = new QMenu(m_optOutButton);
    for (const QString &reason : OptOuts::reasons())
        reasons->addAction(optOutReasonName(reason), this, [this, reason] { setOptOut(reason); });
    connect(m_optOutButton, &QPushButton::clicked, this, [this, reasons] {
        if (m_contact.doNotContact.isEmpty())
            reasons->popup(m_optOutButton->mapToGlobal(QPoint(0, m_optOutButton->height())));
        else
            liftOptOut();
    });
    // The editor and the history scroll together; Save and Revert stay in view below them.
    auto *content = new QWidget(this);
    m_editor = new ContactEditor(content);
    m_history = new QListWidget(content);
    m_history->setAccessibleName(tr("History"));
    m_history->setMinimumHeight(110);
    m_districts = new ContactDistrictsPanel(database, content);
    auto *districtsTitle = new QLabel(tr("Districts"), content);
    districtsTitle->setBuddy(m_districts->view());
    auto *historyTitle = new QLabel(tr("History"), content);
    historyTitle->setBuddy(m_history);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_editor);
    contentLayout->addWidget(districtsTitle);
    contentLayout->addWidget(m_districts);
    contentLayout->addWidget(historyTitle);
    contentLayout->addWidget(m_history);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_save = new QPushButton(tr("&Save"), this);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save changes (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_revert = new QPushButton(tr("&Revert"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *detail = new QWidget(this);
    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    auto *optOutRow = new QHBoxLayout;
    optOutRow->addWidget(m_optOut, 1);
    optOutRow->addWidget(m_optOutButton);
    layout->addLayout(optOutRow);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(detail);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_editor, &ContactEditor::changed, this, &ContactDetailPane::updateButtons);
    connect(m_revert, &QPushButton::clicked, this, &ContactDetailPane::revert);
    connect(m_districts, &ContactDistrictsPanel::districtsChanged, this, [this] {
        showContact(m_contact.id); // the House district field changes with them
        emit districtsChanged();
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (m_editor->isValid() && m_editor->isModified())
            emit saveRequested(m_contact, m_editor->contact());
    });
    refreshChoices();
    showContact({});
}

void ContactDetailPane::refreshChoices()
{
    if (auto chapters = ChapterRepository(m_database).list())
        m_editor->setChapters(*chapters, phoneregion::workspaceRegion(m_database));
    if (auto tags = ContactDirectory(m_database).tags())
        m_editor->setTagSuggestions(*tags);
}

void ContactDetailPane::showContact(const QString &id)
{
    auto contact = id.isEmpty() ? Result<Contact>(Error{Error::Code::NotFound, {}}) : ContactRepository(m_database).get(id);
    if (!contact) {
        m_contact = {};
        m_districts->setContact({}, {}, {});
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_contact = *contact;
    m_title->setText(m_contact.displayName());
    m_editor->setContact(m_contact);
    m_districts->setContact(m_contact.id, m_contact.displayName(), m_contact.address.postalCode);
    m_stack->setCurrentIndex(1);
    showOptOut();
    showHistory();
    updateButtons();
}

bool ContactDetailPane::hasUnsavedChanges() const
{
    return !m_contact.id.isEmpty() && m_editor->isModified();
}

void ContactDetailPane::revert()
{
    m_editor->setContact(m_contact);
    updateButtons();
}

void ContactDetailPane::updateButtons()
{
    m_save->setEnabled(m_editor->isModified() && m_editor->isValid());
    m_revert->setEnabled(m_editor->isModified());
    m_districts->setEditsPending(m_editor->isModified());
}

void ContactDetailPane::showHistory()
{
    m_history->clear();
    const auto history = ContactRepository(m_database).history(m_contact.id);
    if (!history)
        return;
    // Campaign results name their campaign; its script puts their answers into words.
    QHash<QString, CampaignScript> scripts;
    const bool anyResult = std::any_of(history->cbegin(), history->cend(),
                                       [](const Activity &a) { return a.kind == QLatin1String("campaign_result"); });
    if (anyResult) {
        if (auto campaigns = CampaignRepository(m_database).list()) {
            for (const Campaign &c : campaigns.value())
                scripts.insert(c.name, c.script);
        }
    }
    const QLocale locale;
    for (const Activity &activity : *history) {
        const QString when = locale.toString(QDateTime::fromMSecsSinceEpoch(activity.occurredAt), QLocale::ShortFormat);
        m_history->addItem(tr("%1 — %2", "history entry: date, what happened").arg(when, describeActivity(activity, scripts)));
    }
}

void ContactDetailPane::showOptOut()
{
    const bool optedOut = !m_contact.doNotContact.isEmpty();
    m_optOut->setVisible(optedOut);
    m_optOut->setText(optedOut ? tr("<b>Do not contact</b> (%1): left out of every list, calling export and campaign.")
                                     .arg(optOutReasonName(m_contact.doNotContact).toHtmlEscaped())
                               : QString());
    m_optOutButton->setText(optedOut ? tr("Allow Contact &Again…") : tr("Do &Not Contact"));
    m_optOutButton->setToolTip(optedOut ? tr("The person asked to be contacted again, or the mark was a mistake")
                                        : tr("Leave this person out of every list and campaign from now on"));
}

void ContactDetailPane::setOptOut(const QString &reason)
{
    if (auto s = OptOuts(m_database).set(m_contact.id, reason); !s) {
        QMessageBox::warning(this, tr("Do Not Contact"), s.error().message);
        return;
    }
    // The editor is left as it is: typing in progress stays, and saving never touches the mark.
    m_contact.doNotContact = reason;
    showOptOut();
    showHistory();
}

void ContactDetailPane::liftOptOut()
{
    const auto answer = QMessageBox::question(
        this, tr("Allow Contact Again"),
        tr("%1 is marked \"%2\". Allow contacting them again? Only do this when they asked for it.")
            .arg(m_contact.displayName(), optOutReasonName(m_contact.doNotContact)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto s = OptOuts(m_database).lift(m_contact.id); !s) {
        QMessageBox::warning(this, tr("Allow Contact Again"), s.error().message);
        return;
    }
    m_contact.doNotContact.clear();
    showOptOut();
    showHistory();
}

} // namespace majlis
