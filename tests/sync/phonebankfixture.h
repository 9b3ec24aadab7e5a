#pragma once

#include "campaigns/campaign.h"
#include "sync/syncharness.h"

#include <QJsonArray>
#include <QStringList>

#include <memory>
#include <random>

namespace majlis::test {

// Words planted where a caller must never look: every private field of Boston's contacts (notes,
// organization, role, skills, interests, birthday, emails, a conflict-log entry), the names of
// Boston's people not assigned to the caller, Boston's events, partners and letters, and
// Dearborn's people.
inline const QString kHidden = QStringLiteral("CANARY-HIDDEN");
inline const QString kOutsider = QStringLiteral("CANARY-OUTSIDER");
inline const QString kDearborn = QStringLiteral("CANARY-DEARBORN");

// A phone bank on a sync server. Boston: organizer amina (her laptop sets everything up),
// callers bilal and dina, volunteer vol. Dearborn: organizer chen.
struct PhoneBank
{
    PhoneBank();

    // Saves `count` callable people of Boston on amina's laptop, tagged `tag`, named
    // "<prefix> <i>", each with kHidden in every field a caller may not see. Their ids.
    QStringList addPeople(int count, const QString &prefix, const QString &tag = QStringLiteral("November"));
    // A phone bank of Boston (for the sample script's election) made on amina's laptop.
    Campaign createCampaign(const QString &name = QStringLiteral("November phone bank"));
    // Plants kHidden in Boston's events, partners, letters and conflict log, and kDearborn in
    // Dearborn's people, then syncs amina.
    void plantCanaries(const QString &assignedContact);

    QByteArray token(const QString &user);
    // One change of `user`, from their own device, in a push of its own; the refusal code ("" when kept).
    QString pushOne(const QString &user, const QString &table, const QString &id, const QJsonObject &values,
                    bool erase = false);
    QString lastMessage;
    QStringList bodies; // every answer the server gave through token() and pushOne()

    SimServer server;
    std::mt19937 random{29};
    QString boston;
    QString dearborn;
    std::unique_ptr<Laptop> amina;

private:
    QHash<QString, QByteArray> m_tokens;
    QHash<QString, QString> m_devices;
    QHash<QString, qint64> m_seqs;
};

// Every page of a pull from `cursor`, `limit` rows at a time: the bodies, and the rows and
// evictions of all pages. The last cursor is left in `cursor`.
struct PulledPages
{
    QStringList bodies;
    QJsonArray rows;
    QJsonArray evictions;
    int pages = 0;
};
PulledPages pullAll(SimServer &server, const QByteArray &token, QString &cursor, int limit = 500);

// The tables of a laptop's workspace (every column, the search index too) holding `needle`.
QStringList tablesContaining(Database &database, const QString &needle);

} // namespace majlis::test
