#pragma once

#include "documents/DocumentSettings.h"
#include "domain/Dataset.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

namespace nastavnik {

/// The states of an order and the moves between them: draft → signed. A signed order is
/// read-only; corrections are made by a new order.
namespace orderstate {
inline const QString draft = QStringLiteral("draft");
inline const QString signedState = QStringLiteral("signed");
/// The states `status` may move to.
QStringList next(const QString& status);
bool canMove(const QString& from, const QString& to);
/// Text, heading, date, pairs and people may change only in a draft.
bool isEditable(const QString& status);
} // namespace orderstate

/// The orders journal: registration numbers, drafts generated from the data, the stored (and
/// edited) text, signing. Every write is one transaction; a signed order is never changed.
class OrderRepository
{
    Q_DECLARE_TR_FUNCTIONS(OrderRepository)

public:
    explicit OrderRepository(const QSqlDatabase& db);

    /// The order with its pairs and people.
    Result<Order> load(const QString& id) const;
    /// All orders (of `year`, or all when 0), by date and number.
    Result<QList<Order>> journal(int year = 0) const;

    /// The registration number the next order dated `date` gets: the largest number of that
    /// calendar year plus one, in the format of the settings («12-о»).
    Result<QString> nextNumber(const QDate& date) const;
    /// The number `n` in `format` with the organisation's `suffix` and the year.
    static QString formatNumber(const QString& format, int n, const QString& suffix, int year);

    /// Stores a new draft: a registration number, the default heading, the generated text.
    /// `order.type` must be an order type; `order.date` defaults to today. Pairs and people
    /// must exist. Returns the stored order.
    Result<Order> createDraft(Order order);

    // Drafts the later pairs UI offers («draft the order for …»). Each links the pairs (and
    // their event) to the new order and generates its text.
    Result<Order> draftPairsApproval(const QStringList& pairIds, const QDate& date = QDate());
    /// For the pair's latest replacement (002 4.15): the event gets this order.
    Result<Order> draftReplacement(const QString& pairId, const QDate& date = QDate());
    /// For the pair's latest extension (002 4.14).
    Result<Order> draftExtension(const QString& pairId, const QDate& date = QDate());
    /// For the pair's early completion (002 4.14, art. 351.8).
    Result<Order> draftEarlyCompletion(const QString& pairId, const QDate& date = QDate());
    Result<Order> draftCuratorAppointment(const QString& curatorId, const QDate& date = QDate());
    Result<Order> draftReward(const QStringList& peopleIds, const QDate& date = QDate());
    Result<Order> draftFinalEvent(const QDate& date = QDate());
    Result<Order> draftRoadmapApproval(const QDate& date = QDate());

    /// Stores the text the user edited (HTML). Drafts only.
    Status saveText(const QString& id, const QString& html);
    /// Changes heading, date, number, pairs and people of a draft (the text stays as it is).
    Status update(const Order& order);
    /// Generates the text of a draft again from the current data (edits are lost).
    Status regenerate(const QString& id);
    /// Signs the order: it becomes read-only; its text is frozen as it is now.
    Status sign(const QString& id);
    /// Deletes a draft; a signed order cannot be deleted.
    Status removeDraft(const QString& id);

    /// The message for a change refused because the order is signed.
    static QString signedMessage(const Order& order);

private:
    Result<QString> generateText(const Order& order) const;
    Result<Order> draftForEvent(const QString& type, const QString& eventType, const QString& pairId, const QDate& date);
    Status refuseIfSigned(const QString& id) const;

    QSqlDatabase m_db;
};

} // namespace nastavnik
