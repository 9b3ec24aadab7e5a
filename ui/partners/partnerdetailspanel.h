#pragma once

#include "partners/organization.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace majlis {

class Database;

// The Details tab of a partner: what it is, where, who keeps the relationship; saved on demand.
//
// Object names for tests: "partnerNameEdit", "partnerKindEdit", "partnerStatusEdit",
// "partnerAreasEdit", "partnerCityEdit", "partnerRegionEdit", "partnerCountryEdit",
// "partnerWebsiteEdit", "partnerChapterEdit", "partnerOwnerLabel", "chooseOwnerButton",
// "clearOwnerButton", "partnerNotesEdit", "savePartnerButton", "revertPartnerButton".
class PartnerDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PartnerDetailsPanel(Database &database, QWidget *parent = nullptr);

    // Loads the partner as saved, dropping any edits.
    void setPartner(const QString &organizationId);
    QString partnerId() const { return m_partner.id; }
    Organization editedPartner() const;
    bool isModified() const;
    // Shows the core's refusal (an empty name, ...) and keeps the edits when it fails.
    bool save();
    void revert();
    // What "Choose…" does once a contact is picked; empty clears the keeper.
    void setOwner(const QString &contactId);

signals:
    void saved(const Organization &organization);

private:
    void load(const Organization &organization);
    void reloadChapters();
    void chooseOwner();

    Database &m_database;
    Organization m_partner;
    QString m_ownerId;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_status;
    QLineEdit *m_areas;
    QLineEdit *m_city;
    QLineEdit *m_region;
    QLineEdit *m_country;
    QLineEdit *m_website;
    QComboBox *m_chapter;
    QLabel *m_owner;
    QPushButton *m_clearOwner;
    QPlainTextEdit *m_notes;
};

} // namespace majlis
