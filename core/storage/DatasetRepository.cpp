#include "storage/DatasetRepository.h"

#include "storage/MonitoringRecords.h"
#include "storage/PersonRecord.h"
#include "storage/SqlHelpers.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nastavnik {

DatasetRepository::DatasetRepository(const QSqlDatabase& db)
    : m_db(db)
{
}

Result<Dataset> DatasetRepository::load() const
{
    Dataset data;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    auto failed = [&](const QString& what) {
        return Result<Dataset>::failure(tr("The data could not be read (%1): %2").arg(what, sql::errorText(q)));
    };

    if (!q.exec(u"SELECT name, short_name, place, address, head_id, head_position, curator_id, profile, "
                "order_suffix FROM organization WHERE id = 1"_s))
        return failed(tr("organisation"));
    if (q.next()) {
        Organization& o = data.organization;
        o.name = q.value(0).toString();
        o.shortName = q.value(1).toString();
        o.place = q.value(2).toString();
        o.address = q.value(3).toString();
        o.head = q.value(4).toString();
        o.headPosition = q.value(5).toString();
        o.curator = q.value(6).toString();
        o.profile = q.value(7).toString();
        o.orderSuffix = q.value(8).toString();
    }

    QHash<QString, qsizetype> personIndex;
    if (!q.exec(u"SELECT id, "_s + record::personColumns() + u" FROM person ORDER BY rowid"_s))
        return failed(tr("people"));
    while (q.next()) {
        Person p = record::readPerson(q, 1);
        p.id = q.value(0).toString();
        personIndex.insert(p.id, data.people.size());
        data.people << std::move(p);
    }
    if (!q.exec(u"SELECT person_id, id, type, number, issued, valid_until, note FROM credential "
                "ORDER BY person_id, position, id"_s))
        return failed(tr("documents of people"));
    while (q.next()) {
        const qsizetype i = personIndex.value(q.value(0).toString(), -1);
        if (i < 0)
            continue;
        Credential c;
        c.rowId = q.value(1).toLongLong();
        c.type = q.value(2).toString();
        c.number = q.value(3).toString();
        c.issued = sql::toDate(q.value(4));
        c.validUntil = sql::toDate(q.value(5));
        c.note = q.value(6).toString();
        data.people[i].credentials << c;
    }

    if (!q.exec(u"SELECT id, person_id, type, signed_by, date, withdrawn, note FROM consent ORDER BY rowid"_s))
        return failed(tr("consents"));
    while (q.next()) {
        Consent c;
        c.id = q.value(0).toString();
        c.person = q.value(1).toString();
        c.type = q.value(2).toString();
        c.signedBy = q.value(3).toString();
        c.date = sql::toDate(q.value(4));
        c.withdrawn = sql::toDate(q.value(5));
        c.note = q.value(6).toString();
        data.consents << c;
    }

    QHash<QString, qsizetype> orderIndex;
    if (!q.exec(u"SELECT id, number, date, type, heading, status, text FROM orders ORDER BY rowid"_s))
        return failed(tr("orders"));
    while (q.next()) {
        Order o;
        o.id = q.value(0).toString();
        o.number = q.value(1).toString();
        o.date = sql::toDate(q.value(2));
        o.type = q.value(3).toString();
        o.heading = q.value(4).toString();
        o.status = q.value(5).toString();
        o.text = q.value(6).toString();
        orderIndex.insert(o.id, data.orders.size());
        data.orders << o;
    }
    if (!q.exec(u"SELECT order_id, pair_id FROM order_pair ORDER BY order_id, position"_s))
        return failed(tr("orders' pairs"));
    while (q.next()) {
        if (const qsizetype i = orderIndex.value(q.value(0).toString(), -1); i >= 0)
            data.orders[i].pairs << q.value(1).toString();
    }
    if (!q.exec(u"SELECT order_id, person_id FROM order_person ORDER BY order_id, position"_s))
        return failed(tr("orders' people"));
    while (q.next()) {
        if (const qsizetype i = orderIndex.value(q.value(0).toString(), -1); i >= 0)
            data.orders[i].people << q.value(1).toString();
    }

    QHash<QString, qsizetype> pairIndex;
    if (!q.exec(u"SELECT id, form, mentor_id, start, planned_end, actual_end, order_id, has_plan, plan_approved, "
                "report_date, mentee_questionnaire, title, note FROM pair ORDER BY rowid"_s))
        return failed(tr("pairs"));
    while (q.next()) {
        Pair p;
        p.id = q.value(0).toString();
        p.form = q.value(1).toString();
        p.mentor = q.value(2).toString();
        p.start = sql::toDate(q.value(3));
        p.plannedEnd = sql::toDate(q.value(4));
        p.actualEnd = sql::toDate(q.value(5));
        p.order = q.value(6).toString();
        p.hasPlan = q.value(7).toBool();
        p.planApproved = sql::toDate(q.value(8));
        p.reportDate = sql::toDate(q.value(9));
        p.menteeQuestionnaire = sql::toDate(q.value(10));
        p.title = q.value(11).toString();
        p.note = q.value(12).toString();
        pairIndex.insert(p.id, data.pairs.size());
        data.pairs << std::move(p);
    }
    if (!q.exec(u"SELECT pair_id, person_id FROM pair_mentee ORDER BY pair_id, position"_s))
        return failed(tr("mentees of pairs"));
    while (q.next()) {
        if (const qsizetype i = pairIndex.value(q.value(0).toString(), -1); i >= 0)
            data.pairs[i].mentees << q.value(1).toString();
    }
    if (!q.exec(u"SELECT pair_id, id, type, date, new_mentor_id, ground, order_id, new_end, reason, notice_date, "
                "initiator, note FROM pair_event ORDER BY pair_id, position, id"_s))
        return failed(tr("events of pairs"));
    while (q.next()) {
        const qsizetype i = pairIndex.value(q.value(0).toString(), -1);
        if (i < 0)
            continue;
        PairEvent e;
        e.rowId = q.value(1).toLongLong();
        e.type = q.value(2).toString();
        e.date = sql::toDate(q.value(3));
        e.newMentor = q.value(4).toString();
        e.ground = q.value(5).toString();
        e.order = q.value(6).toString();
        e.newEnd = sql::toDate(q.value(7));
        e.reason = q.value(8).toString();
        e.noticeDate = sql::toDate(q.value(9));
        e.initiator = q.value(10).toString();
        e.note = q.value(11).toString();
        data.pairs[i].events << e;
    }
    if (!q.exec(u"SELECT pair_id, id, title, expected, due, done, result, status FROM plan_item "
                "ORDER BY pair_id, position, id"_s))
        return failed(tr("plans"));
    while (q.next()) {
        const qsizetype i = pairIndex.value(q.value(0).toString(), -1);
        if (i < 0)
            continue;
        PlanItem item;
        item.rowId = q.value(1).toLongLong();
        item.title = q.value(2).toString();
        item.expected = q.value(3).toString();
        item.due = sql::toDate(q.value(4));
        item.done = sql::toDate(q.value(5));
        item.result = q.value(6).toString();
        item.status = q.value(7).toString();
        data.pairs[i].planItems << item;
    }
    if (!q.exec(u"SELECT pair_id, id, date, kind, topic, notes FROM meeting ORDER BY pair_id, date, id"_s))
        return failed(tr("meetings"));
    while (q.next()) {
        const qsizetype i = pairIndex.value(q.value(0).toString(), -1);
        if (i < 0)
            continue;
        Meeting m;
        m.rowId = q.value(1).toLongLong();
        m.date = sql::toDate(q.value(2));
        m.kind = q.value(3).toString();
        m.topic = q.value(4).toString();
        m.notes = q.value(5).toString();
        data.pairs[i].meetings << m;
    }
    if (Status s = record::loadMonitoring(m_db, data.monitoring); !s)
        return s;
    return data;
}

