#include "partners/signonletters.h"

#include "common/clock.h"
#include "common/enumkeys.h"
#include "common/naturalid.h"
#include "partners/organization.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/sqlerror.h"

#include <QSqlQuery>

namespace majlis {

namespace {

const char *const kAnswerKeys[] = {"asked", "signed", "declined"};

} // namespace

QString answerName(LetterAnswer::Answer answer)
{
    switch (answer) {
    case LetterAnswer::Answer::Asked:
        return SignOnLetters::tr("No answer yet");
    case LetterAnswer::Answer::Signed:
        return SignOnLetters::tr("Signed");
    case LetterAnswer::Answer::Declined:
        return SignOnLetters::tr("Declined");
    }
    return {};
}

Result<SignOnLetter> SignOnLetters::create(const SignOnLetter &input)
{
    if (input.title.trimmed().isEmpty())
        return Error {Error::Code::InvalidInput, tr("A sign-on letter needs a title.")};
    SignOnLetter letter = input;
    letter.id = newId();
    if (auto s = writeInTransaction(m_database,
            [&](const RowWriter &writer) {
                return writer.insert(QStringLiteral("sign_on_letters"), letter.id,
                    {{QStringLiteral("title"), letter.title.trimmed()}, {QStringLiteral("body"), letter.body},
                        {QStringLiteral("link"), letter.link.trimmed()},
                        {QStringLiteral("deadline"), letter.deadline.toString(Qt::ISODate)}});
            });
        !s)
        return s.error();
    return letter;
}

Result<QList<SignOnLetter>> SignOnLetters::list() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT id, title, body, link, deadline FROM sign_on_letters WHERE deleted = 0 "
                                   "ORDER BY deadline = '', deadline, title")))
        return sqlError(query);
    QList<SignOnLetter> letters;
    while (query.next())
        letters.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), QDate::fromString(query.value(4).toString(), Qt::ISODate)});
    return letters;
}

Status SignOnLetters::ask(const QString &letterId, const QStringList &organizationIds)
{
    return writeInTransaction(m_database, [&](const RowWriter &writer) -> Status {
        for (const QString &organizationId : organizationIds) {
            QSqlQuery existing(m_database.connection());
            existing.prepare(
                QStringLiteral("SELECT 1 FROM letter_partners WHERE letter_id = ? AND organization_id = ?"));
            existing.addBindValue(letterId);
            existing.addBindValue(organizationId);
            if (!existing.exec())
                return sqlError(existing);
            if (existing.next())
                continue;
            if (auto s = writer.insert(QStringLiteral("letter_partners"),
                    naturalId(QStringLiteral("letter_partners"), {letterId, organizationId}),
                    {{QStringLiteral("letter_id"), letterId}, {QStringLiteral("organization_id"), organizationId}});
                !s)
                return s;
        }
        return success();
    });
}

Status SignOnLetters::answer(const QString &letterId, const QString &organizationId, LetterAnswer::Answer answer,
    const QDate &on, const QString &signedBy)
{
    return writeInTransaction(m_database, [&](const RowWriter &writer) -> Status {
        QSqlQuery row(m_database.connection());
        row.prepare(QStringLiteral(
            "SELECT p.id, l.title, p.answer FROM letter_partners p JOIN sign_on_letters l ON l.id = p.letter_id "
            "WHERE p.letter_id = ? AND p.organization_id = ? AND p.deleted = 0"));
        row.addBindValue(letterId);
        row.addBindValue(organizationId);
        if (!row.exec())
            return sqlError(row);
        if (!row.next())
            return Error {Error::Code::NotFound, tr("That partner was not asked to sign this letter.")};
        if (auto s = writer.update(QStringLiteral("letter_partners"), row.value(0).toString(),
                {{QStringLiteral("answer"), enumKey(kAnswerKeys, answer)},
                    {QStringLiteral("answered_on"), on.toString(Qt::ISODate)},
                    {QStringLiteral("signed_by"), signedBy.trimmed()}});
            !s)
            return s;
        // Logged once, when the partner first signs; correcting the date or signer adds nothing.
        if (answer != LetterAnswer::Answer::Signed || row.value(2).toString() == enumKey(kAnswerKeys, answer))
            return success();
        // Signing is part of the relationship's story.
        return writer.insert(QStringLiteral("interactions"), newId(),
            {{QStringLiteral("organization_id"), organizationId},
                {QStringLiteral("kind"), interactionKey(InteractionKind::SignOn)},
                {QStringLiteral("occurred_on"), on.toString(Qt::ISODate)},
                {QStringLiteral("summary"), tr("Signed \"%1\"").arg(row.value(1).toString())},
                {QStringLiteral("notes"), signedBy.trimmed()}});
    });
}

Result<QList<LetterAnswer>> SignOnLetters::answers(const QString &letterId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT p.organization_id, o.name, p.answer, p.answered_on, p.signed_by "
                       "FROM letter_partners p JOIN organizations o ON o.id = p.organization_id "
                       "WHERE p.letter_id = ? AND p.deleted = 0 AND o.deleted = 0 ORDER BY o.name COLLATE NOCASE"));
    query.addBindValue(letterId);
    if (!query.exec())
        return sqlError(query);
    QList<LetterAnswer> answers;
    while (query.next())
        answers.append({query.value(0).toString(), query.value(1).toString(),
            enumFromKey<LetterAnswer::Answer>(kAnswerKeys, query.value(2).toString())
                .value_or(LetterAnswer::Answer::Asked),
            QDate::fromString(query.value(3).toString(), Qt::ISODate), query.value(4).toString()});
    return answers;
}

} // namespace majlis
