#include "pairs/PairLifecycle.h"

#include "domain/Vocabulary.h"
#include "pairs/PairRecords.h"
#include "storage/CalendarRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/SqlHelpers.h"
#include "storage/Transaction.h"
#include "util/Dates.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nastavnik {
namespace {

QString day(const QDate& d)
{
    return dates::toDisplay(d);
}

/// A completion this many days before the end of the term still counts as running the term
/// (the term may end on a weekend or in the holidays); earlier it is an early completion.
constexpr int kCompletionSlackDays = 14;

} // namespace

PairLifecycle::PairLifecycle(const QSqlDatabase& db)
    : m_db(db)
{
    if (const Result<Profile> p = ProfileRepository(db).active(); p)
        m_profile = p.value();
    else
        m_setupError = p.error();
    if (const Result<WorkCalendar> c = CalendarRepository(db).loadCalendar(); c)
        m_calendar = c.value();
    else if (m_setupError.isEmpty())
        m_setupError = c.error();
}

PairLifecycle::PairLifecycle(const QSqlDatabase& db, const Profile& profile, const WorkCalendar& calendar)
    : m_db(db)
    , m_profile(profile)
    , m_calendar(calendar)
{
}

QStringList PairLifecycle::replacementGrounds() const
{
    const QStringList& grounds = m_profile.replacementGrounds.value;
    return grounds.isEmpty() ? vocabulary::codes(Vocab::ReplacementGround) : grounds;
}

QStringList PairLifecycle::extensionReasons() const
{
    const QStringList& reasons = m_profile.extensionReasons.value;
    return reasons.isEmpty() ? vocabulary::codes(Vocab::ExtensionReason) : reasons;
}

std::optional<Person> PairLifecycle::person(const QString& id) const
{
    if (id.isEmpty())
        return std::nullopt;
    const Result<QList<Person>> found = pairrecords::people(m_db, { id });
    if (!found || found->isEmpty())
        return std::nullopt;
    return found->first();
}

QString PairLifecycle::personName(const QString& id) const
{
    const std::optional<Person> p = person(id);
    return p ? p->fullName() : u"«%1»"_s.arg(id);
}

bool PairLifecycle::orderExists(const QString& id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT 1 FROM orders WHERE id = ?"_s);
    q.addBindValue(id);
    return q.exec() && q.next();
}

Result<Pair> PairLifecycle::loadPair(const QString& pairId) const
{
    Result<QList<Pair>> pairs = pairrecords::load(m_db, { pairId }, pairrecords::Parts::Core);
    if (!pairs)
        return pairs.status();
    if (pairs->isEmpty())
        return Result<Pair>::failure(
            tr("The pair «%1» is not in the database (it may have been deleted).").arg(pairId));
    return pairs->first();
}

QStringList PairLifecycle::validate(const Pair& pair, const ReplacementInput& in) const
{
    QStringList problems;
    const QDate end = pair.end();
    if (!in.date.isValid()) {
        problems << tr("Give the date from which the new mentor leads the pair.");
    } else {
        if (pair.start.isValid() && in.date < pair.start)
            problems << tr("The replacement date %1 is before the start of mentoring %2.")
                            .arg(day(in.date), day(pair.start));
        if (end.isValid() && in.date > end)
            problems << tr("The replacement date %1 is after the end of the pair %2: a mentor is replaced "
                           "within the term.")
                            .arg(day(in.date), day(end));
        for (const PairEvent& e : pair.events) {
            if (e.type == u"replacement" && e.date.isValid() && e.date >= in.date) {
                problems << tr("The mentor was already replaced on %1; a new replacement must be dated later "
                               "(the history "
                               "is not rewritten).")
                                .arg(day(e.date));
                break;
            }
        }
    }
    if (in.newMentor.isEmpty()) {
        problems << tr("Choose the new mentor.");
    } else {
        const std::optional<Person> mentor = person(in.newMentor);
        if (!mentor)
            problems << tr("The person «%1» is not in the database: choose the new mentor again.")
                            .arg(in.newMentor);
        else if (mentor->archived)
            problems << tr("%1 is in the archive: choose someone else or take them out of the archive first.")
                            .arg(mentor->fullName());
        const QString current = in.date.isValid() ? pair.mentorOn(in.date) : pair.currentMentor();
        if (in.newMentor == current)
            problems << tr("%1 already leads the pair: choose another mentor.").arg(personName(current));
        if (pair.mentees.contains(in.newMentor))
            problems << tr("%1 is a mentee of this pair and cannot become its mentor.")
                            .arg(personName(in.newMentor));
    }
    if (in.ground.isEmpty())
        problems << tr("Choose the ground of the replacement.");
    else if (!replacementGrounds().contains(in.ground))
        problems << tr("The ground «%1» is not in the profile's list: choose one of the listed grounds.")
                        .arg(vocabulary::label(Vocab::ReplacementGround, in.ground));
    if (!in.order.isEmpty() && !orderExists(in.order))
        problems
            << tr("The order «%1» is not in the journal: choose another order or prepare one.").arg(in.order);
    return problems;
}

