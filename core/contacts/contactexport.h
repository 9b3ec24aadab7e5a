#pragma once

#include "contacts/contact.h"

#include <QCoreApplication>
#include <QHash>

namespace majlis {

// Contacts as a spreadsheet. The column names are ones the importer recognizes, so an exported
// file imports back into another workspace to the same people.
class ContactExport
{
    Q_DECLARE_TR_FUNCTIONS(ContactExport)

public:
    // `chapterNames` maps chapter ids to names for the Chapter column.
    static QByteArray csv(const QList<Contact> &contacts, const QHash<QString, QString> &chapterNames = {});
};

} // namespace majlis
