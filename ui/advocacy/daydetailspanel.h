#pragma once

#include "advocacy/advocacyday.h"

#include <QWidget>

class QDateEdit;
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
// "teamSizeSpin", "asksTable", "saveDayButton", "dayCosponsorList".
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
    void addAsk();
    void removeAsk();
    void addLeaveBehinds();
    void loadCosponsors();
    void saveCosponsors();

    Database &m_database;
    AdvocacyDay m_day;
    // What the form said right after loading (it rounds some values): the base for "changed".
    AdvocacyDay m_formAsLoaded;
    QLineEdit *m_title;
    QDateEdit *m_date;
    QLineEdit *m_city;
    QLineEdit *m_theme;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QSpinBox *m_slot;
    QSpinBox *m_teamSize;
    QSpinBox *m_walkSame;
    QSpinBox *m_walkSide;
    QSpinBox *m_walkAcross;
    QTableWidget *m_asks;
    QListWidget *m_leaveBehinds;
    QPlainTextEdit *m_notes;
    QListWidget *m_cosponsors;
};

} // namespace majlis
