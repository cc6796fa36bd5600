#pragma once

#include <QString>

namespace nastavnik::pairsql {

// SQL expressions over a `pair` row aliased `alias`, written once so that every query agrees
// with Pair::end() and Pair::mentorOn() (and with the exchange format's definitions).
// `today` is an SQL expression (a bound `?` or a column) holding an ISO date.

// The last event of a kind is looked for only when the pair has one (EXISTS, through the
// index pair_event_pair): its ORDER BY takes SQLite a temporary b-tree at every execution,
// which was a third of reading the pairs of a region (most pairs have no events).

/// The pair's end: actual_end, else the new_end of its last extension, else planned_end.
inline QString end(const QString& alias)
{
    return QStringLiteral("COALESCE(%1.actual_end, CASE WHEN EXISTS (SELECT 1 FROM pair_event e WHERE e.pair_id = "
                          "%1.id AND e.type = 'extension' AND e.new_end IS NOT NULL) THEN (SELECT e.new_end FROM "
                          "pair_event e WHERE e.pair_id = %1.id AND e.type = 'extension' AND e.new_end IS NOT NULL "
                          "ORDER BY e.position DESC, e.id DESC LIMIT 1) END, %1.planned_end)")
        .arg(alias);
}

/// True while the pair has not ended on `today` (a pair without any end counts as running).
inline QString notEnded(const QString& alias, const QString& today)
{
    return QStringLiteral("COALESCE(%1, '9999-12-31') >= %2").arg(end(alias), today);
}

/// The mentor leading the pair on `today`: the last replacement dated on or before it, else
/// the mentor at the start. `today` appears twice: an expression, never a positional `?`.
inline QString mentorOn(const QString& alias, const QString& today)
{
    return QStringLiteral("COALESCE(CASE WHEN EXISTS (SELECT 1 FROM pair_event e WHERE e.pair_id = %1.id AND "
                          "e.type = 'replacement' AND e.new_mentor_id IS NOT NULL AND e.date <= %2) THEN (SELECT "
                          "e.new_mentor_id FROM pair_event e WHERE e.pair_id = %1.id AND e.type = 'replacement' AND "
                          "e.new_mentor_id IS NOT NULL AND e.date <= %2 ORDER BY e.position DESC, e.id DESC LIMIT 1) "
                          "END, %1.mentor_id)")
        .arg(alias, today);
}

} // namespace nastavnik::pairsql
