#include "rules/RuleSupport.h"

#include "util/Dates.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nastavnik::rulesupport {

QList<Leader> leaders(const Pair& pair)
{
    QList<Leader> result;
    if (!pair.start.isValid()) {
        // Not started: nothing is known of who leads when; the assigned mentor is checked
        // without dates.
        result << Leader{pair.mentor, {}, {}, true};
        return result;
    }
    QList<const PairEvent*> replacements;
    for (const PairEvent& e : pair.events) {
        if (e.type == u"replacement" && e.date.isValid() && !e.newMentor.isEmpty())
            replacements << &e;
    }
    std::stable_sort(replacements.begin(), replacements.end(),
                     [](const PairEvent* a, const PairEvent* b) { return a->date < b->date; });
    const QDate end = pair.end();
    auto add = [&](const QString& id, const QDate& from, const QDate& to, bool initial) {
        if (to.isValid() && to < from)
            return; // leads no day
        if (!result.isEmpty() && result.last().id == id && result.last().to.isValid()
            && result.last().to.addDays(1) == from) {
            result.last().to = to; // replaced by themselves: one stretch
            return;
        }
        result << Leader{id, from, to, initial};
    };
    QString current = pair.mentor;
    QDate from = pair.start;
    bool initial = true;
    for (const PairEvent* r : std::as_const(replacements)) {
        const QDate date = std::max(r->date, pair.start);
        QDate to = date.addDays(-1);
        if (end.isValid() && end < to)
            to = end;
        add(current, from, to, initial);
        current = r->newMentor;
        from = date;
        initial = false;
    }
    add(current, from, end, initial);
    return result;
}

QDate expiry(const Credential& c, const Profile& profile)
{
    if (c.validUntil.isValid())
        return c.validUntil;
    if (c.issued.isValid()) {
        if (const auto it = profile.credentialValidityMonths.constFind(c.type); it != profile.credentialValidityMonths.cend())
            return dates::addMonthsCivil(c.issued, it->value);
    }
    return {};
}

Directory::Directory(const Dataset& data)
{
    m_people.reserve(data.people.size());
    for (const Person& p : data.people)
        m_people.insert(p.id, &p);
}

QString Directory::fullName(const QString& id) const
{
    const Person* p = person(id);
    return p ? p->fullName() : u"«%1»"_s.arg(id);
}

QString Directory::shortName(const QString& id) const
{
    const Person* p = person(id);
    return p ? p->shortName() : u"«%1»"_s.arg(id);
}

QString Directory::mentees(const Pair& pair, int limit) const
{
    QStringList names;
    for (const QString& id : pair.mentees)
        names << shortName(id);
    return listOf(names, limit);
}

QString Directory::pairLabel(const Pair& pair, const QDate& on) const
{
    const QString mentor = shortName(on.isValid() ? pair.mentorOn(on) : pair.mentor);
    QString others;
    if (!pair.title.isEmpty())
        others = pair.title; // a group's own name («Профориентационная группа «Агроклассы»»)
    else if (pair.mentees.isEmpty())
        others = tr("no mentees");
    else
        others = mentees(pair);
    return u"%1 – %2"_s.arg(mentor, others);
}

QString day(const QDate& d)
{
    return dates::toDisplay(d);
}

QString listOf(const QStringList& items, int limit)
{
    if (items.size() <= limit)
        return items.join(u", ");
    const int rest = int(items.size()) - limit;
    return Directory::tr("%1 and %n more", "", rest).arg(items.mid(0, limit).join(u", "));
}

} // namespace nastavnik::rulesupport
