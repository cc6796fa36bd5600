#pragma once

// Internal to core/documents: what every builder of a document kind shares.

#include "documents/DocumentBuilder.h"
#include "text/Declension.h"

#include <QHash>

namespace nastavnik {

struct DocumentBuilder::Context
{
    Dataset data;
    DocumentSettings settings;
    QDate today;
    QHash<QString, qsizetype> people;
    QHash<QString, qsizetype> pairs;
    QHash<QString, qsizetype> orders;
    QHash<QString, qsizetype> consents;

    const Person* person(const QString& id) const;
    const Pair* pair(const QString& id) const;
    const Order* order(const QString& id) const;
    const Consent* consent(const QString& id) const;
    const Person* head() const { return person(data.organization.head); }
    const Person* curator() const { return person(data.organization.curator); }

    /// The organisation's full name, else its short name, else a blank.
    QString orgName() const;
    /// The short name, else the full name.
    QString orgShort() const;
    /// «Положения о наставничестве в МОУ «Ялунинская СОШ»» (genitive, escaped).
    QString provisionGenitive() const;
    /// The clause of the organisation's provision for a topic (by profile), e.g. «4.18».
    QString clause(const QString& topic) const;
    /// «002 п. 4.18» — the source and clause for the document's record.
    QString clauseRef(const QString& topic) const;

    /// Pairs an order concerns: its own list, pairs approved by it, pairs whose events cite it.
    QList<const Pair*> pairsOfOrder(const Order& order) const;
    /// The events of `pair` that `order` decided (replacement, extension, early completion).
    QList<PairEvent> eventsOfOrder(const Pair& pair, const Order& order, const QString& type) const;
    /// The order that approved the pair (for «приказ от … № …»), or null.
    const Order* approvingOrder(const Pair& pair) const;
    /// «2026/2027» — the school year that contains `date`.
    static QString schoolYear(const QDate& date);
};

namespace doc {

using Ctx = DocumentBuilder::Context;

inline const Declension& declension()
{
    return Declension::standard();
}

/// Full name in the case (escaped), or a blank line.
QString fullName(const Person* p, GrammaticalCase c = GrammaticalCase::Nominative);
/// «Иванову М. П.»
QString surnameInitials(const Person* p, GrammaticalCase c = GrammaticalCase::Nominative);
/// «М. П. Иванова» — signatures.
QString initialsSurname(const Person* p, GrammaticalCase c = GrammaticalCase::Nominative);
/// «учителя математики Иванову Марию Петровну» when the position declines reliably, else
/// just the name. In the nominative: «Иванова Мария Петровна, учитель математики».
QString nameWithPosition(const Person* p, GrammaticalCase c);
/// The position as documents write it (a pupil's participle agrees with the pupil's gender).
QString positionText(const Person& p);
/// The person's position in the nominative (escaped) or a blank.
QString position(const Person* p, int blankWidth = 25);
/// The declined position (escaped) if reliable, else empty.
QString declinedPosition(const Person* p, GrammaticalCase c);

/// The pair's form as documents name it: «учитель – учитель» (in quotes) or «тьюторство».
QString formName(const QString& form);
/// «в форме «учитель – учитель»» / «в виде «тьюторство»».
QString inForm(const QString& form);
/// «с 15 сентября 2026 г. по 29 мая 2027 г.»
QString term(const QDate& from, const QDate& to);
/// Names of the mentees in the case, joined by «и».
QString menteeNames(const Ctx& ctx, const Pair& pair, GrammaticalCase c, bool withPositions);

/// The header of an order: organisation, «ПРИКАЗ», date and number on one line, place, heading.
QString orderHeader(const Ctx& ctx, const Order& order, const QString& heading);
/// The signature of the head: «Директор … О. С. Кокшарова».
QString headSignature(const Ctx& ctx);
/// The head's position with the organisation for approval blocks («Директор МОУ …»).
QString headTitle(const Ctx& ctx);
/// «УТВЕРЖДАЮ» block with the head's position, signature line and date.
QString approvalBlock(const Ctx& ctx, const QDate& date);
/// The acknowledgement sheet of an order on a page of its own.
QString acknowledgementSheet(const Ctx& ctx, const Order& order, const QString& heading, const QStringList& people);
/// «Контроль за исполнением настоящего приказа возложить на …» or «оставляю за собой».
QString controlPoint(const Ctx& ctx, bool keepForHead);

/// Those who sign the acknowledgement sheet (see DocumentBuilder::peopleConcerned).
QStringList peopleConcerned(const Ctx& ctx, const Order& order);

/// A safe file name: letters, digits, «-», «_».
QString fileName(const QString& text);

} // namespace doc

namespace builders {
// One function per kind; each returns a Document or a message naming what is missing.
Result<Document> order(const DocumentBuilder::Context& ctx, const Order& order);
Result<Document> plan(const DocumentBuilder::Context& ctx, const QString& pairId);
Result<Document> report(const DocumentBuilder::Context& ctx, const QString& pairId);
Result<Document> conclusion(const DocumentBuilder::Context& ctx, const QString& pairId);
Result<Document> agreement(const DocumentBuilder::Context& ctx, const QString& pairId);
Result<Document> consent(const DocumentBuilder::Context& ctx, const QString& consentId);
Result<Document> registerOfPairs(const DocumentBuilder::Context& ctx, const QString& id);
// MonitoringDocuments.cpp
Result<Document> roadmap(const DocumentBuilder::Context& ctx, const QString& roadmapIdOrYear);
Result<Document> questionnaire(const DocumentBuilder::Context& ctx, const QString& questionnaireId);
Result<Document> monitoring(const DocumentBuilder::Context& ctx, const QString& periodOrEvaluation);
} // namespace builders

} // namespace nastavnik
