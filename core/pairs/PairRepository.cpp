#include "pairs/PairRepository.h"

#include "domain/Vocabulary.h"
#include "pairs/PairRecords.h"
#include "storage/OrderRecord.h"
#include "storage/SqlHelpers.h"
#include "storage/Transaction.h"
#include "util/Dates.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace nastavnik {
namespace {

/// A label inside a sentence: «Временная нетрудоспособность» → «временная нетрудоспособность».
QString inSentence(QString label)
{
    if (label.size() > 1 && label.at(0).isUpper() && !label.at(1).isUpper())
        label[0] = label.at(0).toLower();
    return label;
}

} // namespace

PairRepository::PairRepository(const QSqlDatabase& db)
    : m_db(db)
{
}

QString PairRepository::orderLabel(const Order& o)
{
    if (o.number.isEmpty() && !o.date.isValid())
        return tr("Order «%1» (no number yet)").arg(o.id);
    if (!o.date.isValid())
        return tr("Order № %1 (not dated)").arg(o.number);
    return tr("Order № %1 of %2").arg(o.number, dates::toDisplay(o.date));
}

bool PairRepository::exists(const QString& id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT 1 FROM pair WHERE id = ?"_s);
    q.addBindValue(id);
    return q.exec() && q.next();
}

Result<Pair> PairRepository::load(const QString& id) const
{
    Result<QList<Pair>> pairs = pairrecords::load(m_db, { id }, pairrecords::Parts::Complete);
    if (!pairs)
        return pairs.status();
    if (pairs->isEmpty())
        return Result<Pair>::failure(
            tr("The pair «%1» is not in the database (it may have been deleted).").arg(id));
    return pairs->first();
}

QStringList PairRepository::validate(const Pair& p, const Profile& profile) const
{
    QStringList problems;
    // What is stored: people and a form already in the pair are not checked again (an old
    // pair stays editable after its mentor was archived or the profile changed).
    Pair stored;
    if (!p.id.isEmpty()) {
        if (Result<QList<Pair>> loaded = pairrecords::load(m_db, { p.id }, pairrecords::Parts::Core);
            loaded && !loaded->isEmpty())
            stored = loaded->first();
    }
    QStringList ids;
    if (!p.mentor.isEmpty())
        ids << p.mentor;
    ids << p.mentees;
    ids.removeDuplicates();
    QHash<QString, Person> people;
    if (Result<QList<Person>> found = pairrecords::people(m_db, ids); found) {
        for (const Person& person : found.value())
            people.insert(person.id, person);
    }
    auto name = [&](const QString& id) {
        const auto it = people.constFind(id);
        return it == people.cend() ? u"«%1»"_s.arg(id) : it->fullName();
    };

    if (p.form.isEmpty()) {
        problems << tr("Choose the form of mentoring.");
    } else if (!profile.forms.value.contains(p.form) && p.form != stored.form) {
        QStringList forms;
        for (const QString& f : profile.forms.value)
            forms << vocabulary::label(Vocab::PairForm, f);
        problems << tr("The form «%1» is not used under the profile «%2». Choose one of: %3.")
                        .arg(vocabulary::label(Vocab::PairForm, p.form), profile.name(), forms.join(u"; "_s));
    }

    auto checkPerson = [&](const QString& id, bool wasThere) {
        const auto it = people.constFind(id);
        if (it == people.cend()) {
            problems << tr("The person «%1» is not in the database: choose the participant again.").arg(id);
            return;
        }
        if (it->archived && !wasThere)
            problems
                << tr("%1 is in the archive. Take them out of the archive in «Participants» first, or choose "
                      "someone else.")
                       .arg(it->fullName());
    };
    if (p.mentor.isEmpty())
        problems << tr("Choose the mentor.");
    else
        checkPerson(p.mentor, p.mentor == stored.mentor);

    if (p.mentees.isEmpty())
        problems << tr("Add at least one mentee.");
    QSet<QString> seen;
    for (const QString& m : p.mentees) {
        if (seen.contains(m)) {
            problems << tr("%1 is listed twice among the mentees: remove the repeated line.").arg(name(m));
            continue;
        }
        seen.insert(m);
        if (m == p.mentor)
            problems
                << tr("%1 is the mentor and cannot be a mentee of the same pair: choose another mentor or "
                      "remove them from the mentees.")
                       .arg(name(m));
        else
            checkPerson(m, stored.mentees.contains(m));
    }

    if (!p.start.isValid())
        problems << tr("Give the start date of mentoring.");
    if (!p.plannedEnd.isValid())
        problems << tr("Give the planned end of mentoring.");
    if (p.start.isValid() && p.plannedEnd.isValid() && p.plannedEnd < p.start)
        problems << tr("The planned end %1 is before the start %2: correct one of the dates.")
                        .arg(dates::toDisplay(p.plannedEnd), dates::toDisplay(p.start));
    if (p.start.isValid()) {
        if (stored.actualEnd.isValid() && stored.actualEnd < p.start)
            problems << tr("The pair was completed on %1, before the start %2: correct the start.")
                            .arg(dates::toDisplay(stored.actualEnd), dates::toDisplay(p.start));
        for (const PairEvent& e : std::as_const(stored.events)) {
            if (e.date.isValid() && e.date < p.start) {
                problems << tr("The pair's history has «%1» on %2, before the start %3: the start cannot be "
                               "later.")
                                .arg(vocabulary::label(Vocab::EventType, e.type),
                                     dates::toDisplay(e.date),
                                     dates::toDisplay(p.start));
                break;
            }
        }
    }

    if (!p.order.isEmpty() && p.order != stored.order) {
        Result<QList<Order>> orders = pairrecords::orders(m_db, { p.order });
        if (!orders || orders->isEmpty()) {
            problems << tr("The order «%1» is not in the journal: choose another order or prepare a new one.")
                            .arg(p.order);
        } else {
            const Order& o = orders->first();
            if (o.type != u"pairs_approval")
                problems << tr("%1 is not an order approving pairs: choose an order of that type.")
                                .arg(orderLabel(o));
            else if (o.status != u"draft" && !o.pairs.contains(p.id))
                problems << tr("%1 is signed and does not list this pair; a signed order cannot change. "
                               "Prepare a new "
                               "order for the pair instead.")
                                .arg(orderLabel(o));
        }
    }
    problems.removeDuplicates();
    return problems;
}

