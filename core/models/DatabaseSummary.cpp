#include "models/DatabaseSummary.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nastavnik {

DatabaseSummary DatabaseSummary::read(const QSqlDatabase& db)
{
    DatabaseSummary s;
    QSqlQuery q(db);
    if (q.exec(u"SELECT (SELECT count(*) FROM person WHERE archived = 0), (SELECT count(*) FROM person WHERE "
               "archived = 1), (SELECT count(*) FROM pair)"_s)
        && q.next()) {
        s.people = q.value(0).toInt();
        s.archivedPeople = q.value(1).toInt();
        s.pairs = q.value(2).toInt();
    }
    return s;
}

} // namespace nastavnik
