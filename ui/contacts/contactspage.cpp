#include "contacts/contactspage.h"

#include "i18n/bidi.h"
#include "shell/plaincopy.h"

#include "contacts/chapter.h"
#include "contacts/contactcommands.h"
#include "contacts/contactdetailpane.h"
#include "contacts/contactdistrictspanel.h"
#include "contacts/districtfilldialog.h"
#include "contacts/contacteditor.h"
#include "contacts/contacteditordialog.h"
#include "contacts/contactrepository.h"
#include "contacts/contacttablemodel.h"
#include "contacts/contactdirectory.h"
#include "contacts/contactexport.h"
#include "contacts/contactexportdialog.h"
#include "io/savefile.h"
#include "io/vcard.h"
#include "privacy/personerasure.h"
#include "privacy/personexport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

#include <limits>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace majlis {

ContactsPage::ContactsPage(Database &database, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_database(database), m_undoStack(undoStack),
      m_repository(std::make_unique<ContactRepository>(database))
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search names, emails, phones, tags, notes… (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search contacts"));
    m_search->setClearButtonEnabled(true);
    m_chapterFilter = new QComboBox(this);
    m_chapterFilter->setAccessibleName(tr("Filter by chapter"));
    m_tagFilter = new QComboBox(this);
    m_tagFilter->setAccessibleName(tr("Filter by tag"));
    auto *newButton = new QPushButton(tr("New Contact"), this);
    newButton->setToolTip(tr("Add a contact (Ctrl+N)"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_chapterFilter);
    bar->addWidget(m_tagFilter);
    bar->addWidget(newButton);

    m_model = new ContactTableModel(database, this);
    m_view = new QTableView(this);
    copyWithoutIsolates(m_view);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Contacts"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ContactTableModel::NameColumn, Qt::AscendingOrder);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(ContactTableModel::NameColumn, 200);
    m_view->horizontalHeader()->resizeSection(ContactTableModel::EmailColumn, 230);
    m_view->horizontalHeader()->resizeSection(ContactTableModel::PhoneColumn, 130);

    m_emptyList = new QLabel(this);
    m_emptyList->setAlignment(Qt::AlignCenter);
    m_emptyList->setWordWrap(true);
    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_emptyList);

    m_detail = new ContactDetailPane(database, this);
    m_splitter = new QSplitter(this);
    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(120); // long enough to skip keystrokes of a fast typist
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &ContactsPage::applyFilters);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applyFilters();
        m_view->setFocus();
        if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_chapterFilter, &QComboBox::currentIndexChanged, this, &ContactsPage::applyFilters);
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this, &ContactsPage::applyFilters);
    connect(newButton, &QPushButton::clicked, this, &ContactsPage::newContact);
    connect(m_model, &ContactTableModel::totalCountChanged, this, [this] { updateEmptyState(); });
    connect(m_model, &ContactTableModel::errorOccurred, this, &ContactsPage::reportError);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContactsPage::updateEmptyState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ContactsPage::onCurrentChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { emit selectionChanged(static_cast<int>(selectedIds().size())); });
    connect(m_detail, &ContactDetailPane::saveRequested, this, &ContactsPage::saveEdits);
    connect(m_detail, &ContactDetailPane::districtsChanged, this, &ContactsPage::refresh);
    m_detail->districts()->setUndoStack(m_undoStack, [this] { refresh(); });

    reloadFilters();
    applyFilters();
}

ContactsPage::~ContactsPage() = default;

void ContactsPage::saveLayout(QSettings &settings) const
{
    settings.setValue(QStringLiteral("contacts/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("contacts/columns"), m_view->horizontalHeader()->saveState());
}

void ContactsPage::restoreLayout(const QSettings &settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("contacts/splitter")).toByteArray());
    m_view->horizontalHeader()->restoreState(settings.value(QStringLiteral("contacts/columns")).toByteArray());
}

QStringList ContactsPage::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(m_model->contactId(index.row()));
    return ids;
}

