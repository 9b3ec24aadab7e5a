#include "partners/partnerhistorypanel.h"

#include "i18n/bidi.h"
#include "partners/interactiondialog.h"
#include "partners/interactionlog.h"
#include "shell/plaincopy.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace majlis {

PartnerHistoryPanel::PartnerHistoryPanel(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    auto *add = new QPushButton(tr("&Add Interaction…"), this);
    add->setObjectName(QStringLiteral("addInteractionButton"));
    connect(add, &QPushButton::clicked, this, &PartnerHistoryPanel::openDialog);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("historySummary"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(add);
    bar->addWidget(m_summary, 1);

    m_list = new QTreeWidget(this);
    copyWithoutIsolates(m_list);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setAccessibleName(tr("History"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Date"), tr("Kind"), tr("Summary"), tr("Who took part")});
    m_list->header()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(SummaryColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(ParticipantsColumn, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_list, 1);
}

void PartnerHistoryPanel::setPartner(const QString &organizationId)
{
    m_organizationId = organizationId;
    refresh();
}

void PartnerHistoryPanel::refresh()
{
    m_list->clear();
    auto history = InteractionLog(m_database).history(m_organizationId);
    if (!history) {
        m_summary->setText(history.error().message);
        return;
    }
    for (const Interaction &i : history.value()) {
        auto *item = new QTreeWidgetItem(m_list,
            {QLocale().toString(i.date, QLocale::ShortFormat), interactionName(i.kind), bidi::isolate(i.summary),
                bidi::isolateEach(i.participantNames)});
        item->setData(DateColumn, Qt::UserRole, i.id);
        // The notes are the long story; the list stays one line per interaction.
        if (!i.notes.isEmpty())
            item->setToolTip(SummaryColumn, i.notes);
    }
    if (history->isEmpty())
        m_summary->setText(tr("Nothing recorded yet: add meetings, calls and joint events as they happen."));
    else
        m_summary->setText(tr("%n interaction(s)", nullptr, int(history->size())));
    // The newest is what people look for; the order stays oldest first.
    if (m_list->topLevelItemCount() > 0)
        m_list->scrollToItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
}

bool PartnerHistoryPanel::addInteraction(const Interaction &interaction)
{
    Interaction added = interaction;
    added.organizationId = m_organizationId;
    auto saved = InteractionLog(m_database).add(added);
    if (!saved) {
        QMessageBox::warning(this, tr("Cannot add the interaction"), saved.error().message);
        return false;
    }
    refresh();
    emit historyChanged();
    return true;
}

void PartnerHistoryPanel::openDialog()
{
    InteractionDialog dialog(m_database, this);
    // A refusal (no summary, ...) reopens the dialog with everything typed still there.
    while (dialog.exec() == QDialog::Accepted) {
        if (addInteraction(dialog.interaction()))
            return;
    }
}

} // namespace majlis
