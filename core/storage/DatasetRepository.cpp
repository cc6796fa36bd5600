#include "storage/DatasetRepository.h"

#include "storage/Cursor.h"
#include "storage/BulkInsert.h"
#include "storage/MonitoringRecords.h"
#include "storage/OrderRecord.h"
#include "storage/OrganizationRepository.h"
#include "storage/ParallelRead.h"
#include "storage/PairRecord.h"
#include "storage/PersonRecord.h"
#include "storage/SqlHelpers.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <limits>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace nastavnik {

DatasetRepository::DatasetRepository(const QSqlDatabase& db)
    : m_db(db)
{
}

namespace {

/// Rows of a child table read in storage order, handed to their parents in the order of their
/// place among their siblings. SQLite would otherwise sort every row of the table (all their
/// columns) for an ORDER BY; here only small keys are compared, and rows written by
/// `replaceAll` come already in order.
template <typename T>
class Children
{
public:
    void reserve(qsizetype n) { m_rows.reserve(std::size_t(n)); }
    void add(qsizetype parent, qint64 first, qint64 second, T value)
    {
        m_rows.push_back({parent, first, second, std::move(value)});
    }

    /// Appends every row to `listOf(parent)`, parents numbered 0 … `parents` - 1.
    template <typename ListOf>
    void distribute(qsizetype parents, ListOf listOf)
    {
        std::vector<std::size_t> order(m_rows.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        auto less = [this](std::size_t a, std::size_t b) {
            const Row& x = m_rows[a];
            const Row& y = m_rows[b];
            return std::tie(x.parent, x.first, x.second) < std::tie(y.parent, y.first, y.second);
        };
        if (!std::is_sorted(order.begin(), order.end(), less))
            std::stable_sort(order.begin(), order.end(), less);
        std::vector<int> counts(std::size_t(parents), 0);
        for (const Row& row : m_rows)
            ++counts[std::size_t(row.parent)];
        for (qsizetype p = 0; p < parents; ++p) {
            if (counts[std::size_t(p)] > 0)
                listOf(p).reserve(counts[std::size_t(p)]);
        }
        for (std::size_t k : order)
            listOf(m_rows[k].parent).append(std::move(m_rows[k].value));
        m_rows.clear();
    }

private:
    struct Row
    {
        qsizetype parent;
        qint64 first;
        qint64 second;
        T value;
    };
    std::vector<Row> m_rows;
};

/// Ids → index in their list, remembering the last one: child rows come grouped by parent.
class Index
{
public:
    void insert(const QString& id, qsizetype index) { m_index.insert(id, index); }
    void reserve(qsizetype n) { m_index.reserve(n); }
    qsizetype value(const QString& id)
    {
        if (id != m_lastId) {
            m_lastId = id;
            m_last = m_index.value(id, -1);
        }
        return m_last;
    }

private:
    QHash<QString, qsizetype> m_index;
    QString m_lastId;
    qsizetype m_last = -1;
};

qint64 julian(const QDate& date)
{
    return date.isValid() ? date.toJulianDay() : std::numeric_limits<qint64>::min();
}

/// Connection settings for a bulk write, put back when it ends. A larger page cache keeps the
/// indexes of a region-scale replace in memory instead of spilling them mid-transaction;
/// durability (`synchronous`, the journal) is left as it is.
class BulkWriteSettings
{
public:
    explicit BulkWriteSettings(const QSqlDatabase& db)
        : m_query(db)
    {
        m_cacheSize = read(u"cache_size"_s);
        m_tempStore = read(u"temp_store"_s);
        m_query.exec(u"PRAGMA cache_size = -65536"_s); // KiB: 64 MiB while writing
        m_query.exec(u"PRAGMA temp_store = MEMORY"_s);
    }
    ~BulkWriteSettings()
    {
        if (!m_cacheSize.isEmpty())
            m_query.exec(u"PRAGMA cache_size = "_s + m_cacheSize);
        if (!m_tempStore.isEmpty())
            m_query.exec(u"PRAGMA temp_store = "_s + m_tempStore);
    }
    BulkWriteSettings(const BulkWriteSettings&) = delete;
    BulkWriteSettings& operator=(const BulkWriteSettings&) = delete;

private:
    QString read(const QString& pragma)
    {
        if (m_query.exec(u"PRAGMA "_s + pragma) && m_query.next())
            return QString::number(m_query.value(0).toLongLong());
        return {};
    }