QStringList ContactsPage::listedIds() const
{
    QStringList ids;
    auto rows = ContactDirectory(m_database).page(m_model->query(), 0, std::numeric_limits<int>::max());
    for (const ContactRow &row : rows ? rows.value() : QList<ContactRow>())
        ids.append(row.id);
    return ids;
}

Status ContactsPage::exportContacts(const QStringList &ids, int format, const QString &path)
{
    auto contacts = ContactRepository(m_database).getMany(ids);
    if (!contacts)
        return contacts.error();
    QByteArray data;
    const auto chosen = ContactExportDialog::Format(format);
    if (chosen == ContactExportDialog::Format::Csv) {
        QHash<QString, QString> chapterNames;
        if (auto chapters = ChapterRepository(m_database).list()) {
            for (const Chapter &c : chapters.value())
                chapterNames.insert(c.id, c.name);
        }
        data = ContactExport::csv(contacts.value(), chapterNames);
    } else {
        data = VCard::write(contacts.value(), chosen == ContactExportDialog::Format::VCard3    ? VCard::Version::V3
                                              : chosen == ContactExportDialog::Format::VCard21 ? VCard::Version::V21
                                                                                                : VCard::Version::V4);
    }
    return saveFile(path, data);
}

void ContactsPage::exportDialog()
{
    auto total = ContactDirectory(m_database).count({});
    ContactExportDialog dialog(total ? total.value() : 0, m_model->totalCount(),
                               int(selectedIds().size()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("contacts.%1").arg(ContactExportDialog::suffix(dialog.format())));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Contacts"), suggested);
    if (path.isEmpty())
        return;
    QStringList ids;
    if (dialog.scope() == ContactExportDialog::Scope::Selected)
        ids = selectedIds();
    else if (dialog.scope() == ContactExportDialog::Scope::Listed)
        ids = listedIds();
    if (auto s = exportContacts(ids, int(dialog.format()), path); !s)
        reportError(s.error().message);
}

void ContactsPage::reloadFilters()
{
    const QString chapter = m_chapterFilter->currentData().toString();
    const QString tag = m_tagFilter->currentData().toString();
    const QSignalBlocker chapterBlocker(m_chapterFilter);
    const QSignalBlocker tagBlocker(m_tagFilter);
    m_chapterFilter->clear();
    m_chapterFilter->addItem(tr("All chapters"), QString());
    if (auto chapters = ChapterRepository(m_database).list()) {
        for (const Chapter &c : *chapters)
            m_chapterFilter->addItem(c.name, c.id);
    }
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("All tags"), QString());
    if (auto tags = ContactDirectory(m_database).tags()) {
        for (const QString &t : *tags)
            m_tagFilter->addItem(t, t);
    }
    m_chapterFilter->setCurrentIndex(std::max(0, m_chapterFilter->findData(chapter)));
    m_tagFilter->setCurrentIndex(std::max(0, m_tagFilter->findData(tag)));
    m_detail->refreshChoices();
}

void ContactsPage::applyFilters()
{
    ContactQuery query = m_model->query();
    query.search = m_search->text();
    query.chapterId = m_chapterFilter->currentData().toString();
    query.tag = m_tagFilter->currentData().toString();
    const QString current = m_detail->contactId();
    m_model->setQuery(query);
    if (auto total = ContactDirectory(m_database).count({}))
        m_workspaceTotal = *total;
    const int row = m_model->rowOf(current);
    if (row >= 0)
        m_view->selectRow(row);
    updateEmptyState();
}

void ContactsPage::refresh()
{
    const QString current = m_detail->contactId();
    reloadFilters();
    m_model->reload();
    if (auto total = ContactDirectory(m_database).count({}))
        m_workspaceTotal = *total;
    select(current);
    updateEmptyState();
}

