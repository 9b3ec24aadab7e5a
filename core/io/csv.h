#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace majlis {

// RFC 4180 comma-separated values, as spreadsheets and public data sets write them: quoted
// fields may hold commas, quotes ("") and line breaks; a UTF-8 byte-order mark is ignored.
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)

public:
    // The first record is the header. A field left open at the end of the file, or a record
    // with more fields than the header, is an error naming its line.
    static Result<CsvTable> parse(const QByteArray &data);
    // Already decoded text with the given separator. `lenient` keeps rows with more fields than
    // the header (the extra fields are dropped and the line listed in raggedLines()) instead of
    // refusing the file, as an import that reports problems row by row wants.
    static Result<CsvTable> parse(const QString &text, QChar delimiter, bool lenient = false);

    const QStringList &header() const { return m_header; }
    int rowCount() const { return int(m_rows.size()); }
    // The line of the file where a row starts, for error messages.
    int lineOf(int row) const { return m_lines.at(row); }
    // A cell by its column name; "" when the file has no such column or the row is short.
    QString value(int row, const QString &column) const;
    bool hasColumn(const QString &column) const { return m_columns.contains(column); }
    // A cell by column position; "" past the end of a short row.
    QString cell(int row, int column) const;
    QList<int> raggedLines() const { return m_raggedLines; }

private:
    QStringList m_header;
    QHash<QString, int> m_columns;
    QList<QStringList> m_rows;
    QList<int> m_lines;
    QList<int> m_raggedLines;
};

// Writes CSV that spreadsheets open safely: a cell that starts like a formula (=, +, -, @, tab
// or carriage return) is prefixed with an apostrophe so Excel or LibreOffice will not run it.
class CsvWriter
{
public:
    void addRow(const QStringList &cells);
    QByteArray data() const { return m_data; }

    static QString escape(const QString &cell);

private:
    QByteArray m_data;
};

} // namespace majlis
