#include "documents/OrderRepository.h"

#include "documents/DocumentBuilder.h"
#include "domain/Vocabulary.h"
#include "storage/DatasetRepository.h"
#include "storage/OrderRecord.h"
#include "storage/SqlHelpers.h"
#include "storage/Transaction.h"
#include "util/Dates.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nastavnik {

// ---- States -----------------------------------------------------------------------------

QStringList orderstate::next(const QString& status)
{
    if (status == draft)
        return {signedState};
    return {};
}

bool orderstate::canMove(const QString& from, const QString& to)
{
    return next(from).contains(to);
}

bool orderstate::isEditable(const QString& status)
{
    return status == draft;
}

// ---- Repository -------------------------------------------------------------------------

OrderRepository::OrderRepository(const QSqlDatabase& db)
    : m_db(db)
{
}

QString OrderRepository::signedMessage(const Order& o)
{
    return tr("The order № %1 of %2 is signed and can no longer be changed. Corrections are made by a new order: "
              "draft one that amends or cancels it.")
        .arg(o.number, dates::toDisplay(o.date));
}

Result<Order> OrderRepository::load(const QString& id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT number, date, type, heading, status, text FROM orders WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Result<Order>::failure(tr("The order could not be read: %1").arg(sql::errorText(q)));
    if (!q.next())
        return Result<Order>::failure(tr("The order «%1» is not in the journal (it may have been deleted).").arg(id));
    Order o;
    o.id = id;
    o.number = q.value(0).toString();
    o.date = sql::toDate(q.value(1));
    o.type = q.value(2).toString();
    o.heading = q.value(3).toString();
    o.status = q.value(4).toString();
    o.text = q.value(5).toString();
    QSqlQuery links(m_db);
    links.prepare(u"SELECT pair_id FROM order_pair WHERE order_id = ? ORDER BY position"_s);
    links.addBindValue(id);
    if (links.exec()) {
        while (links.next())
            o.pairs << links.value(0).toString();
    }
    links.prepare(u"SELECT person_id FROM order_person WHERE order_id = ? ORDER BY position"_s);
    links.addBindValue(id);
    if (links.exec()) {
        while (links.next())
            o.people << links.value(0).toString();
    }
    return o;
}

Result<QList<Order>> OrderRepository::journal(int year) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sqlText = u"SELECT "_s + record::orderHeaderColumns() + u" FROM orders"_s;
    if (year > 0)
        sqlText += u" WHERE substr(date, 1, 4) = ?"_s;
    sqlText += u" ORDER BY date, CAST(number AS INTEGER), number"_s;
    q.prepare(sqlText);
    if (year > 0)
        q.addBindValue(QString::number(year));
    if (!q.exec())
        return Result<QList<Order>>::failure(tr("The orders journal could not be read: %1").arg(sql::errorText(q)));
    QList<Order> result;
    while (q.next())
        result << record::readOrderHeader(q);
    return result;
}

QString OrderRepository::formatNumber(const QString& format, int n, const QString& suffix, int year)
{
    QString result = format.isEmpty() ? u"{n}-{suffix}"_s : format;
    result.replace(u"{n}"_s, QString::number(n));
    result.replace(u"{year}"_s, QString::number(year));
    result.replace(u"{suffix}"_s, suffix.trimmed());
    // Without an index the separator before it would dangle («12-»).
    while (!result.isEmpty() && QStringView(u"-/ ").contains(result.back()))
        result.chop(1);
    return result;
}

Result<QString> OrderRepository::nextNumber(const QDate& date) const
{
    const Result<DocumentSettings> settings = DocumentSettingsRepository(m_db).load();
    if (!settings)
        return settings.status();
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT order_suffix FROM organization WHERE id = 1"_s) || !q.next())
        return Result<QString>::failure(tr("The organisation's settings could not be read: %1").arg(sql::errorText(q)));
    const QString suffix = q.value(0).toString();
    const int year = (date.isValid() ? date : QDate::currentDate()).year();

    // The numbers of the year that follow the format; others (typed by hand, imported) are skipped.
    QString pattern = QRegularExpression::escape(formatNumber(settings->orderNumberFormat, 999999, suffix, year));
    pattern.replace(u"999999"_s, u"(\\d+)"_s);
    const QRegularExpression numbered(u"^"_s + pattern + u"$"_s);
    q.prepare(u"SELECT number FROM orders WHERE substr(date, 1, 4) = ?"_s);
    q.addBindValue(QString::number(year));
    if (!q.exec())
        return Result<QString>::failure(tr("The orders journal could not be read: %1").arg(sql::errorText(q)));
    int last = 0;
    while (q.next()) {
        const auto match = numbered.match(q.value(0).toString().trimmed());
        if (match.hasMatch())
            last = std::max(last, match.captured(1).toInt());
    }
    return formatNumber(settings->orderNumberFormat, last + 1, suffix, year);
}

