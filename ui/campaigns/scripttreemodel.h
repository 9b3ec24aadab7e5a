#pragma once

#include "campaigns/campaignscript.h"

#include <QAbstractItemModel>

namespace majlis {

// A campaign script's questions, each with its answers beneath it, numbered as the caller's
// window numbers them (the keys 1 to 9), with the kind of question and what an answer does.
class ScriptTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, DetailColumn, ColumnCount };

    explicit ScriptTreeModel(QObject *parent = nullptr);

    void setScript(const CampaignScript &script);
    const CampaignScript &script() const { return m_script; }

    // "Yes or no", "Choose one", "Choose any", "Free text".
    static QString kindName(ScriptQuestion::Kind kind);
    // "Records a pledge to vote", "Adds the tag “Civil rights”", …; empty for no action.
    static QString actionName(const AnswerAction &action);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Internal id of a question's row: 0; of an answer's row: its question's number + 1.
    CampaignScript m_script;
};

} // namespace majlis
