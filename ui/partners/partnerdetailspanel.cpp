#include "partners/partnerdetailspanel.h"

#include "contacts/chapter.h"
#include "contacts/contactrepository.h"
#include "i18n/bidi.h"
#include "partners/contactchoice.h"
#include "partners/organizationrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace majlis {

namespace {

QLineEdit *lineEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

} // namespace

PartnerDetailsPanel::PartnerDetailsPanel(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    m_name = lineEdit(this, QStringLiteral("partnerNameEdit"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("partnerKindEdit"));
    for (OrganizationKind kind : allOrganizationKinds())
        m_kind->addItem(kindName(kind), int(kind));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("partnerStatusEdit"));
    for (PartnerStatus status : {PartnerStatus::Prospect, PartnerStatus::Active, PartnerStatus::Dormant})
        m_status->addItem(statusName(status), int(status));
    m_areas = lineEdit(this, QStringLiteral("partnerAreasEdit"));
    m_areas->setPlaceholderText(tr("civil rights, immigration, voting"));
    m_areas->setToolTip(tr("Separate issue areas with commas."));
    m_city = lineEdit(this, QStringLiteral("partnerCityEdit"));
    m_region = lineEdit(this, QStringLiteral("partnerRegionEdit"));
    m_country = lineEdit(this, QStringLiteral("partnerCountryEdit"));
    m_country->setMaxLength(2);
    m_country->setToolTip(tr("Two-letter country code, such as US or CA."));
    m_website = lineEdit(this, QStringLiteral("partnerWebsiteEdit"));
    m_website->setPlaceholderText(tr("https://"));
    m_chapter = new QComboBox(this);
    m_chapter->setObjectName(QStringLiteral("partnerChapterEdit"));

    m_owner = new QLabel(this);
    m_owner->setObjectName(QStringLiteral("partnerOwnerLabel"));
    auto *chooseOwner = new QPushButton(tr("C&hoose…"), this);
    chooseOwner->setObjectName(QStringLiteral("chooseOwnerButton"));
    chooseOwner->setToolTip(tr("The person in your organization who keeps this relationship."));
    m_clearOwner = new QPushButton(tr("C&lear"), this);
    m_clearOwner->setObjectName(QStringLiteral("clearOwnerButton"));
    connect(chooseOwner, &QPushButton::clicked, this, &PartnerDetailsPanel::chooseOwner);
    connect(m_clearOwner, &QPushButton::clicked, this, [this] { setOwner({}); });
    auto *owner = new QHBoxLayout;
    owner->addWidget(m_owner, 1);
    owner->addWidget(chooseOwner);
    owner->addWidget(m_clearOwner);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("partnerNotesEdit"));
    m_notes->setPlaceholderText(tr("What matters to them, what they asked of us, what we promised"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("S&tatus:"), m_status);
    form->addRow(tr("&Issue areas:"), m_areas);
    form->addRow(tr("&City:"), m_city);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("C&ountry:"), m_country);
    form->addRow(tr("&Website:"), m_website);
    form->addRow(tr("Cha&pter:"), m_chapter);
    form->addRow(tr("Relationship owner:"), owner);
    form->addRow(tr("No&tes:"), m_notes);
    auto *content = new QWidget(this);
    content->setLayout(form);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Reset, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("savePartnerButton"));
    buttons->button(QDialogButtonBox::Reset)->setObjectName(QStringLiteral("revertPartnerButton"));
    buttons->button(QDialogButtonBox::Reset)->setText(tr("&Revert"));
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &PartnerDetailsPanel::save);
    connect(buttons->button(QDialogButtonBox::Reset), &QPushButton::clicked, this, &PartnerDetailsPanel::revert);
    auto *shortcut = new QShortcut(QKeySequence::Save, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &PartnerDetailsPanel::save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    setOwner({});
}

void PartnerDetailsPanel::setPartner(const QString &organizationId)
{
    reloadChapters();
    auto partner = OrganizationRepository(m_database).get(organizationId);
    load(partner ? partner.value() : Organization {});
}

void PartnerDetailsPanel::reloadChapters()
{
    m_chapter->clear();
    m_chapter->addItem(tr("No chapter"), QString());
    if (auto chapters = ChapterRepository(m_database).list()) {
        for (const Chapter &chapter : chapters.value())
            m_chapter->addItem(chapter.name, chapter.id);
    }
}

void PartnerDetailsPanel::load(const Organization &organization)
{
    m_partner = organization;
    m_name->setText(organization.name);
    m_kind->setCurrentIndex(m_kind->findData(int(organization.kind)));
    m_status->setCurrentIndex(m_status->findData(int(organization.status)));
    m_areas->setText(organization.issueAreas.join(QStringLiteral(", ")));
    m_city->setText(organization.city);
    m_region->setText(organization.region);
    m_country->setText(organization.country);
    m_website->setText(organization.website);
    int chapter = m_chapter->findData(organization.chapterId);
    if (chapter < 0) {
        // A chapter that is gone still belongs to the partner until someone changes it.
        m_chapter->addItem(tr("Unknown chapter"), organization.chapterId);
        chapter = m_chapter->count() - 1;
    }
    m_chapter->setCurrentIndex(chapter);
    setOwner(organization.ownerId);
    m_notes->setPlainText(organization.notes);
}

Organization PartnerDetailsPanel::editedPartner() const
{
    Organization o = m_partner;
    o.name = m_name->text();
    o.kind = OrganizationKind(m_kind->currentData().toInt());
    o.status = PartnerStatus(m_status->currentData().toInt());
    o.issueAreas.clear();
    for (const QString &area : m_areas->text().split(u',', Qt::SkipEmptyParts)) {
        if (!area.trimmed().isEmpty())
            o.issueAreas.append(area.trimmed());
    }
    o.city = m_city->text();
    o.region = m_region->text();
    o.country = m_country->text();
    o.website = m_website->text();
    o.chapterId = m_chapter->currentData().toString();
    o.ownerId = m_ownerId;
    o.notes = m_notes->toPlainText();
    return o;
}

bool PartnerDetailsPanel::isModified() const
{
    return !m_partner.id.isEmpty() && editedPartner() != m_partner;
}

bool PartnerDetailsPanel::save()
{
    if (m_partner.id.isEmpty())
        return false;
    auto saved = OrganizationRepository(m_database).update(editedPartner());
    if (!saved) {
        QMessageBox::warning(this, tr("Cannot save the partner"), saved.error().message);
        return false;
    }
    load(saved.value());
    emit this->saved(saved.value());
    return true;
}

void PartnerDetailsPanel::revert()
{
    load(m_partner);
}

void PartnerDetailsPanel::setOwner(const QString &contactId)
{
    m_ownerId = contactId;
    m_clearOwner->setEnabled(!contactId.isEmpty());
    if (contactId.isEmpty()) {
        m_owner->setText(tr("Nobody yet"));
        return;
    }
    auto contact = ContactRepository(m_database).get(contactId);
    m_owner->setText(contact ? bidi::isolate(contact->displayName()) : tr("A deleted contact"));
}

void PartnerDetailsPanel::chooseOwner()
{
    const QString contactId = chooseContact(m_database, this, tr("Relationship Owner"), tr("&Choose"));
    if (!contactId.isEmpty())
        setOwner(contactId);
}

} // namespace majlis
