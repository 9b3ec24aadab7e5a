#include "contacts/contactimport.h"

#include "contacts/phoneregion.h"

#include "common/crashpoint.h"
#include "contacts/contactrepository.h"
#include "contacts/optouts.h"
#include "contacts/searchtext.h"
#include "contacts/validation.h"
#include "io/csv.h"
#include "storage/database.h"
#include "storage/scopedpragma.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

namespace majlis {

namespace {

// A spreadsheet marks an opt-out with a reason, a yes, or any note at all ("asked 2024"); only
// an empty cell or a plain no means the person may be contacted.
QString optOutFromCell(const QString &cell)
{
    const QString value = cell.trimmed().toLower();
    if (OptOuts::reasons().contains(value))
        return value;
    static const QStringList no = {QString(), QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"),
                                   QStringLiteral("0"), QStringLiteral("-")};
    return no.contains(value) ? QString() : QStringLiteral("requested");
}

QDate parseDate(const QString &text)
{
    for (const QString &format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("M/d/yyyy"), QStringLiteral("d.M.yyyy"),
                                  QStringLiteral("yyyyMMdd"), QStringLiteral("yyyy/MM/dd")}) {
        const QDate date = QDate::fromString(text.trimmed(), format);
        if (date.isValid())
            return date;
    }
    return {};
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("\\s*(?::::|[,;])\\s*"));
    QStringList items;
    for (QString item : text.split(separators, Qt::SkipEmptyParts)) {
        item = item.trimmed();
        // Google marks its own groups with a star ("* myContacts"); they are not the user's tags.
        if (!item.isEmpty() && !item.startsWith(u'*'))
            items.append(item);
    }
    return items;
}

// An email or phone label as a contacts export writes it ("* Home", "Mobile", "Work ::: Other")
// in the words Majlis's editor uses; a user's own label ("Custom email") is kept as written.
QString labelFromExport(const QString &written, const QString &fallback)
{
    QString label = written.section(QStringLiteral(":::"), 0, 0).trimmed();
    while (label.startsWith(u'*')) // Google marks the primary one with a star
        label = label.mid(1).trimmed();
    if (label.isEmpty())
        return fallback;
    static const QHash<QString, QString> standard{
        {QStringLiteral("home"), QStringLiteral("home")},         {QStringLiteral("personal"), QStringLiteral("home")},
        {QStringLiteral("work"), QStringLiteral("work")},         {QStringLiteral("business"), QStringLiteral("work")},
        {QStringLiteral("mobile"), QStringLiteral("mobile")},     {QStringLiteral("cell"), QStringLiteral("mobile")},
        {QStringLiteral("other"), QStringLiteral("other")},       {QStringLiteral("main"), QStringLiteral("main")},
        {QStringLiteral("pager"), QStringLiteral("pager")},       {QStringLiteral("home fax"), QStringLiteral("home fax")},
        {QStringLiteral("work fax"), QStringLiteral("work fax")}, {QStringLiteral("other fax"), QStringLiteral("other fax")}};
    return standard.value(label.toLower(), label);
}

// The label column right before `column`, when it is mapped as the label of this kind of value.
QString labelBefore(const CsvTable &table, const QList<ContactField> &mapping, int row, int column, ContactField labelField,
                    const QString &fallback)
{
    if (column <= 0 || column - 1 >= mapping.size() || mapping.at(column - 1) != labelField)
        return fallback;
    return labelFromExport(table.cell(row, column - 1), fallback);
}

QString nameKey(const Contact &c)
{
    return searchtext::fold((c.givenName + u' ' + c.familyName).simplified());
}

// Email, phone and name-with-postal-code keys of everyone in the workspace, to match rows
// against in memory: one pass over the tables instead of three queries per row.
struct WorkspaceIndex
{
    QHash<QString, QString> byEmail;
    QHash<QString, QString> byPhone;
    QHash<QString, QString> byNameAndPostal;
    QHash<QString, QString> names;