Result<QString> OrderRepository::generateText(const Order& order) const
{
    const Result<Dataset> data = DatasetRepository(m_db).load();
    if (!data)
        return data.status();
    const Result<DocumentSettings> settings = DocumentSettingsRepository(m_db).load();
    if (!settings)
        return settings.status();
    const DocumentBuilder builder(data.value(), settings.value());
    const Result<Document> document = builder.generateOrder(order);
    if (!document)
        return document.status();
    return document->html;
}

Result<Order> OrderRepository::createDraft(Order order)
{
    if (!vocabulary::contains(Vocab::OrderType, order.type)) {
        return Result<Order>::failure(tr("«%1» is not a type of order. Choose one of: %2.")
                                          .arg(order.type, vocabulary::codes(Vocab::OrderType).join(u", "_s)));
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    if (!order.date.isValid())
        order.date = QDate::currentDate();
    const Result<QString> number = nextNumber(order.date);
    if (!number)
        return number.status();
    order.id = sql::nextId(m_db, u"orders"_s, u"o"_s);
    order.number = number.value();
    order.status = orderstate::draft;
    if (order.heading.trimmed().isEmpty())
        order.heading = DocumentBuilder::defaultHeading(order.type);

    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO orders (id, position, number, date, type, heading, status, text) "
              "VALUES (?, (SELECT COALESCE(MAX(position), -1) + 1 FROM orders), ?, ?, ?, ?, ?, '')"_s);
    q.addBindValue(order.id);
    q.addBindValue(sql::text(order.number));
    q.addBindValue(sql::date(order.date));
    q.addBindValue(sql::text(order.type));
    q.addBindValue(sql::text(order.heading));
    q.addBindValue(sql::text(order.status));
    if (!q.exec())
        return Result<Order>::failure(tr("The order could not be saved: %1").arg(sql::errorText(q)));

    QSqlQuery link(m_db);
    link.prepare(u"INSERT INTO order_pair (order_id, pair_id, position) VALUES (?, ?, ?)"_s);
    for (int i = 0; i < order.pairs.size(); ++i) {
        link.addBindValue(order.id);
        link.addBindValue(order.pairs.at(i));
        link.addBindValue(i);
        if (!link.exec())
            return Result<Order>::failure(tr("The pair «%1» could not be added to the order: %2. Check that the pair exists.")
                                              .arg(order.pairs.at(i), sql::errorText(link)));
    }
    link.prepare(u"INSERT INTO order_person (order_id, person_id, position) VALUES (?, ?, ?)"_s);
    for (int i = 0; i < order.people.size(); ++i) {
        link.addBindValue(order.id);
        link.addBindValue(order.people.at(i));
        link.addBindValue(i);
        if (!link.exec())
            return Result<Order>::failure(tr("The person «%1» could not be added to the order: %2. Check that the person exists.")
                                              .arg(order.people.at(i), sql::errorText(link)));
    }
    // Links are checked now: a missing pair or person refuses the draft, nothing is stored.
    QSqlQuery check(m_db);
    check.prepare(u"SELECT pair_id FROM order_pair WHERE order_id = ? AND pair_id NOT IN (SELECT id FROM pair)"_s);
    check.addBindValue(order.id);
    if (check.exec() && check.next())
        return Result<Order>::failure(tr("There is no pair «%1» in the database.").arg(check.value(0).toString()));
    check.prepare(u"SELECT person_id FROM order_person WHERE order_id = ? AND person_id NOT IN (SELECT id FROM person)"_s);
    check.addBindValue(order.id);
    if (check.exec() && check.next())
        return Result<Order>::failure(tr("There is no person «%1» in the database.").arg(check.value(0).toString()));

    if (order.type == u"pairs_approval") {
        QSqlQuery approve(m_db);
        approve.prepare(u"UPDATE pair SET order_id = ? WHERE id = ? AND order_id IS NULL"_s);
        for (const QString& pair : std::as_const(order.pairs)) {
            approve.addBindValue(order.id);
            approve.addBindValue(pair);
            if (!approve.exec())
                return Result<Order>::failure(tr("The pair «%1» could not be linked to the order: %2").arg(pair, sql::errorText(approve)));
        }
    }

    const Result<QString> text = generateText(order);
    if (!text)
        return text.status();
    order.text = text.value();
    q.prepare(u"UPDATE orders SET text = ? WHERE id = ?"_s);
    q.addBindValue(sql::text(order.text));
    q.addBindValue(order.id);
    if (!q.exec())
        return Result<Order>::failure(tr("The order could not be saved: %1").arg(sql::errorText(q)));
    if (Status s = tx.commit(); !s)
        return s;
    return order;
}

