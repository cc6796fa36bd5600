#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QLockFile;

namespace nastavnik {

/// One Nastavnik database: a single SQLite file, opened through a named connection.
///
/// Opening checks the file before anything is written to it: it must be an SQLite file of
/// this application, intact, writable, not in use by another instance and not of a newer
/// schema than this build knows. Any failure leaves the file untouched and yields a message
/// that names the file and says what to do. An older schema is migrated step by step (each
/// step in its own transaction) after a backup copy has been taken.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Mode {
        OpenExisting,    ///< the file must exist
        CreateIfMissing, ///< an absent (or empty) file becomes a new database
    };

    enum class Failure {
        None,
        NoPath,
        NotFound,
        CannotCreate,
        NotADatabase,
        ForeignDatabase,
        Corrupt,
        ReadOnly,
        Locked,
        NewerVersion,
        BackupFailed,
        MigrationFailed,
    };

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// When opening checks that the file is intact (PRAGMA quick_check, which reads the whole
    /// file: a third of a second at region scale).
    enum class Check {
        BeforeOpening, ///< open() fails on a damaged file (the command line, tests)
        InBackground,  ///< checkInBackground() does it after opening (the window)
    };

    /// Opens (and migrates) the database at `path`. On failure `failure()` tells which case.
    /// `upToVersion` stops the migration early; only tests of upgrades use it. A file that needs
    /// a schema update is always checked before it is updated.
    Status open(const QString& path, Mode mode = Mode::OpenExisting, int upToVersion = -1,
                Check check = Check::BeforeOpening);

    /// What checkInBackground() found.
    struct Checked
    {
        Status intact = Status::success(); ///< a failure: the file is damaged (the message says what to do)
        Status backup = Status::success(); ///< a failure: today's backup copy could not be written
    };

    /// To be called right after open(): the integrity check left by Check::InBackground and
    /// today's backup copy (makeDailyBackup(backupsToKeep)) run on the background worker with a
    /// connection of their own, after what the window waits for. Until they are done every
    /// write waits for them (Transaction), and on a damaged file every write is refused with
    /// the message of `checked().intact`: nothing is written to it.
    void checkInBackground(int backupsToKeep);
    /// The background check (finished at once after open()).
    QFuture<Checked> checked() const { return m_checked; }
    /// Before the first write on the connection `connectionName`: waits for its background check
    /// and fails on a damaged file. Transaction calls it.
    static Status awaitWritable(const QString& connectionName);
    void close();

    bool isOpen() const;
    Failure failure() const { return m_failure; }
    QString path() const { return m_path; }
    /// The named connection. Valid while the database is open.
    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }

    /// The schema version of the open file (PRAGMA user_version).
    int schemaVersion() const;
    /// The schema version this build creates.
    static int latestSchemaVersion();
    /// The number of schema steps (migration files) this build knows.
    static int migrationCount() { return latestSchemaVersion(); }

    /// A consistent copy of the open database written to `target` (VACUUM INTO).
    Status backupTo(const QString& target) const;

    /// The folder where automatic backups of this file go: «<name>-backups» beside it.
    QString backupFolder() const;
    /// Writes today's automatic backup unless one exists; keeps the newest `keep` copies.
    Status makeDailyBackup(int keep = 10) const;

    /// True when the database holds no people and no pairs.
    bool isEmpty() const;

    /// The application id written into every Nastavnik file (PRAGMA application_id).
    static constexpr int kApplicationId = 0x4E415354; // "NAST"

private:
    Status fail(Failure failure, const QString& message);
    Status inspect(int* version, bool deferCheck); // read-only checks
    /// quick_check through `db`: a failure names the file and the backup folder.
    static Status quickCheck(const QSqlDatabase& db, const QString& path);
    /// Today's copy through `db` into the backup folder of `path`, keeping the newest `keep`.
    static Status dailyBackup(const QSqlDatabase& db, const QString& path, int keep);
    static Status copyTo(const QSqlDatabase& db, const QString& target);
    static QString backupFolderOf(const QString& path);
    Status runMigrations(int from, int to);

    QString m_connectionName;
    QString m_path;
    Failure m_failure = Failure::None;
    std::unique_ptr<QLockFile> m_lock;
    QFuture<Checked> m_checked;
    bool m_checkDeferred = false; // inspect() left the quick_check to openInBackground()
};

} // namespace nastavnik