    Status load(Database &database)
    {
        QSqlQuery q(database.connection());
        if (!q.exec(QStringLiteral("SELECT lower(e.address), e.contact_id FROM contact_emails e JOIN contacts c "
                                   "ON c.id = e.contact_id WHERE e.deleted = 0 AND c.deleted = 0")))
            return sqlError(q);
        while (q.next())
            byEmail.insert(q.value(0).toString(), q.value(1).toString());
        if (!q.exec(QStringLiteral("SELECT p.number, p.contact_id FROM contact_phones p JOIN contacts c "
                                   "ON c.id = p.contact_id WHERE p.deleted = 0 AND c.deleted = 0")))
            return sqlError(q);
        while (q.next())
            byPhone.insert(q.value(0).toString(), q.value(1).toString());
        if (!q.exec(QStringLiteral("SELECT id, given_name, family_name, postal_code, preferred_name FROM contacts "
                                   "WHERE deleted = 0")))
            return sqlError(q);
        while (q.next()) {
            Contact c;
            c.givenName = q.value(1).toString();
            c.familyName = q.value(2).toString();
            const QString id = q.value(0).toString();
            const QString postal = q.value(3).toString().trimmed();
            if (!postal.isEmpty() && !nameKey(c).isEmpty())
                byNameAndPostal.insert(nameKey(c) + u'|' + postal, id);
            names.insert(id, q.value(4).toString().isEmpty() ? (c.givenName + u' ' + c.familyName).trimmed()
                                                              : q.value(4).toString());
        }
        return success();
    }
};

// Fills what the existing contact lacks from the imported one; nothing already there is lost.
Contact mergedInto(const Contact &existing, const Contact &imported)
{
    Contact c = existing;
    auto fill = [](QString &mine, const QString &theirs) {
        if (mine.trimmed().isEmpty())
            mine = theirs;
    };
    fill(c.givenName, imported.givenName);
    fill(c.familyName, imported.familyName);
    fill(c.preferredName, imported.preferredName);
    fill(c.address.street, imported.address.street);
    fill(c.address.locality, imported.address.locality);
    fill(c.address.region, imported.address.region);
    fill(c.address.postalCode, imported.address.postalCode);
    fill(c.address.country, imported.address.country);
    fill(c.usState, imported.usState);
    fill(c.organization, imported.organization);
    fill(c.role, imported.role);
    if (!c.district)
        c.district = imported.district;
    if (!c.birthday.isValid())
        c.birthday = imported.birthday;
    if (c.chapterId.isEmpty())
        c.chapterId = imported.chapterId;
    if (!imported.notes.trimmed().isEmpty() && !c.notes.contains(imported.notes.trimmed()))
        c.notes = c.notes.trimmed().isEmpty() ? imported.notes : c.notes + u'\n' + imported.notes;
    auto addMissing = [](QList<LabeledValue> &mine, const QList<LabeledValue> &theirs) {
        for (const LabeledValue &v : theirs) {
            const bool present = std::any_of(mine.cbegin(), mine.cend(), [&](const LabeledValue &m) {
                return m.value.compare(v.value, Qt::CaseInsensitive) == 0;
            });
            if (!present)
                mine.append(v);
        }
    };
    addMissing(c.emails, imported.emails);
    addMissing(c.phones, imported.phones);
    for (const QString &tag : imported.tags) {
        if (!c.tags.contains(tag, Qt::CaseInsensitive))
            c.tags.append(tag);
    }
    for (const QString &language : imported.languages) {
        if (!c.languages.contains(language))
            c.languages.append(language);
    }
    return c;
}

// Validates one incoming contact and matches it against the workspace and earlier rows.
class PlanBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ContactImport)

