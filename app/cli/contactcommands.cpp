#include "cli.h"

#include "contacts/chapter.h"
#include "contacts/contactdirectory.h"
#include "contacts/contactjson.h"
#include "contacts/contactmerger.h"
#include "contacts/contactrepository.h"
#include "contacts/phonenumber.h"
#include "privacy/personerasure.h"
#include "privacy/personexport.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonArray>

namespace majlis::cli {

namespace {

// The options that set a contact's fields, shared by "add" and "edit".
struct FieldOptions
{
    QCommandLineOption given{QStringLiteral("given"), Context::tr("Given name."), Context::tr("name")};
    QCommandLineOption family{QStringLiteral("family"), Context::tr("Family name."), Context::tr("name")};
    QCommandLineOption preferred{QStringLiteral("preferred"), Context::tr("Preferred name."), Context::tr("name")};
    QCommandLineOption email{QStringLiteral("email"), Context::tr("Email address; repeat for several (replaces them on edit)."),
                             Context::tr("address")};
    QCommandLineOption phone{QStringLiteral("phone"), Context::tr("Phone number; repeat for several (replaces them on edit)."),
                             Context::tr("number")};
    QCommandLineOption chapter{QStringLiteral("chapter"), Context::tr("Chapter name."), Context::tr("name")};
    QCommandLineOption state{QStringLiteral("state"), Context::tr("U.S. state, two letters."), Context::tr("code")};
    QCommandLineOption district{QStringLiteral("district"), Context::tr("Congressional district (0 for at-large)."),
                                Context::tr("number")};
    QCommandLineOption organization{QStringLiteral("organization"), Context::tr("Organization."), Context::tr("name")};
    QCommandLineOption role{QStringLiteral("role"), Context::tr("Role at the organization."), Context::tr("role")};
    QCommandLineOption tag{QStringLiteral("tag"), Context::tr("Tag; repeat for several (replaces them on edit)."),
                           Context::tr("tag")};
    QCommandLineOption language{QStringLiteral("language"), Context::tr("Language spoken, such as ar; repeatable."),
                                Context::tr("code")};
    QCommandLineOption consent{QStringLiteral("consent"),
                               Context::tr("Consent given today, on the command line: email, sms, phone or photo; repeatable."),
                               Context::tr("channel")};
    QCommandLineOption notes{QStringLiteral("notes"), Context::tr("Notes."), Context::tr("text")};
    QCommandLineOption street{QStringLiteral("street"), Context::tr("Street address."), Context::tr("text")};
    QCommandLineOption city{QStringLiteral("city"), Context::tr("City or town."), Context::tr("name")};
    QCommandLineOption region{QStringLiteral("region"), Context::tr("State, province or region of the address."),
                              Context::tr("name")};
    QCommandLineOption postalCode{QStringLiteral("postal-code"), Context::tr("Postal code."), Context::tr("code")};
    QCommandLineOption country{QStringLiteral("country"),
                               Context::tr("Country, two letters such as DE or GB; phone numbers without + are read as "
                                           "numbers of this country."),
                               Context::tr("code")};

