#include "partners/partnerpeoplepanel.h"

#include "i18n/bidi.h"
#include "partners/contactchoice.h"
#include "partners/organizationrepository.h"
#include "shell/plaincopy.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPalette>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace majlis {

namespace {

constexpr int kUntilRole = Qt::UserRole + 1;

QString shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

PartnerPeoplePanel::PartnerPeoplePanel(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    auto *add = new QPushButton(tr("&Add Person…"), this);
    add->setObjectName(QStringLiteral("addMemberButton"));
    m_end = new QPushButton(tr("&Left the Organization…"), this);
    m_end->setObjectName(QStringLiteral("endMembershipButton"));
    m_end->setToolTip(tr("Records that the person left today; they stay in the partner's history."));
    connect(add, &QPushButton::clicked, this, &PartnerPeoplePanel::addPeople);
    connect(m_end, &QPushButton::clicked, this, &PartnerPeoplePanel::endSelectedMembership);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("memberSummary"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(add);
    bar->addWidget(m_end);
    bar->addWidget(m_summary, 1);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("memberTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Since"), tr("Until")});
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RoleColumn, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    copyWithoutIsolates(m_table);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PartnerPeoplePanel::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    updateButtons();
}

void PartnerPeoplePanel::setPartner(const QString &organizationId)
{
    m_organizationId = organizationId;
    refresh();
}

void PartnerPeoplePanel::refresh()
{
    m_table->setRowCount(0);
    auto members = OrganizationRepository(m_database).members(m_organizationId);
    if (!members) {
        m_summary->setText(members.error().message);
        updateButtons();
        return;
    }
    int current = 0;
    const QBrush former = palette().brush(QPalette::Disabled, QPalette::Text);
    for (const Membership &m : members.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(bidi::isolate(m.contactName));
        name->setData(Qt::UserRole, m.id);
        name->setData(kUntilRole, m.until);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, RoleColumn, new QTableWidgetItem(bidi::isolate(m.role)));
        m_table->setItem(row, SinceColumn, new QTableWidgetItem(shortDate(m.since)));
        m_table->setItem(row, UntilColumn, new QTableWidgetItem(shortDate(m.until)));
        if (m.until.isValid()) {
            // People who left stay listed, greyed, because the relationship's history includes them.
            for (int column = 0; column < m_table->columnCount(); ++column)
                m_table->item(row, column)->setForeground(former);
        } else {
            ++current;
        }
    }
    const int formerCount = int(members->size()) - current;
    QString summary = tr("%n person(s) there now", nullptr, current);
    if (formerCount > 0)
        summary += tr("; %n who left", nullptr, formerCount);
    if (members->isEmpty())
        summary = tr("Nobody recorded yet: add the people you work with there.");
    m_summary->setText(summary);
    updateButtons();
}

bool PartnerPeoplePanel::addMember(const QString &contactId, const QString &role, const QDate &since)
{
    Membership membership;
    membership.organizationId = m_organizationId;
    membership.contactId = contactId;
    membership.role = role;
    membership.since = since;
    auto added = OrganizationRepository(m_database).addMember(membership);
    if (!added) {
        QMessageBox::warning(this, tr("Cannot add the person"), added.error().message);
        return false;
    }
    refresh();
    selectMembership(added->id);
    emit membersChanged();
    return true;
}

bool PartnerPeoplePanel::endMembership(const QString &membershipId, const QDate &until)
{
    if (auto s = OrganizationRepository(m_database).endMembership(membershipId, until); !s) {
        QMessageBox::warning(this, tr("Cannot record the departure"), s.error().message);
        return false;
    }
    refresh();
    selectMembership(membershipId);
    emit membersChanged();
    return true;
}

QString PartnerPeoplePanel::currentMembershipId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, NameColumn) ? m_table->item(row, NameColumn)->data(Qt::UserRole).toString()
                                                      : QString();
}

bool PartnerPeoplePanel::selectMembership(const QString &membershipId)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->data(Qt::UserRole).toString() == membershipId) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void PartnerPeoplePanel::addPeople()
{
    const QStringList contactIds = chooseContacts(m_database, this, tr("Add People"), tr("&Next"));
    if (contactIds.isEmpty())
        return;
    bool ok = false;
    const QString role = QInputDialog::getText(this, tr("Add People"),
        tr("Role at the partner (director, imam, organizer…):"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    for (const QString &contactId : contactIds) {
        if (!addMember(contactId, role))
            break;
    }
}

void PartnerPeoplePanel::endSelectedMembership()
{
    const int row = m_table->currentRow();
    const QString membershipId = currentMembershipId();
    if (membershipId.isEmpty())
        return;
    const QString name = m_table->item(row, NameColumn)->text();
    const auto answer = QMessageBox::question(this, tr("Left the Organization"),
        tr("Record that %1 left on %2? They stay in the partner's history.")
            .arg(name, bidi::isolate(shortDate(QDate::currentDate()))),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        endMembership(membershipId);
}

void PartnerPeoplePanel::updateButtons()
{
    const int row = m_table->currentRow();
    const bool current = row >= 0 && m_table->item(row, NameColumn)
        && !m_table->item(row, NameColumn)->data(kUntilRole).toDate().isValid();
    m_end->setEnabled(current && !m_table->selectedItems().isEmpty());
}

} // namespace majlis