Result<Order> OrderRepository::draftPairsApproval(const QStringList& pairIds, const QDate& date)
{
    if (pairIds.isEmpty())
        return Result<Order>::failure(tr("Choose the pairs the order approves."));
    Order o;
    o.type = u"pairs_approval"_s;
    o.date = date;
    o.pairs = pairIds;
    return createDraft(o);
}

Result<Order> OrderRepository::draftForEvent(const QString& type, const QString& eventType, const QString& pairId, const QDate& date)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id FROM pair_event WHERE pair_id = ? AND type = ? ORDER BY position DESC, id DESC LIMIT 1"_s);
    q.addBindValue(pairId);
    q.addBindValue(eventType);
    if (!q.exec())
        return Result<Order>::failure(tr("The pair's events could not be read: %1").arg(sql::errorText(q)));
    if (!q.next()) {
        return Result<Order>::failure(tr("The pair «%1» has no %2 to draft an order for. Enter it in the pair first.")
                                          .arg(pairId, vocabulary::label(Vocab::EventType, eventType).toLower()));
    }
    const qint64 eventId = q.value(0).toLongLong();
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    QSqlQuery link(m_db);
    link.prepare(u"UPDATE pair_event SET order_id = ? WHERE id = ?"_s);
    Order o;
    o.type = type;
    o.date = date;
    o.pairs = {pairId};
    Result<Order> created = createDraft(o);
    if (!created)
        return created;
    link.addBindValue(created->id);
    link.addBindValue(eventId);
    if (!link.exec())
        return Result<Order>::failure(tr("The event could not be linked to the order: %1").arg(sql::errorText(link)));
    // Generated again now that the event names the order.
    const Result<QString> text = generateText(created.value());
    if (!text)
        return text.status();
    created->text = text.value();
    QSqlQuery store(m_db);
    store.prepare(u"UPDATE orders SET text = ? WHERE id = ?"_s);
    store.addBindValue(sql::text(created->text));
    store.addBindValue(created->id);
    if (!store.exec())
        return Result<Order>::failure(tr("The order could not be saved: %1").arg(sql::errorText(store)));
    if (Status s = tx.commit(); !s)
        return s;
    return created;
}

Result<Order> OrderRepository::draftReplacement(const QString& pairId, const QDate& date)
{
    return draftForEvent(u"mentor_replacement"_s, u"replacement"_s, pairId, date);
}

Result<Order> OrderRepository::draftExtension(const QString& pairId, const QDate& date)
{
    return draftForEvent(u"extension"_s, u"extension"_s, pairId, date);
}

Result<Order> OrderRepository::draftEarlyCompletion(const QString& pairId, const QDate& date)
{
    return draftForEvent(u"early_completion"_s, u"early_completion"_s, pairId, date);
}

Result<Order> OrderRepository::draftCuratorAppointment(const QString& curatorId, const QDate& date)
{
    Order o;
    o.type = u"curator_appointment"_s;
    o.date = date;
    if (!curatorId.isEmpty())
        o.people = {curatorId};
    return createDraft(o);
}

Result<Order> OrderRepository::draftReward(const QStringList& peopleIds, const QDate& date)
{
    if (peopleIds.isEmpty())
        return Result<Order>::failure(tr("Choose the participants to reward."));
    Order o;
    o.type = u"reward"_s;
    o.date = date;
    o.people = peopleIds;
    return createDraft(o);
}

Result<Order> OrderRepository::draftFinalEvent(const QDate& date)
{
    Order o;
    o.type = u"final_event"_s;
    o.date = date;
    return createDraft(o);
}

Result<Order> OrderRepository::draftRoadmapApproval(const QDate& date)
{
    Order o;
    o.type = u"roadmap_approval"_s;
    o.date = date;
    return createDraft(o);
}

