#include "advocacy/legislatordownload.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace majlis {

QUrl LegislatorDownload::defaultAddress()
{
    return QUrl(QStringLiteral("https://unitedstates.github.io/congress-legislators/legislators-current.csv"));
}

Status LegislatorDownload::checkAddress(const QUrl &address)
{
    if (!address.isValid() || address.host().isEmpty())
        return Error {
            Error::Code::InvalidInput, tr("The download address is not a web address. Set it in Preferences.")};
    if (address.scheme() != u"https")
        return Error {Error::Code::InvalidInput,
            tr("The download address must start with https://, so nobody on the network can change the "
               "list on its way. Set it in Preferences.")};
    return success();
}

LegislatorDownload::LegislatorDownload(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{ }

LegislatorDownload::~LegislatorDownload()
{
    cancel();
}

void LegislatorDownload::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_extraCertificates = certificates;
}

void LegislatorDownload::start(const QUrl &address)
{
    cancel();
    if (auto status = checkAddress(address); !status) {
        emit failed(status.error().message);
        return;
    }
    QNetworkRequest request(address);
    request.setTransferTimeout(60000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!m_extraCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCertificates);
        request.setSslConfiguration(tls);
    }
    m_tooLarge = false;
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (received > kMaxBytes || total > kMaxBytes) {
            m_tooLarge = true;
            m_reply->abort();
            return;
        }
        emit progress(received, total);
    });
    connect(m_reply, &QNetworkReply::finished, this, &LegislatorDownload::finish);
}

void LegislatorDownload::cancel()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

void LegislatorDownload::finish()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    if (m_tooLarge) {
        emit failed(tr("The download is larger than any list of legislators; check the address in Preferences."));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        emit failed(tr("Could not download the legislators: %1").arg(reply->errorString()));
        return;
    }
    emit downloaded(reply->readAll());
}

} // namespace majlis
