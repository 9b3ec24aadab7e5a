#pragma once

#include "advocacy/itinerary.h"
#include "common/result.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace majlis {

// Lays itineraries out on paper: one per page, US Letter, in the reading direction of the
// language. Needs a QGuiApplication (fonts), but no widgets, so majlis-cli can write PDFs too.
class ItineraryPdf
{
    Q_DECLARE_TR_FUNCTIONS(ItineraryPdf)

public:
    static Status write(const QList<Itinerary> &itineraries, const QString &path, bool rightToLeft = false);
    // To a printer or any other paged device.
    static void print(const QList<Itinerary> &itineraries, QPagedPaintDevice &device, bool rightToLeft = false);
};

} // namespace majlis