Status DatasetRepository::replaceAll(const Dataset& data)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    QSqlQuery q(m_db);
    // Lists may refer forward; references are checked once, when the transaction commits.
    q.exec(u"PRAGMA defer_foreign_keys = ON"_s);

    auto failed = [](const QString& what, const QSqlQuery& query) {
        return Status::failure(tr("The data could not be saved (%1): %2").arg(what, sql::errorText(query)));
    };

    for (const char16_t* table : {u"order_person", u"order_pair", u"meeting", u"plan_item", u"pair_event",
                                  u"pair_mentee", u"pair", u"orders", u"consent", u"credential", u"preference"}) {
        if (!q.exec(u"DELETE FROM "_s + QString::fromUtf16(table)))
            return failed(QString::fromUtf16(table), q);
    }
    if (!q.exec(u"UPDATE organization SET head_id = NULL, curator_id = NULL"_s) || !q.exec(u"DELETE FROM person"_s))
        return failed(tr("people"), q);

    QSqlQuery person(m_db);
    person.prepare(u"INSERT INTO person ("_s + record::personColumns() + u", id) VALUES ("_s
                   + record::personPlaceholders() + u")"_s);
    QSqlQuery credential(m_db);
    credential.prepare(u"INSERT INTO credential (person_id, position, type, number, issued, valid_until, note) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const Person& p : data.people) {
        record::bindPerson(person, p);
        if (!person.exec())
            return failed(p.fullName(), person);
        for (int i = 0; i < p.credentials.size(); ++i) {
            const Credential& c = p.credentials.at(i);
            credential.addBindValue(p.id);
            credential.addBindValue(i);
            credential.addBindValue(sql::text(c.type));
            credential.addBindValue(sql::text(c.number));
            credential.addBindValue(sql::date(c.issued));
            credential.addBindValue(sql::date(c.validUntil));
            credential.addBindValue(sql::text(c.note));
            if (!credential.exec())
                return failed(p.fullName(), credential);
        }
    }

    QSqlQuery consent(m_db);
    consent.prepare(u"INSERT INTO consent (id, position, person_id, type, signed_by, date, withdrawn, note) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < data.consents.size(); ++i) {
        const Consent& c = data.consents.at(i);
        consent.addBindValue(c.id);
        consent.addBindValue(i);
        consent.addBindValue(sql::text(c.person));
        consent.addBindValue(sql::text(c.type));
        consent.addBindValue(sql::ref(c.signedBy));
        consent.addBindValue(sql::date(c.date));
        consent.addBindValue(sql::date(c.withdrawn));
        consent.addBindValue(sql::text(c.note));
        if (!consent.exec())
            return failed(c.id, consent);
    }

    QSqlQuery order(m_db);
    order.prepare(u"INSERT INTO orders (id, position, number, date, type, heading, status, text) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery orderPair(m_db);
    orderPair.prepare(u"INSERT INTO order_pair (order_id, pair_id, position) VALUES (?, ?, ?)"_s);
    QSqlQuery orderPerson(m_db);
    orderPerson.prepare(u"INSERT INTO order_person (order_id, person_id, position) VALUES (?, ?, ?)"_s);
    for (int i = 0; i < data.orders.size(); ++i) {
        const Order& o = data.orders.at(i);
        order.addBindValue(o.id);
        order.addBindValue(i);
        order.addBindValue(sql::text(o.number));
        order.addBindValue(sql::date(o.date));
        order.addBindValue(sql::text(o.type));
        order.addBindValue(sql::text(o.heading));
        order.addBindValue(sql::text(o.status));
        order.addBindValue(sql::text(o.text));
        if (!order.exec())
            return failed(o.id, order);
        for (int k = 0; k < o.pairs.size(); ++k) {
            orderPair.addBindValue(o.id);
            orderPair.addBindValue(o.pairs.at(k));
            orderPair.addBindValue(k);
            if (!orderPair.exec())
                return failed(o.id, orderPair);
        }
        for (int k = 0; k < o.people.size(); ++k) {
            orderPerson.addBindValue(o.id);
            orderPerson.addBindValue(o.people.at(k));
            orderPerson.addBindValue(k);
            if (!orderPerson.exec())
                return failed(o.id, orderPerson);
        }
    }

    QSqlQuery pair(m_db);
    pair.prepare(u"INSERT INTO pair (id, position, form, mentor_id, start, planned_end, actual_end, order_id, "
                 "has_plan, plan_approved, report_date, mentee_questionnaire, title, note) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery mentee(m_db);
    mentee.prepare(u"INSERT INTO pair_mentee (pair_id, person_id, position) VALUES (?, ?, ?)"_s);
    QSqlQuery event(m_db);
    event.prepare(u"INSERT INTO pair_event (pair_id, position, type, date, new_mentor_id, ground, order_id, "
                  "new_end, reason, notice_date, initiator, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery item(m_db);
    item.prepare(u"INSERT INTO plan_item (pair_id, position, title, expected, due, done, result, status) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery meeting(m_db);
    meeting.prepare(u"INSERT INTO meeting (pair_id, date, kind, topic, notes) VALUES (?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < data.pairs.size(); ++i) {
        const Pair& p = data.pairs.at(i);
        pair.addBindValue(p.id);
        pair.addBindValue(i);
        pair.addBindValue(sql::text(p.form));
        pair.addBindValue(sql::text(p.mentor));
        pair.addBindValue(sql::date(p.start));
        pair.addBindValue(sql::date(p.plannedEnd));
        pair.addBindValue(sql::date(p.actualEnd));
        pair.addBindValue(sql::ref(p.order));
        pair.addBindValue(p.hasPlan);
        pair.addBindValue(sql::date(p.planApproved));
        pair.addBindValue(sql::date(p.reportDate));
        pair.addBindValue(sql::date(p.menteeQuestionnaire));
        pair.addBindValue(sql::text(p.title));
        pair.addBindValue(sql::text(p.note));
        if (!pair.exec())
            return failed(p.id, pair);
        for (int k = 0; k < p.mentees.size(); ++k) {
            mentee.addBindValue(p.id);
            mentee.addBindValue(p.mentees.at(k));
            mentee.addBindValue(k);
            if (!mentee.exec())
                return failed(p.id, mentee);
        }
        for (int k = 0; k < p.events.size(); ++k) {
            const PairEvent& e = p.events.at(k);
            event.addBindValue(p.id);
            event.addBindValue(k);
            event.addBindValue(sql::text(e.type));
            event.addBindValue(sql::date(e.date));
            event.addBindValue(sql::ref(e.newMentor));
            event.addBindValue(sql::text(e.ground));
            event.addBindValue(sql::ref(e.order));
            event.addBindValue(sql::date(e.newEnd));
            event.addBindValue(sql::text(e.reason));
            event.addBindValue(sql::date(e.noticeDate));
            event.addBindValue(sql::text(e.initiator));
            event.addBindValue(sql::text(e.note));
            if (!event.exec())
                return failed(p.id, event);
        }
        for (int k = 0; k < p.planItems.size(); ++k) {
            const PlanItem& it = p.planItems.at(k);
            item.addBindValue(p.id);
            item.addBindValue(k);
            item.addBindValue(sql::text(it.title));
            item.addBindValue(sql::text(it.expected));
            item.addBindValue(sql::date(it.due));
            item.addBindValue(sql::date(it.done));
            item.addBindValue(sql::text(it.result));
            item.addBindValue(sql::text(it.status));
            if (!item.exec())
                return failed(p.id, item);
        }
        for (const Meeting& m : p.meetings) {
            meeting.addBindValue(p.id);
            meeting.addBindValue(sql::date(m.date));
            meeting.addBindValue(sql::text(m.kind));
            meeting.addBindValue(sql::text(m.topic));
            meeting.addBindValue(sql::text(m.notes));
            if (!meeting.exec())
                return failed(p.id, meeting);
        }
    }

    const Organization& o = data.organization;
    QSqlQuery org(m_db);
    org.prepare(u"UPDATE organization SET name = ?, short_name = ?, place = ?, address = ?, head_id = ?, "
                "head_position = ?, curator_id = ?, profile = ?, order_suffix = ? WHERE id = 1"_s);
    org.addBindValue(sql::text(o.name));
    org.addBindValue(sql::text(o.shortName));
    org.addBindValue(sql::text(o.place));
    org.addBindValue(sql::text(o.address));
    org.addBindValue(sql::ref(o.head));
    org.addBindValue(sql::text(o.headPosition));
    org.addBindValue(sql::ref(o.curator));
    org.addBindValue(sql::text(o.profile));
    org.addBindValue(sql::text(o.orderSuffix));
    if (!org.exec())
        return failed(tr("organisation"), org);
    if (Status s = record::replaceMonitoring(m_db, data.monitoring); !s)
        return s;

    return tx.commit();
}

} // namespace nastavnik
