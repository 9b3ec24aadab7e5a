#include "support/privatepostgres.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>

#include <pwd.h>
#include <unistd.h>

namespace majlis::test {

namespace {

const QString kOwner = QStringLiteral("majlis_test");
QString g_reason;

QString postgresBin()
{
    const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(*it);
        if (QFileInfo::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return {};
}

// initdb refuses root: under root the cluster belongs to the postgres user.
QStringList asClusterOwner(const QString &program, const QStringList &arguments)
{
    if (geteuid() != 0)
        return QStringList{program} + arguments;
    return QStringList{QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + arguments;
}

bool run(const QStringList &command, QString *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(QDir::tempPath());
    process.start(command.first(), command.mid(1));
    const bool ok = process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return ok;
}

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

bool testsUsePostgres()
{
    return qEnvironmentVariable("MAJLIS_TEST_STORE") == u"postgres";
}

QString PrivatePostgres::reason()
{
    return g_reason;
}

PrivatePostgres *PrivatePostgres::instance()
{
    static std::unique_ptr<PrivatePostgres> server = [] {
        std::unique_ptr<PrivatePostgres> s(new PrivatePostgres);
        if (!s->start())
            s.reset();
        return s;
    }();
    return server.get();
}

bool PrivatePostgres::start()
{
    m_bin = postgresBin();
    if (m_bin.isEmpty()) {
        g_reason = QStringLiteral("PostgreSQL is not installed (apt install postgresql)");
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        g_reason = QStringLiteral("Qt's PostgreSQL driver is not installed (apt install libqt6sql6-psql)");
        return false;
    }
    // Not QTemporaryDir: the postgres user must own it, and it must outlive every connection.
    m_dir = QDir::temp().filePath(QStringLiteral("majlis-pg-%1").arg(QCoreApplication::applicationPid()));
    QDir(m_dir).removeRecursively();
    QDir().mkpath(m_dir);
    if (geteuid() == 0) {
        const passwd *owner = getpwnam("postgres");
        if (!owner || chown(m_dir.toLocal8Bit().constData(), owner->pw_uid, owner->pw_gid) != 0) {
            g_reason = QStringLiteral("there is no postgres user to run initdb as");
            return false;
        }
    }
    QString output;
    if (!run(asClusterOwner(m_bin + QStringLiteral("/initdb"),
                            {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-U"), QStringLiteral("postgres"),
                             QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("--no-sync"), QStringLiteral("-E"),
                             QStringLiteral("UTF8"), QStringLiteral("--locale=C")}),
             &output)) {
        g_reason = QStringLiteral("initdb failed: ") + output;
        return false;
    }
    m_port = freePort();
    const QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off -c synchronous_commit=off "
                                           "-c full_page_writes=off")
                                .arg(m_port)
                                .arg(m_dir);
    if (!run(asClusterOwner(m_bin + QStringLiteral("/pg_ctl"),
                            {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-o"), options, QStringLiteral("-l"),
                             m_dir + QStringLiteral("/server.log"), QStringLiteral("-w"), QStringLiteral("start")}),
             &output)) {
        g_reason = QStringLiteral("the PostgreSQL server did not start: ") + output;
        return false;
    }
    m_adminConnection = QStringLiteral("majlis-test-pg-admin");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_adminConnection);
    db.setHostName(QStringLiteral("127.0.0.1"));
    db.setPort(m_port);
    db.setUserName(QStringLiteral("postgres"));
    db.setDatabaseName(QStringLiteral("postgres"));
    if (!db.open()) {
        g_reason = QStringLiteral("cannot connect to the private PostgreSQL server: ") + db.lastError().text();
        return false;
    }
    admin(QStringLiteral("SET client_min_messages = warning")); // no notice for each DROP ... IF EXISTS
    // An ordinary role, as an administrator would give majlis-server: row-level security does
    // not apply to superusers.
    if (!admin(QStringLiteral("CREATE ROLE %1 LOGIN NOSUPERUSER NOBYPASSRLS").arg(kOwner))) {
        g_reason = QStringLiteral("cannot create the test role");
        return false;
    }
    return true;
}

PrivatePostgres::~PrivatePostgres()
{
    if (!m_adminConnection.isEmpty()) {
        QSqlDatabase::database(m_adminConnection, false).close();
        QSqlDatabase::removeDatabase(m_adminConnection);
    }
    run(asClusterOwner(m_bin + QStringLiteral("/pg_ctl"), {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-m"),
                                                           QStringLiteral("immediate"), QStringLiteral("stop")}));
    QDir(m_dir).removeRecursively();
}

bool PrivatePostgres::admin(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_adminConnection, false));
    if (query.exec(sql))
        return true;
    qWarning("PostgreSQL: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return false;
}

server::StoreLocation PrivatePostgres::createDatabase()
{
    const QString name = QStringLiteral("majlis_%1").arg(++m_databases);
    admin(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(name, kOwner));
    return {QStringLiteral("QPSQL"), name, QStringLiteral("127.0.0.1"), m_port, kOwner, {}};
}

bool PrivatePostgres::copyDatabase(const QString &from, const QString &to)
{
    return admin(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(to))
        && admin(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2 OWNER %3").arg(to, from, kOwner));
}

bool PrivatePostgres::dropDatabase(const QString &name)
{
    return admin(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
}

} // namespace majlis::test
