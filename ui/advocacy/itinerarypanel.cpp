#include "advocacy/itinerarypanel.h"

#include "advocacy/dayexport.h"
#include "advocacy/itinerary.h"
#include "io/savefile.h"
#include "print/itinerarypdf.h"
#include "shell/preferencesdialog.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace majlis {

namespace {

// Item data of the choice: what the itinerary is of.
const QString kEveryAttendee = QStringLiteral("attendees");
const QString kEveryTeam = QStringLiteral("teams");

} // namespace

ItineraryPanel::ItineraryPanel(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("itineraryChoice"));
    m_choice->setAccessibleName(tr("Itinerary of"));
    m_choice->setMinimumContentsLength(24);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &ItineraryPanel::updatePreview);

    auto button = [this](const QString &text, void (ItineraryPanel::*slot)()) {
        auto *b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_choice, 1);
    bar->addWidget(button(tr("&Print…"), &ItineraryPanel::print));
    bar->addWidget(button(tr("Save &PDF…"), &ItineraryPanel::savePdf));
    bar->addWidget(button(tr("Save &Calendar…"), &ItineraryPanel::saveCalendar));
    bar->addWidget(button(tr("Save Schedule as CS&V…"), &ItineraryPanel::saveScheduleCsv));

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("itineraryPreview"));
    m_preview->setAccessibleName(tr("Itinerary preview"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_preview, 1);
}

void ItineraryPanel::setDay(const QString &dayId)
{
    m_dayId = dayId;
    refresh();
}

void ItineraryPanel::refresh()
{
    auto snapshot = DayPlanner(m_database).snapshot(m_dayId);
    if (!snapshot) {
        m_preview->setPlainText(snapshot.error().message);
        return;
    }
    m_snapshot = std::move(snapshot).value();
    const QString previous = m_choice->currentData().toString();
    const QSignalBlocker blocker(m_choice);
    m_choice->clear();
    m_choice->addItem(tr("Every attendee (one page each)"), kEveryAttendee);
    m_choice->addItem(tr("Every team (one page each)"), kEveryTeam);
    for (const Attendee &a : std::as_const(m_snapshot.attendees)) {
        if (!m_snapshot.meetingsOf(a.id).isEmpty())
            m_choice->addItem(a.name, a.id);
    }
    m_choice->setCurrentIndex(std::max(0, m_choice->findData(previous)));
    updatePreview();
}

QList<Itinerary> ItineraryPanel::chosen() const
{
    const QString choice = m_choice->currentData().toString();
    if (choice == kEveryAttendee)
        return Itineraries::forEveryAttendee(m_snapshot, PreferencesDialog::dateDisplay());
    if (choice == kEveryTeam)
        return Itineraries::forEveryTeam(m_snapshot, PreferencesDialog::dateDisplay());
    return {Itineraries::forAttendee(m_snapshot, choice, PreferencesDialog::dateDisplay())};
}

void ItineraryPanel::updatePreview()
{
    if (m_snapshot.meetings.isEmpty()) {
        m_preview->setPlainText(tr("No meetings yet. Build the schedule on the Schedule tab, then print or save "
                                   "itineraries here."));
        return;
    }
    m_preview->setHtml(Itineraries::html(chosen(), layoutDirection() == Qt::RightToLeft));
}

QString ItineraryPanel::previewText() const
{
    return m_preview->toPlainText();
}

void ItineraryPanel::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Itineraries"));
    if (dialog.exec() == QDialog::Accepted)
        ItineraryPdf::print(chosen(), printer, layoutDirection() == Qt::RightToLeft);
}

void ItineraryPanel::savePdf()
{
    const QString who = m_choice->currentIndex() > 1 ? m_choice->currentText() : QString();
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(DayExport::fileName(m_snapshot, who, QStringLiteral("pdf")));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save Itineraries as PDF"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto s = ItineraryPdf::write(chosen(), path, layoutDirection() == Qt::RightToLeft); !s)
        QMessageBox::warning(this, tr("Cannot save the PDF"), s.error().message);
}

void ItineraryPanel::saveCalendar()
{
    const QString choice = m_choice->currentData().toString();
    const bool oneAttendee = choice != kEveryAttendee && choice != kEveryTeam;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(DayExport::fileName(m_snapshot,
                                      oneAttendee ? m_choice->currentText() : QString(), QStringLiteral("ics")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Calendar"), suggested, tr("iCalendar (*.ics)"));
    if (!path.isEmpty())
        writeFile(path, DayExport::calendar(m_snapshot, oneAttendee ? choice : QString()));
}

void ItineraryPanel::saveScheduleCsv()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(DayExport::fileName(m_snapshot, {}, QStringLiteral("csv")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Schedule as CSV"), suggested, tr("CSV (*.csv)"));
    if (!path.isEmpty())
        writeFile(path, DayExport::scheduleCsv(m_snapshot));
}

bool ItineraryPanel::writeFile(const QString &path, const QByteArray &data)
{
    if (auto s = saveFile(path, data); !s) {
        QMessageBox::warning(this, tr("Cannot save the file"), s.error().message);
        return false;
    }
    return true;
}

} // namespace majlis