public:
    PlanBuilder(ImportPlan &plan, const WorkspaceIndex &index, const ContactImport::Options &options)
        : m_plan(plan), m_index(index), m_options(options)
    {
    }

    void add(Contact c, int line, const QHash<QString, QString> &columnOf)
    {
        ImportPlan &plan = m_plan;
        const WorkspaceIndex &index = m_index;
        const ContactImport::Options &options = m_options;
        QHash<QString, int> &seenEmail = m_seenEmail;
        auto normalized = ContactValidator::normalized(c);
        if (!normalized) {
            const QList<FieldError> errors = ContactValidator::validate(c);
            if (errors.isEmpty())
                plan.problems.append({line, {}, normalized.error().message});
            for (const FieldError &e : errors)
                plan.problems.append({line, columnOf.value(e.field, e.field), e.message});
            return;
        }
        c = std::move(normalized).value();
        const int index_ = int(plan.contacts.size());
        plan.contacts.append(c);
        plan.lines.append(line);

        // The strongest evidence first: one match per row.
        auto match = [&]() -> std::optional<ImportMatch> {
            for (const LabeledValue &e : c.emails) {
                const QString key = e.value.toLower();
                if (const auto it = index.byEmail.constFind(key); it != index.byEmail.cend())
                    return ImportMatch{index_, *it, index.names.value(*it), tr("same email %1").arg(e.value), options.onDuplicate};
                if (const auto it = seenEmail.constFind(key); it != seenEmail.cend())
                    return ImportMatch{index_, {}, {}, tr("same email as line %1 of this file").arg(plan.lines.at(*it)),
                                       options.onDuplicate == DuplicateAction::Create ? DuplicateAction::Create
                                                                                      : DuplicateAction::Skip};
            }
            for (const LabeledValue &p : c.phones) {
                if (const auto it = index.byPhone.constFind(p.value); it != index.byPhone.cend())
                    return ImportMatch{index_, *it, index.names.value(*it), tr("same phone %1").arg(p.value), options.onDuplicate};
            }
            if (!c.address.postalCode.isEmpty()) {
                const auto it = index.byNameAndPostal.constFind(nameKey(c) + u'|' + c.address.postalCode);
                if (it != index.byNameAndPostal.cend())
                    return ImportMatch{index_, *it, index.names.value(*it), tr("same name and postal code"), options.onDuplicate};
            }
            return std::nullopt;
        }();
        if (match)
            plan.matches.append(*match);
        for (const LabeledValue &e : c.emails)
            seenEmail.insert(e.value.toLower(), index_);
    }

private:
    ImportPlan &m_plan;
    const WorkspaceIndex &m_index;
    const ContactImport::Options &m_options;
    QHash<QString, int> m_seenEmail; // earlier rows of the same file
};

} // namespace

int ImportPlan::toCreate() const
{
    int matchedNotCreated = 0;
    for (const ImportMatch &m : matches)
        matchedNotCreated += m.action != DuplicateAction::Create ? 1 : 0;
    return int(contacts.size()) - matchedNotCreated;
}

int ImportPlan::toMerge() const
{
    return int(std::count_if(matches.cbegin(), matches.cend(), [](const ImportMatch &m) {
        return m.action == DuplicateAction::Merge && !m.existingId.isEmpty();
    }));
}

int ImportPlan::toSkip() const
{
    return int(std::count_if(matches.cbegin(), matches.cend(), [](const ImportMatch &m) {
        return m.action == DuplicateAction::Skip || (m.action == DuplicateAction::Merge && m.existingId.isEmpty());
    }));
}

