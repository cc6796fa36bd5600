#include "storage/PairRecord.h"

#include "storage/SqlHelpers.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace nastavnik::record {

QString pairColumns(const QString& alias)
{
    static const QStringList columns = {u"id"_s, u"form"_s, u"mentor_id"_s, u"start"_s, u"planned_end"_s,
                                        u"actual_end"_s, u"order_id"_s, u"has_plan"_s, u"plan_approved"_s,
                                        u"report_date"_s, u"mentee_questionnaire"_s, u"title"_s, u"note"_s};
    if (alias.isEmpty())
        return columns.join(u", "_s);
    QStringList prefixed;
    prefixed.reserve(columns.size());
    for (const QString& c : columns)
        prefixed << alias + u'.' + c;
    return prefixed.join(u", "_s);
}

Pair readPair(const QSqlQuery& q, int first, bool withNote)
{
    Pair p;
    p.id = q.value(first).toString();
    p.form = q.value(first + 1).toString();
    p.mentor = q.value(first + 2).toString();
    p.start = sql::toDate(q.value(first + 3));
    p.plannedEnd = sql::toDate(q.value(first + 4));
    p.actualEnd = sql::toDate(q.value(first + 5));
    p.order = q.value(first + 6).toString();
    p.hasPlan = q.value(first + 7).toBool();
    p.planApproved = sql::toDate(q.value(first + 8));
    p.reportDate = sql::toDate(q.value(first + 9));
    p.menteeQuestionnaire = sql::toDate(q.value(first + 10));
    p.title = q.value(first + 11).toString();
    if (withNote)
        p.note = q.value(first + 12).toString();
    return p;
}

QString eventColumns()
{
    return u"id, type, date, new_mentor_id, ground, order_id, new_end, reason, notice_date, initiator, note"_s;
}

namespace {

/// One reader for both row sources (sql::QueryRow, sql::Cursor).
template<typename Row>
PairEvent readEventRow(const Row& row, int i, bool withNote)
{
    PairEvent e;
    e.rowId = row.integer(i);
    e.type = row.text(i + 1);
    e.date = row.date(i + 2);
    e.newMentor = row.text(i + 3);
    e.ground = row.text(i + 4);
    e.order = row.text(i + 5);
    e.newEnd = row.date(i + 6);
    e.reason = row.text(i + 7);
    e.noticeDate = row.date(i + 8);
    e.initiator = row.text(i + 9);
    if (withNote)
        e.note = row.text(i + 10);
    return e;
}

} // namespace

PairEvent readEvent(const QSqlQuery& q, int i, bool withNote)
{
    return readEventRow(sql::QueryRow{q}, i, withNote);
}

PairEvent readEvent(const sql::Cursor& cursor, int i, bool withNote)
{
    return readEventRow(cursor, i, withNote);
}

} // namespace nastavnik::record
