#pragma once

#include "contacts/contact.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;

namespace majlis {

class Database;

// Two records of one person side by side, field by field: for each single-valued field the user
// picks which record's value survives; emails, phones, tags, languages, skills and interests of
// both are kept. The user also picks which record survives (its history, registrations and
// links gain the other's). The dialog only decides; the caller merges (see DuplicatesDialog).
//
// Each field starts at the surviving record's value, or the other's when the survivor has none,
// and follows the survivor until the user picks a value for it.
//
// Object names, for tests and accessibility tools:
//   keepFirst, keepSecond        which record survives (radio buttons)
//   <field>First, <field>Second  the value to keep, for each field in fieldKeys(): nameFirst,
//                                preferredNameSecond, addressFirst, districtFirst, chapterFirst,
//                                organizationFirst, birthdayFirst, notesSecond, ...
//   emailsBoth, phonesBoth, tagsBoth, otherListsBoth
//                                labels of the lists kept from both
//   mergeSummary                 what will happen, in a sentence
//   mergeButton                  accepts the dialog
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(Database &database, const QString &firstId, const QString &secondId, QWidget *parent = nullptr);

    // name, preferredName, address, district (with state), chapter, organization (with role),
    // birthday, notes.
    static QStringList fieldKeys();

    // The surviving record with the chosen values; what ContactMerger::merge takes.
    Contact chosenFields() const;
    QString keepId() const;
    QString mergeId() const;
    // False when either contact could not be loaded (deleted meanwhile); Merge is disabled then.
    bool isValid() const { return m_valid; }

    // The same as clicking the radio buttons.
    void setKeepFirst(bool first);
    void choose(const QString &field, int side); // side 0: the first record, 1: the second
    int chosenSide(const QString &field) const;

private:
    void addFieldRow(const QString &key, const QString &label, const QString &first, const QString &second);
    void addListRow(const QString &key, const QString &label, const QString &first, const QString &second);
    void applyDefaults();
    void updateSummary();
    QString display(const QString &field, const Contact &c) const;

    Contact m_contacts[2];
    bool m_valid = false;
    QHash<QString, QString> m_chapterNames;
    QHash<QString, QButtonGroup *> m_choices;
    QHash<QString, bool> m_touched; // fields the user picked; they no longer follow the survivor
    QButtonGroup *m_keep = nullptr;
    QWidget *m_grid = nullptr;
    int m_row = 1;
    QLabel *m_summary = nullptr;
    QPushButton *m_mergeButton = nullptr;
};

} // namespace majlis
