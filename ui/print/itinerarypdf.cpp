#include "print/itinerarypdf.h"

#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextOption>

namespace majlis {

void ItineraryPdf::print(const QList<Itinerary> &itineraries, QPagedPaintDevice &device, bool rightToLeft)
{
    QTextDocument document;
    QTextOption option = document.defaultTextOption();
    option.setTextDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    document.setDefaultTextOption(option);
    document.setDefaultStyleSheet(QStringLiteral("h1 { font-size: 16pt; } h2 { font-size: 12pt; } "
                                                 "th { background-color: #e8eef2; } body { font-size: 10pt; }"));
    document.setHtml(Itineraries::html(itineraries, rightToLeft));
    document.print(&device);
}

Status ItineraryPdf::write(const QList<Itinerary> &itineraries, const QString &path, bool rightToLeft)
{
    // Written beside the target and renamed into place, so a failure never leaves half a PDF.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {Error::Code::Io, tr("Could not write %1: %2").arg(path, file.errorString())};
    {
        QPdfWriter writer(&file);
        writer.setTitle(itineraries.isEmpty() ? QString() : itineraries.first().subtitle);
        writer.setCreator(QStringLiteral("Majlis"));
        writer.setPageSize(QPageSize(QPageSize::Letter));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        print(itineraries, writer, rightToLeft);
    }
    if (!file.commit())
        return Error {Error::Code::Io, tr("Could not write %1: %2").arg(path, file.errorString())};
    return success();
}

} // namespace majlis
