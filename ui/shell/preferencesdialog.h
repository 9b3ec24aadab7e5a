#pragma once

#include <QDialog>
#include <QUrl>

class QComboBox;
class QLineEdit;
class QLabel;

namespace majlis {

// Preferences kept for this user on this computer (QSettings), not in the workspace.
//
// Object names for tests: "legislatorsAddressEdit", "languageCombo".
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // Where "Update from the Internet" downloads legislators-current.csv.
    static QUrl legislatorsAddress();
    // The language chosen here ("" for the system's), kept for the next start too.
    static QString language();

    void accept() override;

private:
    QLineEdit *m_legislatorsAddress;
    QComboBox *m_language;
    QLabel *m_problem;
};

} // namespace majlis
