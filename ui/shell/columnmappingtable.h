#pragma once

#include "io/csv.h"

#include <QList>
#include <QTableWidget>

namespace majlis {

// What each column of a spreadsheet holds, chosen per column: its header, its first values and
// a list of fields, the guess chosen already. Contacts and parliaments' member lists map their
// columns with it. A QTableWidget: one row per column of a file, a small fixed list.
class ColumnMappingTable : public QTableWidget
{
    Q_OBJECT

public:
    struct Choice
    {
        QString name; // translated
        int value = 0;
    };

    explicit ColumnMappingTable(QWidget *parent = nullptr);

    // One row per column of `table`, with `guessed` (one value per column) chosen.
    void setColumns(const CsvTable &table, const QList<Choice> &choices, const QList<int> &guessed);
    // The value chosen for each column, in the file's order.
    QList<int> mapping() const;

signals:
    void mappingChanged();
};

} // namespace majlis