void ContactsPage::reloadKeepingEdits()
{
    if (!m_detail->hasUnsavedChanges()) {
        refresh();
        return;
    }
    // The list, the filters and the counts read again; the pane keeps its contact and the edit.
    const QString current = m_detail->contactId();
    reloadFilters();
    m_model->reload();
    if (auto total = ContactDirectory(m_database).count({}))
        m_workspaceTotal = *total;
    {
        const QSignalBlocker blocker(m_view->selectionModel());
        if (const int row = m_model->rowOf(current); row >= 0)
            m_view->selectRow(row);
    }
    updateEmptyState();
}

void ContactsPage::updateEmptyState()
{
    const bool filtered = !m_search->text().trimmed().isEmpty() || m_chapterFilter->currentIndex() > 0
        || m_tagFilter->currentIndex() > 0;
    if (m_model->totalCount() > 0) {
        m_listStack->setCurrentWidget(m_view);
    } else {
        m_emptyList->setText(filtered ? tr("No contacts match the search and filters.")
                                      : tr("No contacts yet.\nPress Ctrl+N to add the first one, or try "
                                           "File > New Demo Workspace to explore Majlis with fictional data."));
        m_listStack->setCurrentWidget(m_emptyList);
    }
    emit countsChanged(m_model->totalCount(), m_workspaceTotal);
}

void ContactsPage::onCurrentChanged()
{
    const QString id = m_model->contactId(m_view->currentIndex().row());
    if (id == m_detail->contactId())
        return;
    if (!confirmLeavingEdits()) {
        select(m_detail->contactId());
        return;
    }
    m_detail->showContact(id);
}

bool ContactsPage::confirmLeavingEdits()
{
    if (!m_detail->hasUnsavedChanges())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("Save the changes to %1?").arg(m_detail->loadedContact().displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        if (!m_detail->editor()->isValid()) {
            reportError(m_detail->editor()->errors().value(0).message);
            return false;
        }
        saveEdits(m_detail->loadedContact(), m_detail->editor()->contact());
    } else {
        m_detail->revert();
    }
    return true;
}

void ContactsPage::fillDistricts()
{
    if (!confirmLeavingEdits())
        return;
    QStringList ids = selectedIds();
    const QString scope = ids.isEmpty() ? tr("the %n contact(s) listed", nullptr, m_model->totalCount())
                                        : tr("%n selected contact(s)", nullptr, int(ids.size()));
    if (ids.isEmpty())
        ids = listedIds();
    if (ids.isEmpty())
        return;
    DistrictFillDialog dialog(m_database, {ids, {}, {}}, {}, scope, this);
    dialog.exec();
    if (dialog.changedWorkspace()) {
        // Many contacts at once: a step too large to undo; the dry run before was the check.
        refresh();
    }
}

void ContactsPage::select(const QString &id)
{
    const QSignalBlocker blocker(m_view->selectionModel());
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    } else {
        m_view->clearSelection();
    }
    m_detail->showContact(row >= 0 ? id : QString());
}

void ContactsPage::newContact()
{
    if (!confirmLeavingEdits())
        return;
    ContactEditorDialog dialog(m_database, this);
    if (m_chapterFilter->currentIndex() > 0) { // a new contact most likely joins the chapter in view
        Contact seed;
        seed.chapterId = m_chapterFilter->currentData().toString();
        dialog.editor()->setContact(seed);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Contact created = dialog.savedContact();
    m_undoStack->push(new CreateContactCommand(created, *m_repository, [this] { refresh(); },
                                               [this](const QString &m) { reportError(m); }));
    refresh();
    select(created.id);
}

void ContactsPage::saveEdits(const Contact &before, const Contact &after)
{
    auto saved = m_repository->update(after);
    if (!saved) {
        reportError(saved.error().message);
        return;
    }
    m_undoStack->push(new EditContactCommand(before, *saved, *m_repository, [this] { refresh(); },
                                             [this](const QString &m) { reportError(m); }));
    m_detail->showContact(saved->id);
    refresh();
}

void ContactsPage::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QString question = ids.size() == 1
        ? tr("Delete %1?").arg(m_model->data(m_view->selectionModel()->selectedRows().first()).toString())
        : tr("Delete %n contact(s)?", nullptr, static_cast<int>(ids.size()));
    QMessageBox box(QMessageBox::Question, tr("Delete Contacts"), question, QMessageBox::Cancel, this);
    box.setInformativeText(tr("You can undo this with Edit > Undo (Ctrl+Z)."));
    QPushButton *confirm = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    if (const Status status = m_repository->remove(ids); !status) {
        reportError(status.error().message);
        return;
    }
    m_undoStack->push(new DeleteContactsCommand(ids, *m_repository, [this] { refresh(); },
                                                [this](const QString &m) { reportError(m); }));
    m_detail->showContact({});
    refresh();
}

