#include "models/PeopleQuery.h"

#include "domain/Dataset.h"
#include "domain/Vocabulary.h"
#include "models/PairSql.h"
#include "storage/PeopleRepository.h"
#include "storage/SqlHelpers.h"
#include "util/Dates.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariantList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nastavnik {
namespace {

// Every statement binds today's date once, in a one-row table the expressions read.
const QString kWithToday = u"WITH params(today) AS (SELECT ?) "_s;
const QString kToday = u"(SELECT today FROM params)"_s;

QString leadingSet()
{
    return u"(SELECT "_s + pairsql::mentorOn(u"pr"_s, kToday) + u" FROM pair pr WHERE "_s
           + pairsql::notEnded(u"pr"_s, kToday) + u")"_s;
}

QString menteeSet()
{
    return u"(SELECT pm.person_id FROM pair_mentee pm JOIN pair pr ON pr.id = pm.pair_id WHERE "_s
           + pairsql::notEnded(u"pr"_s, kToday) + u")"_s;
}

// Membership in the sets above, for filtering many people: the sets are built once per query.
QString isMentor()
{
    return u"(p.mentor_base = 1 OR p.id IN "_s + leadingSet() + u")"_s;
}

QString isMentee()
{
    return u"(p.mentee_base = 1 OR p.id IN "_s + menteeSet() + u")"_s;
}

// The same, per person through the indexes, for reading a page of rows.
QString isMentorRow()
{
    return u"(p.mentor_base = 1 OR EXISTS (SELECT 1 FROM pair pr WHERE pr.id IN (SELECT x.id FROM pair x WHERE "
           "x.mentor_id = p.id UNION ALL SELECT e.pair_id FROM pair_event e WHERE e.new_mentor_id = p.id) AND "_s
           + pairsql::notEnded(u"pr"_s, kToday) + u" AND "_s + pairsql::mentorOn(u"pr"_s, kToday) + u" = p.id))"_s;
}

QString isMenteeRow()
{
    return u"(p.mentee_base = 1 OR EXISTS (SELECT 1 FROM pair_mentee pm JOIN pair pr ON pr.id = pm.pair_id WHERE "
           "pm.person_id = p.id AND "_s
           + pairsql::notEnded(u"pr"_s, kToday) + u"))"_s;
}

// A minor (under 18 on the date of signing) cannot consent alone: a parent signs (002 4.17).
const QString kSignedByMinor = u"(p.birth_date IS NOT NULL AND COALESCE(c.date, "_s + kToday
                               + u") < date(p.birth_date, '+18 years') AND COALESCE(c.signed_by, p.id) = p.id)"_s;

QString validConsent()
{
    return u"EXISTS (SELECT 1 FROM consent c WHERE c.person_id = p.id AND c.type = 'personal_data' AND "
           "c.withdrawn IS NULL AND NOT "_s
           + kSignedByMinor + u")"_s;
}

QString consentState()
{
    return u"(CASE WHEN "_s + validConsent() + u" THEN %1 "_s
                   u"WHEN EXISTS (SELECT 1 FROM consent c WHERE c.person_id = p.id AND c.type = 'personal_data' "
                   u"AND c.withdrawn IS NULL) THEN %2 "
                   u"WHEN EXISTS (SELECT 1 FROM consent c WHERE c.person_id = p.id AND c.type = 'personal_data') "
                   u"THEN %3 ELSE %4 END)"_s.arg(int(ConsentState::Valid))
                       .arg(int(ConsentState::SignedByMinor))
                       .arg(int(ConsentState::Withdrawn))
                       .arg(int(ConsentState::Missing));
}

const QString kIsStaff = u"(p.external = 0 AND p.kind NOT IN ('pupil', 'student', 'parent', 'graduate'))"_s;

/// The person kinds in the order of their labels, as ",code,code," for instr().
QString kindsByLabel()
{
    QStringList kinds = vocabulary::codes(Vocab::PersonKind);
    std::sort(kinds.begin(), kinds.end(), [](const QString& a, const QString& b) {
        return vocabulary::label(Vocab::PersonKind, a).localeAwareCompare(vocabulary::label(Vocab::PersonKind, b)) < 0;
    });
    return u","_s + kinds.join(u',') + u","_s;
}

} // namespace

