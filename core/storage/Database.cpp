#include "storage/Database.h"

#include "storage/ReadConnection.h"
#include "storage/SqlHelpers.h"
#include "storage/Transaction.h"
#include "util/Background.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nastavnik {
namespace {

QAtomicInt g_connectionCounter;

// The background checks of open databases by connection name (Database::awaitWritable).
QMutex g_pendingMutex;
QHash<QString, QFuture<Database::Checked>> g_pending;

// SQLite primary result codes as Qt's driver reports them in nativeErrorCode().
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADb = 26;

int nativeCode(const QSqlError& error)
{
    return error.nativeErrorCode().toInt();
}

QStringList migrationFiles()
{
    QStringList files = QDir(u":/migrations"_s).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    return files;
}

/// Splits a migration script into statements. A statement ends with a line ending in ';',
/// except inside a trigger body, which ends with a line `END;`.
QStringList splitStatements(const QString& script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(u'\n');
    for (const QString& rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(u"--"))
            continue;
        current += rawLine + u'\n';
        if (line.startsWith(u"CREATE TRIGGER", Qt::CaseInsensitive))
            inTrigger = true;
        if (inTrigger) {
            if (line.compare(u"END;", Qt::CaseInsensitive) == 0) {
                statements << current.trimmed();
                current.clear();
                inTrigger = false;
            }
        } else if (line.endsWith(u';')) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

} // namespace

Database::Database()
    : m_connectionName(u"nastavnik-%1"_s.arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

int Database::latestSchemaVersion()
{
    return int(migrationFiles().size());
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::close()
{
    // The worker reads the file through a connection of its own: it finishes first.
    m_checked.waitForFinished();
    {
        const QMutexLocker locker(&g_pendingMutex);
        g_pending.remove(m_connectionName);
    }
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_lock.reset();
}

Status Database::fail(Failure failure, const QString& message)
{
    m_failure = failure;
    close();
    return Status::failure(message);
}

void Database::checkInBackground(int backupsToKeep)
{
    const bool check = m_checkDeferred;
    m_checkDeferred = false;
    m_checked = background::run(background::Upkeep, [file = m_path, check, backupsToKeep] {
        Checked result;
        const ReadConnection reader(file);
        if (!reader.status().ok()) {
            result.intact = reader.status();
            return result;
        }
        if (check)
            result.intact = quickCheck(reader.connection(), file);
        if (result.intact.ok())
            result.backup = dailyBackup(reader.connection(), file, backupsToKeep);
        return result;
    });
    const QMutexLocker locker(&g_pendingMutex);
    g_pending.insert(m_connectionName, m_checked);
}

Status Database::awaitWritable(const QString& connectionName)
{
    QFuture<Checked> checked;
    {
        const QMutexLocker locker(&g_pendingMutex);
        const auto found = g_pending.constFind(connectionName);
        if (found == g_pending.cend())
            return Status::success();
        checked = *found;
    }
    checked.waitForFinished();
    return checked.result().intact;
}

Status Database::open(const QString& path, Mode mode, int upToVersion, Check check)
{
    sql::prepareLibrary();
    close();
    m_checked = QtFuture::makeReadyFuture(Checked());
    m_checkDeferred = false;
    m_failure = Failure::None;
    if (path.trimmed().isEmpty())
        return fail(Failure::NoPath, tr("No database file was chosen. Choose a file or create a new database."));

    const QFileInfo info(path);
    m_path = info.absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(m_path);

    if (info.isDir()) {
        return fail(Failure::NotADatabase,
                    tr("«%1» is a folder, not a database file. Choose a file with the extension .sqlite.")
                        .arg(shown));
    }
    if (!info.exists()) {
        if (mode == Mode::OpenExisting) {
            return fail(Failure::NotFound,
                        tr("The database file «%1» does not exist. It may have been moved or deleted: "
                           "open it from its new place, or create a new database.")
                            .arg(shown));
        }
        if (!QDir().mkpath(info.absolutePath())) {
            return fail(Failure::CannotCreate,
                        tr("The folder «%1» could not be created. Choose a folder where you may write.")
                            .arg(QDir::toNativeSeparators(info.absolutePath())));
        }
        QFile create(m_path);
        if (!create.open(QIODevice::WriteOnly)) {
            return fail(Failure::CannotCreate,
                        tr("The database file «%1» could not be created: %2. Choose a folder where you may "
                           "write.")
                            .arg(shown, create.errorString()));
        }
    } else if (info.size() > 0) {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(Failure::ReadOnly,
                        tr("The file «%1» cannot be read: %2. Check that you have access to it.")
                            .arg(shown, file.errorString()));
        }
        if (file.read(16) != QByteArray("SQLite format 3\0", 16)) {
            return fail(Failure::NotADatabase,
                        tr("«%1» is not a Nastavnik database (it is not an SQLite file). Choose the "
                           ".sqlite file of your database, or create a new one.")
                            .arg(shown));
        }
    }

    // SQLite writes a journal beside the file, so both the file and its folder must be writable.
    // A file without any write permission bit was marked read-only on purpose: respect that
    // even where the account could override it (root, administrators).
    const QFileInfo fresh(m_path);
    const QFileInfo folder(fresh.absolutePath());
    const bool markedReadOnly = !(fresh.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
    if (!fresh.isWritable() || markedReadOnly || !folder.isWritable()) {
        return fail(Failure::ReadOnly,
                    tr("The database «%1» is read-only%2, so changes could not be saved. Copy the file to a "
                       "folder where you may write (for example, Documents) and open the copy, or ask "
                       "your administrator for write access.")
                        .arg(shown,
                             fresh.isWritable() && !markedReadOnly ? tr(" (its folder does not allow writing)")
                                                : QString()));
    }

    // One instance of the application per file: a second one would overwrite the first's work.
    m_lock = std::make_unique<QLockFile>(m_path + u".lock"_s);
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(100)) {
        qint64 pid = 0;
        QString host;
        QString application;
        m_lock->getLockInfo(&pid, &host, &application);
        m_lock.reset();
        return fail(Failure::Locked,
                    tr("The database «%1» is already open in another window of Nastavnik (process %2 on "
                       "computer «%3»). Close it there first, then open the file again.")
                        .arg(shown)
                        .arg(pid)
                        .arg(host));
    }

    int version = 0;
    if (Status s = inspect(&version, check == Check::InBackground); !s)
        return s;

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=3000"_s);
    if (!db.open()) {
        return fail(Failure::Corrupt,
                    tr("The database «%1» could not be opened: %2").arg(shown, db.lastError().text()));
    }

    const int latest = upToVersion >= 0 ? std::min(upToVersion, latestSchemaVersion()) : latestSchemaVersion();
    if (version < latest) {
        if (version > 0) {
            const QString backup = QDir(backupFolder())
                                       .filePath(u"%1-%2-before-v%3.sqlite"_s.arg(
                                           fresh.completeBaseName(),
                                           QDateTime::currentDateTime().toString(u"yyyy-MM-dd-HHmmss"_s))
                                                     .arg(latest));
            if (Status s = backupTo(backup); !s)
                return fail(Failure::BackupFailed,
                            tr("The database «%1» needs an update to this version of Nastavnik, but the "
                               "safety copy could not be written, so nothing was changed. %2")
                                .arg(shown, s.error()));
        }
        if (Status s = runMigrations(version, latest); !s)
            return fail(Failure::MigrationFailed, s.error());
    }

    QSqlQuery pragma(db);
    pragma.exec(u"PRAGMA foreign_keys = ON"_s);
    return Status::success();
}

Status Database::inspect(int* version, bool deferCheck)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    const QString checkName = m_connectionName + u"-check"_s;
    Status result = Status::success();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, checkName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=1500"_s);
        auto mapError = [&](const QSqlError& error) {
            switch (nativeCode(error)) {
            case kSqliteBusy:
            case kSqliteLocked:
                m_failure = Failure::Locked;
                return Status::failure(tr("The database «%1» is locked by another program. Close the other "
                                          "program that uses it, then open the file again.")
                                           .arg(shown));
            case kSqliteNotADb:
                m_failure = Failure::NotADatabase;
                return Status::failure(tr("«%1» is not a Nastavnik database (the file is not a readable "
                                          "SQLite database). Choose the .sqlite file of your database.")
                                           .arg(shown));
            case kSqliteReadOnly:
                m_failure = Failure::ReadOnly;
                return Status::failure(tr("The database «%1» is read-only. Copy it to a folder where you "
                                          "may write and open the copy.")
                                           .arg(shown));
            default:
                m_failure = Failure::Corrupt;
                return Status::failure(
                    tr("The database «%1» is damaged and cannot be read (%2). Open the latest automatic "
                       "backup from the folder «%3», or restore the file from your own copy.")
                        .arg(shown, error.databaseText(), QDir::toNativeSeparators(backupFolder())));
            }
        };

        if (!db.open()) {
            result = mapError(db.lastError());
        } else {
            QSqlQuery q(db);
            int applicationId = 0;
            int tables = 0;
            if (!q.exec(u"PRAGMA application_id"_s) || !q.next()) {
                result = mapError(q.lastError());
            } else {
                applicationId = q.value(0).toInt();
                if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) {
                    result = mapError(q.lastError());
                } else {
                    *version = q.value(0).toInt();
                    if (!q.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'table'"_s) || !q.next())
                        result = mapError(q.lastError());
                    else
                        tables = q.value(0).toInt();
                }
            }
            if (result.ok() && applicationId != kApplicationId && (tables > 0 || *version > 0)) {
                m_failure = Failure::ForeignDatabase;
                result = Status::failure(tr("«%1» is an SQLite database of another program, not of Nastavnik. "
                                            "Choose the .sqlite file of your Nastavnik database, or create "
                                            "a new one.")
                                             .arg(shown));
            }
            if (result.ok() && *version > latestSchemaVersion()) {
                m_failure = Failure::NewerVersion;
                result = Status::failure(tr("The database «%1» was written by a newer version of Nastavnik "
                                            "(schema %2; this version knows up to %3). Install the newer "
                                            "version to open it. The file was not changed.")
                                             .arg(shown)
                                             .arg(*version)
                                             .arg(latestSchemaVersion()));
            }
            if (result.ok() && tables > 0) {
                // A file about to be updated is checked first, whatever the caller asked.
                m_checkDeferred = deferCheck && *version == latestSchemaVersion();
                if (!m_checkDeferred) {
                    result = quickCheck(db, m_path);
                    if (!result.ok())
                        m_failure = Failure::Corrupt;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(checkName);
    if (!result.ok()) {
        const Failure failure = m_failure;
        close();
        m_failure = failure;
    }
    return result;
}

Status Database::runMigrations(int from, int to)
{
    QSqlDatabase db = connection();
    const QStringList files = migrationFiles();
    QSqlQuery q(db);
    // Table rebuilds need foreign keys off; each step is checked before it commits.
    q.exec(u"PRAGMA foreign_keys = OFF"_s);
    for (int step = from; step < to; ++step) {
        const QString name = files.at(step);
        QFile file(u":/migrations/"_s + name);
        if (!file.open(QIODevice::ReadOnly)) {
            return Status::failure(tr("The schema update «%1» is missing from this build.").arg(name));
        }
        const QString script = QString::fromUtf8(file.readAll());
        Transaction tx(db);
        if (!tx.isActive())
            return Status::failure(tx.error());
        for (const QString& statement : splitStatements(script)) {
            if (!q.exec(statement)) {
                return Status::failure(tr("The database «%1» could not be updated to schema %2 (%3: %4). "
                                          "Nothing was changed; the file is as it was.")
                                           .arg(QDir::toNativeSeparators(m_path))
                                           .arg(step + 1)
                                           .arg(name, q.lastError().text()));
            }
        }
        if (!q.exec(u"PRAGMA foreign_key_check"_s) || q.next()) {
            return Status::failure(tr("The database «%1» could not be updated to schema %2: its references "
                                      "do not match. Nothing was changed.")
                                       .arg(QDir::toNativeSeparators(m_path))
                                       .arg(step + 1));
        }
        q.exec(u"PRAGMA user_version = %1"_s.arg(step + 1));
        if (Status s = tx.commit(); !s)
            return s;
    }
    q.exec(u"PRAGMA foreign_keys = ON"_s);
    return Status::success();
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(u"PRAGMA user_version"_s) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Database::quickCheck(const QSqlDatabase& db, const QString& path)
{
    QSqlQuery q(db);
    QStringList problems;
    if (!q.exec(u"PRAGMA quick_check"_s)) {
        problems << q.lastError().databaseText();
    } else {
        while (q.next() && problems.size() < 3)
            problems << q.value(0).toString();
    }
    if (problems == QStringList{u"ok"_s})
        return Status::success();
    return Status::failure(tr("The database «%1» is damaged (%2). Open the latest automatic backup from the "
                              "folder «%3», or restore the file from your own copy.")
                               .arg(QDir::toNativeSeparators(path),
                                    problems.join(u"; "_s),
                                    QDir::toNativeSeparators(backupFolderOf(path))));
}

Status Database::backupTo(const QString& target) const
{
    const QString connectionName = isOpen() ? m_connectionName : m_connectionName + u"-check"_s;
    return copyTo(QSqlDatabase::database(connectionName, false), target);
}

Status Database::copyTo(const QSqlDatabase& db, const QString& target)
{
    QDir().mkpath(QFileInfo(target).absolutePath());
    if (QFile::exists(target) && !QFile::remove(target))
        return Status::failure(tr("The old copy «%1» could not be replaced.").arg(QDir::toNativeSeparators(target)));
    // VACUUM INTO gives a consistent, compact copy even while the database is open.
    QSqlQuery q(db);
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(target);
    if (!q.exec()) {
        return Status::failure(tr("The copy «%1» could not be written: %2")
                                   .arg(QDir::toNativeSeparators(target), q.lastError().text()));
    }
    return Status::success();
}

QString Database::backupFolder() const
{
    return backupFolderOf(m_path);
}

QString Database::backupFolderOf(const QString& path)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(info.completeBaseName() + u"-backups"_s);
}

Status Database::makeDailyBackup(int keep) const
{
    return dailyBackup(connection(), m_path, keep);
}

Status Database::dailyBackup(const QSqlDatabase& db, const QString& path, int keep)
{
    {
        QSqlQuery q(db);
        if (q.exec(u"SELECT EXISTS (SELECT 1 FROM person) OR EXISTS (SELECT 1 FROM pair)"_s) && q.next()
            && !q.value(0).toBool())
            return Status::success(); // nothing to lose yet
    } // VACUUM needs the statement finished
    const QString base = QFileInfo(path).completeBaseName();
    QDir folder(backupFolderOf(path));
    const QString today = u"%1-%2.sqlite"_s.arg(base, QDate::currentDate().toString(u"yyyy-MM-dd"_s));
    if (folder.exists(today))
        return Status::success();
    if (Status s = copyTo(db, folder.filePath(today)); !s)
        return s;
    // Daily copies sort by date in their names; the copies taken before updates are kept.
    const QStringList daily = folder.entryList({base + u"-\?\?\?\?-\?\?-\?\?.sqlite"_s}, QDir::Files, QDir::Name);
    for (qsizetype i = 0; i + keep < daily.size(); ++i)
        folder.remove(daily.at(i));
    return Status::success();
}

bool Database::isEmpty() const
{
    QSqlQuery q(connection());
    if (q.exec(u"SELECT (SELECT count(*) FROM person) + (SELECT count(*) FROM pair)"_s) && q.next())
        return q.value(0).toInt() == 0;
    return true;
}

} // namespace nastavnik
