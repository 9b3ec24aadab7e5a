#include "contacts/contacteditor.h"

#include "contacts/phonenumber.h"

#include "contacts/labeledlistedit.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace majlis {

namespace {

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            items.append(part.trimmed());
    }
    return items;
}

QString joinList(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}

QLineEdit *lineEdit(QWidget *parent, const QString &accessibleName)
{
    auto *edit = new QLineEdit(parent);
    edit->setAccessibleName(accessibleName);
    return edit;
}

// The consent combo's items: not recorded, granted, declined.
enum ConsentState { NotRecorded, Granted, Declined };

} // namespace

ContactEditor::ContactEditor(QWidget *parent) : QWidget(parent)
{
    m_given = lineEdit(this, tr("Given name"));
    m_family = lineEdit(this, tr("Family name"));
    m_preferred = lineEdit(this, tr("Preferred name"));
    m_preferred->setPlaceholderText(tr("What they like to be called"));
    m_emails = new LabeledListEdit({tr("home"), tr("work"), tr("other")}, tr("Add email"), tr("Email address"), this);
    m_phones = new LabeledListEdit({tr("mobile"), tr("home"), tr("work"), tr("other")}, tr("Add phone"),
                                   tr("Phone number"), this);
    m_emails->setValuesLeftToRight();
    m_phones->setValuesLeftToRight();
    m_chapter = new QComboBox(this);
    m_chapter->setAccessibleName(tr("Chapter"));
    m_street = lineEdit(this, tr("Street"));
    m_locality = lineEdit(this, tr("City"));
    m_region = lineEdit(this, tr("State or region"));
    m_postalCode = lineEdit(this, tr("Postal code"));
    m_country = lineEdit(this, tr("Country"));
    m_country->setPlaceholderText(tr("Two letters, such as US"));
    m_country->setMaxLength(2);
    m_state = lineEdit(this, tr("U.S. state"));
    m_state->setPlaceholderText(tr("MI"));
    m_state->setMaxLength(2);
    m_state->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), m_state));
    m_district = new QSpinBox(this);
    m_district->setAccessibleName(tr("Congressional district"));
    m_district->setRange(-1, 99);
    m_district->setSpecialValueText(tr("Unknown"));
    m_district->setValue(-1);
    m_district->setToolTip(tr("0 for an at-large seat"));
    m_languages = lineEdit(this, tr("Languages"));
    m_languages->setPlaceholderText(tr("Comma-separated, such as ar, en"));
    m_organization = lineEdit(this, tr("Organization"));
    m_role = lineEdit(this, tr("Role"));
    m_tags = lineEdit(this, tr("Tags"));
    m_tags->setPlaceholderText(tr("Comma-separated"));
    m_skills = lineEdit(this, tr("Volunteer skills"));
    m_skills->setPlaceholderText(tr("Comma-separated"));
    m_interests = lineEdit(this, tr("Interests"));
    m_interests->setPlaceholderText(tr("Comma-separated"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(60);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->setAccessibleName(tr("Problems"));

    auto *name = new QFormLayout;
    name->addRow(tr("&Given name:"), m_given);
    name->addRow(tr("&Family name:"), m_family);
    name->addRow(tr("&Preferred name:"), m_preferred);
    name->addRow(tr("&Emails:"), m_emails);
    name->addRow(tr("P&hones:"), m_phones);
    name->addRow(tr("C&hapter:"), m_chapter);

    auto *districtRow = new QHBoxLayout;
    districtRow->addWidget(m_state);
    districtRow->addWidget(new QLabel(tr("District:"), this));
    districtRow->addWidget(m_district);
    districtRow->addStretch();
    auto *where = new QFormLayout;
    where->addRow(tr("Street:"), m_street);
    where->addRow(tr("City:"), m_locality);
    where->addRow(tr("Region:"), m_region);
    where->addRow(tr("Postal code:"), m_postalCode);
    where->addRow(tr("Country:"), m_country);
    auto *stateLabel = new QLabel(tr("U.S. &state:"), this);
    stateLabel->setBuddy(m_state);
    where->addRow(stateLabel, districtRow);
    auto *whereBox = new QGroupBox(tr("Address and district"), this);
    whereBox->setLayout(where);

    auto *more = new QFormLayout;
    more->addRow(tr("&Languages:"), m_languages);
    more->addRow(tr("&Organization:"), m_organization);
    more->addRow(tr("&Role:"), m_role);
    more->addRow(tr("&Tags:"), m_tags);
    more->addRow(tr("S&kills:"), m_skills);
    more->addRow(tr("&Interests:"), m_interests);
    more->addRow(tr("&Notes:"), m_notes);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(name);
    layout->addWidget(whereBox);
    layout->addWidget(buildConsentGroup());
    layout->addLayout(more);
    layout->addWidget(m_problem);
    layout->addStretch();

    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, this, &ContactEditor::onEdited);
    connect(m_emails, &LabeledListEdit::changed, this, &ContactEditor::onEdited);
    connect(m_phones, &LabeledListEdit::changed, this, &ContactEditor::onEdited);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ContactEditor::onEdited);
    connect(m_chapter, &QComboBox::currentIndexChanged, this, &ContactEditor::onEdited);
    connect(m_district, &QSpinBox::valueChanged, this, &ContactEditor::onEdited);

    setContact({});
}

