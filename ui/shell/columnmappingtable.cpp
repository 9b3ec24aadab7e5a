#include "shell/columnmappingtable.h"

#include <QComboBox>
#include <QHeaderView>

namespace majlis {

ColumnMappingTable::ColumnMappingTable(QWidget *parent) : QTableWidget(0, 3, parent)
{
    setHorizontalHeaderLabels({tr("Column"), tr("First rows"), tr("Import as")});
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
}

void ColumnMappingTable::setColumns(const CsvTable &table, const QList<Choice> &choices, const QList<int> &guessed)
{
    setRowCount(0);
    for (int column = 0; column < table.header().size(); ++column) {
        insertRow(column);
        setItem(column, 0, new QTableWidgetItem(table.header().at(column)));
        QStringList samples;
        for (int row = 0; row < std::min(3, table.rowCount()); ++row) {
            const QString value = table.cell(row, column).simplified();
            if (!value.isEmpty())
                samples << value;
        }
        setItem(column, 1, new QTableWidgetItem(samples.join(QStringLiteral(" · "))));
        auto *field = new QComboBox(this);
        for (const Choice &choice : choices)
            field->addItem(choice.name, choice.value);
        field->setCurrentIndex(field->findData(guessed.value(column)));
        field->setAccessibleName(tr("Import column %1 as").arg(table.header().at(column)));
        connect(field, &QComboBox::currentIndexChanged, this, &ColumnMappingTable::mappingChanged);
        setCellWidget(column, 2, field);
    }
    // Wide enough for the longest field's name, so a choice is read whole (Arabic names are long).
    resizeColumnToContents(0);
    resizeColumnToContents(2);
    emit mappingChanged();
}

QList<int> ColumnMappingTable::mapping() const
{
    QList<int> values;
    for (int row = 0; row < rowCount(); ++row)
        values.append(qobject_cast<QComboBox *>(cellWidget(row, 2))->currentData().toInt());
    return values;
}

} // namespace majlis
