#include "campaigns/campaignscript.h"

#include "common/enumkeys.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace majlis {

namespace {

const char *const kQuestionKinds[] = {"single", "multiple", "yes_no", "text"};

// Every scalar becomes text: the script's fields are all text, and YAML 1.1 readers would
// otherwise turn an answer key "yes" or "no" into a boolean.
QJsonValue toJsonValue(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        return QString::fromStdString(node.Scalar());
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &item : node)
            array.append(toJsonValue(item));
        return array;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &entry : node)
            object.insert(QString::fromStdString(entry.first.as<std::string>()), toJsonValue(entry.second));
        return object;
    }
    default:
        return QJsonValue();
    }
}

Error invalid(const QString &message)
{
    return Error{Error::Code::InvalidInput, message};
}

bool isKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,40}$"));
    return pattern.match(key).hasMatch();
}

std::optional<AnswerAction> actionFrom(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return AnswerAction{};
    if (trimmed == u"pledge")
        return AnswerAction{AnswerAction::Kind::Pledge, {}};
    if (trimmed == u"follow_up" || trimmed == u"follow-up")
        return AnswerAction{AnswerAction::Kind::FollowUp, {}};
    if (trimmed == u"do_not_contact" || trimmed == u"do-not-contact")
        return AnswerAction{AnswerAction::Kind::DoNotContact, {}};
    if (trimmed.startsWith(u"tag:") && !trimmed.mid(4).trimmed().isEmpty())
        return AnswerAction{AnswerAction::Kind::Tag, trimmed.mid(4).trimmed()};
    return std::nullopt;
}

QString actionText(const AnswerAction &action)
{
    switch (action.kind) {
    case AnswerAction::Kind::None:
        return {};
    case AnswerAction::Kind::Tag:
        return QStringLiteral("tag:") + action.tag;
    case AnswerAction::Kind::Pledge:
        return QStringLiteral("pledge");
    case AnswerAction::Kind::FollowUp:
        return QStringLiteral("follow_up");
    case AnswerAction::Kind::DoNotContact:
        return QStringLiteral("do_not_contact");
    }
    return {};
}

} // namespace

const ScriptAnswer *ScriptQuestion::answer(const QString &wanted) const
{
    for (const ScriptAnswer &a : answers) {
        if (a.key == wanted)
            return &a;
    }
    return nullptr;
}

const ScriptQuestion *CampaignScript::question(const QString &wanted) const
{
    for (const ScriptQuestion &q : questions) {
        if (q.key == wanted)
            return &q;
    }
    return nullptr;
}

QString questionKindKey(ScriptQuestion::Kind kind)
{
    return enumKey(kQuestionKinds, kind);
}

std::optional<ScriptQuestion::Kind> questionKindFromKey(const QString &key)
{
    return enumFromKey<ScriptQuestion::Kind>(kQuestionKinds, key);
}

Result<CampaignScript> CampaignScriptFormat::fromYaml(const QByteArray &text)
{
    YAML::Node root;
    try {
        root = YAML::Load(std::string(text.constData(), std::size_t(text.size())));
    } catch (const YAML::Exception &e) {
        return invalid(tr("The script is not valid YAML (line %1): %2")
                           .arg(e.mark.line + 1)
                           .arg(QString::fromStdString(e.msg)));
    }
    const QJsonValue value = toJsonValue(root);
    if (!value.isObject())
        return invalid(tr("A script starts with \"introduction:\" and \"questions:\"."));
    return fromJson(value.toObject());
}

Result<CampaignScript> CampaignScriptFormat::fromJson(const QJsonObject &json)
{
    CampaignScript script;
    script.introduction = json.value(u"introduction").toString().trimmed();
    const QJsonValue questions = json.value(u"questions");
    if (!questions.isUndefined() && !questions.isNull() && !questions.isArray())
        return invalid(tr("\"questions\" must be a list of questions."));
    QSet<QString> questionKeys;
    for (const QJsonValue &item : questions.toArray()) {
        const QJsonObject object = item.toObject();
        ScriptQuestion question;
        question.key = object.value(u"key").toString().trimmed();
        question.text = object.value(u"text").toString().trimmed();
        const int number = int(script.questions.size()) + 1;
        if (!isKey(question.key))
            return invalid(tr("Question %1 needs a key of letters, digits, '_' or '-' (at most 40).").arg(number));
        if (questionKeys.contains(question.key))
            return invalid(tr("Two questions have the key \"%1\".").arg(question.key));
        questionKeys.insert(question.key);
        if (question.text.isEmpty())
            return invalid(tr("Question \"%1\" has no text to read.").arg(question.key));
        const QString kindText = object.value(u"kind").toString(QStringLiteral("single"));
        const auto kind = questionKindFromKey(kindText);
        if (!kind)
            return invalid(tr("Question \"%1\" has the kind \"%2\"; use single, multiple, yes_no or text.")
                               .arg(question.key, kindText));
        question.kind = *kind;

        QSet<QString> answerKeys;
        for (const QJsonValue &answerValue : object.value(u"answers").toArray()) {
            const QJsonObject answerObject = answerValue.toObject();
            ScriptAnswer answer;
            answer.key = answerObject.value(u"key").toString().trimmed();
            answer.label = answerObject.value(u"label").toString().trimmed();
            if (answer.label.isEmpty())
                answer.label = answer.key;
            if (!isKey(answer.key))
                return invalid(tr("An answer of question \"%1\" needs a key of letters, digits, '_' or '-'.")
                                   .arg(question.key));
            if (answerKeys.contains(answer.key))
                return invalid(tr("Question \"%1\" has two answers with the key \"%2\".").arg(question.key, answer.key));
            answerKeys.insert(answer.key);
            const QString actionValue = answerObject.value(u"action").toString();
            const auto action = actionFrom(actionValue);
            if (!action)
                return invalid(tr("The answer \"%1\" of question \"%2\" has the action \"%3\"; use pledge, "
                                  "follow_up, do_not_contact or tag:NAME.")
                                   .arg(answer.key, question.key, actionValue));
            answer.action = *action;
            question.answers.append(answer);
        }
        if (question.kind == ScriptQuestion::Kind::YesNo && question.answers.isEmpty())
            question.answers = {{QStringLiteral("yes"), tr("Yes"), {}}, {QStringLiteral("no"), tr("No"), {}}};
        if (question.kind == ScriptQuestion::Kind::FreeText && !question.answers.isEmpty())
            return invalid(tr("Question \"%1\" takes free text and cannot list answers.").arg(question.key));
        if (question.kind != ScriptQuestion::Kind::FreeText && question.answers.isEmpty())
            return invalid(tr("Question \"%1\" lists no answers to choose from.").arg(question.key));
        // Answers are chosen with the number keys 1-9 in the caller's window.
        if (question.answers.size() > 9)
            return invalid(tr("Question \"%1\" has more than nine answers; a caller picks them with keys 1 to 9.")
                               .arg(question.key));
        script.questions.append(question);
    }
    return script;
}

