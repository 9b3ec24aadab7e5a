#include "advocacy/legislatorfile.h"

#include "contacts/validation.h"
#include "io/csv.h"

#include <QFile>

namespace majlis {

Result<LegislatorFile::Contents> LegislatorFile::parse(const QByteArray &data)
{
    auto table = CsvTable::parse(data);
    if (!table)
        return table.error();
    for (const char *column : {"bioguide_id", "type", "state"}) {
        if (!table->hasColumn(QLatin1String(column)))
            return Error {Error::Code::InvalidInput,
                tr("This is not a congress-legislators file: it has no \"%1\" column.").arg(QLatin1String(column))};
    }

    Contents contents;
    QSet<QString> seen;
    for (int row = 0; row < table->rowCount(); ++row) {
        auto cell = [&](const char *column) { return table->value(row, QLatin1String(column)).trimmed(); };
        const int line = table->lineOf(row);
        Legislator legislator;
        legislator.sourceId = cell("bioguide_id");
        const QString type = cell("type").toLower();
        legislator.state = cell("state").toUpper();
        if (legislator.sourceId.isEmpty() || !ContactValidator::isUsState(legislator.state)
            || (type != u"sen" && type != u"rep")) {
            contents.warnings.append(tr("Line %1 was skipped: it needs a bioguide id, a state and a type of "
                                        "\"sen\" or \"rep\".")
                                         .arg(line));
            continue;
        }
        if (seen.contains(legislator.sourceId)) {
            contents.warnings.append(
                tr("Line %1 was skipped: %2 is listed twice.").arg(line).arg(legislator.sourceId));
            continue;
        }
        seen.insert(legislator.sourceId);
        legislator.chamber = type == u"sen" ? Chamber::Senate : Chamber::House;
        if (legislator.chamber == Chamber::House) {
            bool ok = false;
            const int district = cell("district").toInt(&ok);
            if (ok && district >= 0)
                legislator.district = QString::number(district);
        } else {
            legislator.senateClass = cell("senate_class").toInt();
        }
        legislator.party = cell("party");
        legislator.firstName = cell("first_name");
        legislator.lastName = cell("last_name");
        legislator.fullName = cell("full_name");
        legislator.nickname = cell("nickname");
        legislator.phone = cell("phone");
        legislator.url = cell("url");
        legislator.contactForm = cell("contact_form");
        legislator.address = cell("address");
        legislator.office = parseOfficeAddress(legislator.address);
        if (!legislator.office.isKnown())
            contents.warnings.append(tr("%1 has no Capitol office building in the address \"%2\"; add it by hand "
                                        "before scheduling meetings with this office.")
                                         .arg(legislator.title(), legislator.address));
        contents.legislators.append(legislator);
    }
    if (contents.legislators.isEmpty())
        return Error {Error::Code::InvalidInput, tr("The file lists no members of Congress.")};
    return contents;
}

Result<LegislatorFile::Contents> LegislatorFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Error::Code::Io, tr("Could not read %1: %2").arg(path, file.errorString())};
    return parse(file.readAll());
}

} // namespace majlis