QStringList PairLifecycle::validate(const Pair& pair, const ExtensionInput& in) const
{
    QStringList problems;
    const QDate end = pair.end();
    if (pair.actualEnd.isValid())
        problems << tr("The pair was completed on %1; a completed pair cannot be extended.")
                        .arg(day(pair.actualEnd));
    if (!in.date.isValid())
        problems << tr("Give the date of the decision to extend.");
    else if (pair.start.isValid() && in.date < pair.start)
        problems << tr("The date of the extension %1 is before the start of mentoring %2.")
                        .arg(day(in.date), day(pair.start));
    else if (end.isValid() && in.date > end && !pair.actualEnd.isValid())
        problems << tr("The date of the extension %1 is after the end of the term %2: a term is extended "
                       "before it runs "
                       "out.")
                        .arg(day(in.date), day(end));
    if (!in.newEnd.isValid())
        problems << tr("Give the new end of mentoring.");
    else if (end.isValid() && in.newEnd <= end)
        problems << tr("The new end %1 must be after the current end %2.").arg(day(in.newEnd), day(end));
    if (in.reason.isEmpty())
        problems << tr("Choose the reason of the extension.");
    else if (!extensionReasons().contains(in.reason))
        problems << tr("The reason «%1» is not in the profile's list: choose one of the listed reasons.")
                        .arg(vocabulary::label(Vocab::ExtensionReason, in.reason));
    if (!in.order.isEmpty() && !orderExists(in.order))
        problems
            << tr("The order «%1» is not in the journal: choose another order or prepare one.").arg(in.order);
    return problems;
}

QStringList PairLifecycle::validate(const Pair& pair, const EarlyCompletionInput& in) const
{
    QStringList problems;
    const QDate end = pair.end();
    if (pair.actualEnd.isValid())
        problems << tr("The pair was already completed on %1.").arg(day(pair.actualEnd));
    if (!in.date.isValid())
        problems << tr("Give the date on which mentoring ends.");
    else if (pair.start.isValid() && in.date < pair.start)
        problems << tr("The completion date %1 is before the start of mentoring %2.")
                        .arg(day(in.date), day(pair.start));
    else if (end.isValid() && in.date >= end && !pair.actualEnd.isValid())
        problems << tr("The date %1 is not before the end of the term %2: this is an ordinary completion, "
                       "use «Complete».")
                        .arg(day(in.date), day(end));
    if (in.initiator.isEmpty())
        problems << tr("Choose who initiates the early completion.");
    else if (!vocabulary::contains(Vocab::CompletionInitiator, in.initiator))
        problems << tr("The initiator «%1» is unknown: choose the mentor, the employer or an agreement of "
                       "the parties.")
                        .arg(in.initiator);
    if (in.noticeDate.isValid() && in.date.isValid() && in.noticeDate > in.date)
        problems
            << tr("The notice %1 is dated after the completion %2.").arg(day(in.noticeDate), day(in.date));
    if (!in.order.isEmpty() && !orderExists(in.order))
        problems
            << tr("The order «%1» is not in the journal: choose another order or prepare one.").arg(in.order);
    return problems;
}

