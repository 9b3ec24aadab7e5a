#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QUrl;

namespace majlis {

// The session token of a workspace's sync login, kept in the operating system's keychain (Secret
// Service or KWallet, the macOS Keychain, the Windows Credential Manager) and nowhere else on
// disk: never in the workspace, never in QSettings, and QtKeychain's plain-text fallback stays off.
// Where no keychain answers (a desktop without one, CI), the token lives in memory for this run
// only and unavailable() says so once, so the user knows the password will be asked again.
//
// The keychain is asynchronous: token() is what is known now, loaded() reports the first read.
class TokenKeychain : public QObject
{
    Q_OBJECT

public:
    explicit TokenKeychain(QObject *parent = nullptr);

    // One entry per server, user and copy of the workspace (its device id): two workspaces on one
    // computer, or two accounts on one server, never share a session.
    static QString keyFor(const QUrl &server, const QString &user, const QString &deviceId);
    static QString service() { return QStringLiteral("Majlis"); }

    // Switches to another entry; the token in memory belongs to the old one and is dropped.
    void setKey(const QString &key);
    QString key() const { return m_key; }

    QByteArray token() const { return m_token; }
    bool isLoading() const { return m_loading; }
    // False once the keychain failed: the token is then kept in memory for this run only.
    bool isPersistent() const { return m_persistent; }

    // Reads the entry; loaded() follows.
    void load();
    // Keeps the token in memory at once and writes it to the keychain.
    void store(const QByteArray &token);
    // Drops the token from memory at once and deletes the entry.
    void forget();

signals:
    void loaded(bool found);
    // Said once per instance: reason is the keychain's own explanation (not translated).
    void unavailable(const QString &reason);

private:
    void keychainFailed(const QString &reason);

    QString m_key;
    QByteArray m_token;
    // Bumped by every change, so an answer to an older request cannot undo a newer one.
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_persistent = true;
};

} // namespace majlis
