#include "sync/conflictlogmodel.h"

#include "i18n/bidi.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPalette>

#include <cmath>

namespace majlis {

namespace {

// The columns people meet most in the log, named as the editors name them; any other column
// shows its own name, which is English but still says which field it was.
QString fieldLabel(const QString &column)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("given_name"), QT_TRANSLATE_NOOP("ConflictLogModel", "Given name")},
        {QStringLiteral("family_name"), QT_TRANSLATE_NOOP("ConflictLogModel", "Family name")},
        {QStringLiteral("preferred_name"), QT_TRANSLATE_NOOP("ConflictLogModel", "Preferred name")},
        {QStringLiteral("street"), QT_TRANSLATE_NOOP("ConflictLogModel", "Street")},
        {QStringLiteral("locality"), QT_TRANSLATE_NOOP("ConflictLogModel", "City")},
        {QStringLiteral("region"), QT_TRANSLATE_NOOP("ConflictLogModel", "Region")},
        {QStringLiteral("postal_code"), QT_TRANSLATE_NOOP("ConflictLogModel", "Postal code")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("ConflictLogModel", "Country")},
        {QStringLiteral("us_state"), QT_TRANSLATE_NOOP("ConflictLogModel", "State")},
        {QStringLiteral("district"), QT_TRANSLATE_NOOP("ConflictLogModel", "District")},
        {QStringLiteral("chapter_id"), QT_TRANSLATE_NOOP("ConflictLogModel", "Chapter")},
        {QStringLiteral("languages"), QT_TRANSLATE_NOOP("ConflictLogModel", "Languages")},
        {QStringLiteral("organization"), QT_TRANSLATE_NOOP("ConflictLogModel", "Organization")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("ConflictLogModel", "Role")},
        {QStringLiteral("skills"), QT_TRANSLATE_NOOP("ConflictLogModel", "Skills")},
        {QStringLiteral("interests"), QT_TRANSLATE_NOOP("ConflictLogModel", "Interests")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("ConflictLogModel", "Notes")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("ConflictLogModel", "Name")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("ConflictLogModel", "Title")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("ConflictLogModel", "Status")},
        {QStringLiteral("deleted"), QT_TRANSLATE_NOOP("ConflictLogModel", "Deleted")},
    };
    const char *label = labels.value(column);
    return label ? QCoreApplication::translate("ConflictLogModel", label) : QString(column).replace(u'_', u' ');
}

// Values that read left to right whatever the interface language: addresses, numbers, links.
bidi::Kind valueKind(const sync::ConflictEntry &entry)
{
    static const QStringList ltrFields {QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("number"),
        QStringLiteral("e164"), QStringLiteral("url"), QStringLiteral("website"), QStringLiteral("link"),
        QStringLiteral("postal_code"), QStringLiteral("district"), QStringLiteral("room"), QStringLiteral("bill")};
    const bool ltr = entry.table == u"contact_emails" || entry.table == u"contact_phones"
        || ltrFields.contains(entry.field) || entry.kept.isDouble() || entry.lost.isDouble();
    return ltr ? bidi::Kind::Ltr : bidi::Kind::Text;
}

// A value as the table shows it: typed values isolated, the dash and yes/no as they are.
QString shownValue(const QJsonValue &value, const sync::ConflictEntry &entry)
{
    const QString text = ConflictLogModel::displayValue(value);
    return value.isString() || value.isDouble() || value.isArray() || value.isObject()
        ? bidi::isolate(text, valueKind(entry))
        : text;
}

QString localTime(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat) : QString();
}

} // namespace

ConflictLogModel::ConflictLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ConflictLogModel::setEntries(const QList<sync::ConflictEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

QString ConflictLogModel::displayValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return tr("—");
    case QJsonValue::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case QJsonValue::Double: {
        // Columns hold integers (a district, a capacity); JSON makes them doubles.
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::abs(number) < 1e15)
            return QString::number(qint64(number));
        return QString::number(number);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString ConflictLogModel::record(const sync::ConflictEntry &entry) const
{
    if (!entry.rowLabel.isEmpty())
        return bidi::isolate(entry.rowLabel);
    // No name to show: say what kind of record it is, and enough of its id to tell two apart.
    QString kind = entry.table;
    if (entry.table == u"contacts")
        kind = tr("Contact");
    else if (entry.table == u"organizations")
        kind = tr("Partner");
    else if (entry.table == u"events")
        kind = tr("Event");
    else if (entry.table == u"advocacy_days")
        kind = tr("Advocacy day");
    else if (entry.table == u"chapters")
        kind = tr("Chapter");
    else if (entry.table == u"sign_on_letters")
        kind = tr("Sign-on letter");
    return tr("%1 %2").arg(kind, bidi::isolateLtr(entry.rowId.left(8)));
}

QString ConflictLogModel::device(const sync::ConflictEntry &entry) const
{
    if (entry.lostDevice.isEmpty())
        return tr("—");
    if (entry.lostDevice == m_localDevice)
        return tr("This laptop");
    return tr("Laptop %1").arg(bidi::isolateLtr(entry.lostDevice.left(8)));
}

int ConflictLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ConflictLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const sync::ConflictEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RecordColumn:
            return record(e);
        case FieldColumn:
            return fieldLabel(e.field);
        case KeptColumn:
            return shownValue(e.kept, e);
        case LostColumn:
            return shownValue(e.lost, e);
        case DeviceColumn:
            return device(e);
        case WhenColumn:
            return localTime(e.lostAt > 0 ? e.lostAt : e.createdAt);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RecordColumn:
        case FieldColumn:
            return bidi::isolateLtr(QStringLiteral("%1 %2 · %3").arg(e.table, e.rowId, e.field));
        case KeptColumn:
            return shownValue(e.kept, e);
        case LostColumn:
            return shownValue(e.lost, e);
        case DeviceColumn:
            return e.lostDevice;
        case WhenColumn:
            return tr("Edit made %1; logged %2.").arg(bidi::isolate(localTime(e.lostAt)), bidi::isolate(localTime(e.createdAt)));
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (e.resolved)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (e.resolved) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case EntryIdRole:
        return e.id;
    case ResolvedRole:
        return e.resolved;
    default:
        return {};
    }
}

QVariant ConflictLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RecordColumn:
        return tr("Record");
    case FieldColumn:
        return tr("Field");
    case KeptColumn:
        return tr("Kept value");
    case LostColumn:
        return tr("Lost value");
    case DeviceColumn:
        return tr("From laptop");
    case WhenColumn:
        return tr("When");
    default:
        return {};
    }
}

} // namespace majlis