Result<QString> PairRepository::save(Pair p, const Profile& profile)
{
    p.title = p.title.trimmed();
    p.note = p.note.trimmed();
    if (const QStringList problems = validate(p, profile); !problems.isEmpty())
        return Result<QString>::failure(problems.join(u' '));

    Transaction tx(m_db);
    if (!tx.isActive())
        return Result<QString>::failure(tx.error());
    const bool isNew = p.id.isEmpty() || !exists(p.id);
    if (p.id.isEmpty())
        p.id = sql::nextId(m_db, u"pair"_s, u"g"_s);

    auto failed = [&](const QSqlQuery& q) {
        return Result<QString>::failure(tr("The pair could not be saved: %1").arg(sql::errorText(q)));
    };
    QSqlQuery q(m_db);
    if (isNew) {
        q.prepare(
            u"INSERT INTO pair (form, mentor_id, start, planned_end, order_id, title, note, id, position) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(position), -1) + 1 FROM pair))"_s);
    } else {
        q.prepare(
            u"UPDATE pair SET form = ?, mentor_id = ?, start = ?, planned_end = ?, order_id = ?, title = ?, "
            "note = ? WHERE id = ?"_s);
    }
    q.addBindValue(sql::text(p.form));
    q.addBindValue(sql::text(p.mentor));
    q.addBindValue(sql::date(p.start));
    q.addBindValue(sql::date(p.plannedEnd));
    q.addBindValue(sql::ref(p.order));
    q.addBindValue(sql::text(p.title));
    q.addBindValue(sql::text(p.note));
    q.addBindValue(p.id);
    if (!q.exec())
        return failed(q);

    q.prepare(u"DELETE FROM pair_mentee WHERE pair_id = ?"_s);
    q.addBindValue(p.id);
    if (!q.exec())
        return failed(q);
    q.prepare(u"INSERT INTO pair_mentee (pair_id, person_id, position) VALUES (?, ?, ?)"_s);
    for (int i = 0; i < p.mentees.size(); ++i) {
        q.addBindValue(p.id);
        q.addBindValue(p.mentees.at(i));
        q.addBindValue(i);
        if (!q.exec())
            return failed(q);
    }

    if (!p.order.isEmpty()) {
        // A draft approving order lists the pairs it approves: the link goes both ways.
        q.prepare(
            u"INSERT INTO order_pair (order_id, pair_id, position) SELECT o.id, ?, "
            "(SELECT COALESCE(MAX(position), -1) + 1 FROM order_pair WHERE order_id = o.id) FROM orders o "
            "WHERE o.id = ? AND o.status = 'draft' AND o.type = 'pairs_approval' AND NOT EXISTS (SELECT 1 "
            "FROM "
            "order_pair x WHERE x.order_id = o.id AND x.pair_id = ?)"_s);
        q.addBindValue(p.id);
        q.addBindValue(p.order);
        q.addBindValue(p.id);
        if (!q.exec())
            return failed(q);
    }
    if (Status s = tx.commit(); !s)
        return Result<QString>::failure(s.error());
    return p.id;
}

