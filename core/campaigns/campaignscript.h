#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace majlis {

// What an answer does besides being recorded.
struct AnswerAction
{
    enum class Kind { None, Tag, Pledge, FollowUp, DoNotContact };
    Kind kind = Kind::None;
    QString tag; // for Tag

    bool operator==(const AnswerAction &) const = default;
};

struct ScriptAnswer
{
    QString key;   // stored in results: stable when the label is reworded or translated
    QString label; // what the caller reads
    AnswerAction action;

    bool operator==(const ScriptAnswer &) const = default;
};

struct ScriptQuestion
{
    enum class Kind { SingleChoice, MultipleChoice, YesNo, FreeText };
    QString key;
    QString text;
    Kind kind = Kind::SingleChoice;
    QList<ScriptAnswer> answers; // empty for free text

    const ScriptAnswer *answer(const QString &key) const;
    bool operator==(const ScriptQuestion &) const = default;
};

// A caller's script: the introduction read to everyone, then the survey.
struct CampaignScript
{
    QString introduction;
    QList<ScriptQuestion> questions;

    const ScriptQuestion *question(const QString &key) const;
    bool operator==(const CampaignScript &) const = default;
};

// Scripts are written by organizers as YAML (or JSON, which YAML reads too) and stored as JSON:
//
//   introduction: "Hello, this is {caller} with the Dearborn chapter…"
//   questions:
//     - key: plan
//       text: Do you plan to vote on 3 November?
//       kind: yes_no              # single, multiple, yes_no or text
//       answers:
//         - {key: "yes", label: "Yes", action: pledge}
//         - {key: "no", label: "No"}
//
// An action is one of: pledge, follow_up (a voter-registration follow-up), do_not_contact, or
// "tag:NAME". A yes/no question without answers gets Yes and No.
class CampaignScriptFormat
{
    Q_DECLARE_TR_FUNCTIONS(CampaignScriptFormat)

public:
    static Result<CampaignScript> fromYaml(const QByteArray &text);
    static Result<CampaignScript> fromJson(const QJsonObject &json);
    static QJsonObject toJson(const CampaignScript &script);
    // The script as an organizer writes it, for editing: fromYaml() reads it back the same.
    static QByteArray toYaml(const CampaignScript &script);

    // Checks the answers recorded for a result against the script: every key known, one answer
    // to a single-choice question, a list for a multiple-choice one, text for a free question.
    static Status checkAnswers(const CampaignScript &script, const QJsonObject &answers);
};

// The introduction as read to one person: {caller} and {name} replaced.
QString fillIntroduction(const QString &introduction, const QString &caller, const QString &name);

QString questionKindKey(ScriptQuestion::Kind kind);
std::optional<ScriptQuestion::Kind> questionKindFromKey(const QString &key);

} // namespace majlis
