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

/// "id, title, due, status, done, expected, result" of `plan_item`, in the order `readPlanItem`
/// reads them.
QString planItemColumns();
/// Reads the columns of `planItemColumns` starting at `first`. Without `complete` only what a
/// deadline needs (id, title, due, status) is read.
PlanItem readPlanItem(const QSqlQuery& query, int first, bool complete = true);
/// The same from a sql::Cursor.
PlanItem readPlanItem(const sql::Cursor& cursor, int first, bool complete = true);

/// "id, date, kind, topic, notes" of `meeting`, in the order `readMeeting` reads them.
QString meetingColumns();
/// Reads the columns of `meetingColumns` starting at `first`.
Meeting readMeeting(const QSqlQuery& query, int first);
/// The same from a sql::Cursor.
Meeting readMeeting(const sql::Cursor& cursor, int first);

} // namespace nastavnik::record
