#include "sync/syncserverdialog.h"

#include "i18n/bidi.h"

#include "sync/synccontroller.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSslCertificate>
#include <QVBoxLayout>

namespace majlis {

SyncServerDialog::SyncServerDialog(SyncController &controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setWindowTitle(tr("Sync Server"));
    const sync::ServerSettings &saved = controller.settings();

    m_address = new QLineEdit(saved.url.toString(), this);
    m_address->setObjectName(QStringLiteral("serverAddressEdit"));
    m_address->setPlaceholderText(tr("https://sync.example.org"));
    m_address->setMinimumWidth(380);
    m_user = new QLineEdit(saved.user, this);
    m_user->setObjectName(QStringLiteral("userNameEdit"));

    auto *trust = new QGroupBox(tr("How this laptop recognizes the server"), this);
    m_useAuthority = new QRadioButton(tr("The organization's certificate &authority"), trust);
    m_useAuthority->setObjectName(QStringLiteral("authorityRadio"));
    m_chooseAuthority = new QPushButton(tr("C&hoose File…"), trust);
    m_chooseAuthority->setObjectName(QStringLiteral("chooseAuthorityButton"));
    m_authoritySubject = new QLabel(trust);
    m_authoritySubject->setObjectName(QStringLiteral("authoritySubjectLabel"));
    m_authoritySubject->setWordWrap(true);
    m_useFingerprint = new QRadioButton(tr("The server certificate's SHA-256 &fingerprint"), trust);
    m_useFingerprint->setObjectName(QStringLiteral("fingerprintRadio"));
    m_fingerprint = new QLineEdit(saved.fingerprint, trust);
    m_fingerprint->setObjectName(QStringLiteral("fingerprintEdit"));
    m_fingerprint->setPlaceholderText(tr("AB:CD:EF:… (64 hexadecimal digits)"));
    auto *trustHint = new QLabel(tr("Your organization's administrator gives you one of the two."), trust);
    trustHint->setWordWrap(true);
    auto *authorityRow = new QHBoxLayout;
    authorityRow->addWidget(m_useAuthority, 1);
    authorityRow->addWidget(m_chooseAuthority);
    auto *trustLayout = new QVBoxLayout(trust);
    trustLayout->addWidget(trustHint);
    trustLayout->addLayout(authorityRow);
    trustLayout->addWidget(m_authoritySubject);
    trustLayout->addWidget(m_useFingerprint);
    trustLayout->addWidget(m_fingerprint);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *passwordNote = new QLabel(tr("Majlis does not save your password: the server gives this laptop a session, "
                                       "which is kept in this computer's keychain."),
        this);
    passwordNote->setWordWrap(true);

    m_logIn = new QPushButton(tr("&Log In"), this);
    m_logIn->setObjectName(QStringLiteral("logInButton"));
    m_logIn->setDefault(true);
    m_logOut = new QPushButton(tr("Log &Out"), this);
    m_logOut->setObjectName(QStringLiteral("logOutButton"));
    m_logOut->setToolTip(tr("Forget the session on this laptop. Changes stay here until you log in again."));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("loginProgressBar"));
    m_busy->setRange(0, 0); // a login has no steps to count
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("loginStateLabel"));
    m_state->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("syncProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Server &address:"), m_address);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(trust);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), passwordNote);
    auto *loginRow = new QHBoxLayout;
    loginRow->addWidget(m_busy);
    loginRow->addWidget(m_state, 1);
    loginRow->addWidget(m_logOut);
    loginRow->addWidget(m_logIn);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(loginRow);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);

    m_authorityPem = saved.authorityPem;
    (saved.authorityPem.isEmpty() ? m_useFingerprint : m_useAuthority)->setChecked(true);
    showAuthority();

    connect(m_useAuthority, &QRadioButton::toggled, this, &SyncServerDialog::updateState);
    connect(m_chooseAuthority, &QPushButton::clicked, this, &SyncServerDialog::chooseAuthorityFile);
    connect(m_logIn, &QPushButton::clicked, this, &SyncServerDialog::logIn);
    connect(m_logOut, &QPushButton::clicked, this, &SyncServerDialog::logOut);
    connect(&controller, &SyncController::busyChanged, this, &SyncServerDialog::updateState);
    connect(&controller, &SyncController::loggedIn, this, [this] {
        if (!m_loggingIn)
            return;
        m_loggingIn = false;
        accept();
    });
    connect(&controller, &SyncController::loginFailed, this, [this](const Error &error) {
        if (!m_loggingIn)
            return;
        m_loggingIn = false;
        showProblem(error.message);
        updateState();
        m_password->selectAll();
        m_password->setFocus();
    });
    updateState();
    (m_address->text().isEmpty() ? m_address : m_user->text().isEmpty() ? m_user : m_password)->setFocus();
}

