#pragma once

#include <QDate>
#include <QSqlDatabase>

namespace nastavnik {

/// The sizes of a database, for the status bar and the About box.
struct DatabaseSummary
{
    int people = 0;         ///< not archived
    int archivedPeople = 0;
    int pairs = 0;          ///< pairs and groups, all
    int runningPairs = 0;   ///< pairs that have not ended on `today`

    /// Reads the counts; zeros when the database cannot be read.
    static DatabaseSummary read(const QSqlDatabase& db, const QDate& today = QDate::currentDate());
};

} // namespace nastavnik
