#include "campaigns/assigndialog.h"

#include "campaigns/calllist.h"
#include "campaigns/volunteermodel.h"
#include "i18n/bidi.h"
#include "shell/plaincopy.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

namespace majlis {

AssignDialog::AssignDialog(Database &database, const Campaign &campaign, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_campaign(campaign)
    , m_model(new VolunteerModel(this))
{
    setWindowTitle(tr("Assign Callers: %1").arg(bidi::isolate(campaign.name)));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("volunteerTable"));
    m_table->setAccessibleName(tr("Volunteers"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(VolunteerModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(VolunteerModel::LanguagesColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    copyWithoutIsolates(m_table);

    auto *add = new QPushButton(tr("A&dd Volunteer"), this);
    add->setObjectName(QStringLiteral("addVolunteerButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_model->addVolunteer();
        const QModelIndex index = m_model->index(row, VolunteerModel::NameColumn);
        m_table->setCurrentIndex(index);
        m_table->edit(index);
    });
    auto *remove = new QPushButton(tr("&Remove from the Table"), this);
    remove->setObjectName(QStringLiteral("removeVolunteerButton"));
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentIndex().row();
        if (m_model->holdsShare(row)) {
            say(tr("%1 still has people to call: take back their share first.").arg(bidi::isolate(m_model->name(row))),
                false);
            return;
        }
        m_model->removeVolunteer(row);
    });
    auto *release = new QPushButton(tr("&Take Back Their Share"), this);
    release->setObjectName(QStringLiteral("releaseButton"));
    release->setToolTip(tr("The selected volunteer's people still to call go back to nobody, for others to call."));
    connect(release, &QPushButton::clicked, this, [this] { this->release(m_table->currentIndex().row()); });
    auto *tableButtons = new QHBoxLayout;
    tableButtons->addWidget(add);
    tableButtons->addWidget(remove);
    tableButtons->addStretch();
    tableButtons->addWidget(release);

    m_byCount = new QRadioButton(tr("By &count: runs of about equal size, neighbours together"), this);
    m_byCount->setObjectName(QStringLiteral("assignByCountRadio"));
    m_byLanguage
        = new QRadioButton(tr("By &language: each person to a volunteer who speaks one of their languages"), this);
    m_byLanguage->setObjectName(QStringLiteral("assignByLanguageRadio"));
    m_byCount->setChecked(true);
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_byCount);
    modes->addButton(m_byLanguage);
    m_unassigned = new QLabel(this);
    auto *assignButton = new QPushButton(tr("&Give Out the List"), this);
    assignButton->setObjectName(QStringLiteral("assignButton"));
    connect(assignButton, &QPushButton::clicked, this, &AssignDialog::assign);
    auto *assignRow = new QHBoxLayout;
    assignRow->addWidget(m_unassigned, 1);
    assignRow->addWidget(assignButton);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("assignStatus"));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Name each volunteer as they log in to sync, so their laptop receives their share. "
                                "Only the people nobody has yet are given out."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(tableButtons);
    layout->addWidget(m_byCount);
    layout->addWidget(m_byLanguage);
    layout->addLayout(assignRow);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    reload();
    resize(680, 480);
}

void AssignDialog::reload()
{
    auto shares = CallList(m_database).shares(m_campaign.id);
    if (!shares) {
        say(shares.error().message, false);
        return;
    }
    m_model->setShares(shares.value());
    m_unassigned->setText(tr("%Ln people nobody has yet.", nullptr, m_model->unassigned()));
}

bool AssignDialog::assign()
{
    const QList<Volunteer> volunteers = m_model->volunteers();
    CallList list(m_database);
    Result<int> given = Error {};
    if (m_byLanguage->isChecked()) {
        given = list.assignByLanguage(m_campaign.id, volunteers);
    } else {
        QStringList names;
        for (const Volunteer &v : volunteers)
            names.append(v.name);
        given = list.assignByCount(m_campaign.id, names);
    }
    if (!given) {
        say(given.error().message, false);
        return false;
    }
    reload();
    say(tr("%Ln people given out.", nullptr, given.value()), true);
    emit assignmentsChanged();
    return true;
}

bool AssignDialog::release(int row)
{
    if (!m_model->holdsShare(row)) {
        say(tr("Choose a volunteer who has people to call."), false);
        return false;
    }
    const QString name = m_model->name(row);
    auto released = CallList(m_database).unassign(m_campaign.id, name);
    if (!released) {
        say(released.error().message, false);
        return false;
    }
    reload();
    say(tr("%Ln people taken back from %1.", nullptr, released.value()).arg(bidi::isolate(name)), true);
    emit assignmentsChanged();
    return true;
}

QString AssignDialog::statusText() const
{
    return m_status->text();
}

void AssignDialog::say(const QString &text, bool good)
{
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, good ? QColor(0x1b, 0x5e, 0x20) : QColor(0xb3, 0x26, 0x1e));
    m_status->setPalette(palette);
}

} // namespace majlis
