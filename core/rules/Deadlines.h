#pragma once

#include "calendar/WorkCalendar.h"
#include "domain/Dataset.h"
#include "profiles/Profile.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace nastavnik {

/// One deadline for «Сегодня»: something due on a date, overdue or coming soon.
struct DeadlineItem
{
    enum class Kind {
        PlanDue,            ///< the individual plan is to be approved (profile's plan deadline)
        ReportDue,          ///< the mentor's report after the end (profile's report deadline)
        QuestionnaireDue,   ///< the mentee's questionnaire after the end
        PairEnding,         ///< the pair's term ends
        CredentialExpiring, ///< a credential of a participant expires (valid_until or validity)
        PlanItemDue,        ///< an item of an individual plan is due
        RoadmapActivity,    ///< an activity of the roadmap is due (`activity`; the responsible in `people`)
    };

    Kind kind = Kind::PlanDue;
    QDate due;
    bool overdue = false;   ///< `due` is before today and it is not done
    QString pair;           ///< the pair concerned (empty for a credential)
    QStringList people;     ///< the people concerned: for a credential, its holder first
    QString description;    ///< one sentence in the UI language
    QString activity;       ///< the roadmap activity's id (RoadmapActivity)
    /// `due` was computed in working days in a year without decree data.
    bool unconfirmedCalendar = false;

    bool operator==(const DeadlineItem&) const = default;
};

/// The deadlines of «Сегодня».
class Deadlines
{
    Q_DECLARE_TR_FUNCTIONS(Deadlines)

public:
    /// «Сегодня»'s windows: what falls due within the horizon; pairs that ended recently.
    static constexpr int kHorizonDays = 14;
    static constexpr int kRecentDays = 90;

    /// The overdue deadlines (of any age) and those due within `horizonDays` after `today`,
    /// for pairs that are active, start within the horizon, or ended within the last
    /// `recentDays` days; sorted by due date, then kind, then pair. Roadmap activities that are
    /// neither done nor cancelled count when due within the horizon: those of the roadmap of the
    /// current school year however long overdue, those of older roadmaps for `recentDays` days.
    static QList<DeadlineItem> collect(const Dataset& data, const Profile& profile, const WorkCalendar& calendar,
                                       const QDate& today, int horizonDays = kHorizonDays, int recentDays = kRecentDays);

    /// The kind in the UI language («План», «Отчёт», …).
    static QString kindLabel(DeadlineItem::Kind kind);
};

} // namespace nastavnik
