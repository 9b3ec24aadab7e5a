#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace majlis {

class Database;

// The places a workspace's numbers and times are read in, changed together: the workspace's
// own country and time zone (kept on this computer) and each chapter's (synced). What the
// Workspace Settings dialog writes on OK.
namespace workspacesettings {

// A chapter's own country and zone as they should be; "" follows the workspace's.
struct ChapterPlace
{
    QString chapterId;
    QString country;
    QString timeZone;
};

struct Change
{
    std::optional<QString> region;   // unset: unchanged; "": the computer's locale decides
    std::optional<QString> timeZone; // unset: unchanged; "": this computer's zone
    QList<ChapterPlace> chapters;    // only the chapters to change
};

// All of it or, when one value is refused or a write fails, none of it: one transaction. Only the
// fields that differ from what is stored are written, so a chapter's untouched field makes no
// change for sync to carry.
Status apply(Database &workspace, const Change &change);

} // namespace workspacesettings
} // namespace majlis
