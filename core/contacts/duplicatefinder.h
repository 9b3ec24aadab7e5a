#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace majlis {

class Database;

// Contacts that are probably one person entered more than once.
struct DuplicateGroup
{
    QStringList contactIds; // find(): ascending; forContact(): the contact itself first
    QStringList names;      // display names, in the order of contactIds
    int score = 0;          // 0-100: how sure we are that every member is the same person
    QStringList reasons;    // translated, strongest first: "same email a@b.org", "same name and postal code"

    bool operator==(const DuplicateGroup &) const = default;
};

// Finds likely duplicate contacts without comparing every pair: contacts are grouped ("blocked")
// by what duplicates share (an email address, a phone number, a folded name with or without the
// postal code), each by one GROUP BY query, and only contacts within a block are compared.
//
// Scores: the same email counts 90, the same phone 80, the same name and postal code 70, the
// same name alone 40. Evidence combines like independent signals (100 − 100·Π(1 − sᵢ/100)), so a
// pair sharing an email and a phone scores 98 and nothing reaches 100 by accident. Pairs are
// joined into groups strongest first, and a group's score is its weakest joining link: a group
// of three is only as certain as the least certain reason it has three members.
//
// A value shared by many contacts is not evidence: an office switchboard or a family inbox
// links people who are not the same, and a common name links strangers. Blocks larger than
// maxSharedBy (maxSameName for the name alone) are therefore ignored.
class DuplicateFinder
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)

public:
    enum class Evidence { Email, Phone, NameAndPostalCode, Name };

    static constexpr int maxSharedBy = 8;
    static constexpr int maxSameName = 4;

    static int evidenceScore(Evidence evidence);
    // The combined score of a pair sharing these kinds of evidence. The name alone adds nothing
    // when the name and postal code already match.
    static int combinedScore(const QList<Evidence> &evidence);

    explicit DuplicateFinder(Database &database) : m_database(database) {}

    // Every group of live contacts that look like duplicates: highest score first, then by ids.
    // `progress` is called between steps; returning false cancels (an InvalidInput error).
    Result<QList<DuplicateGroup>> find(const std::function<bool(int done, int total)> &progress = {}) const;

    // For the editor's "possible duplicates of this contact": one group per other contact that
    // shares evidence with this one, as [contactId, otherId], highest score first. The blocks
    // and scores are those of find(), so a pair it reports is a pair find() reports.
    Result<QList<DuplicateGroup>> forContact(const QString &contactId) const;

private:
    Database &m_database;
};

} // namespace majlis
