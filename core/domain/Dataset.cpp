#include "domain/Dataset.h"

using namespace Qt::StringLiterals;

namespace nastavnik {

QString Person::fullName() const
{
    QStringList parts;
    for (const QString* part : {&lastName, &firstName, &middleName}) {
        if (!part->isEmpty())
            parts << *part;
    }
    return parts.join(u' ');
}

QString Person::shortName() const
{
    // Appended in place (lists of thousands of pairs are labelled with it).
    QString result;
    result.reserve(lastName.size() + 6);
    result += lastName;
    if (!firstName.isEmpty()) {
        result += u' ';
        result += firstName.front();
        result += u'.';
    }
    if (!middleName.isEmpty()) {
        result += u'\u00a0';
        result += middleName.front();
        result += u'.';
    }
    return result;
}

bool Person::isStaff() const
{
    static const QStringList notStaff = {u"pupil"_s, u"student"_s, u"parent"_s, u"graduate"_s};
    return !external && !notStaff.contains(kind);
}

QDate Pair::end() const
{
    if (actualEnd.isValid())
        return actualEnd;
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->type == u"extension" && it->newEnd.isValid())
            return it->newEnd;
    }
    return plannedEnd;
}

QDate Pair::endAsOf(const QDate& date) const
{
    QDate result = plannedEnd;
    for (const PairEvent& e : events) {
        if (e.type == u"extension" && e.newEnd.isValid() && e.date.isValid() && e.date <= date)
            result = e.newEnd;
    }
    return result;
}

QString Pair::mentorOn(const QDate& date) const
{
    QString result = mentor;
    for (const PairEvent& e : events) {
        if (e.type == u"replacement" && e.date.isValid() && e.date <= date && !e.newMentor.isEmpty())
            result = e.newMentor;
    }
    return result;
}

QString Pair::currentMentor() const
{
    QString result = mentor;
    for (const PairEvent& e : events) {
        if (e.type == u"replacement" && !e.newMentor.isEmpty())
            result = e.newMentor;
    }
    return result;
}

bool Pair::isActiveOn(const QDate& date) const
{
    const QDate last = end();
    return start.isValid() && last.isValid() && start <= date && date <= last;
}

bool Pair::hasExtension() const
{
    return std::any_of(events.cbegin(), events.cend(), [](const PairEvent& e) { return e.type == u"extension"; });
}

bool Pair::completedEarly() const
{
    return std::any_of(
        events.cbegin(), events.cend(), [](const PairEvent& e) { return e.type == u"early_completion"; });
}

} // namespace nastavnik
