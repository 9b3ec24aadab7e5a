#include "contacts/mergedialog.h"

#include "contacts/chapter.h"
#include "contacts/contactdirectory.h"
#include "contacts/contactrepository.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFont>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace majlis {

namespace {

QString joined(const QStringList &parts, const QString &separator)
{
    QStringList present;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            present.append(part.trimmed());
    }
    return present.join(separator);
}

QStringList values(const QList<LabeledValue> &list)
{
    QStringList out;
    for (const LabeledValue &v : list)
        out.append(v.label.isEmpty() ? v.value : QStringLiteral("%1 (%2)").arg(v.value, v.label));
    return out;
}

} // namespace

MergeDialog::MergeDialog(Database &database, const QString &firstId, const QString &secondId, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Merge Contacts"));
    ContactRepository repository(database);
    auto first = repository.get(firstId);
    auto second = repository.get(secondId);
    m_valid = first.ok() && second.ok() && firstId != secondId;
    if (first)
        m_contacts[0] = *first;
    if (second)
        m_contacts[1] = *second;
    if (auto chapters = ChapterRepository(database).list()) {
        for (const Chapter &chapter : *chapters)
            m_chapterNames.insert(chapter.id, chapter.name);
    }

    auto *intro = new QLabel(tr("These records look like the same person. Choose the record that stays and, for each "
                                "field, the value to keep. Nothing is lost: emails, phones and tags of both are kept, "
                                "and the other record's history and event records move to the one that stays."),
                             this);
    intro->setWordWrap(true);

    m_grid = new QWidget(this);
    auto *grid = new QGridLayout(m_grid);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    QFont bold = font();
    bold.setBold(true);
    for (int side = 0; side < 2; ++side) {
        const Contact &c = m_contacts[side];
        const QString added = c.createdAt > 0
            ? tr("added %1").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.createdAt).date(), QLocale::ShortFormat))
            : QString();
        auto *header = new QLabel(joined({c.displayName(), added}, QStringLiteral(" — ")), m_grid);
        header->setFont(bold);
        header->setWordWrap(true);
        grid->addWidget(header, 0, side + 1);
    }

    m_keep = new QButtonGroup(this);
    grid->addWidget(new QLabel(tr("Record that stays"), m_grid), m_row, 0);
    for (int side = 0; side < 2; ++side) {
        auto *radio = new QRadioButton(tr("Keep this record"), m_grid);
        radio->setObjectName(side == 0 ? QStringLiteral("keepFirst") : QStringLiteral("keepSecond"));
        radio->setAccessibleName(tr("Keep %1").arg(m_contacts[side].displayName()));
        m_keep->addButton(radio, side);
        grid->addWidget(radio, m_row, side + 1);
    }
    ++m_row;

    const std::pair<QString, QString> fields[] = {
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("preferredName"), tr("Preferred name")},
        {QStringLiteral("address"), tr("Address")},
        {QStringLiteral("district"), tr("State and district")},
        {QStringLiteral("chapter"), tr("Chapter")},
        {QStringLiteral("organization"), tr("Organization and role")},
        {QStringLiteral("birthday"), tr("Birthday")},
        {QStringLiteral("notes"), tr("Notes")},
    };
    for (const auto &[key, label] : fields)
        addFieldRow(key, label, display(key, m_contacts[0]), display(key, m_contacts[1]));

    auto listOf = [](const Contact &c) { return joined(c.languages + c.skills + c.interests, QStringLiteral(", ")); };
    addListRow(QStringLiteral("emails"), tr("Emails (both kept)"), values(m_contacts[0].emails).join(QLatin1Char('\n')),
               values(m_contacts[1].emails).join(QLatin1Char('\n')));
    addListRow(QStringLiteral("phones"), tr("Phones (both kept)"), values(m_contacts[0].phones).join(QLatin1Char('\n')),
               values(m_contacts[1].phones).join(QLatin1Char('\n')));
    addListRow(QStringLiteral("tags"), tr("Tags (both kept)"), m_contacts[0].tags.join(QStringLiteral(", ")),
               m_contacts[1].tags.join(QStringLiteral(", ")));
    addListRow(QStringLiteral("otherLists"), tr("Languages, skills and interests (both kept)"), listOf(m_contacts[0]),
               listOf(m_contacts[1]));
    grid->setRowStretch(m_row, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_grid);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("mergeSummary"));
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_mergeButton = buttons->addButton(tr("Merge"), QDialogButtonBox::AcceptRole);
    m_mergeButton->setObjectName(QStringLiteral("mergeButton"));
    m_mergeButton->setDefault(true);
    m_mergeButton->setEnabled(m_valid);
    connect(buttons, &QDialogButtonBox::accepted, this, &MergeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MergeDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_keep, &QButtonGroup::idClicked, this, [this] {
        applyDefaults();
        updateSummary();
    });
    m_keep->button(0)->setChecked(true);
    applyDefaults();
    updateSummary();
    if (!m_valid) {
        m_summary->setText(tr("One of these contacts no longer exists; it may have been merged or deleted meanwhile."));
        m_grid->setEnabled(false);
    }
    resize(760, 640);
}

QStringList MergeDialog::fieldKeys()
{
    return {QStringLiteral("name"),     QStringLiteral("preferredName"), QStringLiteral("address"),
            QStringLiteral("district"), QStringLiteral("chapter"),       QStringLiteral("organization"),
            QStringLiteral("birthday"), QStringLiteral("notes")};
}