void ContactsPage::exportPersonData()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1) {
        QMessageBox::information(this, tr("Export a Person's Data"), tr("Select one contact first."));
        return;
    }
    const QString name = m_model->data(m_view->selectionModel()->selectedRows().first()).toString();
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("%1 - data.json").arg(name).replace(u'/', u'_'));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Everything About %1").arg(name), suggested,
                                                      tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (const Status status = PersonExport::write(m_database, ids.first(), path); !status) {
        reportError(status.error().message);
        return;
    }
    emit statusMessage(tr("Wrote everything held about %1 to %2. It is personal data: send it only to them.")
                           .arg(bidi::isolate(name), bidi::isolateLtr(QDir::toNativeSeparators(path))));
}

void ContactsPage::erasePerson()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1) {
        QMessageBox::information(this, tr("Erase a Person"), tr("Select one contact first."));
        return;
    }
    const QString name = m_model->data(m_view->selectionModel()->selectedRows().first()).toString();
    QMessageBox box(QMessageBox::Warning, tr("Erase a Person"), tr("Erase everything held about %1?").arg(name),
                    QMessageBox::Cancel, this);
    box.setInformativeText(tr("Their contact, emails, phones, tags, consents, history, registrations and advocacy-day "
                              "roles are removed from this workspace, and from every laptop and the server at their "
                              "next sync. This cannot be undone. If they asked for a copy, export it first."));
    auto *understood = new QCheckBox(tr("I understand that this cannot be undone"), &box);
    box.setCheckBox(understood);
    QPushButton *confirm = box.addButton(tr("Erase"), QMessageBox::DestructiveRole);
    confirm->setEnabled(false);
    connect(understood, &QCheckBox::toggled, confirm, &QPushButton::setEnabled);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    auto erased = PersonErasure::erase(m_database, ids.first());
    if (!erased) {
        reportError(erased.error().message);
        return;
    }
    // Undo steps may hold what was just erased (an edit's old values, a merge): they go too.
    m_undoStack->clear();
    m_detail->showContact({});
    refresh();
    emit statusMessage(tr("Erased %1 and %n row(s) about them.", nullptr, erased->rowsErased - 1).arg(name));
}

void ContactsPage::tagSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Add Tags"), tr("Tags to add to %n contact(s), separated by commas:", nullptr, static_cast<int>(ids.size())),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    QStringList tags;
    for (const QString &t : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!t.trimmed().isEmpty())
            tags.append(t.trimmed());
    }
    if (tags.isEmpty())
        return;
    // Remember which tags each contact lacked, so undo takes away only what this added.
    QHash<QString, QStringList> added;
    for (const QString &id : ids) {
        const auto contact = m_repository->get(id);
        if (!contact)
            continue;
        QStringList missing;
        for (const QString &tag : std::as_const(tags)) {
            if (!contact->tags.contains(tag, Qt::CaseInsensitive))
                missing.append(tag);
        }
        added.insert(id, missing);
    }
    if (const Status status = m_repository->addTags(ids, tags); !status) {
        reportError(status.error().message);
        return;
    }
    m_undoStack->push(new TagContactsCommand(added, *m_repository, [this] { refresh(); },
                                             [this](const QString &m) { reportError(m); }));
    refresh();
}

void ContactsPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void ContactsPage::reportError(const QString &message)
{
    QMessageBox::warning(this, tr("Majlis"), message);
}

} // namespace majlis
