#include "models/DatabaseSummary.h"

#include "models/PairSql.h"
#include "util/Dates.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nastavnik {

DatabaseSummary DatabaseSummary::read(const QSqlDatabase& db, const QDate& today)
{
    DatabaseSummary s;
    QSqlQuery q(db);
    q.prepare(u"SELECT (SELECT count(*) FROM person WHERE archived = 0), (SELECT count(*) FROM person WHERE "
              "archived = 1), (SELECT count(*) FROM pair), (SELECT count(*) FROM pair pr WHERE "_s
              + pairsql::notEnded(u"pr"_s, u"?"_s) + u")"_s);
    q.addBindValue(dates::toIso(today));
    if (q.exec() && q.next()) {
        s.people = q.value(0).toInt();
        s.archivedPeople = q.value(1).toInt();
        s.pairs = q.value(2).toInt();
        s.runningPairs = q.value(3).toInt();
    }
    return s;
}

} // namespace nastavnik
