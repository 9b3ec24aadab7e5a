#include "advocacy/legislatordownload.h"
#include "advocacy/legislatorfile.h"
#include "support/catchqt.h"

#include <QEventLoop>
#include <QFile>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace majlis;

namespace {

const QString kTls = QStringLiteral(MAJLIS_TEST_DATA "/tls/");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QSslCertificate testCertificate()
{
    return QSslCertificate(readFile(kTls + QStringLiteral("localhost.crt")));
}

// A one-page HTTPS server on 127.0.0.1 with the test certificate.
class LocalHttpsServer
{
public:
    explicit LocalHttpsServer(QByteArray body, QByteArray contentLength = {})
        : m_body(std::move(body))
        , m_contentLength(std::move(contentLength))
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(testCertificate());
        tls.setPrivateKey(QSslKey(readFile(kTls + QStringLiteral("localhost.key")), QSsl::Rsa));
        m_server.setSslConfiguration(tls);
        REQUIRE(m_server.listen(QHostAddress::LocalHost));
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, [this] {
            auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection());
            QObject::connect(socket, &QSslSocket::readyRead, socket, [this, socket] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                const QByteArray length
                    = m_contentLength.isEmpty() ? QByteArray::number(m_body.size()) : m_contentLength;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nConnection: close\r\nContent-Length: "
                    + length + "\r\n\r\n" + m_body);
                socket->disconnectFromHost();
            });
        });
    }

    QUrl url() const
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1/legislators-current.csv").arg(m_server.serverPort()));
    }

private:
    QSslServer m_server;
    QByteArray m_body;
    QByteArray m_contentLength;
};

struct Outcome
{
    QByteArray data;
    QString error;
};

Outcome download(const QUrl &url, bool trustTestCertificate = true)
{
    LegislatorDownload download;
    if (trustTestCertificate)
        download.setExtraCaCertificates({testCertificate()});
    Outcome outcome;
    QEventLoop loop;
    QObject::connect(&download, &LegislatorDownload::downloaded, [&](const QByteArray &data) {
        outcome.data = data;
        loop.quit();
    });
    QObject::connect(&download, &LegislatorDownload::failed, [&](const QString &message) {
        outcome.error = message;
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    download.start(url);
    if (outcome.data.isEmpty() && outcome.error.isEmpty())
        loop.exec();
    return outcome;
}

} // namespace

TEST_CASE("Update legislators downloads the file over HTTPS from the address in Preferences", "[advocacy][network]")
{
    if (!QSslSocket::supportsSsl())
        return; // no TLS backend on this machine: nothing to test against
    const QByteArray csv = "bioguide_id,type,state,district,full_name,address\n"
                           "S1,sen,WA,,Ann Senator,511 Hart Senate Office Building\n";
    LocalHttpsServer server(csv);
    const Outcome ok = download(server.url());
    INFO(ok.error.toStdString());
    REQUIRE(ok.error.isEmpty());
    CHECK(ok.data == csv);
    CHECK(LegislatorFile::parse(ok.data)->legislators.size() == 1);

    SECTION("a server whose certificate is not trusted is refused")
    {
        const Outcome untrusted = download(server.url(), false);
        CHECK(untrusted.data.isEmpty());
        CHECK_FALSE(untrusted.error.isEmpty());
    }
}

TEST_CASE("the download refuses plain HTTP and answers too large to be a legislators list", "[advocacy][network]")
{
    const Outcome plain = download(QUrl(QStringLiteral("http://127.0.0.1:9/legislators.csv")));
    CHECK(plain.error.contains(QStringLiteral("https://")));
    CHECK_FALSE(LegislatorDownload::checkAddress(QUrl(QStringLiteral("not an address"))).ok());
    CHECK(LegislatorDownload::checkAddress(LegislatorDownload::defaultAddress()).ok());

    if (!QSslSocket::supportsSsl())
        return;
    LocalHttpsServer huge("x", QByteArray::number(LegislatorDownload::kMaxBytes + 1));
    const Outcome tooLarge = download(huge.url());
    CHECK(tooLarge.data.isEmpty());
    CHECK(tooLarge.error.contains(QStringLiteral("larger")));
}
