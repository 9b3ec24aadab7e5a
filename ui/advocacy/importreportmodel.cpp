#include "advocacy/importreportmodel.h"

#include "i18n/bidi.h"

namespace majlis {

ImportReportModel::ImportReportModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportReportModel::setReport(const LegislatureImportReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

int ImportReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.bodies.size());
}

int ImportReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_report.bodies.size())
        return {};
    const BodyImportResult &body = m_report.bodies.at(index.row());
    const LegislatorImportSummary &s = body.summary;
    if (role == Qt::TextAlignmentRole && index.column() != BodyColumn)
        return int(Qt::AlignTrailing | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == BodyColumn && !body.warnings.isEmpty())
        return body.warnings.join(u'\n');
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case BodyColumn:
        return role == Qt::DisplayRole ? bidi::isolate(body.body.name) : body.body.name;
    case MembersColumn:
        return body.members;
    case AddedColumn:
        return s.added;
    case UpdatedColumn:
        return s.updated;
    case UnchangedColumn:
        return s.unchanged;
    case DepartedColumn:
        return s.departed;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ImportReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case BodyColumn:
        return tr("Legislature");
    case MembersColumn:
        return tr("Members listed");
    case AddedColumn:
        return tr("New");
    case UpdatedColumn:
        return tr("Updated");
    case UnchangedColumn:
        return tr("Unchanged");
    case DepartedColumn:
        return tr("No longer in office");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace majlis
