#pragma once

#include "common/result.h"
#include "io/csv.h"
#include "legislatures/bodymembers.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace majlis {

// What a column of a parliament's member list holds.
enum class MemberField {
    Ignore,
    Id,
    FullName,
    GivenName,
    FamilyName,
    Chamber,
    Constituency,
    Party,
    Address,
    Phone,
    Email
};

QString memberFieldKey(MemberField field); // "constituency", for the CLI's --map
QString memberFieldName(MemberField field); // translated, for the GUI's mapping
std::optional<MemberField> memberFieldFromKey(const QString &key);
QList<MemberField> allMemberFields();
QStringList memberFieldKeys(); // every field but Ignore, for help texts and errors
// The field each header most likely holds ("Constituency", "Riding", "Member of Parliament",
// "Party", "Email"), matched whatever the case and punctuation; each field guessed once.
QList<MemberField> guessMemberFields(const QStringList &header);

// Reads the members of any parliament from a spreadsheet, one member a row, into the body the
// user names: the UK Parliament from its members' list, a city council from its website's table.
class MemberList
{
    Q_DECLARE_TR_FUNCTIONS(MemberList)

public:
    // "name=Name,constituency=Riding": fields by key, columns by header name (any case); the
    // fields named replace the guesses for those columns. An unknown field or column is an error.
    static Result<QList<MemberField>> mapColumns(const QStringList &header, const QString &map);

    // Rows without a name or a constituency, or with a chamber the body lacks, are skipped and
    // listed in the warnings. A member listed twice refuses the whole list. A member is found
    // again on the next import by the id column, or else by their name and constituency.
    static Result<BodyMembers> read(
        const CsvTable &table, const QList<MemberField> &mapping, const LegislativeBody &body);
};

} // namespace majlis