QStringList PairRepository::ordersOf(const QString& id) const
{
    QSqlQuery q(m_db);
    q.prepare(
        u"SELECT id FROM orders WHERE id IN (SELECT order_id FROM order_pair WHERE pair_id = ? UNION SELECT "
        "order_id FROM pair_event WHERE pair_id = ? UNION SELECT order_id FROM pair WHERE id = ?) "
        "ORDER BY date, rowid"_s);
    q.addBindValue(id);
    q.addBindValue(id);
    q.addBindValue(id);
    QStringList ids;
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toString();
    }
    QStringList labels;
    if (Result<QList<Order>> orders = pairrecords::orders(m_db, ids); orders) {
        for (const Order& o : orders.value())
            labels << orderLabel(o);
    }
    return labels;
}

Status PairRepository::remove(const QString& id)
{
    if (!exists(id))
        return Status::failure(
            tr("The pair «%1» is not in the database (it may have been deleted).").arg(id));
    if (const QStringList orders = ordersOf(id); !orders.isEmpty()) {
        return Status::failure(
            tr("The pair cannot be deleted: it is in the orders journal (%1). Orders are kept as they "
               "were issued. To stop mentoring, complete the pair early by order; a pair only in a "
               "draft order can be deleted once the draft is deleted.")
                .arg(orders.join(u"; "_s)));
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    QSqlQuery q(m_db);
    // Mentees, events, plan and meetings go with the pair (ON DELETE CASCADE).
    q.prepare(u"DELETE FROM pair WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(tr("The pair could not be deleted: %1").arg(sql::errorText(q)));
    return tx.commit();
}

Result<QList<Order>> PairRepository::approvalOrders() const
{
    // A choice of orders: their labels only (a region has thousands, each with its pairs).
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_s + record::orderHeaderColumns()
                + u" FROM orders WHERE type = 'pairs_approval' ORDER BY date DESC, rowid DESC"_s))
        return Result<QList<Order>>::failure(
            tr("The orders journal could not be read: %1").arg(sql::errorText(q)));
    QList<Order> orders;
    while (q.next())
        orders << record::readOrderHeader(q);
    return orders;
}

Result<QList<HistoryEntry>> PairRepository::history(const QString& id, const QDate& today) const
{
    const Result<Pair> pair = load(id);
    if (!pair)
        return pair.status();
    QStringList orderIds;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT order_id FROM order_pair WHERE pair_id = ?"_s);
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next())
            orderIds << q.value(0).toString();
    }
    if (!pair->order.isEmpty())
        orderIds << pair->order;
    QStringList peopleIds { pair->mentor };
    peopleIds << pair->mentees;
    for (const PairEvent& e : pair->events) {
        if (!e.order.isEmpty())
            orderIds << e.order;
        if (!e.newMentor.isEmpty())
            peopleIds << e.newMentor;
    }
    orderIds.removeDuplicates();
    peopleIds.removeDuplicates();
    const Result<QList<Order>> orders = pairrecords::orders(m_db, orderIds);
    if (!orders)
        return orders.status();
    const Result<QList<Person>> people = pairrecords::people(m_db, peopleIds);
    if (!people)
        return people.status();
    return history(pair.value(), orders.value(), people.value(), today);
}

