#include "serverconfig.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace majlis::server {

Result<ServerConfig> ServerConfig::load(const QString &path)
{
    if (!QFileInfo(path).isReadable())
        return Error{Error::Code::Io, tr("Cannot read the configuration file %1.").arg(path)};
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return Error{Error::Code::InvalidInput, tr("The configuration file %1 is not a valid INI file.").arg(path)};
    ServerConfig config;
    config.store.driver = ini.value(QStringLiteral("server/driver"), QStringLiteral("QSQLITE")).toString();
    config.store.database = ini.value(QStringLiteral("server/database")).toString();
    config.store.host = ini.value(QStringLiteral("postgresql/host")).toString();
    config.store.port = ini.value(QStringLiteral("postgresql/port"), 0).toInt();
    config.store.user = ini.value(QStringLiteral("postgresql/user")).toString();
    config.store.password = ini.value(QStringLiteral("postgresql/password")).toString();
    if (config.store.driver == u"QSQLITE" && !config.store.database.isEmpty() && QFileInfo(config.store.database).isRelative())
        config.store.database = QFileInfo(path).absoluteDir().absoluteFilePath(config.store.database);
    if (config.store.database.isEmpty())
        return Error{Error::Code::InvalidInput, tr("The configuration file names no database (server/database).")};
    config.listen = QHostAddress(ini.value(QStringLiteral("server/listen"), QStringLiteral("127.0.0.1")).toString());
    if (config.listen.isNull())
        return Error{Error::Code::InvalidInput, tr("server/listen is not an IP address.")};
    config.port = quint16(ini.value(QStringLiteral("server/port"), 8470).toUInt());
    // QSettings reads an unquoted "a, b" as a list, a single address as a string: take both.
    for (const QString &item : ini.value(QStringLiteral("server/trusted_proxies")).toStringList()) {
        for (const QString &text : item.split(u',', Qt::SkipEmptyParts)) {
            const QHostAddress proxy(text.trimmed());
            if (proxy.isNull())
                return Error{Error::Code::InvalidInput, tr("server/trusted_proxies: %1 is not an IP address.").arg(text.trimmed())};
            config.trustedProxies.append(proxy);
        }
    }
    config.tlsCertificate = ini.value(QStringLiteral("tls/certificate")).toString();
    config.tlsKey = ini.value(QStringLiteral("tls/key")).toString();
    config.limits.maxBodyBytes = ini.value(QStringLiteral("limits/max_body_bytes"), config.limits.maxBodyBytes).toLongLong();
    config.limits.pageSize = std::clamp(ini.value(QStringLiteral("limits/page_size"), 2000).toInt(), 10, 5000);
    config.limits.maxOfflineDays = ini.value(QStringLiteral("limits/max_offline_days"), 365).toInt();
    config.tokenDays = std::max(1, ini.value(QStringLiteral("limits/token_days"), 30).toInt());
    // Fractions allowed ("0.5" for half an hour); at least a minute, at most a month.
    const double leaseHours = std::clamp(ini.value(QStringLiteral("limits/lease_hours"), 8.0).toDouble(), 1.0 / 60, 31.0 * 24);
    config.limits.leaseMs = qint64(leaseHours * 60 * 60 * 1000);
    config.kdfIterations = std::max(1000, ini.value(QStringLiteral("security/kdf_iterations"), 310000).toInt());
    return config;
}

} // namespace majlis::server
