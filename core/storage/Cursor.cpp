#include "storage/Cursor.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace nastavnik::sql {
namespace {

/// The SQLite handle under a Qt connection (QSQLITE), or null.
sqlite3* handleOf(const QSqlDatabase& db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

int digit(unsigned char c)
{
    return c >= '0' && c <= '9' ? c - '0' : -1;
}

} // namespace

Cursor::Cursor(const QSqlDatabase& db, const QString& statement, const QStringList& binds)
{
    sqlite3* handle = handleOf(db);
    if (!handle) {
        m_status = Status::failure(tr("The database is not open."));
        return;
    }
    const QByteArray sql = statement.toUtf8();
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &m_statement, nullptr) != SQLITE_OK) {
        fail(QString::fromUtf8(sqlite3_errmsg(handle)));
        return;
    }
    for (int i = 0; i < binds.size(); ++i) {
        const QByteArray value = binds[i].toUtf8();
        if (sqlite3_bind_text(m_statement, i + 1, value.constData(), int(value.size()), SQLITE_TRANSIENT) != SQLITE_OK) {
            fail(QString::fromUtf8(sqlite3_errmsg(handle)));
            return;
        }
    }
}

Cursor::~Cursor()
{
    sqlite3_finalize(m_statement);
}

void Cursor::fail(const QString& what)
{
    m_status = Status::failure(what);
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
}

bool Cursor::next()
{
    if (!m_statement)
        return false;
    const int step = sqlite3_step(m_statement);
    if (step == SQLITE_ROW)
        return true;
    if (step != SQLITE_DONE)
        fail(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement))));
    else {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
    return false;
}

bool Cursor::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString Cursor::text(int column) const
{
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    if (!bytes)
        return {};
    QString text = QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column));
    // fromUtf8 reserves a UTF-16 unit per byte: twice what Cyrillic needs. Kept for tens of
    // thousands of names, the rest is given back (in place).
    if (text.capacity() > text.size())
        text.squeeze();
    return text;
}

qint64 Cursor::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

std::optional<int> Cursor::optionalInteger(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return sqlite3_column_int(m_statement, column);
}

QDate Cursor::date(int column) const
{
    if (sqlite3_column_type(m_statement, column) != SQLITE_TEXT)
        return {};
    const auto* s = sqlite3_column_text(m_statement, column);
    // Exactly yyyy-MM-dd, as dates::parseIso; QDate rejects impossible days.
    if (sqlite3_column_bytes(m_statement, column) != 10 || s[4] != '-' || s[7] != '-')
        return {};
    int parts[8];
    const int at[8] = {0, 1, 2, 3, 5, 6, 8, 9};
    for (int i = 0; i < 8; ++i) {
        if ((parts[i] = digit(s[at[i]])) < 0)
            return {};
    }
    const int y = parts[0] * 1000 + parts[1] * 100 + parts[2] * 10 + parts[3];
    const int m = parts[4] * 10 + parts[5];
    const int d = parts[6] * 10 + parts[7];
    return QDate::isValid(y, m, d) ? QDate(y, m, d) : QDate();
}

} // namespace nastavnik::sql