QString PersonRow::fullName() const
{
    QStringList parts;
    for (const QString* part : {&lastName, &firstName, &middleName}) {
        if (!part->isEmpty())
            parts << *part;
    }
    return parts.join(u' ');
}

bool PersonRow::isStaff() const
{
    Person p;
    p.kind = kind;
    p.external = external;
    return p.isStaff();
}

QString PersonChoice::label() const
{
    return position.isEmpty() ? fullName : fullName + u", "_s + position;
}

PeopleQuery::PeopleQuery(const QSqlDatabase& db, const QDate& today)
    : m_db(db)
    , m_today(today)
{
}

namespace {

/// The words typed, folded as person.search_text is.
QStringList searchWords(const QString& text)
{
    return PeopleRepository::foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

Result<QList<qint64>> PeopleQuery::find(const PeopleFilter& filter, SortKey key, Qt::SortOrder order) const
{
    Result<PeopleFound> found = search(filter, key, order);
    if (!found)
        return found.status();
    return std::move(found.value().ids);
}

bool PeopleQuery::narrows(const PeopleFilter& narrower, const PeopleFilter& wider)
{
    PeopleFilter rest = narrower;
    rest.text = wider.text;
    if (!(rest == wider))
        return false;
    const QStringList now = searchWords(narrower.text);
    const QStringList typed = searchWords(wider.text);
    if (typed.isEmpty())
        return false; // a search without words keeps no search texts to narrow
    for (const QString& before : typed) {
        if (std::none_of(now.cbegin(), now.cend(), [&](const QString& word) { return word.contains(before); }))
            return false;
    }
    return true;
}

PeopleFound PeopleQuery::narrow(const PeopleFound& found, const PeopleFilter& narrower)
{
    const QStringList words = searchWords(narrower.text);
    PeopleFound kept;
    for (qsizetype i = 0; i < found.ids.size() && i < found.searchTexts.size(); ++i) {
        const QString& text = found.searchTexts.at(i);
        if (std::all_of(words.cbegin(), words.cend(), [&](const QString& word) { return text.contains(word); })) {
            kept.ids << found.ids.at(i);
            kept.searchTexts << text;
        }
    }
    return kept;
}

Result<PeopleFound> PeopleQuery::search(const PeopleFilter& filter, SortKey key, Qt::SortOrder order) const
{
    QStringList where;
    QVariantList binds{dates::toIso(m_today)};
    // The search text comes along when words are typed: the next keystroke narrows in memory.
    QStringList columns{u"p.rowid"_s, u"p.search_text"_s};

    // The index person_search (archived, search_text) answers the typed words and the order by
    // name alone. When other columns are needed, reading the table straight is faster than
    // reaching it row by row through the index: `+` keeps the planner off the index then.
    const bool searchOnly = filter.role == PeopleFilter::Role::All && filter.kind.isEmpty()
                            && filter.staffing == PeopleFilter::Staffing::All && !filter.withoutConsent
                            && key == SortKey::Name;
    if (!filter.showArchived)
        where << (searchOnly ? u"p.archived = 0"_s : u"+p.archived = 0"_s);
    const QStringList words = searchWords(filter.text);
    for (const QString& word : words) {
        // instr, not LIKE: what people type may contain % or _.
        where << u"instr(p.search_text, ?) > 0"_s;
        binds << word;
    }
    if (!filter.kind.isEmpty()) {
        where << u"p.kind = ?"_s;
        binds << filter.kind;
    }
    switch (filter.staffing) {
    case PeopleFilter::Staffing::All:
        break;
    case PeopleFilter::Staffing::Staff:
        where << kIsStaff;
        break;
    case PeopleFilter::Staffing::External:
        where << u"p.external = 1"_s;
        break;
    }
    switch (filter.role) {
    case PeopleFilter::Role::All:
        break;
    case PeopleFilter::Role::Mentors:
        where << isMentor();
        break;
    case PeopleFilter::Role::Mentees:
        where << isMentee();
        break;
    case PeopleFilter::Role::LeadingPair:
        where << u"p.id IN "_s + leadingSet();
        break;
    case PeopleFilter::Role::InPair:
        where << u"p.id IN "_s + menteeSet();
        break;
    }
    if (filter.withoutConsent)
        where << u"NOT "_s + validConsent();

    const QString direction = order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    // Names sort by the folded search text: case-insensitive, ё as е, then the position.
    QString orderBy;
    const bool sortInCode = key == SortKey::Position || key == SortKey::Unit;
    switch (key) {
    case SortKey::Name:
        orderBy = u"p.search_text"_s + direction;
        break;
    case SortKey::Kind:
        orderBy = u"instr(?, ',' || p.kind || ',')"_s + direction + u", p.search_text"_s;
        break;
    case SortKey::Staffing:
        orderBy = u"(CASE WHEN p.external = 1 THEN 2 WHEN "_s + kIsStaff + u" THEN 0 ELSE 1 END)"_s + direction
                  + u", p.search_text"_s;
        break;
    case SortKey::BirthDate:
        orderBy = u"p.birth_date IS NULL, p.birth_date"_s + direction + u", p.search_text"_s;
        break;
    case SortKey::Role:
        orderBy = u"("_s + isMentor() + u" * 2 + "_s + isMentee() + u")"_s + direction + u", p.search_text"_s;
        break;
    case SortKey::Consent:
        orderBy = consentState() + direction + u", p.search_text"_s;
        break;
    case SortKey::Position:
    case SortKey::Unit:
        // SQLite folds only ASCII case; Cyrillic text is sorted below, in code.
        columns << (key == SortKey::Position ? u"p.position"_s : u"p.unit"_s);
        break;
    }

    QString text = kWithToday + u"SELECT "_s + columns.join(u", "_s) + u" FROM person p"_s;
    if (!where.isEmpty())
        text += u" WHERE "_s + where.join(u" AND "_s);
    if (!orderBy.isEmpty())
        text += u" ORDER BY "_s + orderBy + u", p.rowid"_s;
    if (key == SortKey::Kind)
        binds << kindsByLabel();

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(text))
        return Result<PeopleFound>::failure(
            tr("The list of participants could not be read: %1").arg(sql::errorText(q)));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return Result<PeopleFound>::failure(
            tr("The list of participants could not be read: %1").arg(sql::errorText(q)));

    PeopleFound found;
    const bool keepText = !words.isEmpty();
    if (!sortInCode) {
        while (q.next()) {
            found.ids << q.value(0).toLongLong();
            if (keepText)
                found.searchTexts << q.value(1).toString();
        }
        return found;
    }

    struct Keyed
    {
        qint64 rowId;
        QString key;
        QString name;
    };
    QList<Keyed> keyed;
    while (q.next())
        keyed << Keyed{q.value(0).toLongLong(),
                       PeopleRepository::foldForSearch(q.value(2).toString()),
                       q.value(1).toString()};
    // Empty values go last in either direction, like empty dates.
    std::stable_sort(keyed.begin(), keyed.end(), [order](const Keyed& a, const Keyed& b) {
        if (a.key.isEmpty() != b.key.isEmpty())
            return b.key.isEmpty();
        if (a.key != b.key)
            return order == Qt::AscendingOrder ? a.key < b.key : b.key < a.key;
        return a.name < b.name;
    });
    found.ids.reserve(keyed.size());
    for (const Keyed& k : keyed) {
        found.ids << k.rowId;
        if (keepText)
            found.searchTexts << k.name;
    }
    return found;
}

Result<QList<PersonRow>> PeopleQuery::rows(const QList<qint64>& rowIds) const
{
    QList<PersonRow> result;
    if (rowIds.isEmpty())
        return result;
    QStringList marks(rowIds.size(), u"?"_s);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kWithToday
              + u"SELECT p.rowid, p.id, p.last_name, p.first_name, p.middle_name, p.kind, p.external, p.position, "
                "p.unit, p.birth_date, p.archived, "_s
              + isMentorRow() + u", "_s + isMenteeRow() + u", "_s + consentState()
              + u" FROM person p WHERE p.rowid IN ("_s
              + marks.join(u", "_s) + u")"_s);
    q.addBindValue(dates::toIso(m_today));
    for (qint64 id : rowIds)
        q.addBindValue(id);
    if (!q.exec())
        return Result<QList<PersonRow>>::failure(
            tr("The list of participants could not be read: %1").arg(sql::errorText(q)));

