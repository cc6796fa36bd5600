#pragma once

#include <QSqlDatabase>

namespace nastavnik {

/// The sizes of a database, for the window's status bar.
struct DatabaseSummary
{
    int people = 0;         ///< not archived
    int archivedPeople = 0;
    int pairs = 0;          ///< pairs and groups, all

    /// Reads the counts (through indexes: the window's status bar reads them on opening);
    /// zeros when the database cannot be read.
    static DatabaseSummary read(const QSqlDatabase& db);
};

} // namespace nastavnik
