#pragma once

#include "common/result.h"
#include "sync/serversettings.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace majlis {

class SyncController;

// "Sync Server": which server the open workspace syncs with, who logs in, and how this laptop
// recognizes the server: the organization's certificate authority (a PEM file) or the SHA-256
// fingerprint of the server's certificate. There is no way to trust a server without one of the
// two (plain http:// only to this computer). Log In checks the form, then logs in in the
// background; the settings are saved only when the server accepted them. The password is sent
// once and never kept.
//
// Object names for tests: "serverAddressEdit", "userNameEdit", "authorityRadio",
// "chooseAuthorityButton", "authoritySubjectLabel", "fingerprintRadio", "fingerprintEdit",
// "passwordEdit", "logInButton", "logOutButton", "syncProblemLabel" (hidden when there is no
// problem), "loginStateLabel", "loginProgressBar".
class SyncServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SyncServerDialog(SyncController &controller, QWidget *parent = nullptr);

    // The form as settings, checked; the error says what to fix.
    Result<sync::ServerSettings> enteredSettings() const;
    // Takes the organization's certificate authority from a PEM file, as the file dialog does;
    // false (with the reason shown) when the file holds no certificate.
    bool setAuthorityFile(const QString &path);
    // The problem shown under the form, "" when none.
    QString problem() const;

    // https:// (assumed when no scheme is typed), or http:// to this computer only.
    static Result<QUrl> checkAddress(const QString &text);
    // 32 bytes in hexadecimal, colons and spaces allowed; returned as "AB:CD:…".
    static Result<QString> checkFingerprint(const QString &text);

public slots:
    void logIn();
    void logOut();

private:
    void chooseAuthorityFile();
    void showAuthority();
    void showProblem(const QString &message);
    void updateState();

    SyncController &m_controller;
    QByteArray m_authorityPem;
    bool m_loggingIn = false;
    QLineEdit *m_address;
    QLineEdit *m_user;
    QRadioButton *m_useAuthority;
    QPushButton *m_chooseAuthority;
    QLabel *m_authoritySubject;
    QRadioButton *m_useFingerprint;
    QLineEdit *m_fingerprint;
    QLineEdit *m_password;
    QPushButton *m_logIn;
    QPushButton *m_logOut;
    QLabel *m_problem;
    QLabel *m_state;
    QProgressBar *m_busy;
};

} // namespace majlis