    QHash<qint64, PersonRow> byId;
    byId.reserve(rowIds.size());
    while (q.next()) {
        PersonRow r;
        r.rowId = q.value(0).toLongLong();
        r.id = q.value(1).toString();
        r.lastName = q.value(2).toString();
        r.firstName = q.value(3).toString();
        r.middleName = q.value(4).toString();
        r.kind = q.value(5).toString();
        r.external = q.value(6).toBool();
        r.position = q.value(7).toString();
        r.unit = q.value(8).toString();
        r.birthDate = sql::toDate(q.value(9));
        r.archived = q.value(10).toBool();
        r.mentor = q.value(11).toBool();
        r.mentee = q.value(12).toBool();
        r.consent = ConsentState(q.value(13).toInt());
        byId.insert(r.rowId, r);
    }
    result.reserve(rowIds.size());
    for (qint64 id : rowIds) {
        if (auto it = byId.constFind(id); it != byId.cend())
            result << *it;
    }
    return result;
}

qint64 PeopleQuery::rowIdOf(const QString& id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT rowid FROM person WHERE id = ?"_s);
    q.addBindValue(id);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

int PeopleQuery::count(bool includeArchived) const
{
    QSqlQuery q(m_db);
    if (q.exec(includeArchived ? u"SELECT count(*) FROM person"_s : u"SELECT count(*) FROM person WHERE archived = 0"_s)
        && q.next())
        return q.value(0).toInt();
    return 0;
}

QList<PersonChoice> PeopleQuery::choices(const QString& text, int limit, const QString& excluding) const
{
    QStringList where{u"archived = 0"_s, u"id <> ?"_s};
    QVariantList binds{sql::text(excluding)};
    const QStringList words = PeopleRepository::foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
    for (const QString& word : words) {
        where << u"instr(search_text, ?) > 0"_s;
        binds << word;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, last_name, first_name, middle_name, position, birth_date, archived FROM person WHERE "_s
              + where.join(u" AND "_s) + u" ORDER BY search_text, rowid LIMIT ?"_s);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    q.addBindValue(limit);
    QList<PersonChoice> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        PersonRow name;
        name.lastName = q.value(1).toString();
        name.firstName = q.value(2).toString();
        name.middleName = q.value(3).toString();
        result << PersonChoice{q.value(0).toString(), name.fullName(), q.value(4).toString(), sql::toDate(q.value(5)),
                               q.value(6).toBool()};
    }
    return result;
}

std::optional<PersonChoice> PeopleQuery::choice(const QString& id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT last_name, first_name, middle_name, position, birth_date, archived FROM person WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    PersonRow name;
    name.lastName = q.value(0).toString();
    name.firstName = q.value(1).toString();
    name.middleName = q.value(2).toString();
    return PersonChoice{id, name.fullName(), q.value(3).toString(), sql::toDate(q.value(4)), q.value(5).toBool()};
}

} // namespace nastavnik
