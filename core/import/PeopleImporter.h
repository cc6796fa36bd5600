#pragma once

#include "domain/Dataset.h"
#include "import/ImportMapping.h"
#include "import/Table.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <optional>

namespace nastavnik {
class PeopleRepository;
}

namespace nastavnik::import {

/// One data row of an import: the person it becomes and, if it cannot be imported, why.
struct ImportRow
{
    int rowNumber = 0; ///< as Excel shows it (the header is row 1)
    int tableRow = 0; ///< index into Table::rows
    Person person;
    QStringList problems; ///< sentences; empty when the row will be imported

    bool ok() const { return problems.isEmpty(); }
};

/// Every data row of a table checked against a mapping and the database, before anything
/// is written.
struct ImportPreview
{
    QStringList mappingProblems; ///< the mapping itself is unusable: nothing can be imported
    QList<ImportRow> rows; ///< every data row, good and bad, in the file's order
    int good = 0;
    int bad = 0;

    bool canImport() const { return mappingProblems.isEmpty() && good > 0; }
};

/// What an import did.
struct ImportSummary
{
    QStringList ids; ///< the new people, in the file's order
    QList<ImportRow> skipped; ///< the bad rows, with their reasons
};

/// Turns a table into people: applies the mapping and the defaults, parses and checks every
/// row (surname, dates as `dd.MM.yyyy`, `d.M.yy`, ISO or real Excel dates, experience as a
/// number, yes/no flags, known kinds and categories, e-mail), finds duplicates of people
/// already in the database (same full name and birth date, case and «ё» folded) and of
/// earlier rows, and imports the good rows in one transaction once the user confirms.
///
/// The existing people are read once, on the first `prepare`, so previews can be recomputed
/// as the user changes the mapping without a query per row.
class PeopleImporter
{
    Q_DECLARE_TR_FUNCTIONS(PeopleImporter)

public:
    explicit PeopleImporter(PeopleRepository& people);

    /// Checks every data row; writes nothing. `today` decides which birth dates are in the future.
    ImportPreview
    prepare(const Table& table, const ImportMapping& mapping, const QDate& today = QDate::currentDate());

    /// Imports the good rows of `preview` in one transaction; on any failure nothing is
    /// imported and the message says why. Bad rows are skipped and returned in the summary.
    Result<ImportSummary> import(const ImportPreview& preview);

    /// The titles of a table's columns: the header text when the first row is a header and
    /// the cell is not empty, else «Column A», «Column B», …
    static QStringList columnTitles(const Table& table, bool firstRowIsHeader);

private:
    PeopleRepository& m_people;
    std::optional<QHash<QString, QString>> m_existing; // identity key → id
};

} // namespace nastavnik::import
