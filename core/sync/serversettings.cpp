#include "sync/serversettings.h"

#include "storage/database.h"
#include "storage/transaction.h"
#include "sync/localstate.h"

#include <QRegularExpression>

namespace majlis::sync {

namespace {

const QString kServerUrl = QStringLiteral("sync/server_url");
const QString kUser = QStringLiteral("sync/user");
const QString kAuthority = QStringLiteral("sync/authority_pem");
const QString kFingerprint = QStringLiteral("sync/fingerprint");

} // namespace

Result<QUrl> ServerSettings::parseAddress(const QString &text)
{
    QString typed = text.trimmed();
    if (typed.isEmpty())
        return Error{Error::Code::InvalidInput, tr("Enter the server address, such as https://sync.example.org.")};
    if (!typed.contains(QStringLiteral("://")))
        typed.prepend(QStringLiteral("https://"));
    const QUrl url(typed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return Error{Error::Code::InvalidInput,
            tr("“%1” is not a server address. It looks like https://sync.example.org.").arg(text.trimmed())};
    if (url.scheme() == u"https")
        return url;
    if (isPlainHttpToThisComputer(url))
        return url;
    return Error{Error::Code::InvalidInput,
        tr("The server address must start with https://, so the password and the workspace travel encrypted. "
           "Plain http:// is only for a server on this computer (localhost).")};
}

Result<QString> ServerSettings::parseFingerprint(const QString &text)
{
    QString digits = text;
    digits.remove(u':');
    digits.remove(QRegularExpression(QStringLiteral("\\s")));
    static const QRegularExpression sha256(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (!sha256.match(digits).hasMatch())
        return Error{Error::Code::InvalidInput,
            tr("The fingerprint must be the SHA-256 of the server's certificate: 64 hexadecimal digits "
               "(0–9 and A–F), colons allowed.")};
    QStringList pairs;
    for (qsizetype i = 0; i < digits.size(); i += 2)
        pairs << digits.mid(i, 2).toUpper();
    return pairs.join(u':');
}

bool ServerSettings::isComplete() const
{
    if (!url.isValid() || url.host().isEmpty() || user.trimmed().isEmpty())
        return false;
    return isPlainHttpToThisComputer(url) || (url.scheme() == u"https" && trust().isSet());
}

ServerTrust ServerSettings::trust() const
{
    if (!authorityPem.isEmpty())
        return {QSslCertificate::fromData(authorityPem, QSsl::Pem), {}};
    return ServerTrust::fromFingerprint(fingerprint);
}

ServerSettings ServerSettings::load(Database &database)
{
    const QSqlDatabase db = database.connection();
    return {QUrl(localstate::value(db, kServerUrl)), localstate::value(db, kUser),
            localstate::value(db, kAuthority).toLatin1(), localstate::value(db, kFingerprint)};
}

Status ServerSettings::save(Database &database) const
{
    const QSqlDatabase db = database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginStatus();
    for (const auto &[key, value] : {std::pair{kServerUrl, url.toString()}, std::pair{kUser, user},
                                     std::pair{kAuthority, QString::fromLatin1(authorityPem)}, std::pair{kFingerprint, fingerprint}}) {
        if (auto s = localstate::setValue(db, key, value); !s)
            return s;
    }
    return tx.commit();
}

qint64 lastSyncedAt(Database &database)
{
    return localstate::value(database.connection(), localstate::kLastSynced).toLongLong();
}

} // namespace majlis::sync
