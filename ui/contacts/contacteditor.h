#pragma once

#include "contacts/chapter.h"
#include "contacts/contact.h"
#include "contacts/validation.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace majlis {

class LabeledListEdit;

// The form for one contact. It validates as the user types: fields in error are outlined, and
// the first problem is spelled out under the form. It holds no data access: whoever shows it
// loads a contact in and saves contact() out.
class ContactEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ContactEditor(QWidget *parent = nullptr);

    // The chapters to choose from, and the country a phone number typed without + is read in
    // when neither the contact nor its chapter names one (phoneregion.h).
    void setChapters(const QList<Chapter> &chapters, const QString &workspaceRegion = {});
    void setTagSuggestions(const QStringList &tags);

    void setContact(const Contact &contact);
    Contact contact() const;

    QList<FieldError> errors() const { return m_errors; }
    bool isValid() const { return m_errors.isEmpty(); }
    bool isModified() const { return m_modified; }
    void setModified(bool modified);

    // For tests and accessibility tools: the named field's editor.
    QWidget *field(const QString &name) const;
    LabeledListEdit *emailsEdit() const { return m_emails; }
    LabeledListEdit *phonesEdit() const { return m_phones; }

signals:
    void changed();
    void validityChanged(bool valid);

private:
    // The country the contact's phone numbers are read and shown in.
    QString phoneRegionOf(const Contact &contact) const;

    struct ConsentRow
    {
        QComboBox *state;
        QDateEdit *date;
        QLineEdit *source;
    };

    QWidget *buildConsentGroup();
    void onEdited();
    void validate();
    void markField(QWidget *widget, const QString &message);

    Contact m_loaded;
    QList<FieldError> m_errors;
    QHash<QString, QString> m_chapterCountries; // chapter id -> ISO country code
    QString m_workspaceRegion;
    // The numbers as shown (national or international form) -> as stored, so a number nobody
    // edited is saved exactly as it was, even when the contact's country changes meanwhile.
    QHash<QString, QString> m_storedPhones;
    bool m_modified = false;
    bool m_loading = false;

    QLineEdit *m_given;
    QLineEdit *m_family;
    QLineEdit *m_preferred;
    LabeledListEdit *m_emails;
    LabeledListEdit *m_phones;
    QComboBox *m_chapter;
    QLineEdit *m_street;
    QLineEdit *m_locality;
    QLineEdit *m_region;
    QLineEdit *m_postalCode;
    QLineEdit *m_country;
    QLineEdit *m_state;
    QSpinBox *m_district;
    QLineEdit *m_languages;
    QLineEdit *m_organization;
    QLineEdit *m_role;
    QLineEdit *m_tags;
    QLineEdit *m_skills;
    QLineEdit *m_interests;
    QPlainTextEdit *m_notes;
    QList<ConsentRow> m_consents;
    QLabel *m_problem;
};

} // namespace majlis
