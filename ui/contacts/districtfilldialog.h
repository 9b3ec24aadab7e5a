#pragma once

#include "legislatures/districtfill.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace majlis {

class AmbiguousDistrictModel;
class Database;

// "Fill Districts from ZIP Codes…" for a selection of contacts or a day's attendees: first what
// a fill would do (a dry run: how many filled, to choose, unknown), then, on Fill, the fill and
// the contacts whose postcode spans several districts, each chosen in its row. The same core
// calls as "majlis-cli contacts districts --fill" and "--ambiguous".
//
// Object names for tests: "fillSummary", "fillButton", "fillResult", "ambiguousTable",
// "chooseDistrictButton".
class DistrictFillDialog : public QDialog
{
    Q_OBJECT

public:
    // `scope` says whom, for the summary ("3 selected contacts"); `bodyId` empty: every body
    // with a postcode source.
    DistrictFillDialog(Database &database, const DistrictSelection &selection, const QString &bodyId,
                       const QString &scope, QWidget *parent = nullptr);

    QString summary() const;
    QString result() const;
    AmbiguousDistrictModel *ambiguousModel() const { return m_model; }
    QTableView *ambiguousView() const { return m_view; }

    // Whether anything changed in the workspace (a fill or a choice), for the caller to refresh.
    bool changedWorkspace() const { return m_changed; }

public slots:
    // Fills, then lists who has districts to choose.
    void fill();

private:
    void preview();
    QString summaryText(const DistrictFill::Report &r) const;
    QString resultText(const DistrictFill::Report &r) const;
    void chooseCurrent();

    Database &m_database;
    DistrictSelection m_selection;
    QString m_bodyId;
    QString m_scope;
    bool m_changed = false;
    QStackedWidget *m_pages;
    QLabel *m_summary;
    QPushButton *m_fill;
    QLabel *m_result;
    AmbiguousDistrictModel *m_model;
    QTableView *m_view;
};

} // namespace majlis
