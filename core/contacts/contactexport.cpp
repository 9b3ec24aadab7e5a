#include "contacts/contactexport.h"

#include "io/csv.h"

namespace majlis {

namespace {

QString joined(const QList<LabeledValue> &values, const QStringList &labels, bool wanted)
{
    QStringList out;
    for (const LabeledValue &v : values) {
        if (labels.contains(v.label.toLower()) == wanted)
            out.append(v.value);
    }
    return out.join(QStringLiteral("; "));
}

} // namespace

QByteArray ContactExport::csv(const QList<Contact> &contacts, const QHash<QString, QString> &chapterNames)
{
    CsvWriter csv;
    // Not translated: these are the file's column names, which the importer reads back.
    csv.addRow({QStringLiteral("Given Name"), QStringLiteral("Family Name"), QStringLiteral("Preferred Name"),
                QStringLiteral("Email"), QStringLiteral("Work Email"), QStringLiteral("Mobile Phone"),
                QStringLiteral("Home Phone"), QStringLiteral("Work Phone"), QStringLiteral("Street"), QStringLiteral("City"),
                QStringLiteral("Region"), QStringLiteral("Postal Code"), QStringLiteral("Country"), QStringLiteral("State"),
                QStringLiteral("District"), QStringLiteral("Chapter"), QStringLiteral("Organization"), QStringLiteral("Title"),
                QStringLiteral("Tags"), QStringLiteral("Languages"), QStringLiteral("Birthday"), QStringLiteral("Notes"),
                QStringLiteral("Do Not Contact")});
    const QStringList work{QStringLiteral("work")};
    const QStringList homeAndWork{QStringLiteral("home"), QStringLiteral("work")};
    for (const Contact &c : contacts) {
        QStringList mobile;
        for (const LabeledValue &p : c.phones) {
            if (!homeAndWork.contains(p.label.toLower()))
                mobile.append(p.value);
        }
        csv.addRow({c.givenName, c.familyName, c.preferredName, joined(c.emails, work, false), joined(c.emails, work, true),
                    mobile.join(QStringLiteral("; ")), joined(c.phones, {QStringLiteral("home")}, true),
                    joined(c.phones, work, true), c.address.street, c.address.locality, c.address.region,
                    c.address.postalCode, c.address.country, c.usState, c.district ? QString::number(*c.district) : QString(),
                    chapterNames.value(c.chapterId), c.organization, c.role, c.tags.join(QStringLiteral("; ")),
                    c.languages.join(QStringLiteral("; ")), c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QString(),
                    c.notes, c.doNotContact});
    }
    return csv.data();
}

} // namespace majlis
