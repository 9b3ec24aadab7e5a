#include "advocacy/memberlistdialog.h"

#include "advocacy/legislatortablemodel.h"
#include "i18n/bidi.h"
#include "io/csvfile.h"
#include "legislatures/bodyrepository.h"
#include "legislatures/memberlist.h"
#include "shell/columnmappingtable.h"
#include "shell/plaincopy.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace majlis {

namespace {

constexpr int kPreviewRows = 5;

} // namespace

MemberListDialog::MemberListDialog(Database &database, QWidget *parent) : QDialog(parent), m_database(database)
{
    setWindowTitle(tr("Import a Member List"));
    m_body = new QComboBox(this);
    m_body->setObjectName(QStringLiteral("memberListBody"));
    m_body->addItem(tr("A new legislature"));
    if (auto known = BodyRepository(m_database).list()) {
        for (const LegislativeBody &body : known.value()) {
            if (body.isCongress()) // its members come from congress-legislators, matched by bioguide id
                continue;
            m_bodies.append(body);
            m_body->addItem(bidi::isolate(body.name), body.code);
        }
    }
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("memberListCode"));
    m_code->setPlaceholderText(tr("such as gb-parliament"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("memberListName"));
    m_name->setPlaceholderText(tr("such as UK Parliament"));
    m_country = new QLineEdit(this);
    m_country->setObjectName(QStringLiteral("memberListCountry"));
    m_country->setPlaceholderText(tr("such as GB"));
    m_country->setMaxLength(2);
    connect(m_body, &QComboBox::currentIndexChanged, this, &MemberListDialog::bodyChosen);
    for (QLineEdit *edit : {m_code, m_name, m_country})
        connect(edit, &QLineEdit::textEdited, this, &MemberListDialog::updatePreview);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("memberListPath"));
    m_path->setAccessibleName(tr("The member list to import"));
    m_path->setPlaceholderText(tr("The member list to import"));
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (!m_path->text().trimmed().isEmpty())
            loadFile(m_path->text().trimmed());
    });
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a Member List"), QDir::homePath(),
                                                          tr("Spreadsheets (*.csv *.txt *.tsv);;All files (*)"));
        if (!path.isEmpty())
            loadFile(path);
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Legislature:"), m_body);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("C&ountry:"), m_country);
    // The row holds a layout: the label gets its buddy by hand, or it shows its "&" and leads nowhere.
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);

    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("memberListInfo"));
    m_info->setWordWrap(true);
    m_mapping = new ColumnMappingTable(this);
    m_mapping->setObjectName(QStringLiteral("memberListMapping"));
    m_mapping->setAccessibleName(tr("What each column holds"));
    connect(m_mapping, &ColumnMappingTable::mappingChanged, this, &MemberListDialog::updatePreview);

    m_preview = new LegislatorTableModel(this);
    auto *preview = new QTableView(this);
    preview->setObjectName(QStringLiteral("memberListPreview"));
    preview->setAccessibleName(tr("The first members, as they will be imported"));
    preview->setModel(m_preview);
    preview->verticalHeader()->hide();
    preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    preview->horizontalHeader()->setSectionResizeMode(LegislatorTableModel::NameColumn, QHeaderView::Stretch);
    copyWithoutIsolates(preview);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("memberListStatus"));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Review Import…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MemberListDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_info);
    layout->addWidget(new QLabel(tr("Columns with familiar names are matched already; check what each holds:"), this));
    layout->addWidget(m_mapping, 2);
    layout->addWidget(new QLabel(tr("The first members, as they will be imported:"), this));
    layout->addWidget(preview, 2);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(860, 680);
    bodyChosen();
}

bool MemberListDialog::loadFile(const QString &path)
{
    m_path->setText(path);
    m_table.reset();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_info->setText(tr("Could not read %1: %2").arg(bidi::isolateLtr(QDir::toNativeSeparators(path)),
                                                        file.errorString()));
        m_mapping->setRowCount(0);
        updatePreview();
        return false;
    }
    auto csv = readCsvFile(file.readAll());
    if (!csv) {
        m_info->setText(csv.error().message);
        m_mapping->setRowCount(0);
        updatePreview();
        return false;
    }
    m_table = std::move(csv->table);
    m_info->setText(tr("%1 rows in %2 columns.").arg(m_table->rowCount()).arg(m_table->header().size()));
    QList<ColumnMappingTable::Choice> choices;
    for (MemberField field : allMemberFields())
        choices.append({memberFieldName(field), int(field)});
    QList<int> guessed;
    for (MemberField field : guessMemberFields(m_table->header()))
        guessed.append(int(field));
    m_mapping->setColumns(m_table.value(), choices, guessed); // and the preview follows
    return true;
}

// A body of the workspace keeps its code; its name and country are shown, not changed here.
void MemberListDialog::bodyChosen()
{
    const int index = m_body->currentIndex() - 1;
    const bool isNew = index < 0;
    for (QLineEdit *edit : {m_code, m_name, m_country})
        edit->setEnabled(isNew);
    if (!isNew) {
        const LegislativeBody &body = m_bodies.at(index);
        m_code->setText(body.code);
        m_name->setText(body.name);
        m_country->setText(body.country);
    } else {
        for (QLineEdit *edit : {m_code, m_name, m_country})
            edit->clear();
    }
    updatePreview();
}

Result<LegislativeBody> MemberListDialog::chosenBody() const
{
    const int index = m_body->currentIndex() - 1;
    if (index >= 0)
        return m_bodies.at(index);
    LegislativeBody body;
    body.code = m_code->text().trimmed().toLower();
    body.name = m_name->text().trimmed();
    body.country = m_country->text().trimmed().toUpper();
    if (!bodies::isValidCode(body.code))
        return Error{Error::Code::InvalidInput,
                     tr("Give the new legislature a code of letters, digits and dashes, such as gb-parliament.")};
    if (body.name.isEmpty())
        return Error{Error::Code::InvalidInput, tr("Give the new legislature its name, such as UK Parliament.")};
    // A code the workspace knows already names that legislature, whatever was typed.
    if (auto existing = BodyRepository(m_database).find(body.code); existing && existing->code == body.code)
        return Error{Error::Code::InvalidInput,
                     tr("The workspace has %1 as %2 already; choose it in the list.")
                         .arg(bidi::isolateLtr(body.code), bidi::isolate(existing->name))};
    return body;
}

Result<BodyMembers> MemberListDialog::members() const
{
    if (!m_table)
        return Error{Error::Code::InvalidInput, tr("Choose the member list to import, saved as CSV.")};
    auto body = chosenBody();
    if (!body)
        return body.error();
    QList<MemberField> mapping;
    for (int field : m_mapping->mapping())
        mapping.append(MemberField(field));
    return MemberList::read(m_table.value(), mapping, body.value());
}

void MemberListDialog::updatePreview()
{
    auto read = members();
    if (!read) {
        m_preview->setLegislators({}, {});
        m_status->setText(read.error().message);
        return;
    }
    m_preview->setLegislators(read->body, read->members.mid(0, kPreviewRows));
    QString status = tr("%n member(s) read", nullptr, int(read->members.size()));
    if (!read->warnings.isEmpty())
        status += tr("; %n row(s) skipped, listed when you review the import", nullptr, int(read->warnings.size()));
    m_status->setText(status);
}

void MemberListDialog::accept()
{
    auto read = members();
    if (!read) {
        m_status->setText(read.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace majlis
