#pragma once

#include "domain/Dataset.h"

#include <QSqlQuery>
#include <QString>

namespace nastavnik::record {

// The columns of an order's header in one place, for every reader of orders (the dataset, the
// pair repository, the journal of documents).

/// "id, number, date, type, heading, status" of `orders` (no text, pairs or people), in the
/// order `readOrderHeader` reads them.
QString orderHeaderColumns();
/// Reads the columns of `orderHeaderColumns` starting at `first`.
Order readOrderHeader(const QSqlQuery& query, int first = 0);

} // namespace nastavnik::record
