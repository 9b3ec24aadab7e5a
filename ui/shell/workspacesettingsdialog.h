#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QTableView;

namespace majlis {

class ChapterPlacesModel;
class Database;

// Settings that belong to the open workspace rather than to this user: the country phone
// numbers typed without + are read in, the time zone of events, and each chapter's own. Nothing
// is written until OK, and then all of it in one transaction (workspacesettings::apply).
//
// Object names for tests: "workspaceCountryCombo", "workspaceTimeZoneCombo", "chaptersTable",
// "countryInEffectLabel", "zoneInEffectLabel", "workspaceSettingsProblem".
class WorkspaceSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WorkspaceSettingsDialog(Database &database, QWidget *parent = nullptr);

    ChapterPlacesModel *chaptersModel() const { return m_model; }
    // What stopped OK, "" when nothing did.
    QString problem() const;

    void accept() override;

signals:
    // After OK wrote something: the open views read numbers and times again.
    void settingsChanged();

private:
    void showInEffect();
    void showProblem(const QString &message);

    Database &m_database;
    QString m_ownRegion; // as stored when the dialog opened, so OK writes only what changed
    QString m_ownZone;
    QComboBox *m_country;
    QLabel *m_countryInEffect;
    QComboBox *m_zone;
    QLabel *m_zoneInEffect;
    ChapterPlacesModel *m_model;
    QTableView *m_chapters;
    QLabel *m_problem;
};

} // namespace majlis
