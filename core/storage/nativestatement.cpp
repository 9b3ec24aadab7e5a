#include "storage/nativestatement.h"

#include "storage/sqlvalue.h"

#include <QSqlDriver>

#include <sqlite3.h>


namespace majlis {

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

NativeStatement::NativeStatement(const QSqlDatabase &db, const QString &sql) : m_db(nativeHandle(db))
{
    if (!m_db) {
        m_prepareError = QStringLiteral("The SQLite driver gave no native handle.");
        return;
    }
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK) {
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

NativeStatement::~NativeStatement()
{
    sqlite3_finalize(m_statement);
}

void NativeStatement::bind(int position, const QString &text)
{
    if (m_statement)
        sqlite3_bind_text16(m_statement, position, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
}

void NativeStatement::bind(int position, const QByteArray &utf8)
{
    if (m_statement)
        sqlite3_bind_text(m_statement, position, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void NativeStatement::bind(int position, const QJsonValue &value)
{
    if (!m_statement)
        return;
    switch (value.type()) {
    case QJsonValue::String:
        bind(position, value.toString());
        break;
    case QJsonValue::Bool:
        sqlite3_bind_int(m_statement, position, value.toBool() ? 1 : 0);
        break;
    case QJsonValue::Double:
        if (const auto whole = wholeNumber(value.toDouble()))
            sqlite3_bind_int64(m_statement, position, *whole);
        else
            sqlite3_bind_double(m_statement, position, value.toDouble());
        break;
    default:
        sqlite3_bind_null(m_statement, position);
    }
}

Status NativeStatement::run()
{
    if (!m_statement)
        return Error{Error::Code::Database, m_prepareError};
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        return success();
    return Error{Error::Code::Database, errorText()};
}

QString NativeStatement::errorText() const
{
    if (!m_statement)
        return m_prepareError;
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

} // namespace majlis
