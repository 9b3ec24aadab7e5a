#include "advocacy/legislatorsdialog.h"

#include "advocacy/campusdialog.h"
#include "advocacy/capitolcampus.h"
#include "advocacy/legislatordownload.h"
#include "advocacy/importreviewdialog.h"
#include "advocacy/legislatorrepository.h"
#include "advocacy/legislatortablemodel.h"
#include "advocacy/legislaturetreemodel.h"
#include "advocacy/memberlistdialog.h"
#include "i18n/bidi.h"
#include "legislatures/bundledcongress.h"
#include "legislatures/congresssource.h"
#include "legislatures/legislatureimport.h"
#include "legislatures/openstates.h"
#include "shell/plaincopy.h"
#include "shell/preferencesdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QTreeView>
#include <QVBoxLayout>

namespace majlis {

LegislatorsDialog::LegislatorsDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setWindowTitle(tr("Legislators"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("legislatorFilter"));
    m_filter->setAccessibleName(tr("Filter by name, seat or building"));
    m_filter->setPlaceholderText(tr("Filter by name, seat or building"));
    m_filter->setClearButtonEnabled(true);
    QPushButton *import = buildImportButton();
    auto *update = new QPushButton(tr("&Update from the Internet"), this);
    update->setToolTip(tr("Download the current members of Congress from the address in Preferences and import them."));
    connect(update, &QPushButton::clicked, this, &LegislatorsDialog::updateFromInternet);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(import);
    bar->addWidget(update);

    m_bodies = new LegislatureTreeModel(m_database, this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("legislatureTree"));
    m_tree->setAccessibleName(tr("Legislatures and their chambers"));
    m_tree->setModel(m_bodies);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(LegislatureTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(LegislatureTreeModel::MembersColumn, QHeaderView::ResizeToContents);
    copyWithoutIsolates(m_tree);

    m_members = new LegislatorTableModel(this);
    m_filtered = new QSortFilterProxyModel(this);
    m_filtered->setSourceModel(m_members);
    m_filtered->setSortRole(LegislatorTableModel::SortRole);
    m_filtered->setFilterRole(LegislatorTableModel::FilterRole);
    m_filtered->setFilterKeyColumn(LegislatorTableModel::SeatColumn);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, m_filtered,
        [this](const QString &text) { m_filtered->setFilterFixedString(text.trimmed()); });
    m_table = new QTableView(this);
    copyWithoutIsolates(m_table);
    m_table->setObjectName(QStringLiteral("legislatorTable"));
    m_table->setAccessibleName(tr("Members"));
    m_table->setModel(m_filtered);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LegislatorTableModel::SeatColumn, Qt::AscendingOrder);
    // Seats, rooms and phones are short: each column as wide as its text, the name gets the rest.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LegislatorTableModel::NameColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    connect(m_table, &QTableView::doubleClicked, this, &LegislatorsDialog::editOffice);

    m_showFormer = new QCheckBox(tr("Show &former members"), this);
    m_showFormer->setObjectName(QStringLiteral("showFormerCheck"));
    m_showFormer->setToolTip(
        tr("Also list members a newer import no longer lists; meetings planned with them are kept."));
    connect(m_showFormer, &QCheckBox::toggled, this, &LegislatorsDialog::showSelection);
    m_office = new QPushButton(tr("Set &Office…"), this);
    m_office->setToolTip(tr("Set the building and room of the chosen member's office; double-clicking a member does "
                            "the same."));
    connect(m_office, &QPushButton::clicked, this, &LegislatorsDialog::editOffice);
    m_campus = new QPushButton(tr("&Campus…"), this);
    m_campus->setObjectName(QStringLiteral("campusButton"));
    m_campus->setToolTip(tr("List the buildings of this legislature's capitol and which are a short walk apart."));
    connect(m_campus, &QPushButton::clicked, this, &LegislatorsDialog::editCampus);
    auto *memberBar = new QHBoxLayout;
    memberBar->addWidget(m_showFormer);
    memberBar->addStretch();
    memberBar->addWidget(m_office);
    memberBar->addWidget(m_campus);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_table, 1);
    rightLayout->addLayout(memberBar);
    rightLayout->addWidget(m_summary);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({330, 670});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1080, 600);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &LegislatorsDialog::showSelection);
    refresh();
}

bool LegislatorsDialog::selectLegislature(const QString &bodyId, std::optional<Chamber> chamber)
{
    const QModelIndex index = chamber ? m_bodies->chamberIndex(bodyId, *chamber) : m_bodies->bodyIndex(bodyId);
    if (!index.isValid())
        return false;
    m_tree->expand(index.parent().isValid() ? index.parent() : index);
    m_tree->setCurrentIndex(index);
    return true;
}

