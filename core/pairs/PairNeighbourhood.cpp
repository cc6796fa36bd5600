#include "pairs/PairNeighbourhood.h"

#include "pairs/PairRecords.h"
#include "rules/RuleEngine.h"
#include "rules/RuleIds.h"
#include "storage/OrganizationRepository.h"
#include "storage/SqlHelpers.h"

#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace nastavnik {

PairNeighbourhood::PairNeighbourhood(const QSqlDatabase& db)
    : m_db(db)
{
}

Result<Dataset> PairNeighbourhood::load(Pair pair) const
{
    if (pair.id.isEmpty())
        pair.id = kNewPairId;
    Dataset data;
    if (const Result<Organization> org = OrganizationRepository(m_db).load(); org)
        data.organization = org.value();

    // Every mentor of the pair: at the start and after each replacement.
    QStringList mentors;
    if (!pair.mentor.isEmpty())
        mentors << pair.mentor;
    for (const PairEvent& e : std::as_const(pair.events)) {
        if (e.type == u"replacement" && !e.newMentor.isEmpty() && !mentors.contains(e.newMentor))
            mentors << e.newMentor;
    }
    const Result<QStringList> led = pairrecords::ledBy(m_db, mentors);
    if (!led)
        return led.status();
    QStringList others = led.value();
    others.removeAll(pair.id);
    Result<QList<Pair>> otherPairs = pairrecords::load(m_db, others, pairrecords::Parts::Core);
    if (!otherPairs)
        return otherPairs.status();

    data.pairs << pair;
    data.pairs << otherPairs.value();

    QStringList people;
    for (const Pair& p : std::as_const(data.pairs)) {
        people << p.mentor;
        people << p.mentees;
        for (const PairEvent& e : p.events) {
            if (!e.newMentor.isEmpty())
                people << e.newMentor;
        }
    }
    people.removeAll(QString());
    people.removeDuplicates();
    Result<QList<Person>> persons = pairrecords::people(m_db, people);
    if (!persons)
        return persons.status();
    data.people = persons.value();
    // Consents of the pair's own people only: the findings shown are about this pair.
    QStringList own = mentors;
    own << pair.mentees;
    own.removeDuplicates();
    Result<QList<Consent>> consents = pairrecords::consentsOf(m_db, own);
    if (!consents)
        return consents.status();
    data.consents = consents.value();

    QStringList orderIds;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT order_id FROM order_pair WHERE pair_id = ?"_s);
    q.addBindValue(pair.id);
    if (q.exec()) {
        while (q.next())
            orderIds << q.value(0).toString();
    }
    if (!pair.order.isEmpty() && !orderIds.contains(pair.order))
        orderIds << pair.order;
    Result<QList<Order>> orders = pairrecords::orders(m_db, orderIds);
    if (!orders)
        return orders.status();
    data.orders = orders.value();
    for (Order& o : data.orders) {
        if (o.id == pair.order && o.status == u"draft" && o.type == u"pairs_approval"
            && !o.pairs.contains(pair.id))
            o.pairs << pair.id;
    }
    return data;
}

QList<Finding> PairNeighbourhood::findings(const Dataset& around,
                                           const Pair& pair,
                                           const Profile& profile,
                                           const WorkCalendar& calendar,
                                           const QDate& today)
{
    const QString id = pair.id.isEmpty() ? kNewPairId : pair.id;
    QList<Finding> result
        = RuleEngine::concerningPair(RuleEngine::check(around, profile, calendar, today), id);
    const QString cap = QString::fromUtf16(rules::MaxMentees);
    const QDate start = pair.start;
    const QDate end = pair.end();
    if (!profile.isEnabled(cap) || !start.isValid() || !end.isValid() || end < start)
        return result;

    // mentor.max_mentees reports a mentor once, on the first day over the cap, which may lie
    // before this pair begins. For the editor the question is whether the cap is exceeded
    // while this pair runs: the mentors' other pairs are judged over this pair's term only.
    result.erase(
        std::remove_if(result.begin(), result.end(), [&cap](const Finding& f) { return f.rule == cap; }),
        result.end());
    Dataset clipped = around;
    clipped.pairs.clear();
    for (const Pair& other : around.pairs) {
        if (other.id == id) {
            clipped.pairs << other;
            continue;
        }
        const QDate otherEnd = other.end();
        if (!other.start.isValid() || !otherEnd.isValid() || otherEnd < start || other.start > end)
            continue;
        Pair q = other;
        q.start = std::max(other.start, start);
        q.actualEnd = std::min(otherEnd, end);
        clipped.pairs << q;
    }
    Profile onlyCap = profile;
    for (auto it = onlyCap.rules.begin(); it != onlyCap.rules.end(); ++it)
        it->value = it.key() == cap;
    for (const Finding& f :
         RuleEngine::concerningPair(RuleEngine::check(clipped, onlyCap, calendar, today), id)) {
        if (f.rule == cap)
            result << f;
    }
    std::stable_sort(
        result.begin(), result.end(), [](const Finding& a, const Finding& b) { return a.rule < b.rule; });
    return result;
}

Result<QList<Finding>> PairNeighbourhood::check(const Pair& pair,
                                                const Profile& profile,
                                                const WorkCalendar& calendar,
                                                const QDate& today) const
{
    const Result<Dataset> around = load(pair);
    if (!around)
        return around.status();
    return findings(around.value(), pair, profile, calendar, today);
}

} // namespace nastavnik
