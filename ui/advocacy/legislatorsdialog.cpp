#include "advocacy/legislatorsdialog.h"

#include "i18n/bidi.h"
#include "shell/plaincopy.h"

#include "advocacy/legislatordownload.h"
#include "advocacy/legislatorfile.h"
#include "advocacy/legislatorrepository.h"
#include "shell/preferencesdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace majlis {

LegislatorsDialog::LegislatorsDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setWindowTitle(tr("Members of Congress"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("legislatorFilter"));
    m_filter->setAccessibleName(tr("Filter by name, state or building"));
    m_filter->setPlaceholderText(tr("Filter by name, state or building"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &LegislatorsDialog::filter);
    auto *import = new QPushButton(tr("&Import File…"), this);
    import->setToolTip(tr("Import or update from legislators-current.csv of the congress-legislators project."));
    connect(import, &QPushButton::clicked, this, &LegislatorsDialog::chooseFile);
    auto *update = new QPushButton(tr("&Update from the Internet"), this);
    update->setToolTip(tr("Download the current list from the address in Preferences and import it."));
    connect(update, &QPushButton::clicked, this, &LegislatorsDialog::updateFromInternet);
    auto *office = new QPushButton(tr("Set &Office…"), this);
    connect(office, &QPushButton::clicked, this, &LegislatorsDialog::editOffice);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(import);
    bar->addWidget(update);
    bar->addWidget(office);

    m_table = new QTableWidget(0, 6, this);
    copyWithoutIsolates(m_table);
    m_table->setObjectName(QStringLiteral("legislatorTable"));
    m_table->setAccessibleName(tr("Members of Congress"));
    m_table->setHorizontalHeaderLabels({tr("Seat"), tr("Name"), tr("Party"), tr("Building"), tr("Room"), tr("Phone")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &LegislatorsDialog::editOffice);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(820, 560);
    refresh();
}

void LegislatorsDialog::refresh()
{
    auto legislators = LegislatorRepository(m_database).list();
    m_table->setRowCount(0);
    if (!legislators) {
        m_summary->setText(legislators.error().message);
        return;
    }
    int withoutOffice = 0;
    for (const Legislator &l : legislators.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        // Shown isolated, so "WA-7", "2107" and "202-225-0001" read left to right in Arabic;
        // read back through bidi::clean().
        auto *seat = new QTableWidgetItem(bidi::isolateLtr(l.seat()));
        seat->setData(Qt::UserRole, l.id);
        m_table->setItem(row, 0, seat);
        m_table->setItem(row, 1, new QTableWidgetItem(bidi::isolate(l.fullName)));
        m_table->setItem(row, 2, new QTableWidgetItem(l.party));
        m_table->setItem(row, 3, new QTableWidgetItem(bidi::isolate(l.office.building)));
        m_table->setItem(row, 4, new QTableWidgetItem(bidi::isolateLtr(l.office.room)));
        m_table->setItem(row, 5, new QTableWidgetItem(bidi::isolateLtr(l.phone)));
        if (!l.office.isKnown()) {
            ++withoutOffice;
            m_table->item(row, 3)->setText(tr("unknown"));
            m_table->item(row, 3)->setToolTip(tr("Double-click to set the building and room."));
        }
    }
    if (legislators->isEmpty())
        m_summary->setText(tr("No members of Congress yet. Download legislators-current.csv from the "
                              "congress-legislators project and import it."));
    else
        m_summary->setText(tr("%n member(s) of Congress", nullptr, int(legislators->size()))
            + (withoutOffice ? tr("; %n without a known office building", nullptr, withoutOffice) : QString()));
    filter(m_filter->text());
}

void LegislatorsDialog::filter(const QString &text)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        bool match = text.trimmed().isEmpty();
        for (int column = 0; column < m_table->columnCount() && !match; ++column)
            match = m_table->item(row, column)->text().contains(text.trimmed(), Qt::CaseInsensitive);
        m_table->setRowHidden(row, !match);
    }
}