Result<QUrl> SyncServerDialog::checkAddress(const QString &text)
{
    return sync::ServerSettings::parseAddress(text);
}

Result<QString> SyncServerDialog::checkFingerprint(const QString &text)
{
    return sync::ServerSettings::parseFingerprint(text);
}

Result<sync::ServerSettings> SyncServerDialog::enteredSettings() const
{
    auto url = checkAddress(m_address->text());
    if (!url)
        return url.error();
    sync::ServerSettings settings;
    settings.url = url.value();
    settings.user = m_user->text().trimmed();
    if (settings.user.isEmpty())
        return Error {Error::Code::InvalidInput, tr("Enter your user name on the server.")};
    // Over http:// to this computer there is no certificate to recognize; anywhere else there must be.
    const bool needsTrust = settings.url.scheme() == u"https";
    if (m_useAuthority->isChecked()) {
        if (m_authorityPem.isEmpty() && needsTrust)
            return Error {Error::Code::InvalidInput,
                tr("Choose the file of the organization's certificate authority, or give the server "
                   "certificate's fingerprint instead.")};
        settings.authorityPem = m_authorityPem;
    } else if (needsTrust || !m_fingerprint->text().trimmed().isEmpty()) {
        auto fingerprint = checkFingerprint(m_fingerprint->text());
        if (!fingerprint)
            return fingerprint.error();
        settings.fingerprint = fingerprint.value();
    }
    return settings;
}

bool SyncServerDialog::setAuthorityFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showProblem(tr("Cannot read %1: %2").arg(bidi::isolateLtr(QDir::toNativeSeparators(path)), file.errorString()));
        return false;
    }
    const QByteArray pem = file.readAll();
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty() || certificates.first().isNull()) {
        showProblem(tr("%1 holds no certificate in PEM format (a text file starting with "
                       "“-----BEGIN CERTIFICATE-----”).")
                        .arg(bidi::isolateLtr(QDir::toNativeSeparators(path))));
        return false;
    }
    m_authorityPem = pem;
    m_useAuthority->setChecked(true);
    showProblem({});
    showAuthority();
    return true;
}

void SyncServerDialog::chooseAuthorityFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Certificate Authority"), QDir::homePath(), tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        setAuthorityFile(path);
}

void SyncServerDialog::showAuthority()
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(m_authorityPem, QSsl::Pem);
    if (certificates.isEmpty()) {
        m_authoritySubject->setText(tr("No file chosen."));
        return;
    }
    const QSslCertificate &ca = certificates.first();
    m_authoritySubject->setText(
        tr("%1, valid until %2")
            .arg(ca.subjectDisplayName(), QLocale().toString(ca.expiryDate().date(), QLocale::ShortFormat)));
}

QString SyncServerDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void SyncServerDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void SyncServerDialog::logIn()
{
    auto settings = enteredSettings();
    if (!settings) {
        showProblem(settings.error().message);
        return;
    }
    if (m_password->text().isEmpty()) {
        showProblem(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    if (!m_controller.logIn(settings.value(), m_password->text())) {
        showProblem(tr("A sync is running. Log in once it is done, or cancel it in the status bar."));
        return;
    }
    showProblem({});
    m_loggingIn = true;
    updateState();
}

void SyncServerDialog::logOut()
{
    m_controller.logOut();
    m_password->clear();
    updateState();
    m_state->setText(tr("Logged out. Changes stay on this laptop until you log in again."));
}

void SyncServerDialog::updateState()
{
    const bool busy = m_controller.isBusy() || m_loggingIn;
    for (QWidget *field :
        {static_cast<QWidget *>(m_address), static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_useAuthority),
            static_cast<QWidget *>(m_useFingerprint), static_cast<QWidget *>(m_password)})
        field->setEnabled(!busy);
    m_chooseAuthority->setEnabled(!busy && m_useAuthority->isChecked());
    m_authoritySubject->setEnabled(m_useAuthority->isChecked());
    m_fingerprint->setEnabled(!busy && m_useFingerprint->isChecked());
    m_logIn->setEnabled(!busy);
    m_logOut->setEnabled(!busy && m_controller.hasToken());
    m_busy->setVisible(m_loggingIn);
    if (m_loggingIn)
        m_state->setText(tr("Logging in…"));
    else if (busy)
        m_state->setText(tr("A sync is running; logging in is possible once it is done."));
    else if (m_controller.hasToken())
        m_state->setText(tr("Logged in as %1.").arg(m_controller.settings().user));
    else
        m_state->setText(tr("Not logged in."));
}

} // namespace majlis
