#pragma once

#include "i18n/datetext.h"

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
    // How dates are shown in events, advocacy days and itineraries: with the Hijri date beside
    // the Gregorian one when View > Show Hijri Dates is on ("display/hijri", off by default).
    static DateDisplay dateDisplay();
    static void setHijriDates(bool on);

    void accept() override;

private:
    QLineEdit *m_legislatorsAddress;
    QComboBox *m_language;
    QLabel *m_problem;
};

} // namespace majlis