QList<HistoryEntry> PairRepository::history(const Pair& pair,
                                            const QList<Order>& orders,
                                            const QList<Person>& people,
                                            const QDate& today)
{
    QHash<QString, const Person*> byId;
    for (const Person& p : people)
        byId.insert(p.id, &p);
    QHash<QString, const Order*> orderById;
    for (const Order& o : orders)
        orderById.insert(o.id, &o);
    auto name = [&](const QString& id) {
        const Person* p = byId.value(id, nullptr);
        return p ? p->shortName() : u"«%1»"_s.arg(id);
    };
    auto orderText = [&](const QString& id) {
        if (id.isEmpty())
            return tr("No order yet.");
        const Order* o = orderById.value(id, nullptr);
        return o ? orderLabel(*o) + u'.' : tr("The order «%1» is not in the journal.").arg(id);
    };

    QList<HistoryEntry> entries;
    auto add = [&](const QDate& date,
                   HistoryEntry::Kind kind,
                   const QString& text,
                   const QString& orderId,
                   const QStringList& ids) {
        HistoryEntry e;
        e.date = date;
        e.kind = kind;
        e.text = text;
        e.orderId = orderId;
        e.people = ids;
        e.future = date.isValid() && today.isValid() && date > today;
        entries << e;
    };

    // Approving orders: those listing the pair, and the pair's own link.
    QStringList approvals;
    for (const Order& o : orders) {
        if (o.type == u"pairs_approval" && (o.pairs.contains(pair.id) || o.id == pair.order))
            approvals << o.id;
    }
    for (const QString& id : std::as_const(approvals)) {
        const Order* o = orderById.value(id);
        const QString status = o->status == u"draft" ? tr(" (draft, not signed yet)") : QString();
        const QString text = o->date.isValid() && !o->number.isEmpty()
            ? tr("The pair is approved by order № %1 of %2%3.")
                  .arg(o->number, dates::toDisplay(o->date), status)
            : tr("The pair is approved by %1%2.").arg(orderLabel(*o), status);
        add(o->date, HistoryEntry::Kind::Approved, text, id, {});
    }

    QStringList menteeNames;
    for (const QString& m : pair.mentees)
        menteeNames << name(m);
    add(pair.start,
        HistoryEntry::Kind::Started,
        tr("Start of mentoring: mentor %1; %n mentee(s): %2", "", int(pair.mentees.size()))
            .arg(name(pair.mentor), menteeNames.join(u", "_s)),
        {},
        QStringList { pair.mentor } + pair.mentees);
    if (pair.planApproved.isValid())
        add(pair.planApproved,
            HistoryEntry::Kind::PlanApproved,
            tr("The individual plan is approved."),
            {},
            {});

    for (const PairEvent& e : pair.events) {
        if (e.type == u"replacement") {
            const QString before = name(pair.mentorOn(e.date.addDays(-1)));
            const QString ground = e.ground.isEmpty()
                ? tr("no ground given")
                : inSentence(vocabulary::label(Vocab::ReplacementGround, e.ground));
            add(e.date,
                HistoryEntry::Kind::Replacement,
                tr("The mentor %1 is replaced by %2 (ground: %3). %4")
                    .arg(before, name(e.newMentor), ground, orderText(e.order)),
                e.order,
                { pair.mentorOn(e.date.addDays(-1)), e.newMentor });
        } else if (e.type == u"extension") {
            const QString reason = e.reason.isEmpty()
                ? tr("no reason given")
                : inSentence(vocabulary::label(Vocab::ExtensionReason, e.reason));
            add(e.date,
                HistoryEntry::Kind::Extension,
                tr("The term is extended to %1 (reason: %2). %3")
                    .arg(dates::toDisplay(e.newEnd), reason, orderText(e.order)),
                e.order,
                {});
        } else if (e.type == u"early_completion") {
            QString text = tr("Mentoring ends early at the initiative of: %1.")
                               .arg(inSentence(vocabulary::label(Vocab::CompletionInitiator, e.initiator)));
            if (e.noticeDate.isValid())
                text += u' ' + tr("Notice given on %1.").arg(dates::toDisplay(e.noticeDate));
            if (!e.note.isEmpty())
                text += u' ' + e.note + (e.note.endsWith(u'.') ? QString() : u"."_s);
            text += u' ' + orderText(e.order);
            add(e.date, HistoryEntry::Kind::EarlyCompletion, text, e.order, {});
        }
    }

    if (pair.actualEnd.isValid()) {
        if (!pair.completedEarly())
            add(pair.actualEnd, HistoryEntry::Kind::Completed, tr("Mentoring is completed."), {}, {});
    } else if (const QDate end = pair.end(); end.isValid()) {
        add(end,
            HistoryEntry::Kind::PlannedEnd,
            today.isValid() && end < today ? tr("The term ended; the completion is not recorded yet.")
                                           : tr("Planned end of mentoring."),
            {},
            {});
    }
    if (pair.reportDate.isValid())
        add(pair.reportDate, HistoryEntry::Kind::Report, tr("The mentor's report is submitted."), {}, {});
    if (pair.menteeQuestionnaire.isValid())
        add(pair.menteeQuestionnaire,
            HistoryEntry::Kind::Questionnaire,
            tr("The mentee's questionnaire is received."),
            {},
            {});
    // After the end, what is still awaited closes the history (undated: it has not happened).
    const QDate end = pair.end();
    if ((pair.actualEnd.isValid() || (end.isValid() && today.isValid() && end < today))
        && (!pair.reportDate.isValid() || !pair.menteeQuestionnaire.isValid())) {
        QStringList awaited;
        if (!pair.reportDate.isValid())
            awaited << tr("the mentor's report");
        if (!pair.menteeQuestionnaire.isValid())
            awaited << tr("the mentee's questionnaire");
        HistoryEntry e;
        e.kind = pair.reportDate.isValid() ? HistoryEntry::Kind::Questionnaire : HistoryEntry::Kind::Report;
        e.text = tr("Awaited: %1.").arg(awaited.join(tr(" and ")));
        e.future = true;
        entries << e;
    }

    // By date; undated steps last; the same day keeps the order of the life of a pair.
    std::stable_sort(entries.begin(), entries.end(), [](const HistoryEntry& a, const HistoryEntry& b) {
        if (a.date.isValid() != b.date.isValid())
            return a.date.isValid();
        if (a.date != b.date)
            return a.date < b.date;
        return int(a.kind) < int(b.kind);
    });
    return entries;
}

} // namespace nastavnik