Status OrderRepository::refuseIfSigned(const QString& id) const
{
    const Result<Order> o = load(id);
    if (!o)
        return o.status();
    if (!orderstate::isEditable(o->status))
        return Status::failure(signedMessage(o.value()));
    return Status::success();
}

Status OrderRepository::saveText(const QString& id, const QString& html)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    if (Status s = refuseIfSigned(id); !s)
        return s;
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE orders SET text = ? WHERE id = ? AND status = 'draft'"_s);
    q.addBindValue(sql::text(html));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(tr("The text of the order could not be saved: %1").arg(sql::errorText(q)));
    return tx.commit();
}

Status OrderRepository::update(const Order& order)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    if (Status s = refuseIfSigned(order.id); !s)
        return s;
    if (!order.date.isValid())
        return Status::failure(tr("Give the date of the order."));
    if (order.number.trimmed().isEmpty())
        return Status::failure(tr("Give the registration number of the order."));
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE orders SET number = ?, date = ?, heading = ? WHERE id = ?"_s);
    q.addBindValue(sql::text(order.number.trimmed()));
    q.addBindValue(sql::date(order.date));
    q.addBindValue(sql::text(order.heading.trimmed()));
    q.addBindValue(order.id);
    if (!q.exec())
        return Status::failure(tr("The order could not be saved: %1").arg(sql::errorText(q)));
    for (const char16_t* table : {u"order_pair", u"order_person"}) {
        q.prepare(u"DELETE FROM "_s + QString::fromUtf16(table) + u" WHERE order_id = ?"_s);
        q.addBindValue(order.id);
        if (!q.exec())
            return Status::failure(tr("The order could not be saved: %1").arg(sql::errorText(q)));
    }
    q.prepare(u"INSERT INTO order_pair (order_id, pair_id, position) VALUES (?, ?, ?)"_s);
    for (int i = 0; i < order.pairs.size(); ++i) {
        q.addBindValue(order.id);
        q.addBindValue(order.pairs.at(i));
        q.addBindValue(i);
        if (!q.exec())
            return Status::failure(tr("The pair «%1» could not be added to the order: %2").arg(order.pairs.at(i), sql::errorText(q)));
    }
    q.prepare(u"INSERT INTO order_person (order_id, person_id, position) VALUES (?, ?, ?)"_s);
    for (int i = 0; i < order.people.size(); ++i) {
        q.addBindValue(order.id);
        q.addBindValue(order.people.at(i));
        q.addBindValue(i);
        if (!q.exec())
            return Status::failure(tr("The person «%1» could not be added to the order: %2").arg(order.people.at(i), sql::errorText(q)));
    }
    return tx.commit();
}

Status OrderRepository::regenerate(const QString& id)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    const Result<Order> o = load(id);
    if (!o)
        return o.status();
    if (!orderstate::isEditable(o->status))
        return Status::failure(signedMessage(o.value()));
    const Result<QString> text = generateText(o.value());
    if (!text)
        return text.status();
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE orders SET text = ? WHERE id = ?"_s);
    q.addBindValue(sql::text(text.value()));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(tr("The text of the order could not be saved: %1").arg(sql::errorText(q)));
    return tx.commit();
}

Status OrderRepository::sign(const QString& id)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    const Result<Order> o = load(id);
    if (!o)
        return o.status();
    if (!orderstate::canMove(o->status, orderstate::signedState))
        return Status::failure(signedMessage(o.value()));
    if (o->number.trimmed().isEmpty() || !o->date.isValid())
        return Status::failure(tr("The order «%1» needs a number and a date before it is signed.").arg(o->heading));
    QString text = o->text;
    if (text.trimmed().isEmpty()) {
        // The signed text is frozen: later changes of the data do not change a signed order.
        const Result<QString> generated = generateText(o.value());
        if (!generated)
            return generated.status();
        text = generated.value();
    }
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE orders SET status = 'signed', text = ? WHERE id = ? AND status = 'draft'"_s);
    q.addBindValue(sql::text(text));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(tr("The order could not be signed: %1").arg(sql::errorText(q)));
    return tx.commit();
}

Status OrderRepository::removeDraft(const QString& id)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    if (Status s = refuseIfSigned(id); !s)
        return s;
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM orders WHERE id = ? AND status = 'draft'"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(tr("The draft could not be deleted: %1").arg(sql::errorText(q)));
    return tx.commit();
}

} // namespace nastavnik