// Reads the bodies again, keeping the body and chamber shown.
void LegislatorsDialog::refresh()
{
    const QModelIndex current = m_tree->currentIndex();
    const auto body = m_bodies->body(current);
    const auto chamber = m_bodies->chamber(current);
    if (auto status = m_bodies->reload(); !status) {
        m_summary->setText(status.error().message);
        return;
    }
    m_tree->expandAll();
    // The reset cleared the current row, so choosing one again shows its members.
    if (!body || !selectLegislature(body->id, chamber))
        m_tree->setCurrentIndex(m_bodies->index(0, LegislatureTreeModel::NameColumn));
}

void LegislatorsDialog::showSelection()
{
    const QModelIndex current = m_tree->currentIndex();
    const auto body = m_bodies->body(current);
    m_campus->setEnabled(body.has_value());
    if (!body) {
        m_members->setLegislators({}, {});
        m_summary->clear();
        return;
    }
    LegislatorFilter filter;
    filter.bodyId = body->id;
    filter.chamber = m_bodies->chamber(current);
    filter.includeDeparted = m_showFormer->isChecked();
    auto legislators = LegislatorRepository(m_database).list(filter);
    m_members->setLegislators(*body, legislators ? legislators.value() : QList<Legislator>());
    if (!legislators) {
        m_summary->setText(legislators.error().message);
        return;
    }
    showSummary(*body, filter.chamber);
}

void LegislatorsDialog::showSummary(const LegislativeBody &body, std::optional<Chamber> chamber)
{
    int current = 0;
    int former = 0;
    int withoutOffice = 0;
    for (const Legislator &l : m_members->legislators()) {
        (l.inOffice ? current : former) += 1;
        withoutOffice += l.inOffice && !l.office.isKnown() ? 1 : 0;
    }
    if (current == 0 && former == 0) {
        const QString where = bidi::isolate(chamber ? body.chamberName(*chamber) : body.name);
        m_summary->setText(body.isCongress()
                ? tr("No members of Congress yet. Use Update from the Internet, or Import and the members built "
                     "in or legislators-current.csv from the congress-legislators project.")
                : tr("No members of %1 in this workspace yet; they arrive with an import of the legislature's "
                     "members.")
                      .arg(where));
        return;
    }
    QString text = tr("%n member(s)", nullptr, current);
    if (withoutOffice)
        text += tr("; %n without a known office building", nullptr, withoutOffice);
    if (former)
        text += tr("; %n no longer in office", nullptr, former);
    m_summary->setText(text);
}

bool LegislatorsDialog::importFile(const QString &path, bool quiet)
{
    return importSource(CongressSource::read(path), quiet);
}

bool LegislatorsDialog::importData(const QByteArray &data, bool quiet)
{
    return importSource(CongressSource::parse(data), quiet);
}

bool LegislatorsDialog::importBundled(bool quiet)
{
    return importSource(BundledCongress::source(), quiet);
}

bool LegislatorsDialog::importOpenStates(const QString &path, bool quiet)
{
    // Reading fifty states' files takes seconds. The reading touches no database, so it runs on a
    // thread of its own while the window stays responsive behind a busy indicator.
    QProgressDialog busy(tr("Reading the Open States data…"), QString(), 0, 0, this);
    busy.setWindowModality(Qt::WindowModal);
    busy.setMinimumDuration(0);
    if (!quiet)
        busy.show();
    Result<MemberSource> source = Error{Error::Code::Io, QString()};
    QEventLoop loop;
    QThread *reader = QThread::create([&source, path] { source = OpenStates::read(path); });
    connect(reader, &QThread::finished, &loop, &QEventLoop::quit);
    reader->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    reader->wait();
    delete reader;
    busy.reset();
    return importSource(source, quiet);
}

