#include "pairs/PairRecords.h"

#include "storage/OrderRecord.h"
#include "storage/PairRecord.h"
#include "storage/PersonRecord.h"
#include "storage/SqlHelpers.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nastavnik::pairrecords {
namespace {

template <typename T> Result<T> failed(const QString& what, const QSqlQuery& q)
{
    return Result<T>::failure(
        QCoreApplication::translate("PairRepository", "The data could not be read (%1): %2")
            .arg(what, sql::errorText(q)));
}

bool run(QSqlQuery& q, const QString& text, const QStringList& ids)
{
    q.setForwardOnly(true);
    if (!q.prepare(text))
        return false;
    for (const QString& id : ids)
        q.addBindValue(id);
    return q.exec();
}

} // namespace

QString marks(qsizetype n)
{
    return QStringList(n, u"?"_s).join(u", "_s);
}

Result<QList<Pair>> load(const QSqlDatabase& db, const QStringList& ids, Parts parts)
{
    QList<Pair> result;
    if (ids.isEmpty())
        return result;
    const QString in = u" IN ("_s + marks(ids.size()) + u")"_s;
    QHash<QString, Pair> byId;
    QSqlQuery q(db);
    if (!run(q, u"SELECT "_s + record::pairColumns() + u" FROM pair WHERE id"_s + in, ids))
        return failed<QList<Pair>>(QCoreApplication::translate("PairRepository", "pairs"), q);
    while (q.next()) {
        const Pair p = record::readPair(q);
        byId.insert(p.id, p);
    }
    if (!run(q,
             u"SELECT pair_id, person_id FROM pair_mentee WHERE pair_id"_s + in
                 + u" ORDER BY pair_id, position"_s,
             ids))
        return failed<QList<Pair>>(QCoreApplication::translate("PairRepository", "mentees of pairs"), q);
    while (q.next()) {
        if (auto it = byId.find(q.value(0).toString()); it != byId.end())
            it->mentees << q.value(1).toString();
    }
    if (!run(
            q,
            u"SELECT pair_id, "_s + record::eventColumns() + u" FROM pair_event WHERE pair_id"_s + in
                + u" ORDER BY pair_id, position, id"_s,
            ids))
        return failed<QList<Pair>>(QCoreApplication::translate("PairRepository", "events of pairs"), q);
    while (q.next()) {
        auto it = byId.find(q.value(0).toString());
        if (it == byId.end())
            continue;
        it->events << record::readEvent(q, 1);
    }
    if (parts == Parts::Complete) {
        if (!run(
                q,
                u"SELECT pair_id, "_s + record::planItemColumns() + u" FROM plan_item WHERE pair_id"_s + in
                    + u" ORDER BY pair_id, position, id"_s,
                ids))
            return failed<QList<Pair>>(QCoreApplication::translate("PairRepository", "plans"), q);
        while (q.next()) {
            auto it = byId.find(q.value(0).toString());
            if (it == byId.end())
                continue;
            it->planItems << record::readPlanItem(q, 1);
        }
        if (!run(q,
                 u"SELECT pair_id, "_s + record::meetingColumns() + u" FROM meeting WHERE pair_id"_s + in
                     + u" ORDER BY pair_id, date, id"_s,
                 ids))
            return failed<QList<Pair>>(QCoreApplication::translate("PairRepository", "meetings"), q);
        while (q.next()) {
            auto it = byId.find(q.value(0).toString());
            if (it == byId.end())
                continue;
            it->meetings << record::readMeeting(q, 1);
        }
    }
    result.reserve(byId.size());
    for (const QString& id : ids) {
        if (auto it = byId.constFind(id); it != byId.cend())
            result << *it;
    }
    return result;
}

