#pragma once

#include "advocacy/advocacyday.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QTimeEdit;

namespace majlis {

class Database;

// The Details tab: what the day is, when its meetings run, the asks and the leave-behinds.
//
// Object names for tests: "titleEdit", "dateEdit", "startEdit", "endEdit", "slotSpin",
// "teamSizeSpin", "asksTable", "saveDayButton", "dayCosponsorList", "bodyCombo", "cityEdit",
// "timeZoneCombo".
class DayDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DayDetailsPanel(Database &database, QWidget *parent = nullptr);

    void setDay(const QString &dayId);
    AdvocacyDay editedDay() const;
    // Something was typed or chosen in the form since the day was loaded or saved.
    bool hasUnsavedChanges() const;
    bool save();

signals:
    void saved(const AdvocacyDay &day);

private:
    void load(const AdvocacyDay &day);
    void loadBodies();
    void chooseBody(int index);
    void showWalkingLabels();
    void addAsk();
    void removeAsk();
    void addLeaveBehinds();
    void loadCosponsors();
    void saveCosponsors();

    Database &m_database;
    AdvocacyDay m_day;
    // What the form said right after loading (it rounds some values): the base for "changed".
    AdvocacyDay m_formAsLoaded;
    QString m_lastBodyId; // the body chosen before the one just chosen, whose city and zone are defaults
    QLineEdit *m_title;
    QDateEdit *m_date;
    QComboBox *m_body;
    QLineEdit *m_city;
    QComboBox *m_timeZone;
    QLineEdit *m_theme;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QSpinBox *m_slot;
    QSpinBox *m_teamSize;
    QSpinBox *m_walkSame;
    QSpinBox *m_walkSide;
    QSpinBox *m_walkAcross;
    QLabel *m_walkSideLabel;
    QLabel *m_walkAcrossLabel;
    QTableWidget *m_asks;
    QListWidget *m_leaveBehinds;
    QPlainTextEdit *m_notes;
    QListWidget *m_cosponsors;
};

} // namespace majlis