bool LegislatorsDialog::importMemberList()
{
    MemberListDialog dialog(m_database, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    auto members = dialog.members();
    if (!members)
        return importSource(members.error());
    MemberSource source;
    source.bodies.append(members.value());
    return importSource(source);
}

bool LegislatorsDialog::importSource(const Result<MemberSource> &source, bool quiet)
{
    auto fail = [&](const Error &error) {
        if (!quiet)
            report(QMessageBox::Warning, tr("Cannot import legislators"),
                   tr("%1\n\nNothing was imported.").arg(error.message));
        return false;
    };
    if (!source)
        return fail(source.error());
    if (source->bodies.isEmpty())
        return fail({Error::Code::InvalidInput, tr("The file lists no legislature's members.")});
    if (!quiet) {
        auto dryRun = LegislatureImport::run(m_database, source.value(), LegislatureImport::Mode::DryRun);
        if (!dryRun)
            return fail(dryRun.error());
        ImportReviewDialog review(dryRun.value(), this);
        if (review.exec() != QDialog::Accepted)
            return false;
    }
    auto imported = LegislatureImport::run(m_database, source.value(), LegislatureImport::Mode::Write);
    if (!imported)
        return fail(imported.error());
    refresh();
    selectLegislature(imported->bodies.constFirst().body.id); // where the imported members are
    emit legislatorsChanged();
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

QPushButton *LegislatorsDialog::buildImportButton()
{
    auto *button = new QPushButton(tr("&Import"), this);
    button->setObjectName(QStringLiteral("importButton"));
    button->setToolTip(tr("Import or update the members of a legislature. What an import changes is shown "
                          "before anything is written."));
    auto *menu = new QMenu(button);
    auto add = [&](const QString &name, const QString &text, const QString &tip, auto slot) {
        QAction *action = menu->addAction(text, this, slot);
        action->setObjectName(name);
        action->setToolTip(tip);
    };
    if (BundledCongress::isAvailable())
        add(QStringLiteral("importBundledAction"), tr("&Congress (Built In)"),
            tr("The members of Congress this version of Majlis was made with, for use with no network."),
            [this] { importBundled(); });
    add(QStringLiteral("importCongressAction"), tr("Congress from congress-legislators &CSV…"),
        tr("legislators-current.csv of the congress-legislators project."), &LegislatorsDialog::chooseFile);
    add(QStringLiteral("importOpenStatesFileAction"), tr("State Legislatures from &Open States Download…"),
        tr("The Open States people data downloaded as a .tar.gz or .zip file: every state legislature."),
        &LegislatorsDialog::chooseOpenStatesFile);
    add(QStringLiteral("importOpenStatesFolderAction"), tr("State Legislatures from Open States &Folder…"),
        tr("A folder of the Open States people data: the project, its data folder or one state's."),
        &LegislatorsDialog::chooseOpenStatesFolder);
    menu->addSeparator();
    add(QStringLiteral("importMemberListAction"), tr("&Member List of a Parliament (CSV)…"),
        tr("Any legislature's members from a spreadsheet, one member a row, with what each column holds."),
        [this] { importMemberList(); });
    menu->setToolTipsVisible(true);
    button->setMenu(menu);
    return button;
}

void LegislatorsDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Legislators"), QDir::homePath(), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void LegislatorsDialog::chooseOpenStatesFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import from Open States"), QDir::homePath(),
        tr("Open States downloads (*.tar.gz *.tgz *.zip);;All files (*)"));
    if (!path.isEmpty())
        importOpenStates(path);
}

void LegislatorsDialog::chooseOpenStatesFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Import from Open States"), QDir::homePath());
    if (!path.isEmpty())
        importOpenStates(path);
}

void LegislatorsDialog::editOffice()
{
    const QModelIndex index = m_filtered->mapToSource(m_table->currentIndex());
    if (!index.isValid())
        return;
    const Legislator &member = m_members->legislators().at(index.row());
    const LegislativeBody &body = m_members->body();
    bool ok = false;
    const QString current = QStringLiteral("%1 %2").arg(member.office.room, member.office.building).trimmed();
    const QString text = QInputDialog::getText(this, tr("Set Office"),
        tr("Office of %1, as room and building (\"2107 Rayburn\"):").arg(member.shownTitle()), QLineEdit::Normal,
        current, &ok);
    if (!ok)
        return;
    const OfficeLocation office = typedOffice(text, body);
    if (!office.isKnown()) {
        QStringList buildings;
        for (const CampusBuilding &b : body.campus)
            buildings.append(bidi::isolate(b.name));
        QMessageBox::warning(this, tr("Set Office"),
            buildings.isEmpty() && body.isCongress()
                ? tr("\"%1\" names no Capitol building. Write the room and the building, such as "
                     "\"2107 Rayburn\" or \"511 Hart\".")
                      .arg(bidi::isolate(text))
                : tr("\"%1\" names no building of the capitol's campus (%2). Write the room and the building, or "
                     "add the building with Campus….")
                      .arg(bidi::isolate(text),
                          buildings.isEmpty() ? tr("the capitol alone") : buildings.join(QStringLiteral(", "))));
        return;
    }
    if (auto s = LegislatorRepository(m_database).setOffice(member.id, office); !s)
        QMessageBox::warning(this, tr("Set Office"), s.error().message);
    refresh();
    emit legislatorsChanged();
}

void LegislatorsDialog::editCampus()
{
    const auto body = m_bodies->body(m_tree->currentIndex());
    if (!body)
        return;
    CampusDialog dialog(m_database, *body, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        emit legislatorsChanged();
    }
}

} // namespace majlis
