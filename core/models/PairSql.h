#pragma once

#include <QString>

namespace nastavnik::pairsql {

// SQL expressions over a `pair` row aliased `alias`, written once so that every query agrees
// with Pair::end() and Pair::mentorOn() (and with the exchange format's definitions).
// `today` is an SQL expression (a bound `?` or a column) holding an ISO date.

/// The pair's end: actual_end, else the new_end of its last extension, else planned_end.
inline QString end(const QString& alias)
{
    return QStringLiteral("COALESCE(%1.actual_end, (SELECT e.new_end FROM pair_event e WHERE e.pair_id = %1.id "
                          "AND e.type = 'extension' AND e.new_end IS NOT NULL ORDER BY e.position DESC, e.id "
                          "DESC LIMIT 1), %1.planned_end)")
        .arg(alias);
}

/// True while the pair has not ended on `today` (a pair without any end counts as running).
inline QString notEnded(const QString& alias, const QString& today)
{
    return QStringLiteral("COALESCE(%1, '9999-12-31') >= %2").arg(end(alias), today);
}

/// The mentor leading the pair on `today`: the last replacement dated on or before it, else
/// the mentor at the start.
inline QString mentorOn(const QString& alias, const QString& today)
{
    return QStringLiteral("COALESCE((SELECT e.new_mentor_id FROM pair_event e WHERE e.pair_id = %1.id AND "
                          "e.type = 'replacement' AND e.new_mentor_id IS NOT NULL AND e.date <= %2 ORDER BY "
                          "e.position DESC, e.id DESC LIMIT 1), %1.mentor_id)")
        .arg(alias, today);
}

} // namespace nastavnik::pairsql
