#pragma once

#include "rules/Deadlines.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <atomic>
#include <optional>

namespace nastavnik {

/// «Сегодня»'s deadlines collected ahead of time, so that the window opens with them at once:
/// the lists of a database for today and the days up to its next working day, kept in a file
/// of the user's cache folder (one per database file, never in the database itself).
///
/// A list is used only for the database file exactly as it was when the list was collected:
/// the first 100 bytes of the file (SQLite's header, whose change counter every committed
/// write moves on), its size and its modification time must be the same, and so must the
/// UI language (the lists are sentences) and the build of the program (the rules that made
/// them). A file in WAL mode or with a journal beside it (a write under way) has no lists.
/// Whatever does not match, cannot be read or is damaged is ignored: «Сегодня» then reads
/// the database as it would without the lists, which only costs time.
class DeadlinesSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(DeadlinesSnapshot)

public:
    /// The lists kept in `directory`; by default the user's cache folder.
    explicit DeadlinesSnapshot(QString directory = defaultDirectory());

    /// «…/deadlines» in the user's cache folder (QStandardPaths::CacheLocation).
    static QString defaultDirectory();

    /// The deadlines of the database at `path` on `today` (the windows of Deadlines::collect's
    /// defaults), when a list was collected for that day from the file as it is now.
    std::optional<QList<DeadlineItem>> find(const QString& path, const QDate& today) const;

    /// Whether find() gives the lists of `today` and at least of the day after it.
    bool isPrepared(const QString& path, const QDate& today) const;

    /// Reads the database at `path` (DeadlinesRepository) and keeps the deadlines of `today`
    /// and of every day up to its next working day (by the database's calendar; at most
    /// kMaxDaysAhead days ahead). Does nothing when they are kept already, and keeps nothing
    /// when the file changed while it was read (the lists would be of neither state) or
    /// `cancelled` was set. A failure says why the database could not be read or the lists
    /// could not be written; the window works on without them. Lists older than kKeepDays in
    /// the folder are removed.
    Status
    prepare(const QString& path, const QDate& today, const std::atomic<bool>* cancelled = nullptr) const;

    /// The file the lists of the database at `path` are kept in.
    QString fileFor(const QString& path) const;

    static constexpr int kMaxDaysAhead = 14;
    /// The lists of a database not prepared again for this many days are removed.
    static constexpr int kKeepDays = 30;

private:
    struct Days;
    std::optional<Days> read(const QString& path) const;

    QString m_directory;
};

} // namespace nastavnik