    QList<QCommandLineOption> all() const
    {
        return {given,        family, preferred, email, phone, chapter, state,  district, organization, role, tag, language,
                consent,      notes,  street,    city,  region, postalCode, country};
    }
};

QList<LabeledValue> labeled(const QStringList &values)
{
    QList<LabeledValue> list;
    for (const QString &value : values)
        list.append({QString(), value});
    return list;
}

// Applies the options that were given to `contact`; fields not mentioned stay as they are.
Status applyOptions(const QCommandLineParser &parser, const FieldOptions &o, Database &database, Contact &contact)
{
    if (parser.isSet(o.given))
        contact.givenName = parser.value(o.given);
    if (parser.isSet(o.family))
        contact.familyName = parser.value(o.family);
    if (parser.isSet(o.preferred))
        contact.preferredName = parser.value(o.preferred);
    if (parser.isSet(o.email))
        contact.emails = labeled(parser.values(o.email));
    if (parser.isSet(o.phone))
        contact.phones = labeled(parser.values(o.phone));
    if (parser.isSet(o.state))
        contact.usState = parser.value(o.state);
    if (parser.isSet(o.district)) {
        bool ok = false;
        const int district = parser.value(o.district).toInt(&ok);
        if (!ok)
            return Error{Error::Code::InvalidInput, Context::tr("--district takes a number, such as 12 or 0 for at-large.")};
        contact.district = district;
    }
    if (parser.isSet(o.organization))
        contact.organization = parser.value(o.organization);
    if (parser.isSet(o.role))
        contact.role = parser.value(o.role);
    if (parser.isSet(o.tag))
        contact.tags = parser.values(o.tag);
    if (parser.isSet(o.language))
        contact.languages = parser.values(o.language);
    if (parser.isSet(o.notes))
        contact.notes = parser.value(o.notes);
    if (parser.isSet(o.street))
        contact.address.street = parser.value(o.street);
    if (parser.isSet(o.city))
        contact.address.locality = parser.value(o.city);
    if (parser.isSet(o.region))
        contact.address.region = parser.value(o.region);
    if (parser.isSet(o.postalCode))
        contact.address.postalCode = parser.value(o.postalCode);
    if (parser.isSet(o.country)) {
        const QString code = parser.value(o.country).trimmed().toUpper();
        if (!code.isEmpty() && !phone::isKnownRegion(code))
            return Error{Error::Code::InvalidInput,
                         Context::tr("--country takes a two-letter country code such as DE, GB, FR, CA or TR.")};
        contact.address.country = code;
    }
    for (const QString &key : parser.values(o.consent)) {
        const auto channel = consentChannelFromKey(key.trimmed().toLower());
        if (!channel)
            return Error{Error::Code::InvalidInput,
                         Context::tr("Unknown consent \"%1\"; use email, sms, phone or photo.").arg(key)};
        contact.consents.removeIf([&](const Consent &c) { return c.channel == *channel; });
        contact.consents.append({*channel, true, QDate::currentDate(), QStringLiteral("majlis-cli")});
    }
    if (parser.isSet(o.chapter)) {
        auto chapter = ChapterRepository(database).findByName(parser.value(o.chapter));
        if (!chapter)
            return Error{chapter.error().code,
                         Context::tr("%1 Add it first with \"majlis-cli chapters add NAME\".").arg(chapter.error().message)};
        contact.chapterId = chapter->id;
    }
    return success();
}

// "value" or "value (label)".
QString withLabel(const QString &value, const QString &label)
{
    return label.isEmpty() ? value : Context::tr("%1 (%2)", "a value and its label, such as an email and home").arg(value, label);
}

// Every field the contact holds, one labelled line each; empty fields are left out.
QStringList describe(const Contact &c, const QString &chapterName)
{
    QStringList lines{c.displayName(), Context::tr("  id: %1").arg(c.id)};
    const auto add = [&](const QString &line, const QString &value) {
        if (!value.trimmed().isEmpty())
            lines.append(line.arg(value));
    };
    add(Context::tr("  given name: %1"), c.givenName);
    add(Context::tr("  family name: %1"), c.familyName);
    add(Context::tr("  preferred name: %1"), c.preferredName);
    for (const LabeledValue &email : c.emails)
        add(Context::tr("  email: %1"), withLabel(email.value, email.label));
    for (const LabeledValue &number : c.phones)
        add(Context::tr("  phone: %1"), withLabel(phone::international(number.value), number.label));
    const QStringList address{c.address.street, QStringList{c.address.postalCode, c.address.locality}.join(u' ').trimmed(),
                              c.address.region, c.address.country};
    QStringList parts;
    for (const QString &part : address) {
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    }
    add(Context::tr("  address: %1"), parts.join(QStringLiteral(", ")));
    add(Context::tr("  chapter: %1"), chapterName);
    if (!c.usState.isEmpty())
        add(Context::tr("  district: %1"), formatDistrict(c.usState, c.district));
    add(Context::tr("  organization: %1"), c.organization);
    add(Context::tr("  role: %1"), c.role);
    add(Context::tr("  languages: %1"), c.languages.join(QStringLiteral(", ")));
    add(Context::tr("  tags: %1"), c.tags.join(QStringLiteral(", ")));
    for (const Consent &consent : c.consents) {
        const QString state = consent.granted ? Context::tr("given %1").arg(consent.date.toString(Qt::ISODate))
                                              : Context::tr("refused %1").arg(consent.date.toString(Qt::ISODate));
        lines.append(Context::tr("  consent to %1: %2").arg(consentChannelKey(consent.channel), state));
    }
    add(Context::tr("  skills: %1"), c.skills.join(QStringLiteral(", ")));
    add(Context::tr("  interests: %1"), c.interests.join(QStringLiteral(", ")));
    if (c.birthday.isValid())
        add(Context::tr("  birthday: %1"), c.birthday.toString(Qt::ISODate));
    add(Context::tr("  notes: %1"), c.notes);
    return lines;
}

int printRows(const Context &context, const QList<ContactRow> &rows, int total)
{
    QJsonArray array;
    QStringList lines;
    for (const ContactRow &row : rows) {
        array.append(toJson(row));
        lines.append(QStringList{row.id.left(8), row.displayName, row.email, row.phone, row.chapterName,
                                 formatDistrict(row.usState, row.district)}
                         .join(QLatin1Char('\t')));
    }
    lines.append(QCoreApplication::translate("majlis::cli::Context", "%n contact(s)", nullptr, total));
    context.print(array, lines);
    return Ok;
}

} // namespace

int runContacts(const QString &verb, const Context &context)
{
    if (verb == QLatin1String("districts"))
        return runContactDistricts(context);
    QCommandLineParser parser;
    const FieldOptions fields;
    const QCommandLineOption limit(QStringLiteral("limit"), Context::tr("Show at most this many (default 50)."),
                                   Context::tr("count"), QStringLiteral("50"));
    const QCommandLineOption chapterFilter(QStringLiteral("chapter"), Context::tr("Only this chapter."), Context::tr("name"));
    const QCommandLineOption tagFilter(QStringLiteral("tag"), Context::tr("Only contacts with this tag."), Context::tr("tag"));
    const QCommandLineOption yes(QStringLiteral("yes"), Context::tr("Confirm that the erasure cannot be undone."));

    if (verb == QLatin1String("add") || verb == QLatin1String("edit"))
        parser.addOptions(fields.all());
    else if (verb == QLatin1String("list"))
        parser.addOptions({limit, chapterFilter, tagFilter});
    else if (verb == QLatin1String("search"))
        parser.addOption(limit);
    else if (verb == QLatin1String("erase"))
        parser.addOption(yes);
    else if (verb != QLatin1String("show") && verb != QLatin1String("delete") && verb != QLatin1String("export-data")
             && verb != QLatin1String("merge"))
        return usage(Context::tr("unknown command \"contacts %1\"; use add, list, search, show, edit, delete, merge, export-data or "
                                 "erase.")
                         .arg(verb));
    if (auto exitCode = parseArguments(parser, context))
        return *exitCode;
    const QStringList positional = parser.positionalArguments();

    auto opened = context.openDatabase();
    if (!opened)
        return fail(opened.error());
    Database &database = **opened;
    ContactRepository contacts(database);
    ContactDirectory directory(database);
    auto chapterName = [&](const QString &id) {
        auto chapter = ChapterRepository(database).get(id);
        return chapter ? chapter->name : QString();
    };

    if (verb == QLatin1String("add")) {
        Contact contact;
        if (auto s = applyOptions(parser, fields, database, contact); !s)
            return fail(s.error());
        auto saved = contacts.create(contact);
        if (!saved)
            return fail(saved.error());
        context.print(toJson(*saved), QStringList{Context::tr("Added %1.").arg(saved->displayName())}
                                          + describe(*saved, chapterName(saved->chapterId)));
        return Ok;
    }

    if (verb == QLatin1String("list") || verb == QLatin1String("search")) {
        ContactQuery query;
        if (verb == QLatin1String("search")) {
            query.search = positional.join(QLatin1Char(' '));
            if (query.search.trimmed().isEmpty())
                return usage(Context::tr("\"contacts search\" needs something to search for."));
        } else {
            query.tag = parser.value(tagFilter);
            if (parser.isSet(chapterFilter)) {
                auto chapter = ChapterRepository(database).findByName(parser.value(chapterFilter));
                if (!chapter)
                    return fail(chapter.error());
                query.chapterId = chapter->id;
            }
        }
        bool ok = false;
        const int max = parser.value(limit).toInt(&ok);
        if (!ok || max < 1)
            return usage(Context::tr("--limit takes a positive number."));
        auto rows = directory.page(query, 0, max);
        auto total = directory.count(query);
        if (!rows)
            return fail(rows.error());
        if (!total)
            return fail(total.error());
        return printRows(context, *rows, *total);
    }

    if (positional.isEmpty())
        return usage(Context::tr("\"contacts %1\" needs a contact id.").arg(verb));

    if (verb == QLatin1String("delete")) {
        auto resolved = directory.resolveIds(positional);
        if (!resolved)
            return fail(resolved.error());
        const QStringList ids = resolved.value();
        if (auto s = contacts.remove(ids); !s)
            return fail(s.error());
        QJsonArray array;
        for (const QString &id : std::as_const(ids))
            array.append(id);
        context.print(array, {QCoreApplication::translate("majlis::cli::Context", "Deleted %n contact(s).", nullptr,
                                                          static_cast<int>(ids.size()))});
        return Ok;
    }

    if (verb == QLatin1String("export-data")) {
        if (positional.size() != 2)
            return usage(Context::tr("\"contacts export-data\" takes a contact id and the file to write."));
        auto id = directory.resolveId(positional.first());
        if (!id)
            return fail(id.error());
        if (auto s = PersonExport::write(database, *id, positional.at(1)); !s)
            return fail(s.error());
        context.print(QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("file"), positional.at(1)}},
                      {Context::tr("Wrote everything this workspace holds about the contact to %1.").arg(positional.at(1))});
        return Ok;
    }

    if (verb == QLatin1String("merge")) {
        if (positional.size() != 2)
            return usage(Context::tr("\"contacts merge\" takes the id of the contact to keep and of the one to merge into it."));
        auto keep = directory.resolveId(positional.at(0));
        if (!keep)
            return fail(keep.error());
        auto other = directory.resolveId(positional.at(1));
        if (!other)
            return fail(other.error());
        auto kept = contacts.get(*keep);
        if (!kept)
            return fail(kept.error());
        // The kept contact's names and address stay; what only the other had joins them.
        auto merged = ContactMerger(database).merge(*keep, *other, kept.value());
        if (!merged)
            return fail(merged.error());
        context.print(toJson(merged->keptAfter), QStringList{Context::tr("Merged into %1.").arg(merged->keptAfter.displayName())}
                                                     + describe(merged->keptAfter, chapterName(merged->keptAfter.chapterId)));
        return Ok;
    }

    if (verb == QLatin1String("erase")) {
        if (positional.size() != 1)
            return usage(Context::tr("\"contacts erase\" takes one contact id."));
        if (!parser.isSet(yes))
            return usage(Context::tr("Erasing a person removes everything held about them, here and at the next sync on every "
                                     "laptop, and cannot be undone. Export it first with \"contacts export-data\" if they "
                                     "asked for a copy, then run the command again with --yes."));
        auto id = directory.resolveId(positional.first());
        if (!id)
            return fail(id.error());
        auto erased = PersonErasure::erase(database, *id);
        if (!erased)
            return fail(erased.error());
        context.print(QJsonObject{{QStringLiteral("id"), *id},
                                  {QStringLiteral("rows_erased"), erased->rowsErased},
                                  {QStringLiteral("mentions_cleared"), erased->mentionsCleared}},
                      {Context::tr("Erased the contact and %n row(s) about them. The erasure reaches other laptops at "
                                   "their next sync.",
                                   nullptr, erased->rowsErased - 1)});
        return Ok;
    }

    if (positional.size() != 1)
        return usage(Context::tr("\"contacts %1\" takes one contact id.").arg(verb));
    auto id = directory.resolveId(positional.first());
    if (!id)
        return fail(id.error());
    auto contact = contacts.get(*id);
    if (!contact)
        return fail(contact.error());

    if (verb == QLatin1String("edit")) {
        Contact edited = *contact;
        if (auto s = applyOptions(parser, fields, database, edited); !s)
            return fail(s.error());
        auto saved = contacts.update(edited);
        if (!saved)
            return fail(saved.error());
        context.print(toJson(*saved), QStringList{Context::tr("Saved %1.").arg(saved->displayName())}
                                          + describe(*saved, chapterName(saved->chapterId)));
        return Ok;
    }

    context.print(toJson(*contact), describe(*contact, chapterName(contact->chapterId)));
    return Ok;
}

} // namespace majlis::cli
