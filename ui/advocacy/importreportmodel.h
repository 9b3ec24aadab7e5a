#pragma once

#include "legislatures/legislatureimport.h"

#include <QAbstractTableModel>

namespace majlis {

// What an import did or would do, one row per legislature: its members listed and how many are
// new, updated, unchanged and no longer in office.
class ImportReportModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        BodyColumn,
        MembersColumn,
        AddedColumn,
        UpdatedColumn,
        UnchangedColumn,
        DepartedColumn,
        ColumnCount
    };

    explicit ImportReportModel(QObject *parent = nullptr);

    void setReport(const LegislatureImportReport &report);
    const LegislatureImportReport &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    LegislatureImportReport m_report;
};

} // namespace majlis
