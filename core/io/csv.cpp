#include "io/csv.h"

namespace majlis {

namespace {

struct Record
{
    QStringList fields;
    int line = 0;
};

} // namespace

Result<CsvTable> CsvTable::parse(const QByteArray &data)
{
    return parse(QString::fromUtf8(data), u',', false);
}

Result<CsvTable> CsvTable::parse(const QString &input, QChar delimiter, bool lenient)
{
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    QList<Record> records;
    Record record {{}, 1};
    QString field;
    bool quoted = false; // inside a quoted field
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0;
    auto endField = [&] {
        record.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        // A blank line is no record at all.
        if (!(record.fields.size() == 1 && record.fields.first().isEmpty()))
            records.append(record);
        record = Record {{}, line};
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == delimiter) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            ++line;
            endRecord();
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted)
        return Error {Error::Code::InvalidInput,
            tr("The file ends inside a quoted field that starts on line %1; it may be cut short.").arg(quoteLine)};
    if (fieldStarted || !record.fields.isEmpty())
        endRecord();

    if (records.isEmpty())
        return Error {Error::Code::InvalidInput, tr("The file is empty: it has no header line.")};

    CsvTable table;
    table.m_header = records.takeFirst().fields;
    for (int i = 0; i < table.m_header.size(); ++i)
        table.m_columns.insert(table.m_header.at(i).trimmed(), i);
    for (Record r : records) {
        if (r.fields.size() > table.m_header.size() && lenient) {
            table.m_raggedLines.append(r.line);
            r.fields = r.fields.mid(0, table.m_header.size());
        }
        if (r.fields.size() > table.m_header.size())
            return Error {Error::Code::InvalidInput,
                tr("Line %1 has %2 fields but the header names only %3.")
                    .arg(r.line)
                    .arg(r.fields.size())
                    .arg(table.m_header.size())};
        table.m_rows.append(r.fields);
        table.m_lines.append(r.line);
    }
    return table;
}

QString CsvTable::cell(int row, int column) const
{
    const QStringList &fields = m_rows.at(row);
    return column >= 0 && column < fields.size() ? fields.at(column) : QString();
}

QString CsvTable::value(int row, const QString &column) const
{
    const auto it = m_columns.constFind(column);
    if (it == m_columns.cend())
        return {};
    const QStringList &fields = m_rows.at(row);
    return *it < fields.size() ? fields.at(*it) : QString();
}

QString CsvWriter::escape(const QString &cell)
{
    QString value = cell;
    if (!value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.front()))
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r')) {
        value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + value + u'"';
    }
    return value;
}

void CsvWriter::addRow(const QStringList &cells)
{
    QStringList escaped;
    escaped.reserve(cells.size());
    for (const QString &cell : cells)
        escaped.append(escape(cell));
    m_data += escaped.join(u',').toUtf8();
    m_data += "\r\n";
}

} // namespace majlis
