#pragma once

#include "calendar/WorkCalendar.h"
#include "domain/Dataset.h"
#include "profiles/Profile.h"
#include "rules/Finding.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace nastavnik {

/// The rules of the exchange contract, checked over a whole snapshot of the data.
///
/// Pure: no SQL, no UI. The forms (inline findings), the «Проверка» list and
/// `nastavnik-cli check` call the same function. Which rules run and with which numbers is
/// the profile's business; dates of "N working days" deadlines come from the calendar.
class RuleEngine
{
    Q_DECLARE_TR_FUNCTIONS(RuleEngine)

public:
    /// Every finding of the rules `profile` enables, at most one per (rule, subject), sorted
    /// by rule id and then by subject id (numbers in ids compared as numbers). `today` decides
    /// which deadlines have passed and which pairs are active now.
    static QList<Finding> check(const Dataset& data, const Profile& profile, const WorkCalendar& calendar,
                                const QDate& today);

    /// The findings that concern the person `personId` (as subject, mentor or mentee).
    static QList<Finding> concerningPerson(const QList<Finding>& findings, const QString& personId);
    /// The findings that concern the pair `pairId`.
    static QList<Finding> concerningPair(const QList<Finding>& findings, const QString& pairId);

    /// A short title of the rule in the UI language, for grouping («Не более N наставляемых…»).
    static QString ruleTitle(const QString& ruleId);

    /// Orders ids so that numbers inside them compare as numbers: p2 < p10.
    static bool idLess(const QString& a, const QString& b);
};

} // namespace nastavnik
