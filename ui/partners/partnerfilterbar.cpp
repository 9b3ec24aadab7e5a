#include "partners/partnerfilterbar.h"

#include "contacts/chapter.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLineEdit>
#include <QSet>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace majlis {

namespace {

// Refills a combo whose first item means "any", keeping the chosen value when it is still offered.
void refill(QComboBox *combo, const QList<std::pair<QString, QString>> &choices)
{
    const QSignalBlocker blocker(combo);
    const QVariant chosen = combo->currentData();
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const auto &[text, value] : choices)
        combo->addItem(text, value);
    // Issue areas match whatever their case, so "Voting" chosen is still "voting" offered.
    combo->setCurrentIndex(std::max(0, combo->findData(chosen, Qt::UserRole, Qt::MatchFixedString)));
}

} // namespace

PartnerFilterBar::PartnerFilterBar(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("partnerSearch"));
    m_search->setPlaceholderText(tr("Search name, city, website or notes"));
    m_search->setAccessibleName(tr("Search partners"));
    m_search->setClearButtonEnabled(true);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("partnerKindFilter"));
    m_kind->setAccessibleName(tr("Kind of partner"));
    m_kind->addItem(tr("All kinds"));
    for (OrganizationKind kind : allOrganizationKinds())
        m_kind->addItem(kindName(kind), int(kind));

    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("partnerAreaFilter"));
    m_area->setAccessibleName(tr("Issue area"));
    m_area->addItem(tr("All issue areas"));

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("partnerStatusFilter"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Any status"));
    for (PartnerStatus status : {PartnerStatus::Prospect, PartnerStatus::Active, PartnerStatus::Dormant})
        m_status->addItem(statusName(status), int(status));

    m_chapter = new QComboBox(this);
    m_chapter->setObjectName(QStringLiteral("partnerChapterFilter"));
    m_chapter->setAccessibleName(tr("Chapter"));
    m_chapter->addItem(tr("All chapters"));

    auto *combos = new QGridLayout;
    combos->addWidget(m_kind, 0, 0);
    combos->addWidget(m_area, 0, 1);
    combos->addWidget(m_status, 1, 0);
    combos->addWidget(m_chapter, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(combos);

    // Partners number in the tens or hundreds: a query per keystroke is cheaper than a delay.
    connect(m_search, &QLineEdit::textChanged, this, &PartnerFilterBar::changed);
    for (QComboBox *combo : {m_kind, m_area, m_status, m_chapter})
        connect(combo, &QComboBox::currentIndexChanged, this, &PartnerFilterBar::changed);
    reloadChoices();
}

PartnerQuery PartnerFilterBar::query() const
{
    PartnerQuery query;
    query.search = m_search->text();
    if (m_kind->currentIndex() > 0)
        query.kind = OrganizationKind(m_kind->currentData().toInt());
    query.issueArea = m_area->currentData().toString();
    if (m_status->currentIndex() > 0)
        query.status = PartnerStatus(m_status->currentData().toInt());
    query.chapterId = m_chapter->currentData().toString();
    return query;
}

bool PartnerFilterBar::isFiltering() const
{
    const PartnerQuery q = query();
    return !q.search.trimmed().isEmpty() || q.kind || !q.issueArea.isEmpty() || q.status || !q.chapterId.isEmpty();
}

void PartnerFilterBar::reloadChoices()
{
    // The filter ignores case, so "Voting" and "voting" are one choice.
    QList<std::pair<QString, QString>> areas;
    QSet<QString> seen;
    if (auto inUse = OrganizationRepository(m_database).issueAreas()) {
        for (const QString &area : inUse.value()) {
            if (!seen.contains(area.toCaseFolded())) {
                seen.insert(area.toCaseFolded());
                areas.append({area, area});
            }
        }
    }
    refill(m_area, areas);

    QList<std::pair<QString, QString>> chapters;
    if (auto all = ChapterRepository(m_database).list()) {
        for (const Chapter &chapter : all.value())
            chapters.append({chapter.name, chapter.id});
    }
    refill(m_chapter, chapters);
}

void PartnerFilterBar::clear()
{
    {
        const QSignalBlocker blocker(this);
        m_search->clear();
        for (QComboBox *combo : {m_kind, m_area, m_status, m_chapter})
            combo->setCurrentIndex(0);
    }
    emit changed();
}

} // namespace majlis
