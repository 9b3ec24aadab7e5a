#include "advocacy/importreviewdialog.h"

#include "advocacy/importreportmodel.h"
#include "shell/plaincopy.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QLocale>
#include <QVBoxLayout>

namespace majlis {

ImportReviewDialog::ImportReviewDialog(const LegislatureImportReport &dryRun, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Review the Import"));
    const LegislatorImportSummary total = dryRun.total();
    auto *totals = new QLabel(tr("Nothing has been written yet. %Ln legislature(s) listed: %1 new members, %2 updated, "
                                 "%3 unchanged, %4 no longer in office. Meetings already planned are kept.",
                                 nullptr, int(dryRun.bodies.size()))
                                  .arg(QLocale().toString(total.added))
                                  .arg(QLocale().toString(total.updated))
                                  .arg(QLocale().toString(total.unchanged))
                                  .arg(QLocale().toString(total.departed)),
                              this);
    totals->setObjectName(QStringLiteral("importTotals"));
    totals->setWordWrap(true);

    m_model = new ImportReportModel(this);
    m_model->setReport(dryRun);
    auto *table = new QTableView(this);
    table->setObjectName(QStringLiteral("importReportTable"));
    table->setAccessibleName(tr("What the import does to each legislature"));
    table->setModel(m_model);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(ImportReportModel::BodyColumn, QHeaderView::Stretch);
    copyWithoutIsolates(table);

    // Warnings of the whole source first, then each legislature's under its name.
    QStringList warnings = dryRun.warnings;
    for (const BodyImportResult &body : dryRun.bodies) {
        for (const QString &warning : body.warnings)
            warnings << tr("%1: %2").arg(body.body.name, warning);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(totals);
    layout->addWidget(table, 2);
    if (!warnings.isEmpty()) {
        auto *label = new QLabel(tr("Not imported, or read with a doubt (%n):", nullptr, int(warnings.size())), this);
        auto *text = new QPlainTextEdit(warnings.join(u'\n'), this);
        text->setObjectName(QStringLiteral("importWarnings"));
        text->setAccessibleName(tr("Rows and files not imported"));
        text->setReadOnly(true);
        label->setBuddy(text);
        layout->addWidget(label);
        layout->addWidget(text, 1);
    }
    layout->addWidget(buttons);
    resize(760, 480);
}

} // namespace majlis
