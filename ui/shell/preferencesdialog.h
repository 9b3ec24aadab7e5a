#pragma once

#include <QDialog>
#include <QUrl>

class QLineEdit;
class QLabel;

namespace majlis {

// Preferences kept for this user on this computer (QSettings), not in the workspace.
//
// Object names for tests: "legislatorsAddressEdit".
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // Where "Update from the Internet" downloads legislators-current.csv.
    static QUrl legislatorsAddress();

    void accept() override;

private:
    QLineEdit *m_legislatorsAddress;
    QLabel *m_problem;
};

} // namespace majlis
