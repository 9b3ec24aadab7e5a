#include "contacts/contactexportdialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace majlis {

ContactExportDialog::ContactExportDialog(int total, int listed, int selected, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Export Contacts"));
    auto *box = new QGroupBox(tr("Which contacts"), this);
    auto *all = new QRadioButton(tr("&All %n contact(s)", nullptr, total), box);
    all->setObjectName(QStringLiteral("exportScopeAll"));
    auto *shown = new QRadioButton(tr("The %n contact(s) &listed now", nullptr, listed), box);
    shown->setObjectName(QStringLiteral("exportScopeListed"));
    auto *chosen = new QRadioButton(tr("The %n &selected contact(s)", nullptr, selected), box);
    chosen->setObjectName(QStringLiteral("exportScopeSelected"));
    chosen->setEnabled(selected > 0);
    m_scope = new QButtonGroup(this);
    m_scope->addButton(all, int(Scope::All));
    m_scope->addButton(shown, int(Scope::Listed));
    m_scope->addButton(chosen, int(Scope::Selected));
    (selected > 1 ? chosen : listed < total ? shown : all)->setChecked(true);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(all);
    boxLayout->addWidget(shown);
    boxLayout->addWidget(chosen);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("CSV spreadsheet"), int(Format::Csv));
    m_format->addItem(tr("vCard 4.0 (address books)"), int(Format::VCard4));
    m_format->addItem(tr("vCard 3.0 (older address books)"), int(Format::VCard3));
    m_format->addItem(tr("vCard 2.1 (old phones and Outlook)"), int(Format::VCard21));
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(box);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

ContactExportDialog::Scope ContactExportDialog::scope() const
{
    return Scope(m_scope->checkedId());
}

ContactExportDialog::Format ContactExportDialog::format() const
{
    return Format(m_format->currentData().toInt());
}

QString ContactExportDialog::suffix(Format format)
{
    return format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("vcf");
}

} // namespace majlis