QString MergeDialog::display(const QString &field, const Contact &c) const
{
    if (field == QLatin1String("name"))
        return joined({c.givenName, c.familyName}, QStringLiteral(" "));
    if (field == QLatin1String("preferredName"))
        return c.preferredName.trimmed();
    if (field == QLatin1String("address")) {
        const PostalAddress &a = c.address;
        return joined({a.street, a.locality, joined({a.region, a.postalCode}, QStringLiteral(" ")), a.country},
                      QStringLiteral(", "));
    }
    if (field == QLatin1String("district")) {
        const QString district = formatDistrict(c.usState, c.district);
        return district.isEmpty() ? c.usState : district;
    }
    if (field == QLatin1String("chapter"))
        return c.chapterId.isEmpty() ? QString() : m_chapterNames.value(c.chapterId, c.chapterId);
    if (field == QLatin1String("organization"))
        return joined({c.organization, c.role}, QStringLiteral(", "));
    if (field == QLatin1String("birthday"))
        return c.birthday.isValid() ? QLocale().toString(c.birthday, QLocale::LongFormat) : QString();
    if (field == QLatin1String("notes"))
        return c.notes.trimmed();
    return {};
}

void MergeDialog::addFieldRow(const QString &key, const QString &label, const QString &first, const QString &second)
{
    auto *grid = static_cast<QGridLayout *>(m_grid->layout());
    auto *name = new QLabel(label, m_grid);
    grid->addWidget(name, m_row, 0, Qt::AlignTop);
    auto *group = new QButtonGroup(this);
    const QString texts[] = {first, second};
    for (int side = 0; side < 2; ++side) {
        const QString text = texts[side].isEmpty() ? tr("(none)") : texts[side];
        // A radio button does not wrap: long notes are cut short, and shown whole on hover.
        auto *radio = new QRadioButton(fontMetrics().elidedText(QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')),
                                                                Qt::ElideRight, 320),
                                       m_grid);
        radio->setToolTip(text);
        radio->setObjectName(key + (side == 0 ? QStringLiteral("First") : QStringLiteral("Second")));
        radio->setAccessibleName(tr("%1: %2").arg(label, text));
        radio->setEnabled(first != second); // the same on both sides: nothing to choose
        group->addButton(radio, side);
        grid->addWidget(radio, m_row, side + 1, Qt::AlignTop);
    }
    connect(group, &QButtonGroup::idClicked, this, [this, key] {
        m_touched.insert(key, true);
        updateSummary();
    });
    m_choices.insert(key, group);
    ++m_row;
}

void MergeDialog::addListRow(const QString &key, const QString &label, const QString &first, const QString &second)
{
    auto *grid = static_cast<QGridLayout *>(m_grid->layout());
    auto *name = new QLabel(label, m_grid);
    name->setObjectName(key + QStringLiteral("Both"));
    name->setWordWrap(true);
    grid->addWidget(name, m_row, 0, Qt::AlignTop);
    const QString texts[] = {first, second};
    for (int side = 0; side < 2; ++side) {
        auto *value = new QLabel(texts[side].isEmpty() ? tr("(none)") : texts[side], m_grid);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(value, m_row, side + 1, Qt::AlignTop);
    }
    ++m_row;
}

void MergeDialog::applyDefaults()
{
    const int keep = std::max(0, m_keep->checkedId());
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        if (m_touched.value(it.key()))
            continue;
        const bool keptHasNone = display(it.key(), m_contacts[keep]).isEmpty()
            && !display(it.key(), m_contacts[1 - keep]).isEmpty();
        it.value()->button(keptHasNone ? 1 - keep : keep)->setChecked(true);
    }
}

void MergeDialog::updateSummary()
{
    if (!m_valid)
        return;
    // Both records often have the same name, so they are told apart by their place, not by name.
    const QString survivor = m_keep->checkedId() == 1
        ? tr("The second record stays, named “%1”, with the values chosen above.")
        : tr("The first record stays, named “%1”, with the values chosen above.");
    m_summary->setText(survivor.arg(chosenFields().displayName()) + QLatin1Char(' ')
                       + tr("The other is removed once its emails, phones, tags, consents, history and event records "
                            "have moved to it. Edit > Undo takes the merge back."));
}

void MergeDialog::setKeepFirst(bool first)
{
    m_keep->button(first ? 0 : 1)->click();
}

void MergeDialog::choose(const QString &field, int side)
{
    if (QButtonGroup *group = m_choices.value(field))
        group->button(side == 0 ? 0 : 1)->click();
}

int MergeDialog::chosenSide(const QString &field) const
{
    const QButtonGroup *group = m_choices.value(field);
    return group ? std::max(0, group->checkedId()) : -1;
}

QString MergeDialog::keepId() const
{
    return m_contacts[std::max(0, m_keep->checkedId())].id;
}

QString MergeDialog::mergeId() const
{
    return m_contacts[1 - std::max(0, m_keep->checkedId())].id;
}

Contact MergeDialog::chosenFields() const
{
    const int keep = std::max(0, m_keep->checkedId());
    Contact out = m_contacts[keep];
    auto from = [this](const QString &field) -> const Contact & { return m_contacts[chosenSide(field)]; };
    out.givenName = from(QStringLiteral("name")).givenName;
    out.familyName = from(QStringLiteral("name")).familyName;
    out.preferredName = from(QStringLiteral("preferredName")).preferredName;
    out.address = from(QStringLiteral("address")).address;
    out.usState = from(QStringLiteral("district")).usState;
    out.district = from(QStringLiteral("district")).district;
    out.chapterId = from(QStringLiteral("chapter")).chapterId;
    out.organization = from(QStringLiteral("organization")).organization;
    out.role = from(QStringLiteral("organization")).role;
    out.birthday = from(QStringLiteral("birthday")).birthday;
    out.notes = from(QStringLiteral("notes")).notes;
    return out;
}

} // namespace majlis
