#pragma once

#include "domain/Dataset.h"
#include "storage/Cursor.h"

#include <QSqlQuery>
#include <QString>

namespace nastavnik::record {

// The columns of `pair` in one place, for every reader of whole pairs (the dataset, the pair
// repository).

/// "id, form, mentor_id, …, note" of `pair`, each prefixed with `alias.` when one is given, in
/// the order `readPair` reads them.
QString pairColumns(const QString& alias = {});
/// Reads the columns of `pairColumns` starting at `first`; mentees, events, plan items and
/// meetings are not read. Without `withNote` the note is left empty.
Pair readPair(const QSqlQuery& query, int first = 0, bool withNote = true);
/// The same from a sql::Cursor.
Pair readPair(const sql::Cursor& cursor, int first = 0, bool withNote = true);

/// "id, type, date, …, note" of `pair_event`, in the order `readEvent` reads them.
QString eventColumns();
/// Reads the columns of `eventColumns` starting at `first`. Without `withNote` the note is left
/// empty.
PairEvent readEvent(const QSqlQuery& query, int first, bool withNote = true);
/// The same from a sql::Cursor.
PairEvent readEvent(const sql::Cursor& cursor, int first, bool withNote = true);

} // namespace nastavnik::record
