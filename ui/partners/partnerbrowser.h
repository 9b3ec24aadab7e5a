#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTabWidget;

namespace majlis {

class Database;
class PartnerDetailsPanel;
class PartnerFilterBar;
class PartnerHistoryPanel;
class PartnerPeoplePanel;

// The Partners view: filters and the partner list on the left; the chosen partner's details,
// people and history in tabs on the right.
//
// Object names for tests: "partnerTable", "partnerCount", "newPartnerButton",
// "deletePartnerButton", "partnerTabs", "partnerDetailStack", "noPartnersPage",
// "noPartnerSelectedPage"; and those of the filter bar and the three tabs.
class PartnerBrowser : public QWidget
{
    Q_OBJECT

public:
    enum Tab { DetailsTab, PeopleTab, HistoryTab };
    enum Column { NameColumn, KindColumn, StatusColumn, CityColumn, AreasColumn };

    explicit PartnerBrowser(Database &database, QWidget *parent = nullptr);

    // Reads the partners again, keeping the filters, the shown partner and unsaved edits.
    void refresh();
    // The partner whose details are shown (even when the filters hide it from the list).
    QString currentPartnerId() const { return m_shownId; }
    // Shows that partner, clearing the filters when they hide it. False when it does not exist
    // or the user chose to stay with unsaved edits.
    bool selectPartner(const QString &organizationId);
    // What "New Partner" does once a name is given: creates, shows and returns its id; empty
    // (with the reason shown) when the core refuses the name.
    QString createPartner(const QString &name);
    void newPartner();
    // Asks first.
    void deletePartner();

    QTabWidget *tabs() const { return m_tabs; }
    PartnerFilterBar *filters() const { return m_filters; }
    PartnerDetailsPanel *details() const { return m_details; }
    PartnerPeoplePanel *people() const { return m_people; }
    PartnerHistoryPanel *history() const { return m_history; }

private:
    void reloadList();
    void currentRowChanged();
    void showPartner(const QString &organizationId);
    // Asks what to do with unsaved edits before another partner is shown; false to stay.
    bool settleEdits();
    int rowOf(const QString &organizationId) const;
    void selectRowQuietly(int row);
    void updateRightSide();
    void refreshTab(int index);

    Database &m_database;
    QString m_shownId;
    bool m_anyPartners = false;
    PartnerFilterBar *m_filters;
    QTableWidget *m_table;
    QLabel *m_count;
    QPushButton *m_delete;
    QStackedWidget *m_right;
    QTabWidget *m_tabs;
    PartnerDetailsPanel *m_details;
    PartnerPeoplePanel *m_people;
    PartnerHistoryPanel *m_history;
};

} // namespace majlis
