#include "storage/Cursor.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace nastavnik::sql {

sqlite3* handleOf(const QSqlDatabase& db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

QString notOpenError()
{
    return Cursor::tr("The database is not open.");
}

namespace {

int digit(unsigned char c)
{
    return c >= '0' && c <= '9' ? c - '0' : -1;
}

bool continuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

/// UTF-16 units of well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, at most
/// U+10FFFF); -1 for anything else.
qsizetype utf16Length(const unsigned char* s, qsizetype n)
{
    qsizetype units = 0;
    for (qsizetype i = 0; i < n;) {
        const unsigned char b = s[i];
        if (b < 0x80) {
            ++units;
            ++i;
        } else if (b >= 0xC2 && b <= 0xDF) {
            if (i + 1 >= n || !continuation(s[i + 1]))
                return -1;
            ++units;
            i += 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            if (i + 2 >= n || !continuation(s[i + 1]) || !continuation(s[i + 2]) || (b == 0xE0 && s[i + 1] < 0xA0)
                || (b == 0xED && s[i + 1] >= 0xA0))
                return -1;
            ++units;
            i += 3;
        } else if (b >= 0xF0 && b <= 0xF4) {
            if (i + 3 >= n || !continuation(s[i + 1]) || !continuation(s[i + 2]) || !continuation(s[i + 3])
                || (b == 0xF0 && s[i + 1] < 0x90) || (b == 0xF4 && s[i + 1] >= 0x90))
                return -1;
            units += 2;
            i += 4;
        } else {
            return -1;
        }
    }
    return units;
}

/// The text of `n` bytes of UTF-8 in a string of its exact size. Names are read by the tens of
/// thousands: QString::fromUtf8 reserves a unit per byte (twice what Cyrillic needs) and takes
/// three times as long; it still decodes whatever is not well-formed (as QSqlQuery would).
QString decodeUtf8(const unsigned char* s, qsizetype n)
{
    const qsizetype units = utf16Length(s, n);
    if (units < 0) {
        QString text = QString::fromUtf8(reinterpret_cast<const char*>(s), n);
        text.squeeze();
        return text;
    }
    if (units == n)
        return QString::fromLatin1(reinterpret_cast<const char*>(s), n);
    QString text(units, Qt::Uninitialized);
    auto* d = reinterpret_cast<char16_t*>(text.data());
    for (qsizetype i = 0; i < n;) {
        const unsigned char b = s[i];
        if (b < 0x80) {
            *d++ = b;
            ++i;
        } else if (b < 0xE0) {
            *d++ = char16_t(((b & 0x1F) << 6) | (s[i + 1] & 0x3F));
            i += 2;
        } else if (b < 0xF0) {
            *d++ = char16_t(((b & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F));
            i += 3;
        } else {
            const char32_t c = (char32_t(b & 0x07) << 18) | (char32_t(s[i + 1] & 0x3F) << 12)
                | (char32_t(s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
            *d++ = QChar::highSurrogate(c);
            *d++ = QChar::lowSurrogate(c);
            i += 4;
        }
    }
    return text;
}

} // namespace

Cursor::Cursor(const QSqlDatabase& db, const QString& statement, const QStringList& binds)
{
    sqlite3* handle = handleOf(db);
    if (!handle) {
        m_status = Status::failure(notOpenError());
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
    const auto* bytes = sqlite3_column_text(m_statement, column);
    return bytes ? decodeUtf8(bytes, sqlite3_column_bytes(m_statement, column)) : QString();
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
