#pragma once

#include "campaigns/campaign.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace majlis {

class Database;

// A door on a walk list, with only what a canvasser needs at it: no email, no phone, no notes.
struct WalkStop
{
    QString contactId;
    QString name;
    QString street; // as entered: "123 Main St"
    QString locality;
    QString postalCode;
    QStringList languages; // as stored (BCP 47 codes, or what was typed)
};

// One street of a walk list, its doors in the order they are walked.
struct WalkStreet
{
    QString name; // "Main St": as the first door on it writes it, without the house number
    QString locality;
    QString postalCode; // of the first door
    QList<WalkStop> stops;
};

// The paper list a canvasser takes to the doors of a door-knocking campaign, street by street.
class WalkList
{
    Q_DECLARE_TR_FUNCTIONS(WalkList)

public:
    explicit WalkList(Database &database)
        : m_database(database)
    { }

    // The doors still to knock on: people not finished and not opted out since the list was
    // made, walked street by street. Everyone's, or only one volunteer's share (the people given
    // to them; nobody's people go on the whole list only, so no door is knocked on twice).
    Result<QList<WalkStreet>> streets(const QString &campaignId, const QString &volunteer = {}) const;
    // The volunteers with a share of the list, by name.
    Result<QStringList> volunteers(const QString &campaignId) const;

private:
    Database &m_database;
};

} // namespace majlis