Result<ImportPlan> ContactImport::plan(Database &database, const CsvTable &table, const Options &options,
                                       const std::function<bool(int, int)> &progress)
{
    if (options.mapping.size() != table.header().size())
        return Error{Error::Code::InvalidInput, tr("Choose what each column of the file holds.")};
    if (!options.mapping.contains(ContactField::GivenName) && !options.mapping.contains(ContactField::FamilyName)
        && !options.mapping.contains(ContactField::FullName) && !options.mapping.contains(ContactField::PreferredName))
        return Error{Error::Code::InvalidInput, tr("No column holds a name: map at least one column to a name field.")};

    WorkspaceIndex index;
    if (auto s = index.load(database); !s)
        return s.error();

    ImportPlan plan;
    for (int line : table.raggedLines())
        plan.problems.append({line, {}, tr("The line has more fields than the header; the extra fields were left out.")});
    PlanBuilder builder(plan, index, options);
    const QString country = options.defaultCountry.isEmpty() ? phoneregion::forChapter(database.connection(), options.chapterId)
                                                             : options.defaultCountry.toUpper();
    static const QRegularExpression noDate(QStringLiteral("^0{1,2}/0{1,2}/0{2,4}$"));
    for (int row = 0; row < table.rowCount(); ++row) {
        if (progress && row % 500 == 0 && !progress(row, table.rowCount()))
            return Error{Error::Code::InvalidInput, tr("Cancelled; nothing was imported.")};
        ++plan.rowsRead;
        const int line = table.lineOf(row);
        Contact c;
        c.chapterId = options.chapterId;
        c.address.country = country;
        QHash<QString, QString> columnOf; // contact field path → header, to name the column of a problem
        QString fullName;
        QString department;
        QString formattedAddress;
        QStringList streetLines2;
        QString birthYear, birthMonth, birthDay, birthHeader;
        bool empty = true;
        for (int column = 0; column < options.mapping.size(); ++column) {
            QString value = table.cell(row, column).trimmed();
            // Undo the apostrophe a spreadsheet export puts before =, +, - or @ to stop formulas.
            if (value.size() > 1 && value.front() == u'\'' && QStringLiteral("=+-@").contains(value.at(1)))
                value.remove(0, 1);
            if (value.isEmpty())
                continue;
            empty = false;
            const QString header = table.header().at(column);
            switch (options.mapping.at(column)) {
            case ContactField::Ignore:
                break;
            case ContactField::GivenName:
                c.givenName = value;
                columnOf.insert(QStringLiteral("givenName"), header);
                break;
            case ContactField::FamilyName:
                c.familyName = value;
                break;
            case ContactField::FullName:
                fullName = value;
                columnOf.insert(QStringLiteral("givenName"), header);
                break;
            case ContactField::PreferredName:
                c.preferredName = value;
                break;
            case ContactField::Email:
            case ContactField::HomeEmail:
            case ContactField::WorkEmail: {
                const ContactField f = options.mapping.at(column);
                const QString label = f == ContactField::WorkEmail   ? QStringLiteral("work")
                                      : f == ContactField::HomeEmail ? QStringLiteral("home")
                                                                     : labelBefore(table, options.mapping, row, column,
                                                                                   ContactField::EmailLabel, QStringLiteral("home"));
                for (const QString &email : value.split(QRegularExpression(QStringLiteral("\\s*[;,]\\s*")), Qt::SkipEmptyParts)) {
                    columnOf.insert(QStringLiteral("emails/%1").arg(c.emails.size()), header);
                    c.emails.append({label, email});
                }
                break;
            }
            case ContactField::Phone:
            case ContactField::MobilePhone:
            case ContactField::HomePhone:
            case ContactField::WorkPhone: {
                const ContactField f = options.mapping.at(column);
                const QString label = f == ContactField::HomePhone ? QStringLiteral("home")
                                      : f == ContactField::WorkPhone   ? QStringLiteral("work")
                                      : f == ContactField::MobilePhone ? QStringLiteral("mobile")
                                                                       : labelBefore(table, options.mapping, row, column,
                                                                                     ContactField::PhoneLabel, QStringLiteral("mobile"));
                for (const QString &phone : value.split(u';', Qt::SkipEmptyParts)) {
                    columnOf.insert(QStringLiteral("phones/%1").arg(c.phones.size()), header);
                    c.phones.append({label, phone.trimmed()});
                }
                break;
            }
            case ContactField::Street:
                c.address.street = value;
                break;
            case ContactField::Locality:
                c.address.locality = value;
                break;
            case ContactField::Region:
                c.address.region = value;
                break;
            case ContactField::PostalCode:
                c.address.postalCode = value;
                break;
            case ContactField::Country:
                c.address.country = value.size() == 2 ? value.toUpper()
                                    : (value.compare(QStringLiteral("United States"), Qt::CaseInsensitive) == 0
                                       || value.compare(QStringLiteral("USA"), Qt::CaseInsensitive) == 0)
                                        ? QStringLiteral("US")
                                        : value;
                columnOf.insert(QStringLiteral("country"), header);
                break;
            case ContactField::UsState:
                c.usState = value.toUpper();
                columnOf.insert(QStringLiteral("usState"), header);
                break;
            case ContactField::District: {
                bool ok = false;
                static const QRegularExpression digits(QStringLiteral("(\\d+)$"));
                const auto m = digits.match(value);
                const int district = m.hasMatch() ? m.captured(1).toInt(&ok) : 0;
                if (ok)
                    c.district = district;
                else if (value.compare(QStringLiteral("AL"), Qt::CaseInsensitive) == 0)
                    c.district = 0;
                else
                    plan.problems.append({line, header, tr("\"%1\" is not a district number; it was left out.").arg(value)});
                break;
            }
            case ContactField::Organization:
                c.organization = value;
                break;
            case ContactField::Role:
                c.role = value;
                break;
            case ContactField::Tags:
                c.tags += splitList(value);
                break;
            case ContactField::Notes:
                c.notes = c.notes.isEmpty() ? value : c.notes + u'\n' + value;
                break;
            case ContactField::Birthday:
                if (noDate.match(value).hasMatch())
                    break; // Outlook's way of writing no birthday
                c.birthday = parseDate(value);
                if (!c.birthday.isValid())
                    plan.problems.append({line, header, tr("\"%1\" is not a date; the birthday was left out.").arg(value)});
                break;
            case ContactField::Languages:
                c.languages += splitList(value);
                break;
            case ContactField::DoNotContact:
                c.doNotContact = optOutFromCell(value);
                break;
            case ContactField::Department:
                department = value;
                break;
            case ContactField::FormattedAddress:
                formattedAddress = value;
                break;
            case ContactField::StreetLine2:
                streetLines2.append(value);
                break;
            case ContactField::EmailLabel:
            case ContactField::PhoneLabel:
                break; // read with the value in the next column
            case ContactField::BirthYear:
                birthYear = value;
                birthHeader = header;
                break;
            case ContactField::BirthMonth:
                birthMonth = value;
                if (birthHeader.isEmpty())
                    birthHeader = header;
                break;
            case ContactField::BirthDay:
                birthDay = value;
                if (birthHeader.isEmpty())
                    birthHeader = header;
                break;
            }
        }
        if (empty)
            continue; // a blank row in a spreadsheet is nobody
        // Contact has no department, and it says what the person does as much as the title does:
        // "Policy Director, Government Affairs" in the role keeps it where organizers look.
        if (!department.isEmpty() && !c.role.contains(department, Qt::CaseInsensitive))
            c.role = c.role.isEmpty() ? department : c.role + QStringLiteral(", ") + department;
        // Google's formatted block repeats street, city, region and country in one text; the
        // street columns say the same precisely, so the block only stands in for a missing street,
        // and then only its first line (the street line in every layout Google writes).
        if (c.address.street.isEmpty() && streetLines2.isEmpty() && !formattedAddress.isEmpty()) {
            static const QRegularExpression lineBreak(QStringLiteral("[\\r\\n]+"));
            const QStringList lines = formattedAddress.split(lineBreak, Qt::SkipEmptyParts);
            c.address.street = lines.isEmpty() ? QString() : lines.first().trimmed();
        }
        if (!streetLines2.isEmpty()) {
            const QString rest = streetLines2.join(QStringLiteral(", "));
            c.address.street = c.address.street.isEmpty() ? rest : c.address.street + QStringLiteral(", ") + rest;
        }
        if (!birthYear.isEmpty() || !birthMonth.isEmpty() || !birthDay.isEmpty()) {
            bool yearOk = false, monthOk = false, dayOk = false;
            const QDate date(birthYear.toInt(&yearOk), birthMonth.toInt(&monthOk), birthDay.toInt(&dayOk));
            if (yearOk && monthOk && dayOk && date.isValid()) {
                if (!c.birthday.isValid())
                    c.birthday = date;
            } else if (!c.birthday.isValid()) {
                const QString written = (birthYear.isEmpty() ? QStringLiteral("-") : birthYear) + u'-' + birthMonth + u'-' + birthDay;
                plan.problems.append({line, birthHeader, tr("\"%1\" is not a date; the birthday was left out.").arg(written)});
            }
        }
        if (!fullName.isEmpty() && c.givenName.isEmpty() && c.familyName.isEmpty()) {
            const qsizetype space = fullName.lastIndexOf(u' ');
            c.givenName = space > 0 ? fullName.left(space) : fullName;
            c.familyName = space > 0 ? fullName.mid(space + 1) : QString();
        }
        if (c.usState.isEmpty() && c.address.country == u"US" && ContactValidator::isUsState(c.address.region))
            c.usState = c.address.region.toUpper();

        builder.add(c, line, columnOf);
    }
    return plan;
}

