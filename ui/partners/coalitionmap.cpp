#include "partners/coalitionmap.h"

#include "i18n/bidi.h"
#include "partners/organizationrepository.h"
#include "shell/plaincopy.h"

#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace majlis {

namespace {

struct Area
{
    QString name; // as first written
    QList<Organization> partners;
};

} // namespace

CoalitionMap::CoalitionMap(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("coalitionSummary"));
    m_tree = new QTreeWidget(this);
    copyWithoutIsolates(m_tree);
    m_tree->setObjectName(QStringLiteral("coalitionTree"));
    m_tree->setAccessibleName(tr("Partners by issue area"));
    m_tree->setHeaderLabels({tr("Issue area and partners"), tr("Partners"), tr("Kind"), tr("Status")});
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int column : {CountColumn, KindColumn, StatusColumn})
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(NameColumn, Qt::UserRole).toString();
        if (!id.isEmpty())
            emit partnerActivated(id);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    refresh();
}

void CoalitionMap::refresh()
{
    m_tree->clear();
    auto partners = OrganizationRepository(m_database).list();
    if (!partners) {
        m_summary->setText(partners.error().message);
        return;
    }
    // Keyed by the folded name: the filters treat "Voting" and "voting" as one area, so does the map.
    QMap<QString, Area> areas;
    QList<Organization> withoutArea;
    for (const Organization &o : partners.value()) {
        QSet<QString> placed;
        for (const QString &written : o.issueAreas) {
            const QString area = written.trimmed();
            const QString key = area.toCaseFolded();
            if (area.isEmpty() || placed.contains(key))
                continue;
            placed.insert(key);
            Area &group = areas[key];
            if (group.name.isEmpty())
                group.name = area;
            group.partners.append(o);
        }
        if (placed.isEmpty())
            withoutArea.append(o);
    }
    QList<Area> groups = areas.values();
    std::sort(groups.begin(), groups.end(),
        [](const Area &a, const Area &b) { return a.name.localeAwareCompare(b.name) < 0; });
    if (!withoutArea.isEmpty())
        groups.append({tr("No issue area"), withoutArea});

    for (const Area &group : std::as_const(groups)) {
        auto *areaItem
            = new QTreeWidgetItem(m_tree, {bidi::isolate(group.name), QString::number(group.partners.size())});
        QFont bold = areaItem->font(NameColumn);
        bold.setBold(true);
        areaItem->setFont(NameColumn, bold);
        areaItem->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
        for (const Organization &o : group.partners) {
            auto *partner = new QTreeWidgetItem(
                areaItem, {bidi::isolate(o.name), QString(), kindName(o.kind), statusName(o.status)});
            partner->setData(NameColumn, Qt::UserRole, o.id);
        }
    }
    m_tree->expandAll();

    const int areaCount = int(areas.size());
    if (partners->isEmpty())
        m_summary->setText(tr("No partners yet: add them in the Partners view, with their issue areas."));
    else
        m_summary->setText(
            tr("%1 across %2", "partners across issue areas")
                .arg(tr("%n partner(s)", nullptr, int(partners->size())), tr("%n issue area(s)", nullptr, areaCount)));
}

} // namespace majlis