    QSqlQuery m_query;
    QString m_cacheSize;
    QString m_tempStore;
};

} // namespace

Result<Dataset> DatasetRepository::load(Scope scope) const
{
    const bool everything = scope == Scope::Everything;
    Dataset data;
    // Independent parts, each filling its own lists, read side by side (ParallelRead.h);
    // the longest first. Each reads the row count of its main table first, so that no list
    // grows step by step. The rows through sql::Cursor (a third of the time of QSqlQuery's).
    // `why`: SQLite's message (sql::errorText, Cursor::status).
    auto failure = [](const QString& what, const QString& why) {
        return Status::failure(tr("The data could not be read (%1): %2").arg(what, why));
    };
    auto rowCount = [](QSqlQuery& q, const char16_t* table) -> qsizetype {
        if (q.exec(u"SELECT count(*) FROM "_s + QString::fromUtf16(table)) && q.next())
            return q.value(0).toLongLong();
        return 0;
    };

    // The pairs with their mentees, events, plans and meetings.
    const sql::ReadPart pairs = [&](const QSqlDatabase& db) -> Status {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        Index pairIndex;
        const qsizetype count = rowCount(q, u"pair");
        pairIndex.reserve(count);
        data.pairs.reserve(count);
        sql::Cursor c(db, u"SELECT "_s + record::pairColumns() + u" FROM pair ORDER BY rowid"_s);
        while (c.next()) {
            Pair p = record::readPair(c, 0, everything);
            pairIndex.insert(p.id, data.pairs.size());
            data.pairs << std::move(p);
        }
        if (!c.status())
            return failure(tr("pairs"), c.status().error());
        {
            Children<QString> mentees;
            sql::Cursor m(db, u"SELECT pair_id, person_id, position, rowid FROM pair_mentee"_s);
            while (m.next()) {
                if (const qsizetype i = pairIndex.value(m.text(0)); i >= 0)
                    mentees.add(i, m.integer(2), m.integer(3), m.text(1));
            }
            if (!m.status())
                return failure(tr("mentees of pairs"), m.status().error());
            mentees.distribute(data.pairs.size(), [&](qsizetype i) -> QList<QString>& { return data.pairs[i].mentees; });
        }
        {
            Children<PairEvent> events;
            sql::Cursor e(db, u"SELECT pair_id, position, "_s + record::eventColumns() + u" FROM pair_event"_s);
            while (e.next()) {
                const qsizetype i = pairIndex.value(e.text(0));
                if (i < 0)
                    continue;
                PairEvent event = record::readEvent(e, 2, everything);
                events.add(i, e.integer(1), event.rowId, std::move(event));
            }
            if (!e.status())
                return failure(tr("events of pairs"), e.status().error());
            events.distribute(data.pairs.size(), [&](qsizetype i) -> QList<PairEvent>& { return data.pairs[i].events; });
        }
        {
            Children<PlanItem> items;
            if (everything)
                items.reserve(rowCount(q, u"plan_item"));
            // «Сегодня» lists the items still open; the rules read none.
            sql::Cursor p(db, u"SELECT pair_id, position, "_s + record::planItemColumns() + u" FROM plan_item"_s
                                  + (everything ? QString()
                                                : u" WHERE done IS NULL AND due IS NOT NULL AND status IN ('planned', "
                                                  "'in_progress')"_s));
            while (p.next()) {
                const qsizetype i = pairIndex.value(p.text(0));
                if (i < 0)
                    continue;
                PlanItem item = record::readPlanItem(p, 2, everything);
                items.add(i, p.integer(1), item.rowId, std::move(item));
            }
            if (!p.status())
                return failure(tr("plans"), p.status().error());
            items.distribute(data.pairs.size(), [&](qsizetype i) -> QList<PlanItem>& { return data.pairs[i].planItems; });
        }
        if (everything) {
            Children<Meeting> meetings;
            sql::Cursor r(db, u"SELECT pair_id, "_s + record::meetingColumns() + u" FROM meeting"_s);
            while (r.next()) {
                const qsizetype i = pairIndex.value(r.text(0));
                if (i < 0)
                    continue;
                Meeting m = record::readMeeting(r, 1);
                meetings.add(i, julian(m.date), m.rowId, std::move(m));
            }
            if (!r.status())
                return failure(tr("meetings"), r.status().error());
            meetings.distribute(data.pairs.size(), [&](qsizetype i) -> QList<Meeting>& { return data.pairs[i].meetings; });
        }
        return Status::success();
    };

    // The monitoring data (of the validation scope only the roadmaps).
    const sql::ReadPart monitoring = [&](const QSqlDatabase& db) {
        return record::loadMonitoring(db, data.monitoring, scope == Scope::Validation);
    };

    // The people with their credentials.
    const sql::ReadPart people = [&](const QSqlDatabase& db) -> Status {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        Index personIndex;
        const qsizetype count = rowCount(q, u"person");
        personIndex.reserve(count);
        data.people.reserve(count);
        if (everything) {
            sql::Cursor c(db, u"SELECT id, "_s + record::personReadColumns() + u" FROM person ORDER BY rowid"_s);
            while (c.next()) {
                Person p = record::readPerson(c, 1);
                p.id = c.text(0);
                personIndex.insert(p.id, data.people.size());
                data.people << std::move(p);
            }
            if (!c.status())
                return failure(tr("people"), c.status().error());
        } else {
            sql::Cursor c(db, u"SELECT id, last_name, first_name, middle_name, birth_date, kind, external, supervisor_id, "
                              "pedagogical_years, managerial_years, methodical_years, disciplinary_sanction FROM person "
                              "ORDER BY rowid"_s);
            while (c.next()) {
                Person p;
                p.id = c.text(0);
                p.lastName = c.text(1);
                p.firstName = c.text(2);
                p.middleName = c.text(3);
                p.birthDate = c.date(4);
                p.kind = c.text(5);
                p.external = c.integer(6) != 0;
                p.supervisor = c.text(7);
                p.pedagogicalYears = c.optionalInteger(8);
                p.managerialYears = c.optionalInteger(9);
                p.methodicalYears = c.optionalInteger(10);
                p.disciplinarySanction = c.integer(11) != 0;
                personIndex.insert(p.id, data.people.size());
                data.people << std::move(p);
            }
            if (!c.status())
                return failure(tr("people"), c.status().error());
        }
        Children<Credential> credentials;
        sql::Cursor r(db, u"SELECT person_id, position, "_s + record::credentialColumns() + u" FROM credential"_s);
        while (r.next()) {
            const qsizetype i = personIndex.value(r.text(0));
            if (i < 0)
                continue;
            Credential c = record::readCredential(r, 2, everything);
            credentials.add(i, r.integer(1), c.rowId, std::move(c));
        }
        if (!r.status())
            return failure(tr("documents of people"), r.status().error());
        credentials.distribute(data.people.size(), [&](qsizetype i) -> QList<Credential>& { return data.people[i].credentials; });
        return Status::success();
    };

    const sql::ReadPart consents = [&](const QSqlDatabase& db) -> Status {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        data.consents.reserve(rowCount(q, u"consent"));
        sql::Cursor r(db, u"SELECT "_s + record::consentColumns() + u" FROM consent ORDER BY rowid"_s);
        while (r.next())
            data.consents << record::readConsent(r, 0, everything);
        if (!r.status())
            return failure(tr("consents"), r.status().error());
        return Status::success();
    };

    // The organisation and the orders with their pairs (and people).
    const sql::ReadPart orders = [&](const QSqlDatabase& db) -> Status {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(OrganizationRepository::selectStatement()))
            return failure(tr("organisation"), sql::errorText(q));
        if (q.next())
            data.organization = OrganizationRepository::read(q);
        Index orderIndex;
        const qsizetype count = rowCount(q, u"orders");
        orderIndex.reserve(count);
        data.orders.reserve(count);
        if (!q.exec(u"SELECT "_s + record::orderHeaderColumns() + u", text FROM orders ORDER BY rowid"_s))
            return failure(tr("orders"), sql::errorText(q));
        while (q.next()) {
            Order o = record::readOrderHeader(q);
            if (everything)
                o.text = q.value(6).toString();
            orderIndex.insert(o.id, data.orders.size());
            data.orders << std::move(o);
        }
        Children<QString> orderPairs;
        if (!q.exec(u"SELECT order_id, pair_id, position, rowid FROM order_pair"_s))
            return failure(tr("orders' pairs"), sql::errorText(q));
        while (q.next()) {
            if (const qsizetype i = orderIndex.value(q.value(0).toString()); i >= 0)
                orderPairs.add(i, q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(1).toString());
        }
        orderPairs.distribute(data.orders.size(), [&](qsizetype i) -> QList<QString>& { return data.orders[i].pairs; });
        if (everything) {
            Children<QString> orderPeople;
            if (!q.exec(u"SELECT order_id, person_id, position, rowid FROM order_person"_s))
                return failure(tr("orders' people"), sql::errorText(q));
            while (q.next()) {
                if (const qsizetype i = orderIndex.value(q.value(0).toString()); i >= 0)
                    orderPeople.add(i, q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(1).toString());
            }
            orderPeople.distribute(data.orders.size(), [&](qsizetype i) -> QList<QString>& { return data.orders[i].people; });
        }
        return Status::success();
    };