QJsonObject CampaignScriptFormat::toJson(const CampaignScript &script)
{
    QJsonArray questions;
    for (const ScriptQuestion &question : script.questions) {
        QJsonArray answers;
        for (const ScriptAnswer &answer : question.answers) {
            QJsonObject object{{QStringLiteral("key"), answer.key}, {QStringLiteral("label"), answer.label}};
            const QString action = actionText(answer.action);
            if (!action.isEmpty())
                object.insert(QStringLiteral("action"), action);
            answers.append(object);
        }
        QJsonObject object{{QStringLiteral("key"), question.key},
                           {QStringLiteral("text"), question.text},
                           {QStringLiteral("kind"), questionKindKey(question.kind)}};
        if (!answers.isEmpty())
            object.insert(QStringLiteral("answers"), answers);
        questions.append(object);
    }
    return {{QStringLiteral("introduction"), script.introduction}, {QStringLiteral("questions"), questions}};
}

QByteArray CampaignScriptFormat::toYaml(const CampaignScript &script)
{
    YAML::Emitter out;
    out.SetIndent(2);
    auto text = [](const QString &value) { return value.toStdString(); };
    out << YAML::BeginMap;
    out << YAML::Key << "introduction" << YAML::Value << text(script.introduction);
    out << YAML::Key << "questions" << YAML::Value << YAML::BeginSeq;
    for (const ScriptQuestion &question : script.questions) {
        out << YAML::BeginMap;
        out << YAML::Key << "key" << YAML::Value << text(question.key);
        out << YAML::Key << "text" << YAML::Value << text(question.text);
        out << YAML::Key << "kind" << YAML::Value << text(questionKindKey(question.kind));
        if (!question.answers.isEmpty()) {
            out << YAML::Key << "answers" << YAML::Value << YAML::BeginSeq;
            for (const ScriptAnswer &answer : question.answers) {
                // One line per answer, as organizers write them by hand.
                out << YAML::Flow << YAML::BeginMap;
                // Quoted, so a YAML 1.1 reader elsewhere does not take "yes" for a boolean.
                out << YAML::Key << "key" << YAML::Value << YAML::DoubleQuoted << text(answer.key);
                out << YAML::Key << "label" << YAML::Value << text(answer.label);
                const QString action = actionText(answer.action);
                if (!action.isEmpty())
                    out << YAML::Key << "action" << YAML::Value << text(action);
                out << YAML::EndMap;
            }
            out << YAML::EndSeq;
        }
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
    out << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}

QString fillIntroduction(const QString &introduction, const QString &caller, const QString &name)
{
    QString filled = introduction;
    filled.replace(QStringLiteral("{caller}"), caller);
    filled.replace(QStringLiteral("{name}"), name);
    return filled;
}

Status CampaignScriptFormat::checkAnswers(const CampaignScript &script, const QJsonObject &answers)
{
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const ScriptQuestion *question = script.question(it.key());
        if (!question)
            return invalid(tr("The script has no question \"%1\".").arg(it.key()));
        const QJsonValue value = it.value();
        switch (question->kind) {
        case ScriptQuestion::Kind::FreeText:
            if (!value.isString())
                return invalid(tr("Question \"%1\" takes text.").arg(question->key));
            break;
        case ScriptQuestion::Kind::MultipleChoice:
            if (!value.isArray())
                return invalid(tr("Question \"%1\" takes a list of answers.").arg(question->key));
            for (const QJsonValue &choice : value.toArray()) {
                if (!question->answer(choice.toString()))
                    return invalid(tr("\"%1\" is not an answer of question \"%2\".").arg(choice.toString(), question->key));
            }
            break;
        case ScriptQuestion::Kind::SingleChoice:
        case ScriptQuestion::Kind::YesNo:
            if (!question->answer(value.toString()))
                return invalid(tr("\"%1\" is not an answer of question \"%2\".").arg(value.toString(), question->key));
            break;
        }
    }
    return success();
}

} // namespace majlis
