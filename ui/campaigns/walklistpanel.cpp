#include "campaigns/walklistpanel.h"

#include "campaigns/leadinglabel.h"
#include "campaigns/walklist.h"
#include "campaigns/walklistdocument.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace majlis {

namespace {

// Item data of the choice that are not a volunteer's name.
const QString kWholeList = QStringLiteral("\x01whole");
const QString kEveryShare = QStringLiteral("\x01shares");

} // namespace

WalkListPanel::WalkListPanel(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_document(std::make_unique<WalkListDocument>(database))
{
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("walkListChoice"));
    m_choice->setAccessibleName(tr("Walk list of"));
    m_choice->setMinimumContentsLength(24);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &WalkListPanel::load);

    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("walkListPrintButton"));
    connect(m_print, &QPushButton::clicked, this, &WalkListPanel::print);
    m_pdf = new QPushButton(tr("Save &PDF…"), this);
    m_pdf->setObjectName(QStringLiteral("walkListPdfButton"));
    connect(m_pdf, &QPushButton::clicked, this, &WalkListPanel::savePdf);

    m_message = new LeadingLabel(this);
    m_message->setObjectName(QStringLiteral("walkListMessage"));
    m_message->hide();

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("walkListPreview"));
    m_preview->setAccessibleName(tr("Walk list preview"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_choice, 1);
    bar->addWidget(m_print);
    bar->addWidget(m_pdf);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_preview, 1);
    setCampaign({});
}

WalkListPanel::~WalkListPanel() = default;

void WalkListPanel::setCampaign(const QString &campaignId)
{
    m_campaignId = campaignId;
    refresh();
}

void WalkListPanel::refresh()
{
    const QSignalBlocker blocker(m_choice);
    const QVariant previous = m_choice->currentData();
    m_choice->clear();
    m_choice->addItem(tr("The whole list"), kWholeList);
    if (!m_campaignId.isEmpty()) {
        if (auto volunteers = WalkList(m_database).volunteers(m_campaignId); volunteers && !volunteers->isEmpty()) {
            m_choice->addItem(tr("Every volunteer's share (each on its own pages)"), kEveryShare);
            for (const QString &volunteer : volunteers.value())
                m_choice->addItem(volunteer, volunteer);
        }
    }
    m_choice->setCurrentIndex(std::max(0, m_choice->findData(previous)));
    load();
}

QString WalkListPanel::chosenVolunteer() const
{
    const QString choice = m_choice->currentData().toString();
    return choice == kWholeList || choice == kEveryShare ? QString() : choice;
}

void WalkListPanel::load()
{
    m_document = std::make_unique<WalkListDocument>(m_database, layoutDirection());
    Status loaded = Error {Error::Code::InvalidInput, tr("Choose a door-knocking campaign to print its walk lists.")};
    if (!m_campaignId.isEmpty())
        loaded = m_choice->currentData().toString() == kEveryShare ? m_document->loadEveryShare(m_campaignId)
                                                                   : m_document->load(m_campaignId, chosenVolunteer());
    m_message->setVisible(!loaded);
    m_message->setText(loaded ? QString() : loaded.error().message);
    m_preview->setVisible(loaded.ok());
    m_print->setEnabled(loaded.ok());
    m_pdf->setEnabled(loaded.ok());
    m_choice->setEnabled(!m_campaignId.isEmpty());
    if (loaded)
        m_preview->setDocument(m_document->document().clone(m_preview));
}

void WalkListPanel::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(WalkListDocument::pageLayout());
    printer.setDocName(m_document->document().metaInformation(QTextDocument::DocumentTitle));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Walk Lists"));
    if (dialog.exec() == QDialog::Accepted)
        m_document->print(printer);
}

void WalkListPanel::savePdf()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(m_document->suggestedFileName(chosenVolunteer()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Walk Lists as PDF"), suggested, tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        savePdfTo(path);
}

bool WalkListPanel::savePdfTo(const QString &path)
{
    if (auto s = m_document->writePdf(path); !s) {
        QMessageBox::warning(this, tr("Cannot save the PDF"), s.error().message);
        return false;
    }
    return true;
}

void WalkListPanel::changeEvent(QEvent *event)
{
    // The list is laid out in the reading direction of the interface.
    if (m_preview && (event->type() == QEvent::LayoutDirectionChange || event->type() == QEvent::LanguageChange))
        load();
    QWidget::changeEvent(event);
}

} // namespace majlis
