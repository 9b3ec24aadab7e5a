#include "sync/serversettings.h"

#include "storage/database.h"
#include "storage/transaction.h"
#include "sync/localstate.h"

namespace majlis::sync {

namespace {

const QString kServerUrl = QStringLiteral("sync/server_url");
const QString kUser = QStringLiteral("sync/user");
const QString kAuthority = QStringLiteral("sync/authority_pem");
const QString kFingerprint = QStringLiteral("sync/fingerprint");

} // namespace

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

} // namespace majlis::sync