QWidget *ContactEditor::buildConsentGroup()
{
    auto *box = new QGroupBox(tr("Consent"), this);
    auto *grid = new QGridLayout(box);
    grid->addWidget(new QLabel(tr("Recorded"), box), 0, 1);
    grid->addWidget(new QLabel(tr("Date"), box), 0, 2);
    grid->addWidget(new QLabel(tr("Source"), box), 0, 3);
    const QList<std::pair<ConsentChannel, QString>> channels = {
        {ConsentChannel::Email, tr("Email")},
        {ConsentChannel::Sms, tr("Text messages")},
        {ConsentChannel::Phone, tr("Phone calls")},
        {ConsentChannel::Photo, tr("Photos")},
    };
    int row = 1;
    for (const auto &[channel, title] : channels) {
        auto *state = new QComboBox(box);
        state->addItems({tr("Not recorded"), tr("Granted"), tr("Declined")});
        state->setAccessibleName(tr("Consent to %1").arg(title));
        auto *date = new QDateEdit(QDate::currentDate(), box);
        date->setCalendarPopup(true);
        date->setAccessibleName(tr("Date of consent to %1").arg(title));
        auto *source = new QLineEdit(box);
        source->setPlaceholderText(tr("Sign-up form, event, call…"));
        source->setAccessibleName(tr("Source of consent to %1").arg(title));
        grid->addWidget(new QLabel(title, box), row, 0);
        grid->addWidget(state, row, 1);
        grid->addWidget(date, row, 2);
        grid->addWidget(source, row, 3);
        m_consents.append({state, date, source});
        auto sync = [date, source, state] {
            const bool recorded = state->currentIndex() != NotRecorded;
            date->setEnabled(recorded);
            source->setEnabled(recorded);
        };
        connect(state, &QComboBox::currentIndexChanged, this, [this, sync] {
            sync();
            onEdited();
        });
        connect(date, &QDateEdit::dateChanged, this, &ContactEditor::onEdited);
        sync();
        ++row;
    }
    grid->setColumnStretch(3, 1);
    return box;
}

void ContactEditor::setChapters(const QList<Chapter> &chapters, const QString &workspaceRegion)
{
    m_workspaceRegion = workspaceRegion;
    m_chapterCountries.clear();
    for (const Chapter &chapter : chapters)
        m_chapterCountries.insert(chapter.id, chapter.country.trimmed().toUpper());
    const QString current = m_chapter->currentData().toString();
    const QSignalBlocker blocker(m_chapter);
    m_chapter->clear();
    m_chapter->addItem(tr("No chapter"), QString());
    for (const Chapter &chapter : chapters)
        m_chapter->addItem(chapter.name, chapter.id);
    m_chapter->setCurrentIndex(std::max(0, m_chapter->findData(current)));
}

void ContactEditor::setTagSuggestions(const QStringList &tags)
{
    auto *completer = new QCompleter(tags, m_tags);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_tags->setCompleter(completer);
}

void ContactEditor::setContact(const Contact &c)
{
    m_loading = true;
    m_loaded = c;
    m_given->setText(c.givenName);
    m_family->setText(c.familyName);
    m_preferred->setText(c.preferredName);
    m_emails->setValues(c.emails);
    // Shown the way the contact's country dials them; one that cannot be read is flagged below.
    const QString region = phoneRegionOf(c);
    m_storedPhones.clear();
    QList<LabeledValue> shownPhones = c.phones;
    QList<int> unreadable;
    for (qsizetype i = 0; i < shownPhones.size(); ++i) {
        const phone::Display shown = phone::display(shownPhones[i].value, region);
        m_storedPhones.insert(shown.text, shownPhones[i].value);
        shownPhones[i].value = shown.text;
        if (!shown.readable)
            unreadable.append(int(i));
    }
    m_phones->setValues(shownPhones);
    m_chapter->setCurrentIndex(std::max(0, m_chapter->findData(c.chapterId)));
    m_street->setText(c.address.street);
    m_locality->setText(c.address.locality);
    m_region->setText(c.address.region);
    m_postalCode->setText(c.address.postalCode);
    m_country->setText(c.address.country);
    m_state->setText(c.usState);
    m_district->setValue(c.district.value_or(-1));
    m_languages->setText(joinList(c.languages));
    m_organization->setText(c.organization);
    m_role->setText(c.role);
    m_tags->setText(joinList(c.tags));
    m_skills->setText(joinList(c.skills));
    m_interests->setText(joinList(c.interests));
    m_notes->setPlainText(c.notes);
    const QList<ConsentChannel> channels = allConsentChannels();
    for (int i = 0; i < channels.size(); ++i) {
        const auto consent = c.consentFor(channels[i]);
        ConsentRow &row = m_consents[i];
        row.state->setCurrentIndex(!consent ? NotRecorded : consent->granted ? Granted : Declined);
        row.date->setDate(consent && consent->date.isValid() ? consent->date : QDate::currentDate());
        row.source->setText(consent ? consent->source : QString());
    }
    m_loading = false;
    m_modified = false;
    validate();
    for (int i : unreadable)
        m_phones->flag(i, phone::unreadableMessage(region));
}

