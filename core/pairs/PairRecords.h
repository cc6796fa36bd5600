#pragma once

// Reading pairs by id, shared by the pair repositories and the loader of the data around a
// pair; internal to core (the orders' journal reads order headers through it too).

#include "domain/Dataset.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

namespace nastavnik::pairrecords {

enum class Parts
{
    Core, ///< the pair's fields, mentees and events
    Complete ///< also the plan items and the meetings
};

/// The pairs `ids` (those that exist), in the order of `ids`.
Result<QList<Pair>> load(const QSqlDatabase& db, const QStringList& ids, Parts parts);

/// The ids of the pairs `personIds` lead at some time: as the initial mentor or after a
/// replacement.
Result<QStringList> ledBy(const QSqlDatabase& db, const QStringList& personIds);

/// People by id with their credentials (those that exist).
Result<QList<Person>> people(const QSqlDatabase& db, const QStringList& ids);

/// The consents of `personIds`.
Result<QList<Consent>> consentsOf(const QSqlDatabase& db, const QStringList& personIds);

/// The orders `ids` with their pairs and people (text not read).
Result<QList<Order>> orders(const QSqlDatabase& db, const QStringList& ids);

/// "?, ?, ?" for `n` values.
QString marks(qsizetype n);

} // namespace nastavnik::pairrecords
