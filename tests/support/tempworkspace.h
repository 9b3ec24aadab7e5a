#pragma once

#include "storage/database.h"

#include <QTemporaryDir>

#include <memory>

namespace majlis::test {

// A fresh workspace in its own temporary folder, removed when the test ends.
class TempWorkspace
{
public:
    TempWorkspace();

    QString path() const { return m_dir.filePath(QStringLiteral("test.majlis")); }
    QString dir() const { return m_dir.path(); }
    Database &db() { return *m_database; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

// SHA-256 of a file's bytes, to prove a refused file was left exactly as it was.
QByteArray fileHash(const QString &path);

// The ids of the contacts a search for `typed` lists, as the contact list would ask for them.
QStringList searchIds(Database &db, const QString &typed);

// Puts `typed` in place of the contact's first phone number, as an older Majlis or a laptop
// with no country set kept it: something validation would refuse today.
void storePhoneAsTyped(Database &db, const QString &contactId, const QString &typed);

// The change log's last sequence number (0 when empty): what a write logs for sync comes after it.
qint64 lastChangeSeq(Database &db);

} // namespace majlis::test