QStringList PairLifecycle::validateCompletion(const Pair& pair, const QDate& actualEnd) const
{
    QStringList problems;
    const QDate end = pair.end();
    if (pair.actualEnd.isValid())
        problems << tr("The pair was already completed on %1.").arg(day(pair.actualEnd));
    if (!actualEnd.isValid())
        problems << tr("Give the date mentoring ended.");
    else if (pair.start.isValid() && actualEnd < pair.start)
        problems
            << tr("The end %1 is before the start of mentoring %2.").arg(day(actualEnd), day(pair.start));
    else if (end.isValid() && actualEnd > end)
        problems << tr("The end %1 is after the end of the term %2: extend the term first (by order), then "
                       "complete it.")
                        .arg(day(actualEnd), day(end));
    else if (end.isValid() && actualEnd < end.addDays(-kCompletionSlackDays))
        problems << tr("The term runs until %1. To end mentoring on %2, use «Complete early»: an early "
                       "completion is "
                       "agreed and made by order (002 4.14).")
                        .arg(day(end), day(actualEnd));
    return problems;
}

QStringList
PairLifecycle::validateReport(const Pair& pair, const QDate& report, const QDate& questionnaire) const
{
    QStringList problems;
    if (report.isValid() && pair.start.isValid() && report < pair.start)
        problems << tr("The report date %1 is before the start of mentoring %2.")
                        .arg(day(report), day(pair.start));
    if (questionnaire.isValid() && pair.start.isValid() && questionnaire < pair.start)
        problems << tr("The questionnaire date %1 is before the start of mentoring %2.")
                        .arg(day(questionnaire), day(pair.start));
    return problems;
}

QString PairLifecycle::noticeWarning(const EarlyCompletionInput& in,
                                     const Person* mentor,
                                     const Profile& profile,
                                     const WorkCalendar& calendar)
{
    if (in.initiator != u"employer" || !mentor || !mentor->isStaff() || !in.date.isValid())
        return {};
    const int n = profile.noticeWorkingDays.value;
    if (!in.noticeDate.isValid())
        return tr("Mentor %1 is an employee: mentoring ends at the employer's initiative only after a "
                  "written notice at "
                  "least %n working day(s) in advance (Labour Code art. 351.8), and no notice date is given.",
                  "",
                  n)
            .arg(mentor->fullName());
    const QDate earliest = calendar.addWorkingDays(in.noticeDate, n);
    if (in.date >= earliest)
        return {};
    const int given = calendar.workingDaysBetween(in.noticeDate, in.date);
    return tr("Mentor %1 is an employee notified on %2: at the employer's initiative mentoring may end no "
              "earlier than "
              "%3, %n working day(s) after the notice (Labour Code art. 351.8).",
              "",
              n)
               .arg(mentor->fullName(), day(in.noticeDate), day(earliest))
        + u' ' + tr("%1 is only %n working day(s) after it.", "", given).arg(day(in.date));
}

QString PairLifecycle::noticeWarning(const Pair& pair, const EarlyCompletionInput& in) const
{
    const std::optional<Person> mentor
        = person(in.date.isValid() ? pair.mentorOn(in.date) : pair.currentMentor());
    return noticeWarning(in, mentor ? &*mentor : nullptr, m_profile, m_calendar);
}

Status PairLifecycle::appendEvent(const QString& pairId, const PairEvent& e, const QDate& actualEnd)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    QSqlQuery q(m_db);
    q.prepare(
        u"INSERT INTO pair_event (pair_id, position, type, date, new_mentor_id, ground, order_id, new_end, "
        "reason, notice_date, initiator, note) VALUES (?, (SELECT COALESCE(MAX(position), -1) + 1 FROM "
        "pair_event WHERE pair_id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(pairId);
    q.addBindValue(pairId);
    q.addBindValue(sql::text(e.type));
    q.addBindValue(sql::date(e.date));
    q.addBindValue(sql::ref(e.newMentor));
    q.addBindValue(sql::text(e.ground));
    q.addBindValue(sql::ref(e.order));
    q.addBindValue(sql::date(e.newEnd));
    q.addBindValue(sql::text(e.reason));
    q.addBindValue(sql::date(e.noticeDate));
    q.addBindValue(sql::text(e.initiator));
    q.addBindValue(sql::text(e.note.trimmed()));
    if (!q.exec())
        return Status::failure(tr("The event could not be saved: %1").arg(sql::errorText(q)));
    if (actualEnd.isValid()) {
        q.prepare(u"UPDATE pair SET actual_end = ? WHERE id = ?"_s);
        q.addBindValue(sql::date(actualEnd));
        q.addBindValue(pairId);
        if (!q.exec())
            return Status::failure(tr("The end of the pair could not be saved: %1").arg(sql::errorText(q)));
    }
    if (!e.order.isEmpty()) {
        // The order lists the pair it is about (a draft only: a signed order is never changed).
        q.prepare(u"INSERT INTO order_pair (order_id, pair_id, position) SELECT o.id, ?, (SELECT "
                  u"COALESCE(MAX(position), "
                  "-1) + 1 FROM order_pair WHERE order_id = o.id) FROM orders o WHERE o.id = ? AND o.status "
                  "= 'draft' "
                  "AND NOT EXISTS (SELECT 1 FROM order_pair x WHERE x.order_id = o.id AND x.pair_id = ?)"_s);
        q.addBindValue(pairId);
        q.addBindValue(e.order);
        q.addBindValue(pairId);
        if (!q.exec())
            return Status::failure(
                tr("The event could not be linked to the order: %1").arg(sql::errorText(q)));
    }
    return tx.commit();
}