Result<ImportPlan> ContactImport::planContacts(Database &database, const QList<Contact> &contacts, const Options &options)
{
    WorkspaceIndex index;
    if (auto s = index.load(database); !s)
        return s.error();
    ImportPlan plan;
    PlanBuilder builder(plan, index, options);
    for (int i = 0; i < contacts.size(); ++i) {
        ++plan.rowsRead;
        Contact c = contacts.at(i);
        if (c.chapterId.isEmpty())
            c.chapterId = options.chapterId;
        builder.add(c, i + 1, {});
    }
    return plan;
}

Result<ImportResult> ContactImport::run(Database &database, const ImportPlan &plan,
                                        const std::function<bool(int, int)> &progress)
{
    const int total = int(plan.contacts.size());
    QHash<int, const ImportMatch *> matchOf;
    for (const ImportMatch &m : plan.matches)
        matchOf.insert(m.row, &m);

    ImportResult result;
    const BulkWrite bulk(database.connection());
    Transaction tx(database.connection());
    if (!tx.isActive())
        return tx.beginStatus().error();
    ContactRepository contacts(database);
    QList<Contact> toCreate;
    int done = 0;
    for (int row = 0; row < total; ++row) {
        const ImportMatch *m = matchOf.value(row);
        if (!m || m->action == DuplicateAction::Create) {
            toCreate.append(plan.contacts.at(row));
            continue;
        }
        if (m->action == DuplicateAction::Skip || m->existingId.isEmpty()) {
            ++result.skipped;
        } else {
            auto existing = contacts.get(m->existingId);
            if (!existing)
                return existing.error();
            if (auto updated = contacts.update(mergedInto(existing.value(), plan.contacts.at(row))); !updated)
                return Error{updated.error().code,
                             tr("Line %1 could not be merged: %2").arg(plan.lines.at(row)).arg(updated.error().message)};
            // An opt-out in the file holds for the person it matched; one already recorded stays.
            const QString optOut = plan.contacts.at(row).doNotContact;
            if (!optOut.isEmpty() && existing->doNotContact.isEmpty()) {
                if (auto s = OptOuts(database).set(m->existingId, optOut); !s)
                    return s.error();
            }
            ++result.merged;
        }
        if (progress && !progress(++done, total))
            return Error{Error::Code::InvalidInput, tr("The import was cancelled; nothing was changed.")};
    }
    auto created = contacts.createManyWithin(toCreate, [&](int n) {
        if (n * 2 >= toCreate.size())
            crashpoint::hit("import.mid-batch");
        return !progress || progress(done + n, total);
    });
    if (!created) {
        if (progress && !progress(done, total))
            return Error{Error::Code::InvalidInput, tr("The import was cancelled; nothing was changed.")};
        return created.error();
    }
    result.created = created.value();
    // A last word before anything is kept: a Cancel pressed at the very end still counts.
    if (progress && !progress(total, total))
        return Error{Error::Code::InvalidInput, tr("The import was cancelled; nothing was changed.")};
    crashpoint::hit("import.before-commit");
    if (auto s = tx.commit(); !s)
        return s.error();
    crashpoint::hit("import.after-commit");
    return result;
}

QByteArray ContactImport::problemsCsv(const ImportPlan &plan)
{
    CsvWriter csv;
    csv.addRow({tr("Line"), tr("Column"), tr("Problem")});
    for (const ImportProblem &p : plan.problems)
        csv.addRow({QString::number(p.line), p.column, p.message});
    return csv.data();
}

} // namespace majlis
