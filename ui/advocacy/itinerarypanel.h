#pragma once

#include "advocacy/itinerary.h"

#include <QWidget>

class QComboBox;
class QTextBrowser;

namespace majlis {

class Database;

// The Itineraries tab: preview any attendee's or team's itinerary, print it, save it as PDF,
// and write the day's calendars and schedule for other programs.
//
// Object names for tests: "itineraryChoice", "itineraryPreview".
class ItineraryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ItineraryPanel(Database &database, QWidget *parent = nullptr);

    void setDay(const QString &dayId);
    void refresh();
    QString previewText() const;

private:
    QList<Itinerary> chosen() const;
    void updatePreview();
    void print();
    void savePdf();
    void saveCalendar();
    void saveScheduleCsv();
    bool writeFile(const QString &path, const QByteArray &data);

    Database &m_database;
    QString m_dayId;
    DaySnapshot m_snapshot;
    QComboBox *m_choice;
    QTextBrowser *m_preview;
};

} // namespace majlis