QString ContactEditor::phoneRegionOf(const Contact &contact) const
{
    const QString chapterCountry = m_chapterCountries.value(contact.chapterId);
    return ContactValidator::phoneRegion(contact, chapterCountry.isEmpty() ? m_workspaceRegion : chapterCountry);
}

Contact ContactEditor::contact() const
{
    Contact c = m_loaded; // keeps id and timestamps
    c.givenName = m_given->text();
    c.familyName = m_family->text();
    c.preferredName = m_preferred->text();
    c.emails = m_emails->values();
    c.phones = m_phones->values();
    for (LabeledValue &phone : c.phones)
        phone.value = m_storedPhones.value(phone.value, phone.value);
    c.chapterId = m_chapter->currentData().toString();
    c.address = {m_street->text().trimmed(), m_locality->text().trimmed(), m_region->text().trimmed(),
                 m_postalCode->text().trimmed(), m_country->text().trimmed()};
    c.usState = m_state->text();
    c.district = m_district->value() < 0 ? std::nullopt : std::optional<int>(m_district->value());
    c.languages = splitList(m_languages->text());
    c.organization = m_organization->text().trimmed();
    c.role = m_role->text().trimmed();
    c.tags = splitList(m_tags->text());
    c.skills = splitList(m_skills->text());
    c.interests = splitList(m_interests->text());
    c.notes = m_notes->toPlainText();
    c.consents.clear();
    const QList<ConsentChannel> channels = allConsentChannels();
    for (int i = 0; i < channels.size(); ++i) {
        const ConsentRow &row = m_consents[i];
        if (row.state->currentIndex() == NotRecorded)
            continue;
        c.consents.append({channels[i], row.state->currentIndex() == Granted, row.date->date(), row.source->text().trimmed()});
    }
    return c;
}

void ContactEditor::setModified(bool modified)
{
    m_modified = modified;
}

QWidget *ContactEditor::field(const QString &name) const
{
    if (name == QLatin1String("givenName"))
        return m_given;
    if (name == QLatin1String("familyName"))
        return m_family;
    if (name == QLatin1String("usState"))
        return m_state;
    if (name == QLatin1String("district"))
        return m_district;
    if (name == QLatin1String("tags"))
        return m_tags;
    if (name == QLatin1String("notes"))
        return m_notes;
    if (name == QLatin1String("chapter"))
        return m_chapter;
    return nullptr;
}

void ContactEditor::onEdited()
{
    if (m_loading)
        return;
    m_modified = true;
    validate();
    emit changed();
}

void ContactEditor::markField(QWidget *widget, const QString &message)
{
    widget->setToolTip(message);
    widget->setAccessibleDescription(message);
    widget->setStyleSheet(message.isEmpty() ? QString()
                                            : QStringLiteral("%1 { border: 1px solid #c62828; }")
                                                  .arg(QLatin1String(widget->metaObject()->className())));
}

void ContactEditor::validate()
{
    const bool wasValid = m_errors.isEmpty();
    // The same country as the save will use, so a number is judged here as it will be stored.
    const Contact typed = contact();
    const QString chapterCountry = m_chapterCountries.value(typed.chapterId);
    m_errors = ContactValidator::validate(typed, chapterCountry.isEmpty() ? m_workspaceRegion : chapterCountry);

    QString emailError, phoneError;
    int emailIndex = -1, phoneIndex = -1;
    QHash<QString, QString> byField;
    for (const FieldError &error : std::as_const(m_errors)) {
        if (error.field.startsWith(QLatin1String("emails/")) && emailIndex < 0) {
            emailIndex = error.field.section(QLatin1Char('/'), 1).toInt();
            emailError = error.message;
        } else if (error.field.startsWith(QLatin1String("phones/")) && phoneIndex < 0) {
            phoneIndex = error.field.section(QLatin1Char('/'), 1).toInt();
            phoneError = error.message;
        } else if (!byField.contains(error.field)) {
            byField.insert(error.field, error.message);
        }
    }
    m_emails->markInvalid(emailIndex, emailError);
    m_phones->markInvalid(phoneIndex, phoneError);
    // An empty new contact is not an error to shout about yet; only once the user typed.
    const bool quiet = !m_modified && m_loaded.id.isEmpty();
    for (const QString &name : {QStringLiteral("givenName"), QStringLiteral("usState"), QStringLiteral("district")})
        markField(field(name), quiet ? QString() : byField.value(name));
    m_problem->setText(m_errors.isEmpty() || quiet ? QString() : m_errors.first().message);
    m_problem->setVisible(!m_problem->text().isEmpty());

    if (wasValid != m_errors.isEmpty())
        emit validityChanged(m_errors.isEmpty());
}

} // namespace majlis
