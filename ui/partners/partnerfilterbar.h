#pragma once

#include "partners/organizationrepository.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace majlis {

class Database;

// The filters above the partner list: a search, and the kind, issue area, status and chapter.
//
// Object names for tests: "partnerSearch", "partnerKindFilter", "partnerAreaFilter",
// "partnerStatusFilter", "partnerChapterFilter".
class PartnerFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit PartnerFilterBar(Database &database, QWidget *parent = nullptr);

    PartnerQuery query() const;
    bool isFiltering() const;
    // Issue areas and chapters come and go as partners are saved; keeps what was chosen if it still exists.
    void reloadChoices();
    void clear();

signals:
    void changed();

private:
    Database &m_database;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QComboBox *m_area;
    QComboBox *m_status;
    QComboBox *m_chapter;
};

} // namespace majlis
