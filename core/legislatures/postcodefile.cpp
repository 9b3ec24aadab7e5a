#include "legislatures/postcodefile.h"

#include "io/csvfile.h"
#include "legislatures/districttext.h"
#include "legislatures/zipdistricts.h"

#include <QRegularExpression>

namespace majlis {

namespace {

// Header names compared lower-case with everything but letters and digits removed, so
// "Postal Code", "postal_code" and "PostalCode" are one name.
QString headerKey(const QString &name)
{
    QString key;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

// An exact name first; then a header holding the first name ("State Senate District").
int findColumn(const QStringList &header, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        for (int i = 0; i < header.size(); ++i) {
            if (headerKey(header.at(i)) == QLatin1String(name))
                return i;
        }
    }
    for (int i = 0; i < header.size(); ++i) {
        if (headerKey(header.at(i)).contains(QLatin1String(*names.begin())))
            return i;
    }
    return -1;
}

} // namespace

std::optional<QString> PostcodeFile::normalizedPostcode(const QString &text, Kind kind)
{
    if (kind != Kind::Postcodes)
        return zipdistricts::zip5(text);
    QString code;
    for (const QChar c : text) {
        if (!c.isSpace())
            code.append(c.toUpper());
    }
    static const QRegularExpression plausible(QStringLiteral("^[A-Z0-9-]{2,10}$"));
    if (!plausible.match(code).hasMatch())
        return std::nullopt;
    return code;
}

Result<PostcodeFile::Contents> PostcodeFile::parse(const QByteArray &data, Kind kind)
{
    auto file = readCsvFile(data);
    if (!file)
        return file.error();
    const CsvTable &table = file->table;
    const QStringList header = table.header();
    const int postcode = findColumn(header, {"zip", "postcode", "postalcode", "zipcode", "zcta", "zcta5", "postcodes"});
    const int district = findColumn(header, {"district", "cd", "districtnumber", "constituency", "division", "ward"});
    const int state = findColumn(header, {"state", "stateabbr", "usps", "st"});
    if (postcode < 0 || district < 0)
        return Error{Error::Code::InvalidInput,
                     tr("The file needs a postcode column (postcode, zip or zcta) and a district column (district or "
                        "cd) in its first line; it has: %1.")
                         .arg(header.join(QStringLiteral(", ")))};

    Contents contents;
    for (int row = 0; row < table.rowCount(); ++row) {
        const int line = table.lineOf(row);
        const QString rawCode = table.cell(row, postcode).trimmed();
        const QString rawDistrict = table.cell(row, district).trimmed();
        if (rawCode.isEmpty() && rawDistrict.isEmpty())
            continue; // a blank line
        const auto code = normalizedPostcode(rawCode, kind);
        if (!code) {
            contents.problems.append({line, kind == Kind::Postcodes
                                                ? tr("\"%1\" is not a postcode; the row was left out.").arg(rawCode)
                                                : tr("\"%1\" is not a ZIP code; the row was left out.").arg(rawCode)});
            continue;
        }
        if (rawDistrict.isEmpty()) {
            contents.problems.append({line, tr("Postcode %1 has no district; the row was left out.").arg(*code)});
            continue;
        }
        QString name = districttext::canonical(rawDistrict);
        if (kind == Kind::UsHouse) {
            const auto seat = districttext::houseSeat(rawDistrict, state >= 0 ? table.cell(row, state) : QString());
            if (!seat) {
                contents.problems.append(
                    {line, tr("\"%1\" is no House seat; write it as MI-12, or give the state in a state column; the row "
                              "was left out.")
                               .arg(rawDistrict)});
                continue;
            }
            name = seat->label();
        }
        contents.rows.append({*code, name, line});
    }
    return contents;
}

} // namespace majlis
