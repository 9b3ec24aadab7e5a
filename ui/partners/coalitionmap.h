#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace majlis {

class Database;

// The Coalition map: partners grouped by issue area, to see who to call on each issue. A partner
// with several areas appears under each; those with none under "No issue area", last.
//
// Object names for tests: "coalitionTree", "coalitionSummary".
class CoalitionMap : public QWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, CountColumn, KindColumn, StatusColumn };

    explicit CoalitionMap(Database &database, QWidget *parent = nullptr);

    void refresh();

signals:
    // A partner was double-clicked (or Enter pressed on it): the page shows its details.
    void partnerActivated(const QString &organizationId);

private:
    Database &m_database;
    QTreeWidget *m_tree;
    QLabel *m_summary;
};

} // namespace majlis
