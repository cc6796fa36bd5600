#include "storage/ParallelRead.h"

#include "storage/ReadConnection.h"
#include "storage/Transaction.h"

#include <QFileInfo>
#include <QSqlQuery>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace nastavnik::sql {
namespace {

constexpr int kParallelTries = 2;

/// PRAGMA data_version of `db`: it changes when another connection commits; -1 if unknown.
qint64 dataVersion(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (q.exec(u"PRAGMA data_version"_s) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

/// The parts one after the other on `db`, in one read transaction unless `db` has one open.
Status readInTurn(const QSqlDatabase& db, const QList<ReadPart>& parts)
{
    QSqlQuery q(db);
    const bool own = !Transaction::isOpen(db) && q.exec(u"BEGIN"_s);
    Status result = Status::success();
    for (const ReadPart& part : parts) {
        result = part(db);
        if (!result)
            break;
    }
    if (own)
        q.exec(u"COMMIT"_s);
    return result;
}

enum class Outcome { Read, Changed, Failed };

/// One try side by side.
Outcome readSideBySide(const QSqlDatabase& db, const QString& path, const QList<ReadPart>& parts)
{
    const qint64 before = dataVersion(db);
    if (before < 0)
        return Outcome::Failed;
    std::vector<Status> results(std::size_t(parts.size()), Status::success());
    std::atomic<qsizetype> next = 0;
    auto take = [&](const QSqlDatabase& connection) {
        for (qsizetype i = next++; i < parts.size(); i = next++)
            results[std::size_t(i)] = parts[i](connection);
    };
    std::thread second([&] {
        const ReadConnection reader(path);
        if (reader.status().ok())
            take(reader.connection());
    });
    take(db);
    second.join();
    for (const Status& s : results) {
        if (!s)
            return Outcome::Failed;
    }
    return dataVersion(db) == before ? Outcome::Read : Outcome::Changed;
}

} // namespace

Status readInParallel(const QSqlDatabase& db, const QList<ReadPart>& parts, const std::function<void()>& reset)
{
    const QString path = db.databaseName();
    const bool onFile = !path.isEmpty() && path != u":memory:" && !path.startsWith(u"file:") && QFileInfo(path).isFile();
    if (parts.size() > 1 && onFile && !Transaction::isOpen(db)) {
        for (int attempt = 0; attempt < kParallelTries; ++attempt) {
            const Outcome outcome = readSideBySide(db, path, parts);
            if (outcome == Outcome::Read)
                return Status::success();
            reset();
            if (outcome == Outcome::Failed)
                break;
        }
    }
    return readInTurn(db, parts);
}

} // namespace nastavnik::sql
