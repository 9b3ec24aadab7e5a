#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace majlis::server {

// The body of a pull's answer, written as text: each row's values and clocks go out as the
// store holds them, so a page of thousands of rows is never parsed and rebuilt as objects.
class PullPage
{
public:
    // A deleted row goes out without its values (protocol 4): a laptop that had it keeps what
    // it had, one that never had it has nothing to make, and nobody downloads what was deleted.
    void addRow(const QString &table, const QString &id, const QString &chapter, const QByteArray &values,
                const QByteArray &clocks, bool erased);
    // The finished body: the rows, then every member of `rest` (cursor, evictions, ...).
    QByteArray finish(const QJsonObject &rest) const;
    // Bytes of the rows added so far.
    qsizetype size() const { return m_rows.size(); }

private:
    QByteArray m_rows;
};

} // namespace majlis::server
