#pragma once

#include "calendar/WorkCalendar.h"
#include "domain/Dataset.h"
#include "profiles/Profile.h"
#include "rules/Finding.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace nastavnik {

/// The part of a database the rules need to judge one pair as it is being edited: the pair
/// itself (as the form shows it, not as stored), the other pairs its mentors lead (for the cap
/// on mentees), the people of those pairs with their credentials and consents, and the
/// approving orders that list the pair. A few small queries, so the editor can run the rule
/// engine after every change and show `RuleEngine::concerningPair` inline.
class PairNeighbourhood
{
    Q_DECLARE_TR_FUNCTIONS(PairNeighbourhood)

public:
    /// The id a pair not saved yet has inside the neighbourhood.
    static inline const QString kNewPairId = QStringLiteral("(new)");

    explicit PairNeighbourhood(const QSqlDatabase& db);

    /// The data around `pair`; `pair` (with kNewPairId when its id is empty) replaces the stored
    /// pair. A draft approving order chosen in `pair.order` lists the pair, as saving will make it.
    Result<Dataset> load(Pair pair) const;

    /// The findings of the rules of `profile` that concern `pair` in `around` (from load()).
    static QList<Finding> findings(const Dataset& around,
                                   const Pair& pair,
                                   const Profile& profile,
                                   const WorkCalendar& calendar,
                                   const QDate& today);

    /// load() and findings() in one go.
    Result<QList<Finding>>
    check(const Pair& pair, const Profile& profile, const WorkCalendar& calendar, const QDate& today) const;

private:
    QSqlDatabase m_db;
};

} // namespace nastavnik