bool LegislatorsDialog::importFile(const QString &path, bool quiet)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!quiet)
            report(QMessageBox::Warning, tr("Cannot import legislators"),
                tr("Could not read %1: %2").arg(bidi::isolateLtr(path), file.errorString()));
        return false;
    }
    return importData(file.readAll(), quiet);
}

bool LegislatorsDialog::importData(const QByteArray &data, bool quiet)
{
    auto contents = LegislatorFile::parse(data);
    if (!contents) {
        if (!quiet)
            report(QMessageBox::Warning, tr("Cannot import legislators"), contents.error().message);
        return false;
    }
    auto summary = LegislatorRepository(m_database).importCurrent(contents->legislators);
    if (!summary) {
        if (!quiet)
            report(QMessageBox::Warning, tr("Cannot import legislators"), summary.error().message);
        return false;
    }
    refresh();
    emit legislatorsChanged();
    if (!quiet)
        report(QMessageBox::Information, tr("Legislators imported"),
            tr("%1 new, %2 updated, %3 unchanged, %4 no longer in office. Meetings already planned are kept.")
                .arg(summary->added)
                .arg(summary->updated)
                .arg(summary->unchanged)
                .arg(summary->departed),
            contents->warnings);
    return true;
}

void LegislatorsDialog::report(
    QMessageBox::Icon icon, const QString &title, const QString &message, const QStringList &details)
{
    QMessageBox box(icon, title, message, QMessageBox::Ok, this);
    if (!details.isEmpty())
        box.setDetailedText(details.join(u'\n'));
    box.exec();
}

void LegislatorsDialog::updateFromInternet()
{
    auto *download = new LegislatorDownload(this);
    auto *progress = new QProgressDialog(tr("Downloading the current members of Congress…"), tr("Cancel"), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    connect(download, &LegislatorDownload::progress, progress, [progress](qint64 received, qint64 total) {
        progress->setMaximum(total > 0 ? int(total / 1024) : 0);
        progress->setValue(int(received / 1024));
    });
    connect(progress, &QProgressDialog::canceled, download, [download] {
        download->cancel();
        download->deleteLater();
    });
    connect(download, &LegislatorDownload::downloaded, this, [this, download, progress](const QByteArray &data) {
        progress->deleteLater();
        download->deleteLater();
        importData(data);
    });
    connect(download, &LegislatorDownload::failed, this, [this, download, progress](const QString &message) {
        progress->deleteLater();
        download->deleteLater();
        report(QMessageBox::Warning, tr("Cannot update legislators"), message);
    });
    progress->show();
    download->start(PreferencesDialog::legislatorsAddress());
}

void LegislatorsDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Legislators"), QDir::homePath(), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void LegislatorsDialog::editOffice()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString id = m_table->item(row, 0)->data(Qt::UserRole).toString();
    bool ok = false;
    const QString building = bidi::clean(m_table->item(row, 3)->text());
    const QString current
        = QStringLiteral("%1 %2").arg(bidi::clean(m_table->item(row, 4)->text()), building == tr("unknown") ? QString() : building);
    const QString text = QInputDialog::getText(this, tr("Set Office"),
        tr("Office of %1, as room and building (\"2107 Rayburn\"):").arg(m_table->item(row, 1)->text()),
        QLineEdit::Normal, current.trimmed(), &ok);
    if (!ok)
        return;
    const OfficeLocation office = parseOfficeAddress(text + QStringLiteral(" Office Building"));
    if (!office.isKnown()) {
        QMessageBox::warning(this, tr("Set Office"),
            tr("\"%1\" names no Capitol building. Write the room and the building, such as "
               "\"2107 Rayburn\" or \"511 Hart\".")
                .arg(text));
        return;
    }
    if (auto s = LegislatorRepository(m_database).setOffice(id, office); !s)
        QMessageBox::warning(this, tr("Set Office"), s.error().message);
    refresh();
    emit legislatorsChanged();
}

} // namespace majlis
