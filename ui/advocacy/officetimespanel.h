#pragma once

#include "advocacy/dayplanner.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QListWidget;
class QTimeEdit;

namespace majlis {

class Database;

// An office's confirmed meeting times and blackouts for the day, which the scheduler obeys.
//
// Object names for tests: "officeTimeList".
class OfficeTimesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OfficeTimesPanel(Database &database, QWidget *parent = nullptr);

    void setSnapshot(const DaySnapshot &snapshot);
    bool add(const OfficeTime &time);
    void removeSelected();

signals:
    void officeTimesChanged();

private:
    void askToAdd();

    Database &m_database;
    DaySnapshot m_snapshot;
    QListWidget *m_list;
};

// Asks for one office time: which office, confirmed or blackout, from and to.
class OfficeTimeDialog : public QDialog
{
    Q_OBJECT

public:
    OfficeTimeDialog(const DaySnapshot &snapshot, QWidget *parent = nullptr);
    OfficeTime officeTime() const;

private:
    QComboBox *m_office;
    QComboBox *m_kind;
    QTimeEdit *m_from;
    QTimeEdit *m_to;
};

} // namespace majlis
