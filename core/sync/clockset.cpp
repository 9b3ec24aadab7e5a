#include "sync/clockset.h"

#include <QHash>

namespace majlis::sync::clockset {

QJsonValue clockOf(const QJsonObject &clocks, const QString &field)
{
    const auto own = clocks.constFind(field);
    if (own != clocks.constEnd())
        return *own;
    return clocks.value(kEveryField);
}

QJsonObject compact(const QJsonObject &perField)
{
    QHash<QString, int> uses;
    QString common;
    int most = 0;
    for (auto it = perField.begin(); it != perField.end(); ++it) {
        const QString clock = it.value().toString();
        const int n = ++uses[clock];
        // Ties go to the smaller clock, so the same fields always compact to the same text.
        if (n > most || (n == most && clock < common)) {
            most = n;
            common = clock;
        }
    }
    if (most == 0)
        return {};
    QJsonObject compacted{{kEveryField, common}};
    for (auto it = perField.begin(); it != perField.end(); ++it) {
        if (it.key() != kEveryField && it.value().toString() != common)
            compacted.insert(it.key(), it.value());
    }
    return compacted;
}

QJsonObject expand(const QJsonObject &clocks, const QStringList &fields)
{
    QJsonObject perField;
    for (const QString &field : fields) {
        const QJsonValue clock = clockOf(clocks, field);
        if (!clock.isUndefined())
            perField.insert(field, clock);
    }
    return perField;
}

} // namespace majlis::sync::clockset
