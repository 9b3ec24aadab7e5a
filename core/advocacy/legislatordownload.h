#pragma once

#include "common/result.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace majlis {

// Downloads legislators-current.csv from the HTTPS address in Preferences, for "Update
// legislators". Only https:// is accepted, the size is capped so a wrong address cannot fill
// memory, and nothing is imported here: the caller parses and imports the bytes in one
// transaction, so a failed download changes nothing.
class LegislatorDownload : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxBytes = 32 * 1024 * 1024;
    static QUrl defaultAddress();
    // An error a user can act on when the address cannot be used.
    static Status checkAddress(const QUrl &address);

    explicit LegislatorDownload(QObject *parent = nullptr);
    ~LegislatorDownload() override;

    // Certificates to trust besides the system's: a chapter's own mirror, or a test server.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    void start(const QUrl &address);
    void cancel();

signals:
    void progress(qint64 received, qint64 total);
    void downloaded(const QByteArray &data);
    void failed(const QString &message);

private:
    void finish();

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QList<QSslCertificate> m_extraCertificates;
    bool m_tooLarge = false;
};

} // namespace majlis
