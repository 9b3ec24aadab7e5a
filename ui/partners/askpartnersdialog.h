#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace majlis {

class Database;

// A checklist of every partner, to ask them to sign a letter. Those already asked are ticked and
// cannot be unticked: asking again would not take the question back.
//
// Object names for tests: "askPartnerSearch", "askPartnerList", "askAllButton".
class AskPartnersDialog : public QDialog
{
    Q_OBJECT

public:
    AskPartnersDialog(Database &database, const QStringList &alreadyAsked, QWidget *parent = nullptr);

    // Only those newly ticked.
    QStringList chosenOrganizationIds() const;

private:
    void filter(const QString &text);
    void tickAllShown();

    QLineEdit *m_search;
    QListWidget *m_list;
};

} // namespace majlis
