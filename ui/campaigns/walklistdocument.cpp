#include "campaigns/walklistdocument.h"

#include "campaigns/campaignrepository.h"
#include "i18n/bidi.h"
#include "i18n/languagenames.h"

#include <QDate>
#include <QLocale>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTextCursor>
#include <QTextTable>

namespace majlis {

namespace {

constexpr qreal kBodyPoints = 9;
constexpr qreal kSmallPoints = 7;
const QColor kHeaderShade(0xe8, 0xee, 0xf2);
const QColor kStreetShade(0xcf, 0xd8, 0xdc);

QTextCharFormat charFormat(qreal points, bool bold = false)
{
    QTextCharFormat format;
    format.setFontPointSize(points);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return format;
}

} // namespace

WalkListDocument::WalkListDocument(Database &database, Qt::LayoutDirection direction)
    : m_database(database)
    , m_direction(direction)
{ }

int WalkListDocument::doorCount() const
{
    int doors = 0;
    for (const WalkStreet &street : m_streets)
        doors += int(street.stops.size());
    return doors;
}

Status WalkListDocument::readCampaign(const QString &campaignId)
{
    m_streets.clear();
    m_document.clear();
    auto campaign = CampaignRepository(m_database).get(campaignId);
    if (!campaign)
        return campaign.error();
    m_campaign = campaign.value();
    m_codes = resultCodesFor(m_campaign.kind);
    m_questions = m_campaign.script.questions;
    return success();
}

void WalkListDocument::start()
{
    QTextOption option = m_document.defaultTextOption();
    option.setTextDirection(m_direction);
    m_document.setDefaultTextOption(option);
    QFont font = m_document.defaultFont();
    font.setPointSizeF(kBodyPoints);
    m_document.setDefaultFont(font);
    m_document.setDocumentMargin(0);
    m_document.setMetaInformation(QTextDocument::DocumentTitle, tr("Walk list: %1").arg(m_campaign.name));
}

Status WalkListDocument::load(const QString &campaignId, const QString &volunteer)
{
    if (auto s = readCampaign(campaignId); !s)
        return s;
    auto streets = WalkList(m_database).streets(campaignId, volunteer);
    if (!streets)
        return streets.error();
    start();
    QTextCursor cursor(&m_document);
    addSection(cursor, volunteer.isEmpty() ? tr("The whole list") : tr("Share of %1").arg(bidi::isolate(volunteer)),
        streets.value(), false);
    return success();
}

Status WalkListDocument::loadEveryShare(const QString &campaignId)
{
    if (auto s = readCampaign(campaignId); !s)
        return s;
    WalkList list(m_database);
    auto volunteers = list.volunteers(campaignId);
    if (!volunteers)
        return volunteers.error();
    auto everyone = list.streets(campaignId);
    if (!everyone)
        return everyone.error();
    start();
    QTextCursor cursor(&m_document);
    QSet<QString> given;
    for (const QString &volunteer : volunteers.value()) {
        auto share = list.streets(campaignId, volunteer);
        if (!share)
            return share.error();
        for (const WalkStreet &street : share.value()) {
            for (const WalkStop &stop : street.stops)
                given.insert(stop.contactId);
        }
        addSection(cursor, tr("Share of %1").arg(bidi::isolate(volunteer)), share.value(), !m_streets.isEmpty());
    }
    // Doors nobody was given yet are not lost: they close the stack of paper.
    QList<WalkStreet> nobodys;
    for (WalkStreet street : everyone.value()) {
        street.stops.removeIf([&](const WalkStop &stop) { return given.contains(stop.contactId); });
        if (!street.stops.isEmpty())
            nobodys.append(street);
    }
    if (!nobodys.isEmpty() || volunteers->isEmpty())
        addSection(cursor, tr("Not given to anyone yet"), nobodys, !m_streets.isEmpty());
    return success();
}

void WalkListDocument::addSection(
    QTextCursor &cursor, const QString &subtitle, const QList<WalkStreet> &streets, bool pageBreak)
{
    const QLocale locale;
    QTextBlockFormat block;
    block.setLayoutDirection(m_direction);
    if (pageBreak)
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    if (!cursor.atStart())
        cursor.insertBlock(block);
    else
        cursor.setBlockFormat(block);
    cursor.insertText(tr("Walk list: %1").arg(bidi::isolate(m_campaign.name)), charFormat(14, true));

    int doors = 0;
    for (const WalkStreet &street : streets)
        doors += int(street.stops.size());
    QTextBlockFormat plain;
    plain.setLayoutDirection(m_direction);
    plain.setTopMargin(2);
    cursor.insertBlock(plain);
    cursor.insertText(
        tr("%1: %2 on %3, printed %4", "share, doors, streets, date")
            .arg(subtitle, tr("%Ln doors", nullptr, doors), tr("%Ln streets", nullptr, int(streets.size())),
                locale.toString(QDate::currentDate(), QLocale::LongFormat)),
        charFormat(kBodyPoints + 1, true));

    cursor.insertBlock(plain);
    cursor.insertText(tr("Tick one result at each door. Write a short answer for each question the person "
                         "answered; the answers are entered afterwards."),
        charFormat(kBodyPoints));
    for (qsizetype i = 0; i < m_questions.size(); ++i) {
        const ScriptQuestion &question = m_questions.at(i);
        QStringList labels;
        for (const ScriptAnswer &answer : question.answers)
            labels.append(answer.label);
        QString line
            = tr("Q%1: %2", "question number, then its text").arg(locale.toString(i + 1), bidi::isolate(question.text));
        if (!labels.isEmpty())
            line = tr("%1 (%2)", "question, then its answers").arg(line, bidi::isolateEach(labels));
        cursor.insertBlock(plain);
        cursor.insertText(line, charFormat(kBodyPoints));
    }

    if (streets.isEmpty()) {
        cursor.insertBlock(plain);
        cursor.insertText(tr("Nobody is left to visit here."), charFormat(kBodyPoints, true));
    }
    for (const WalkStreet &street : streets) {
        addStreet(cursor, street);
        m_streets.append(street);
    }
}

void WalkListDocument::addStreet(QTextCursor &cursor, const WalkStreet &street)
{
    const QLocale locale;
    const int codeColumns = int(m_codes.size());
    const int questionColumns = int(m_questions.size());
    const int columns = 2 + codeColumns + questionColumns;
    const int rows = 2 + int(street.stops.size());

    // The name and address take what they need; the boxes share the rest,
    // wide enough to tick or to write a word in. A result's box takes its name as a heading
    // ("Not home", "Deceased"), so it is a little wider than a question's ("Q2").
    constexpr qreal kCodeWeight = 1.5;
    constexpr qreal kQuestionWeight = 0.65;
    QList<QTextLength> widths {
        QTextLength(QTextLength::PercentageLength, 20), QTextLength(QTextLength::PercentageLength, 15)};
    const qreal unit = 65.0 / std::max(1.0, codeColumns * kCodeWeight + questionColumns * kQuestionWeight);
    for (int i = 0; i < codeColumns; ++i)
        widths.append(QTextLength(QTextLength::PercentageLength, unit * kCodeWeight));
    for (int i = 0; i < questionColumns; ++i)
        widths.append(QTextLength(QTextLength::PercentageLength, unit * kQuestionWeight));

    QTextTableFormat format;
    format.setLayoutDirection(m_direction);
    // The street's heading and the column names come again at the top of the next page.
    format.setHeaderRowCount(2);
    format.setColumnWidthConstraints(widths);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    // Every cell framed, so the boxes to tick and write in are seen on paper.
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setBorder(0.6);
    format.setBorderBrush(QColor(Qt::black));
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setTopMargin(10);

    cursor.movePosition(QTextCursor::End);
    QTextTable *table = cursor.insertTable(rows, columns, format);

    QTextTableCellFormat streetCell;
    streetCell.setBackground(kStreetShade);
    table->mergeCells(0, 0, 1, columns);
    QTextCursor heading = table->cellAt(0, 0).firstCursorPosition();
    table->cellAt(0, 0).setFormat(streetCell);
    QString place = bidi::isolate(street.name.isEmpty() ? tr("Street without a name") : street.name);
    const QString town = QStringList {street.locality, street.postalCode}.join(u' ').trimmed();
    if (!town.isEmpty())
        place = tr("%1, %2", "street, then town and postal code").arg(place, bidi::isolate(town));
    heading.insertText(
        tr("%1 (%Ln doors)", nullptr, int(street.stops.size())).arg(place), charFormat(kBodyPoints + 1, true));

    QTextTableCellFormat headerCell;
    headerCell.setBackground(kHeaderShade);
    QStringList headers {tr("Name"), tr("Address")};
    for (ResultCode code : std::as_const(m_codes))
        headers.append(resultCodeName(code));
    for (int i = 0; i < questionColumns; ++i)
        headers.append(tr("Q%1", "question number").arg(locale.toString(i + 1)));
    for (int column = 0; column < columns; ++column) {
        QTextTableCell cell = table->cellAt(1, column);
        cell.setFormat(headerCell);
        QTextCursor text = cell.firstCursorPosition();
        if (column >= 2) {
            QTextBlockFormat centred = text.blockFormat();
            centred.setAlignment(Qt::AlignHCenter);
            text.setBlockFormat(centred);
        }
        text.insertText(headers.at(column), charFormat(column < 2 ? kBodyPoints : kSmallPoints, true));
    }

    // Rows tall enough to write in by hand at a door, about a centimetre.
    QTextTableCellFormat door;
    door.setTopPadding(4);
    door.setBottomPadding(12);
    for (int i = 0; i < street.stops.size(); ++i) {
        const WalkStop &stop = street.stops.at(i);
        for (int column = 0; column < columns; ++column)
            table->cellAt(2 + i, column).setFormat(door);
        QTextCursor name = table->cellAt(2 + i, 0).firstCursorPosition();
        name.insertText(bidi::isolate(stop.name), charFormat(kBodyPoints, true));
        if (!stop.languages.isEmpty()) {
            name.insertText(QString(QChar::LineSeparator));
            // In the reader's language: the canvasser reads it, not the person at the door.
            name.insertText(bidi::isolateEach(languages::names(stop.languages)), charFormat(kSmallPoints));
        }
        table->cellAt(2 + i, 1).firstCursorPosition().insertText(bidi::isolate(stop.street), charFormat(kBodyPoints));
    }
    cursor.movePosition(QTextCursor::End);
}

void WalkListDocument::print(QPagedPaintDevice &device)
{
    m_document.print(&device);
}

QPageLayout WalkListDocument::pageLayout(const QLocale &locale)
{
    const QPageSize paper(locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4);
    // QTextDocument::print() adds two centimetres of its own, with the page number in them.
    return QPageLayout(paper, QPageLayout::Landscape, QMarginsF(5, 5, 5, 5), QPageLayout::Millimeter);
}

Status WalkListDocument::writePdf(const QString &path)
{
    // Written beside the target and renamed into place, so a failure never leaves half a PDF.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {Error::Code::Io, tr("Could not write %1: %2").arg(path, file.errorString())};
    {
        QPdfWriter writer(&file);
        writer.setTitle(m_document.metaInformation(QTextDocument::DocumentTitle));
        writer.setCreator(QStringLiteral("Majlis"));
        writer.setPageLayout(pageLayout());
        print(writer);
    }
    if (!file.commit())
        return Error {Error::Code::Io, tr("Could not write %1: %2").arg(path, file.errorString())};
    return success();
}

QString WalkListDocument::suggestedFileName(const QString &volunteer) const
{
    QString name = tr("Walk list %1", "file name: the campaign").arg(m_campaign.name);
    if (!volunteer.isEmpty())
        name += u' ' + volunteer;
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    name.replace(unsafe, QStringLiteral("_"));
    return name.simplified() + QStringLiteral(".pdf");
}

} // namespace majlis
