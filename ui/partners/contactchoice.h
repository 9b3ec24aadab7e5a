#pragma once

#include <QStringList>

class QWidget;

namespace majlis {

class Database;

// Picks contacts with the attendee picker, its day-specific role hidden: roles at a partner are
// free text, asked for afterwards. Empty when the user cancels or ticks nobody.
QStringList chooseContacts(Database &database, QWidget *parent, const QString &title, const QString &acceptText);

// The same for one person, such as the keeper of a relationship; asks again when several are ticked.
QString chooseContact(Database &database, QWidget *parent, const QString &title, const QString &acceptText);

} // namespace majlis