Result<QStringList> ledBy(const QSqlDatabase& db, const QStringList& personIds)
{
    QStringList result;
    if (personIds.isEmpty())
        return result;
    const QString in = u" IN ("_s + marks(personIds.size()) + u")"_s;
    QSqlQuery q(db);
    if (!run(q,
             u"SELECT id FROM pair WHERE mentor_id"_s + in
                 + u" UNION SELECT pair_id FROM pair_event WHERE type = 'replacement' AND new_mentor_id"_s
                 + in,
             personIds + personIds))
        return failed<QStringList>(QCoreApplication::translate("PairRepository", "pairs of mentors"), q);
    while (q.next())
        result << q.value(0).toString();
    return result;
}

Result<QList<Person>> people(const QSqlDatabase& db, const QStringList& ids)
{
    QList<Person> result;
    if (ids.isEmpty())
        return result;
    const QString in = u" IN ("_s + marks(ids.size()) + u")"_s;
    QSqlQuery q(db);
    if (!run(q, u"SELECT id, "_s + record::personColumns() + u" FROM person WHERE id"_s + in, ids))
        return failed<QList<Person>>(QCoreApplication::translate("PairRepository", "people"), q);
    QHash<QString, qsizetype> index;
    while (q.next()) {
        Person p = record::readPerson(q, 1);
        p.id = q.value(0).toString();
        index.insert(p.id, result.size());
        result << p;
    }
    if (!run(
            q,
            u"SELECT person_id, "_s + record::credentialColumns() + u" FROM credential WHERE person_id"_s + in
                + u" ORDER BY person_id, position, id"_s,
            ids))
        return failed<QList<Person>>(QCoreApplication::translate("PairRepository", "documents of people"), q);
    while (q.next()) {
        const qsizetype i = index.value(q.value(0).toString(), -1);
        if (i < 0)
            continue;
        result[i].credentials << record::readCredential(q, 1);
    }
    return result;
}

Result<QList<Consent>> consentsOf(const QSqlDatabase& db, const QStringList& personIds)
{
    QList<Consent> result;
    if (personIds.isEmpty())
        return result;
    QSqlQuery q(db);
    if (!run(
            q,
            u"SELECT "_s + record::consentColumns() + u" FROM consent WHERE person_id IN ("_s
                + marks(personIds.size()) + u") ORDER BY rowid"_s,
            personIds))
        return failed<QList<Consent>>(QCoreApplication::translate("PairRepository", "consents"), q);
    while (q.next())
        result << record::readConsent(q, 0);
    return result;
}

Result<QList<Order>> orders(const QSqlDatabase& db, const QStringList& ids)
{
    QList<Order> result;
    if (ids.isEmpty())
        return result;
    const QString in = u" IN ("_s + marks(ids.size()) + u")"_s;
    QSqlQuery q(db);
    if (!run(q,
             u"SELECT "_s + record::orderHeaderColumns() + u" FROM orders WHERE id"_s + in + u" ORDER BY date, rowid"_s,
             ids))
        return failed<QList<Order>>(QCoreApplication::translate("PairRepository", "orders"), q);
    QHash<QString, qsizetype> index;
    while (q.next()) {
        Order o = record::readOrderHeader(q);
        index.insert(o.id, result.size());
        result << std::move(o);
    }
    if (!run(q,
             u"SELECT order_id, pair_id FROM order_pair WHERE order_id"_s + in
                 + u" ORDER BY order_id, position"_s,
             ids))
        return failed<QList<Order>>(QCoreApplication::translate("PairRepository", "orders' pairs"), q);
    while (q.next()) {
        if (const qsizetype i = index.value(q.value(0).toString(), -1); i >= 0)
            result[i].pairs << q.value(1).toString();
    }
    if (!run(q,
             u"SELECT order_id, person_id FROM order_person WHERE order_id"_s + in
                 + u" ORDER BY order_id, position"_s,
             ids))
        return failed<QList<Order>>(QCoreApplication::translate("PairRepository", "orders' people"), q);
    while (q.next()) {
        if (const qsizetype i = index.value(q.value(0).toString(), -1); i >= 0)
            result[i].people << q.value(1).toString();
    }
    return result;
}

} // namespace nastavnik::pairrecords
