#include "storage/BulkInsert.h"

#include "storage/Cursor.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace nastavnik::sql {
namespace {
// SQLite's least limit of a statement's parameters (SQLITE_MAX_VARIABLE_NUMBER before 3.32).
constexpr int kMaxParameters = 999;
} // namespace

BulkInsert::BulkInsert(const QSqlDatabase& db,
                       const QString& table,
                       const QStringList& columns,
                       int rowsPerStatement)
    : m_handle(handleOf(db))
    , m_columns(int(columns.size()))
    , m_rows(std::clamp(rowsPerStatement, 1, std::max(1, kMaxParameters / std::max(1, int(columns.size())))))
{
    if (!m_handle) {
        m_error = notOpenError();
        return;
    }
    const QString head = u"INSERT INTO %1 (%2) VALUES "_s.arg(table, columns.join(u", "_s));
    const QString row = u'(' + QStringList(m_columns, u"?"_s).join(u", "_s) + u')';
    auto prepare = [&](int rows, sqlite3_stmt** statement) {
        const QByteArray sql = (head + QStringList(rows, row).join(u", "_s)).toUtf8();
        if (sqlite3_prepare_v2(m_handle, sql.constData(), int(sql.size()), statement, nullptr) == SQLITE_OK)
            return true;
        m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
        sqlite3_finalize(*statement);
        *statement = nullptr;
        return false;
    };
    if (!prepare(1, &m_one))
        return;
    if (m_rows > 1 && !prepare(m_rows, &m_many)) {
        sqlite3_finalize(m_one);
        m_one = nullptr;
        return;
    }
    m_pending.reserve(qsizetype(m_rows) * m_columns);
    m_pendingRecords.reserve(m_rows);
}

BulkInsert::~BulkInsert()
{
    sqlite3_finalize(m_one);
    sqlite3_finalize(m_many);
}

bool BulkInsert::insert(std::initializer_list<QVariant> values, const QString& record)
{
    return add(values, record);
}

bool BulkInsert::insert(const QVariantList& values, const QString& record)
{
    return add(values, record);
}

template <typename Values> bool BulkInsert::add(const Values& values, const QString& record)
{
    Q_ASSERT(qsizetype(values.size()) == m_columns);
    if (!isPrepared())
        return false;
    for (const QVariant& v : values)
        m_pending.append(v);
    m_pendingRecords.append(record);
    if (m_pendingRecords.size() < m_rows)
        return true;
    if (!execute(m_rows == 1 ? m_one : m_many, 0, m_rows)) {
        if (m_rows == 1)
            return fail(record);
        // Which row: one at a time up to the one that fails (the statement that failed wrote
        // none of them; the caller's transaction undoes the rest).
        const QString error = m_error;
        if (!writeOneByOne())
            return false;
        m_error = error;
        return fail(record);
    }
    m_pending.clear();
    m_pendingRecords.clear();
    return true;
}

bool BulkInsert::flush()
{
    return isPrepared() && writeOneByOne();
}

bool BulkInsert::writeOneByOne()
{
    for (qsizetype r = 0; r < m_pendingRecords.size(); ++r) {
        if (!execute(m_one, r * m_columns, 1))
            return fail(m_pendingRecords.at(r));
    }
    m_pending.clear();
    m_pendingRecords.clear();
    return true;
}

bool BulkInsert::fail(const QString& record)
{
    m_failedRecord = record;
    m_pending.clear();
    m_pendingRecords.clear();
    return false;
}

bool BulkInsert::execute(sqlite3_stmt* statement, qsizetype first, int rows)
{
    const int count = rows * m_columns;
    bool ok = true;
    for (int i = 0; i < count && ok; ++i)
        ok = bind(statement, i + 1, m_pending.at(first + i));
    ok = ok && sqlite3_step(statement) == SQLITE_DONE;
    if (!ok)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
    sqlite3_reset(statement);
    m_texts.clear();
    return ok;
}

bool BulkInsert::bind(sqlite3_stmt* statement, int index, const QVariant& value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index) == SQLITE_OK;
    switch (value.metaType().id()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return sqlite3_bind_int64(statement, index, value.toLongLong()) == SQLITE_OK;
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, index, value.toDouble()) == SQLITE_OK;
    case QMetaType::QByteArray: {
        m_texts.append(value.toByteArray());
        const QByteArray& bytes = m_texts.constLast();
        return sqlite3_bind_blob(statement, index, bytes.constData(), int(bytes.size()), SQLITE_STATIC)
            == SQLITE_OK;
    }
    case QMetaType::QString:
        if (static_cast<const QString*>(value.constData())->isNull())
            return sqlite3_bind_null(statement, index) == SQLITE_OK;
        m_texts.append(static_cast<const QString*>(value.constData())->toUtf8());
        break;
    default:
        m_texts.append(value.toString().toUtf8());
        break;
    }
    // The bytes stay in m_texts until the statement has run (their data does not move when
    // the list grows).
    const QByteArray& text = m_texts.constLast();
    return sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_STATIC)
        == SQLITE_OK;
}

} // namespace nastavnik::sql
