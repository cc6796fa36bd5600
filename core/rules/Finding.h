#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace nastavnik {

/// One violation of a rule of the active provision profile.
struct Finding
{
    enum class Severity { Error, Warning };
    enum class SubjectKind { Pair, Person };

    QString rule; ///< the contract's rule id, e.g. "mentor.max_mentees"
    Severity severity = Severity::Error;
    QString subject; ///< the id of the pair, or of the person for person-level rules
    SubjectKind subjectKind = SubjectKind::Pair;
    QString clause;          ///< «002 п. 4.12», «ТК РФ ст. 351.8»
    bool secondary = false;  ///< the clause's value is reported by secondary sources only
    QString message;         ///< what is wrong, naming the people and the dates (UI language)
    QString hint;            ///< what to do
    QStringList people;      ///< the people concerned (ids), the subject first for person rules
    QStringList pairs;       ///< the pairs concerned (ids), the subject first for pair rules
    QDate date;              ///< the date the finding is about (a deadline, the first day…), if any
    /// A date of the finding (a deadline) lies in a year without decree data: it was computed
    /// by Labour Code art. 112 alone and may change when the decree is known.
    bool unconfirmedCalendar = false;

    /// "error" or "warning", as `check --format json` prints it.
    QString severityText() const { return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning"); }

    bool operator==(const Finding&) const = default;
};

} // namespace nastavnik
