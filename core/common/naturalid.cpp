#include "common/naturalid.h"

#include <QUuid>

namespace majlis {

namespace {

// Fixed for ever: changing it would give every new natural row an id unlike its twin made by an
// older version on another laptop.
const QUuid kMajlisNamespace(QStringLiteral("df01fb16-e87b-4230-a1e2-8a2bc5e4c427"));

} // namespace

QString naturalId(const QString &table, const QStringList &key)
{
    // The unit separator cannot appear in an id or a name typed by a person, so no two keys join
    // to the same text.
    const QString name = table + QChar(0x1f) + key.join(QChar(0x1f));
    return QUuid::createUuidV5(kMajlisNamespace, name.toUtf8()).toString(QUuid::WithoutBraces);
}

QString nocaseKey(const QString &name)
{
    QString key = name;
    for (QChar &c : key) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return key;
}

} // namespace majlis
