#include "support/tempworkspace.h"

#include "contacts/contactdirectory.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>

#include <stdexcept>

namespace majlis::test {

TempWorkspace::TempWorkspace()
{
    auto opened = Database::open(path());
    if (!opened)
        throw std::runtime_error(opened.error().message.toStdString());
    m_database = std::move(opened).value();
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QStringList searchIds(Database &db, const QString &typed)
{
    ContactQuery query;
    query.search = typed;
    auto rows = ContactDirectory(db).page(query, 0, 50);
    if (!rows)
        throw std::runtime_error(rows.error().message.toStdString());
    QStringList ids;
    for (const ContactRow &row : *rows)
        ids.append(row.id);
    return ids;
}

void storePhoneAsTyped(Database &db, const QString &contactId, const QString &typed)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("UPDATE contact_phones SET number = ? WHERE contact_id = ? AND position = "
                                 "(SELECT min(position) FROM contact_phones WHERE contact_id = ?)"));
    query.addBindValue(typed);
    query.addBindValue(contactId);
    query.addBindValue(contactId);
    if (!query.exec() || query.numRowsAffected() != 1)
        throw std::runtime_error("could not store the phone number as typed");
}

qint64 lastChangeSeq(Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log")) || !query.next())
        throw std::runtime_error("could not read the change log");
    return query.value(0).toLongLong();
}

} // namespace majlis::test
