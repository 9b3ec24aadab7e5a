#pragma once

#include "campaigns/campaign.h"
#include "campaigns/walklist.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QTextDocument>

class QPagedPaintDevice;
class QTextCursor;

namespace majlis {

class Database;

// A door-knocking campaign's walk list on paper: the doors still to knock on, street by street
// in walking order, each street a table headed by its name that carries its heading and column
// names over to the next page when it runs on. A row is a door: the name (with the languages
// spoken) and the address, a box to tick for each result a door can have, and a box per survey
// question for a short answer written by hand, entered afterwards. Only what a canvasser needs
// at the door is printed: no email, phone or notes, and nobody who opted out.
//
// Laid out landscape on the paper of the user's country (Letter in the U.S., else A4), in the
// reading direction given; names and addresses keep their own direction. Needs a
// QGuiApplication (fonts), but no widgets.
class WalkListDocument
{
    Q_DECLARE_TR_FUNCTIONS(WalkListDocument)

public:
    explicit WalkListDocument(Database &database, Qt::LayoutDirection direction = Qt::LeftToRight);

    // The whole list, or one volunteer's share of it.
    Status load(const QString &campaignId, const QString &volunteer = {});
    // Every volunteer's share, each starting on a new page, then the doors nobody has (if any).
    Status loadEveryShare(const QString &campaignId);

    QTextDocument &document() { return m_document; }
    const Campaign &campaign() const { return m_campaign; }
    // The streets laid out, in order (for every share, one after the other).
    const QList<WalkStreet> &streets() const { return m_streets; }
    int doorCount() const;

    // To a printer or any other paged device, with page numbers.
    void print(QPagedPaintDevice &device);
    Status writePdf(const QString &path);
    // Landscape, on the paper of the locale's country.
    static QPageLayout pageLayout(const QLocale &locale = QLocale());
    // "Walk list November doors amina.pdf", safe on every file system.
    QString suggestedFileName(const QString &volunteer = {}) const;

private:
    Status readCampaign(const QString &campaignId);
    void start();
    // One share (or the whole list) under its heading; `pageBreak` puts it on a new page.
    void addSection(QTextCursor &cursor, const QString &subtitle, const QList<WalkStreet> &streets, bool pageBreak);
    void addStreet(QTextCursor &cursor, const WalkStreet &street);

    Database &m_database;
    Qt::LayoutDirection m_direction;
    Campaign m_campaign;
    QList<ResultCode> m_codes;
    QList<ScriptQuestion> m_questions;
    QList<WalkStreet> m_streets;
    QTextDocument m_document;
};

} // namespace majlis
