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

namespace {

/// One reader for both row sources (sql::QueryRow, sql::Cursor).
template<typename Row>
Pair readPairRow(const Row& row, int first, bool withNote)
{
    Pair p;
    p.id = row.text(first);
    p.form = row.text(first + 1);
    p.mentor = row.text(first + 2);
    p.start = row.date(first + 3);
    p.plannedEnd = row.date(first + 4);
    p.actualEnd = row.date(first + 5);
    p.order = row.text(first + 6);
    p.hasPlan = row.integer(first + 7) != 0;
    p.planApproved = row.date(first + 8);
    p.reportDate = row.date(first + 9);
    p.menteeQuestionnaire = row.date(first + 10);
    p.title = row.text(first + 11);
    if (withNote)
        p.note = row.text(first + 12);
    return p;
}

} // namespace

Pair readPair(const QSqlQuery& q, int first, bool withNote)
{
    return readPairRow(sql::QueryRow{q}, first, withNote);
}

Pair readPair(const sql::Cursor& cursor, int first, bool withNote)
{
    return readPairRow(cursor, first, withNote);
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

QString planItemColumns()
{
    return u"id, title, due, status, done, expected, result"_s;
}

QString meetingColumns()
{
    return u"id, date, kind, topic, notes"_s;
}

namespace {

/// One reader for both row sources (sql::QueryRow, sql::Cursor).
template<typename Row>
PlanItem readPlanItemRow(const Row& row, int i, bool complete)
{
    PlanItem item;
    item.rowId = row.integer(i);
    item.title = row.text(i + 1);
    item.due = row.date(i + 2);
    item.status = row.text(i + 3);
    if (complete) {
        item.done = row.date(i + 4);
        item.expected = row.text(i + 5);
        item.result = row.text(i + 6);
    }
    return item;
}

/// One reader for both row sources (sql::QueryRow, sql::Cursor).
template<typename Row>
Meeting readMeetingRow(const Row& row, int i)
{
    Meeting m;
    m.rowId = row.integer(i);
    m.date = row.date(i + 1);
    m.kind = row.text(i + 2);
    m.topic = row.text(i + 3);
    m.notes = row.text(i + 4);
    return m;
}

} // namespace

PlanItem readPlanItem(const QSqlQuery& q, int i, bool complete)
{
    return readPlanItemRow(sql::QueryRow{q}, i, complete);
}

PlanItem readPlanItem(const sql::Cursor& cursor, int i, bool complete)
{
    return readPlanItemRow(cursor, i, complete);
}

Meeting readMeeting(const QSqlQuery& q, int i)
{
    return readMeetingRow(sql::QueryRow{q}, i);
}

Meeting readMeeting(const sql::Cursor& cursor, int i)
{
    return readMeetingRow(cursor, i);
}

} // namespace nastavnik::record
