#pragma once

#include "common/result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace majlis::zipdistricts {

// A row of the ZIP (ZCTA) to congressional district file: the district a ZIP reaches in a state.
// District 0 is an at-large seat.
struct Row
{
    QString state; // USPS code
    int district = 0;

    bool operator==(const Row &) const = default;
};

// "48126", "48126-1234", "481261234" and " 48126 " give "48126"; anything else gives nothing.
std::optional<QString> zip5(const QString &text);

// Whether this build carries the ZIP file (CMake's MAJLIS_DISTRICT_FILE), and its bytes: the
// CSV as the build found it, held uncompressed in the program so a look-up reads it in place.
bool bundled();
QByteArrayView bundledBytes();
// What to tell a user of a build without the file: that it is missing and how to import one.
QString missingFileMessage();

// Every row for one ZIP, found by scanning the bytes: fast enough for one look-up (a fraction of
// a millisecond for the whole file) and needs no set-up. `data` is the file: state_fips,
// state_abbr, zcta, cd.
QList<Row> scan(QByteArrayView data, const QString &zip5);

// The file sorted by ZIP, for filling thousands of contacts: built once in a few milliseconds,
// then each look-up is a binary search.
class Index
{
public:
    explicit Index(QByteArrayView data);
    QList<Row> find(const QString &zip5) const;
    bool isEmpty() const { return m_entries.empty(); }

private:
    struct Entry
    {
        quint32 zip;
        char state[2];
        quint8 district;
    };
    std::vector<Entry> m_entries;
};

} // namespace majlis::zipdistricts
