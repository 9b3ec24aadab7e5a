#pragma once

#include "common/result.h"
#include "contacts/contact.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace majlis {

// What reading a .vcf file gave: the people in it, and in words a user can check what did not
// come along, so nothing is lost without anyone knowing.
struct VCardImport
{
    QList<Contact> contacts;
    // One line per card and property Majlis has no place for, e.g.
    // "Card 3 (Amina Rahman): PHOTO was not imported".
    QStringList notKept;
    // Lines and cards that were skipped because they are malformed, each naming its line.
    QStringList problems;
};

// Address-book cards as phones, Outlook, Gmail, Apple and KDE write them: vCard 2.1 (quoted-
// printable, CHARSET, bare parameters), 3.0 (RFC 2426) and 4.0 (RFC 6350). Folding and text
// escaping are ICalendar's, as both formats share the content-line grammar.
class VCard
{
    Q_DECLARE_TR_FUNCTIONS(VCard)

public:
    enum class Version { V21, V3, V4 };

    // Contacts are not validated here: emails and phones stay as written, and the repository
    // normalizes and checks them when they are saved. A file that is not vCard, or whose
    // BEGIN:VCARD and END:VCARD do not pair up, is an error naming the line; anything smaller is
    // skipped and listed in problems or notKept.
    static Result<VCardImport> parse(const QByteArray &data);

    // UTF-8 with CRLF line ends, folded at 75 octets. Writes names, emails, phones (with their
    // labels as TYPE, or as an Apple X-ABLabel when no TYPE says the same), the address,
    // organization, role, tags, notes, birthday and the contact's id as UID.
    static QByteArray write(const QList<Contact> &contacts, Version version = Version::V4);
};

} // namespace majlis
