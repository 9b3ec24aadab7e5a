#pragma once

#include "legislatures/legislatureimport.h"

#include <QDialog>

namespace majlis {

class ImportReportModel;

// The dry run of a legislatures import, shown before anything is written: per legislature, how
// many members are new, updated, unchanged and no longer in office, and what the source could
// not read. Import (accept) writes it all in one transaction; Cancel writes nothing.
//
// Object names for tests: "importReportTable", "importWarnings", "importTotals".
class ImportReviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportReviewDialog(const LegislatureImportReport &dryRun, QWidget *parent = nullptr);

    ImportReportModel *model() const { return m_model; }

private:
    ImportReportModel *m_model;
};

} // namespace majlis
