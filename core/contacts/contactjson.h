#pragma once

#include "contacts/contact.h"
#include "contacts/contactdirectory.h"

#include <QJsonObject>

namespace majlis {

// The JSON shape of a contact, used by `majlis-cli --json`: stable keys in camelCase.
QJsonObject toJson(const Contact &contact);
QJsonObject toJson(const ContactRow &row);

} // namespace majlis
