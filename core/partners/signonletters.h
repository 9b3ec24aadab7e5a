#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>

namespace majlis {

class Database;

struct SignOnLetter
{
    QString id;
    QString title;
    QString body;
    QString link;
    QDate deadline;

    bool operator==(const SignOnLetter &) const = default;
};

// A partner asked to sign, and what they answered.
struct LetterAnswer
{
    enum class Answer { Asked, Signed, Declined };

    QString organizationId;
    QString organizationName;
    Answer answer = Answer::Asked;
    QDate answeredOn;
    QString signedBy;

    bool operator==(const LetterAnswer &) const = default;
};

// Sign-on letters: which partners were asked, who signed, when and by whom, who has not answered.
class SignOnLetters
{
    Q_DECLARE_TR_FUNCTIONS(SignOnLetters)

public:
    explicit SignOnLetters(Database &database) : m_database(database) {}

    Result<SignOnLetter> create(const SignOnLetter &letter);
    Result<QList<SignOnLetter>> list() const; // nearest deadline first
    // Asks partners to sign; those already asked keep their answer.
    Status ask(const QString &letterId, const QStringList &organizationIds);
    // Records a partner's answer (and logs it in the partner's history when they signed).
    Status answer(const QString &letterId, const QString &organizationId, LetterAnswer::Answer answer, const QDate &on,
                  const QString &signedBy = {});
    // Every partner asked, in name order.
    Result<QList<LetterAnswer>> answers(const QString &letterId) const;

private:
    Database &m_database;
};

QString answerName(LetterAnswer::Answer answer); // translated

} // namespace majlis
