#pragma once

#include "common/result.h"
#include "io/archivereader.h"
#include "legislatures/bodymembers.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace YAML {
class Node;
}

namespace majlis {

// Reads the Open States people data (github.com/openstates/people): one YAML file per person
// in data/<state>/legislature/, for every state legislature, D.C.'s council and Puerto Rico's
// assembly. A folder (the project's root, its data/ folder or one state's) and its download as
// a .tar.gz or .zip read the same. Congress (data/us) is skipped: congress-legislators is its
// source, with the bioguide ids meetings are matched by.
class OpenStates
{
    Q_DECLARE_TR_FUNCTIONS(OpenStates)

public:
    // One person file read: a current member, or why they are not one.
    struct Person
    {
        std::optional<Legislator> member;
        QString skipped; // a warning line when member is empty
    };

    // A person's YAML. Roles and parties are current on `asOf` (started by then, not ended
    // before). Malformed YAML and files of another schema are errors naming `fileName`.
    static Result<Person> parsePerson(const QByteArray &yaml, const QString &fileName, const QDate &asOf);

    // A folder or an archive that may hold Open States data, by its kind alone.
    static bool mayBeSource(const QString &path);
    // Every state's members, one body per state; nothing when anything in the source is refused.
    static Result<MemberSource> read(const QString &path, const QDate &asOf = QDate::currentDate());
    // The same from files already read, named by their paths.
    static Result<MemberSource> fromFiles(const QList<SourceFile> &files, const QDate &asOf);
    // A person file by its place: <state>/legislature/<name>.yml
    static bool isPersonFile(const QString &path);

private:
    static Result<Person> personFrom(const YAML::Node &root, const QString &fileName, const QDate &asOf);
};

} // namespace majlis
