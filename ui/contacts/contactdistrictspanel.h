#pragma once

#include "legislatures/contactdistricts.h"
#include "legislatures/districtfill.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace majlis {

class ContactDistrictModel;
class Database;

// The Districts section of a contact: the district in each chamber of each legislature, how it
// was found, and the organizer's actions on it (look up from the ZIP code, set by hand,
// confirm, check later). The same core calls as "majlis-cli contacts districts".
//
// Object names for tests: "districtTable", "lookUpDistrictsButton", "setDistrictButton",
// "confirmDistrictButton", "checkDistrictLaterButton", "districtMessage".
class ContactDistrictsPanel : public QWidget
{
    Q_OBJECT

public:
    // Asks which candidate the contact lives in; empty when the organizer declined.
    using Chooser = std::function<QString(const DistrictFill::Entry &entry)>;

    explicit ContactDistrictsPanel(Database &database, QWidget *parent = nullptr);

    // Changes become undoable steps on `stack`; `refresh` shows the workspace again after one.
    void setUndoStack(QUndoStack *stack, std::function<void()> refresh);
    // A chooser in place of the dialog (tests).
    void setChooser(Chooser chooser) { m_chooser = std::move(chooser); }

    void setContact(const QString &id, const QString &name, const QString &postcode);
    // While the contact's form has unsaved edits, districts wait: a change here rewrites the
    // contact's district field, which would overwrite what is being typed.
    void setEditsPending(bool pending);
    void reload();

    ContactDistrictModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString message() const;

public slots:
    void lookUp();
    void setDistrict();
    void confirmSelected();
    void checkSelectedLater();

signals:
    // The contact's districts changed (its House district field with them).
    void districtsChanged();

private:
    // Runs `change`, then records it as one undoable step named `text`.
    Status change(const QString &text, const std::function<Status()> &change);
    QString chooseInDialog(const DistrictFill::Entry &entry);
    QString lookUpMessage(const DistrictFill::Report &report, int chosen) const;
    void showMessage(const QString &text);
    void updateButtons();

    Database &m_database;
    QString m_contactId;
    QString m_name;
    QString m_postcode;
    bool m_editsPending = false;
    QUndoStack *m_undoStack = nullptr;
    std::function<void()> m_refresh;
    Chooser m_chooser;
    ContactDistrictModel *m_model;
    QTableView *m_view;
    QLabel *m_message;
    QPushButton *m_lookUp;
    QPushButton *m_set;
    QPushButton *m_confirm;
    QPushButton *m_checkLater;
};

} // namespace majlis