    const QList<sql::ReadPart> parts = everything ? QList<sql::ReadPart>{pairs, monitoring, people, consents, orders}
                                                  : QList<sql::ReadPart>{pairs, people, consents, orders, monitoring};
    if (Status s = sql::readInParallel(m_db, parts, [&] { data = Dataset(); }); !s)
        return s;
    return data;
}

Status DatasetRepository::replaceAll(const Dataset& data)
{
    BulkWriteSettings settings(m_db);
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    QSqlQuery q(m_db);
    // Lists may refer forward; references are checked once, when the transaction commits.
    q.exec(u"PRAGMA defer_foreign_keys = ON"_s);

    auto failure = [](const QString& what, const QString& error) {
        return Status::failure(tr("The data could not be saved (%1): %2").arg(what, error));
    };
    auto failed = [&](const QString& what, const QSqlQuery& query) { return failure(what, sql::errorText(query)); };

    // Children first, so that no deletion waits for its references to go.
    for (const char16_t* table : {u"order_person", u"order_pair", u"meeting", u"plan_item", u"pair_event",
                                  u"pair_mentee", u"pair", u"orders", u"consent", u"credential", u"preference"}) {
        if (!q.exec(u"DELETE FROM "_s + QString::fromUtf16(table)))
            return failed(QString::fromUtf16(table), q);
    }
    if (!q.exec(u"UPDATE organization SET head_id = NULL, curator_id = NULL"_s) || !q.exec(u"DELETE FROM person"_s))
        return failed(tr("people"), q);

    // The indexes that serve only searches and sorting (no reference is checked through them)
    // are built once after the rows, from sorted data, instead of row by row: inside this
    // transaction, so a failure leaves them as they were.
    QStringList lookupIndexes;
    for (const char16_t* name : {u"person_name", u"person_kind", u"person_search", u"orders_date", u"roadmap_activity_finish",
                                  u"plan_item_open"}) {
        q.prepare(u"SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?"_s);
        q.addBindValue(QString::fromUtf16(name));
        if (!q.exec())
            return failed(tr("indexes"), q);
        if (!q.next())
            continue;
        lookupIndexes << q.value(0).toString();
        q.finish();
        if (!q.exec(u"DROP INDEX "_s + QString::fromUtf16(name)))
            return failed(tr("indexes"), q);
    }

    // Every statement is prepared before the first row, so a schema problem fails early.
    // Rows are written kBulkRows at a time (sql::BulkInsert): the references between them are
    // checked at the commit anyway.
    using sql::BulkInsert;
    constexpr int rows = BulkInsert::kBulkRows;
    auto failedInsert = [&](const BulkInsert& insert) { return failure(insert.failedRecord(), insert.error()); };
    BulkInsert person(m_db, u"person"_s, record::personColumnList(), rows);
    BulkInsert credential(m_db, u"credential"_s,
                          {u"person_id"_s, u"position"_s, u"type"_s, u"number"_s, u"issued"_s, u"valid_until"_s, u"note"_s}, rows);
    BulkInsert consent(m_db, u"consent"_s,
                       {u"id"_s, u"position"_s, u"person_id"_s, u"type"_s, u"signed_by"_s, u"date"_s, u"withdrawn"_s, u"note"_s}, rows);
    BulkInsert order(m_db, u"orders"_s,
                     {u"id"_s, u"position"_s, u"number"_s, u"date"_s, u"type"_s, u"heading"_s, u"status"_s, u"text"_s}, rows);
    BulkInsert orderPair(m_db, u"order_pair"_s, {u"order_id"_s, u"pair_id"_s, u"position"_s}, rows);
    BulkInsert orderPerson(m_db, u"order_person"_s, {u"order_id"_s, u"person_id"_s, u"position"_s}, rows);
    BulkInsert pair(m_db, u"pair"_s,
                    {u"id"_s, u"position"_s, u"form"_s, u"mentor_id"_s, u"start"_s, u"planned_end"_s, u"actual_end"_s,
                     u"order_id"_s, u"has_plan"_s, u"plan_approved"_s, u"report_date"_s, u"mentee_questionnaire"_s,
                     u"title"_s, u"note"_s}, rows);
    BulkInsert mentee(m_db, u"pair_mentee"_s, {u"pair_id"_s, u"person_id"_s, u"position"_s}, rows);
    BulkInsert event(m_db, u"pair_event"_s,
                     {u"pair_id"_s, u"position"_s, u"type"_s, u"date"_s, u"new_mentor_id"_s, u"ground"_s, u"order_id"_s,
                      u"new_end"_s, u"reason"_s, u"notice_date"_s, u"initiator"_s, u"note"_s}, rows);
    BulkInsert item(m_db, u"plan_item"_s,
                    {u"pair_id"_s, u"position"_s, u"title"_s, u"expected"_s, u"due"_s, u"done"_s, u"result"_s, u"status"_s}, rows);
    BulkInsert meeting(m_db, u"meeting"_s, {u"pair_id"_s, u"date"_s, u"kind"_s, u"topic"_s, u"notes"_s}, rows);
    BulkInsert* const inserts[] = {&person, &credential, &consent, &order, &orderPair, &orderPerson,
                                   &pair, &mentee, &event, &item, &meeting};
    for (const BulkInsert* insert : inserts) {
        if (!insert->isPrepared())
            return failure(tr("preparing"), insert->error());
    }

    for (const Person& p : data.people) {
        if (!person.insert(record::personValues(p), p.fullName()))
            return failedInsert(person);
        const QVariant personId(p.id);
        for (int i = 0; i < p.credentials.size(); ++i) {
            const Credential& c = p.credentials.at(i);
            if (!credential.insert({personId, i, sql::text(c.type), sql::text(c.number), sql::date(c.issued),
                                    sql::date(c.validUntil), sql::text(c.note)}, p.fullName()))
                return failedInsert(credential);
        }
    }

    for (int i = 0; i < data.consents.size(); ++i) {
        const Consent& c = data.consents.at(i);
        if (!consent.insert({c.id, i, sql::text(c.person), sql::text(c.type), sql::ref(c.signedBy), sql::date(c.date),
                             sql::date(c.withdrawn), sql::text(c.note)}, c.id))
            return failedInsert(consent);
    }

    for (int i = 0; i < data.orders.size(); ++i) {
        const Order& o = data.orders.at(i);
        if (!order.insert({o.id, i, sql::text(o.number), sql::date(o.date), sql::text(o.type), sql::text(o.heading),
                           sql::text(o.status), sql::text(o.text)}, o.id))
            return failedInsert(order);
        const QVariant orderId(o.id);
        for (int k = 0; k < o.pairs.size(); ++k) {
            if (!orderPair.insert({orderId, o.pairs.at(k), k}, o.id))
                return failedInsert(orderPair);
        }
        for (int k = 0; k < o.people.size(); ++k) {
            if (!orderPerson.insert({orderId, o.people.at(k), k}, o.id))
                return failedInsert(orderPerson);
        }
    }

    for (int i = 0; i < data.pairs.size(); ++i) {
        const Pair& p = data.pairs.at(i);
        if (!pair.insert({p.id, i, sql::text(p.form), sql::text(p.mentor), sql::date(p.start), sql::date(p.plannedEnd),
                          sql::date(p.actualEnd), sql::ref(p.order), p.hasPlan, sql::date(p.planApproved),
                          sql::date(p.reportDate), sql::date(p.menteeQuestionnaire), sql::text(p.title),
                          sql::text(p.note)}, p.id))
            return failedInsert(pair);
        const QVariant pairId(p.id);
        for (int k = 0; k < p.mentees.size(); ++k) {
            if (!mentee.insert({pairId, p.mentees.at(k), k}, p.id))
                return failedInsert(mentee);
        }
        for (int k = 0; k < p.events.size(); ++k) {
            const PairEvent& e = p.events.at(k);
            if (!event.insert({pairId, k, sql::text(e.type), sql::date(e.date), sql::ref(e.newMentor),
                               sql::text(e.ground), sql::ref(e.order), sql::date(e.newEnd), sql::text(e.reason),
                               sql::date(e.noticeDate), sql::text(e.initiator), sql::text(e.note)}, p.id))
                return failedInsert(event);
        }
        for (int k = 0; k < p.planItems.size(); ++k) {
            const PlanItem& it = p.planItems.at(k);
            if (!item.insert({pairId, k, sql::text(it.title), sql::text(it.expected), sql::date(it.due),
                              sql::date(it.done), sql::text(it.result), sql::text(it.status)}, p.id))
                return failedInsert(item);
        }
        for (const Meeting& m : p.meetings) {
            if (!meeting.insert({pairId, sql::date(m.date), sql::text(m.kind), sql::text(m.topic), sql::text(m.notes)}, p.id))
                return failedInsert(meeting);
        }
    }

    for (BulkInsert* insert : inserts) {
        if (!insert->flush())
            return failedInsert(*insert);
    }

    const Organization& o = data.organization;
    QSqlQuery org(m_db);
    org.prepare(u"UPDATE organization SET name = ?, short_name = ?, place = ?, address = ?, head_id = ?, "
                "head_position = ?, curator_id = ?, profile = ?, order_suffix = ? WHERE id = 1"_s);
    int k = 0;
    for (const QVariant& v : {sql::text(o.name), sql::text(o.shortName), sql::text(o.place), sql::text(o.address),
                              sql::ref(o.head), sql::text(o.headPosition), sql::ref(o.curator), sql::text(o.profile),
                              sql::text(o.orderSuffix)})
        org.bindValue(k++, v);
    if (!org.exec())
        return failed(tr("organisation"), org);
    if (Status s = record::replaceMonitoring(m_db, data.monitoring); !s)
        return s;
    for (const QString& index : std::as_const(lookupIndexes)) {
        if (!q.exec(index))
            return failed(tr("indexes"), q);
    }

    return tx.commit();
}

} // namespace nastavnik
