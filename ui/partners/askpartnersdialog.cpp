#include "partners/askpartnersdialog.h"

#include "i18n/bidi.h"
#include "partners/organizationrepository.h"
#include "shell/plaincopy.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace majlis {

AskPartnersDialog::AskPartnersDialog(Database &database, const QStringList &alreadyAsked, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Ask Partners to Sign"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("askPartnerSearch"));
    m_search->setAccessibleName(tr("Find a partner"));
    m_search->setPlaceholderText(tr("Find a partner"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    copyWithoutIsolates(m_list);
    m_list->setObjectName(QStringLiteral("askPartnerList"));
    m_list->setAccessibleName(tr("Partners to ask"));
    auto partners = OrganizationRepository(database).list();
    // Messages in the list are not partners: they cannot be ticked.
    auto message = [this](const QString &text) { (new QListWidgetItem(text, m_list))->setFlags(Qt::NoItemFlags); };
    if (!partners) {
        message(partners.error().message);
    } else {
        for (const Organization &o : partners.value()) {
            const bool asked = alreadyAsked.contains(o.id);
            auto *item = new QListWidgetItem(
                asked ? tr("%1 (already asked)").arg(bidi::isolate(o.name)) : bidi::isolate(o.name), m_list);
            item->setData(Qt::UserRole, o.id);
            item->setFlags(asked ? Qt::ItemIsUserCheckable : Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
            item->setCheckState(asked ? Qt::Checked : Qt::Unchecked);
        }
        if (partners->isEmpty())
            message(tr("There are no partners yet: add them in the Partners view."));
    }
    connect(m_search, &QLineEdit::textChanged, this, &AskPartnersDialog::filter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Ask"));
    auto *all = buttons->addButton(tr("&Tick All"), QDialogButtonBox::ActionRole);
    all->setObjectName(QStringLiteral("askAllButton"));
    connect(all, &QPushButton::clicked, this, &AskPartnersDialog::tickAllShown);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(420, 480);
}

QStringList AskPartnersDialog::chosenOrganizationIds() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if ((item->flags() & Qt::ItemIsEnabled) && item->checkState() == Qt::Checked)
            ids << item->data(Qt::UserRole).toString();
    }
    return ids;
}

void AskPartnersDialog::filter(const QString &text)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        item->setHidden(!item->text().contains(text.trimmed(), Qt::CaseInsensitive));
    }
}

void AskPartnersDialog::tickAllShown()
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (!item->isHidden() && (item->flags() & Qt::ItemIsEnabled))
            item->setCheckState(Qt::Checked);
    }
}

} // namespace majlis
