#pragma once

#include "util/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <functional>

namespace nastavnik::sql {

/// One independent part of a read (the people, the pairs, the monitoring data…): it reads
/// with the connection it is given and fills its own part of the result, nothing another
/// part fills.
using ReadPart = std::function<Status(const QSqlDatabase& db)>;

/// Runs `parts` side by side on the two cores of an office PC: this thread takes them in
/// order on `db`, a second thread takes them too on a read-only connection of its own to the
/// same file. Give the longest parts first.
///
/// The result is one state of the file. When another connection (the window, another
/// program) committed while the parts ran — `PRAGMA data_version` tells — `reset` clears
/// what they filled and the read is done again; after two such tries it is done on `db`
/// alone in one read transaction. An in-memory database, a read inside an open transaction
/// of `db` (its changes are not visible to another connection yet) and a single part read
/// on `db` alone. If a part fails side by side, the whole read is done again on `db` alone,
/// so that the error reported is the one `db` itself meets.
Status readInParallel(const QSqlDatabase& db, const QList<ReadPart>& parts, const std::function<void()>& reset);

} // namespace nastavnik::sql
