#include "sync/tokenkeychain.h"

#include <QUrl>

#include <qt6keychain/keychain.h>

namespace majlis {

TokenKeychain::TokenKeychain(QObject *parent)
    : QObject(parent)
{ }

QString TokenKeychain::keyFor(const QUrl &server, const QString &user, const QString &deviceId)
{
    // "https://sync.example.org/" and "https://sync.example.org" are one server.
    QUrl normalized = server.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (normalized.path() == u"/")
        normalized.setPath({});
    return QStringLiteral("%1 %2 %3").arg(normalized.toString(), user, deviceId);
}

void TokenKeychain::setKey(const QString &key)
{
    if (key == m_key)
        return;
    ++m_generation;
    m_key = key;
    m_token.clear();
    m_loading = false;
}

// Jobs get no parent and delete themselves when done: deleting one while the keychain still
// answers it is not safe in every backend. Connecting with `this` as the context means an answer
// arriving after this object is gone is simply dropped.

void TokenKeychain::load()
{
    if (m_key.isEmpty())
        return;
    auto *job = new QKeychain::ReadPasswordJob(service());
    job->setKey(m_key);
    job->setInsecureFallback(false);
    const quint64 generation = ++m_generation;
    m_loading = true;
    connect(job, &QKeychain::Job::finished, this, [this, generation](QKeychain::Job *finished) {
        if (generation != m_generation)
            return;
        m_loading = false;
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (read->error() == QKeychain::NoError) {
            m_token = read->binaryData();
        } else if (read->error() != QKeychain::EntryNotFound) {
            keychainFailed(read->errorString());
        }
        emit loaded(!m_token.isEmpty());
    });
    job->start();
}

void TokenKeychain::store(const QByteArray &token)
{
    ++m_generation;
    m_loading = false;
    m_token = token;
    if (m_key.isEmpty() || !m_persistent)
        return;
    auto *job = new QKeychain::WritePasswordJob(service());
    job->setKey(m_key);
    job->setInsecureFallback(false);
    job->setBinaryData(token);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError)
            keychainFailed(finished->errorString());
    });
    job->start();
}

void TokenKeychain::forget()
{
    ++m_generation;
    m_loading = false;
    m_token.clear();
    if (m_key.isEmpty())
        return;
    // Deleted even when the keychain failed before: an entry from an earlier run may be there.
    auto *job = new QKeychain::DeletePasswordJob(service());
    job->setKey(m_key);
    job->setInsecureFallback(false);
    job->start();
}

void TokenKeychain::keychainFailed(const QString &reason)
{
    const bool first = m_persistent;
    m_persistent = false;
    if (first)
        emit unavailable(reason);
}

} // namespace majlis
