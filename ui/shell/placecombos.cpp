#include "shell/placecombos.h"

#include "contacts/phonenumber.h"
#include "i18n/countrynames.h"

#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QTimeZone>

#include <algorithm>

namespace majlis::placecombos {

QComboBox *timeZone(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        combo->addItem(QString::fromUtf8(id));
    // Six hundred zones: typing "london" or "york" anywhere in the name finds one.
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    return combo;
}

QComboBox *country(QWidget *parent, const QString &unsetText)
{
    struct Entry
    {
        QString name;
        QString code;
    };
    const QLocale locale;
    QList<Entry> entries;
    for (const QString &code : phone::knownRegions())
        entries.append({countries::name(code, locale), code});
    QCollator collator(locale);
    std::sort(entries.begin(), entries.end(),
              [&](const Entry &a, const Entry &b) { return collator.compare(a.name, b.name) < 0; });

    auto *combo = new QComboBox(parent);
    if (!unsetText.isEmpty())
        combo->addItem(unsetText, QString());
    for (const Entry &entry : std::as_const(entries))
        combo->addItem(countries::nameWithCode(entry.code, locale), entry.code);
    return combo;
}

} // namespace majlis::placecombos
