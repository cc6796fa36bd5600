#include "storage/OrderRecord.h"

#include "storage/SqlHelpers.h"

using namespace Qt::StringLiterals;

namespace nastavnik::record {

QString orderHeaderColumns()
{
    return u"id, number, date, type, heading, status"_s;
}

Order readOrderHeader(const QSqlQuery& q, int i)
{
    Order o;
    o.id = q.value(i).toString();
    o.number = q.value(i + 1).toString();
    o.date = sql::toDate(q.value(i + 2));
    o.type = q.value(i + 3).toString();
    o.heading = q.value(i + 4).toString();
    o.status = q.value(i + 5).toString();
    return o;
}

} // namespace nastavnik::record