template<typename Input>
Status PairLifecycle::validateAndAppend(const QString& pairId, const Input& input, const PairEvent& event,
                                       const QDate& actualEnd)
{
    if (!m_setupError.isEmpty())
        return Status::failure(m_setupError);
    const Result<Pair> pair = loadPair(pairId);
    if (!pair)
        return pair.status();
    if (const QStringList problems = validate(pair.value(), input); !problems.isEmpty())
        return Status::failure(problems.join(u' '));
    return appendEvent(pairId, event, actualEnd);
}

Status PairLifecycle::replaceMentor(const QString& pairId, const ReplacementInput& in)
{
    PairEvent e;
    e.type = u"replacement"_s;
    e.date = in.date;
    e.newMentor = in.newMentor;
    e.ground = in.ground;
    e.order = in.order;
    e.note = in.note;
    return validateAndAppend(pairId, in, e);
}

Status PairLifecycle::extend(const QString& pairId, const ExtensionInput& in)
{
    PairEvent e;
    e.type = u"extension"_s;
    e.date = in.date;
    e.newEnd = in.newEnd;
    e.reason = in.reason;
    e.order = in.order;
    e.note = in.note;
    return validateAndAppend(pairId, in, e);
}

Status PairLifecycle::completeEarly(const QString& pairId, const EarlyCompletionInput& in)
{
    PairEvent e;
    e.type = u"early_completion"_s;
    e.date = in.date;
    e.initiator = in.initiator;
    e.noticeDate = in.noticeDate;
    e.order = in.order;
    e.note = in.note;
    return validateAndAppend(pairId, in, e, in.date);
}

Status PairLifecycle::complete(const QString& pairId, const QDate& actualEnd)
{
    const Result<Pair> pair = loadPair(pairId);
    if (!pair)
        return pair.status();
    if (const QStringList problems = validateCompletion(pair.value(), actualEnd); !problems.isEmpty())
        return Status::failure(problems.join(u' '));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE pair SET actual_end = ? WHERE id = ? AND actual_end IS NULL"_s);
    q.addBindValue(sql::date(actualEnd));
    q.addBindValue(pairId);
    if (!q.exec())
        return Status::failure(tr("The end of the pair could not be saved: %1").arg(sql::errorText(q)));
    return tx.commit();
}

Status PairLifecycle::recordReport(const QString& pairId, const QDate& report, const QDate& questionnaire)
{
    const Result<Pair> pair = loadPair(pairId);
    if (!pair)
        return pair.status();
    if (const QStringList problems = validateReport(pair.value(), report, questionnaire); !problems.isEmpty())
        return Status::failure(problems.join(u' '));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE pair SET report_date = ?, mentee_questionnaire = ? WHERE id = ?"_s);
    q.addBindValue(sql::date(report));
    q.addBindValue(sql::date(questionnaire));
    q.addBindValue(pairId);
    if (!q.exec())
        return Status::failure(tr("The dates could not be saved: %1").arg(sql::errorText(q)));
    return tx.commit();
}

} // namespace nastavnik
