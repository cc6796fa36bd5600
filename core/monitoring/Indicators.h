#pragma once

#include "domain/Dataset.h"
#include "monitoring/Period.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace nastavnik {

/// One monitoring indicator computed for a period (and a form): its value, the counts it
/// comes from, and how it is defined, so that the user and the director see what it means.
struct Indicator
{
    enum class Unit {
        Count,   ///< a number of pairs, meetings, …
        Percent, ///< numerator / denominator × 100
        Score,   ///< an average on the scale 1–10
        Points,  ///< percentage points (growth of test results)
    };

    QString id;                  ///< "pairs.total", "coverage.pupils", … (stable: saved with evaluations)
    Unit unit = Unit::Count;
    std::optional<double> value; ///< nothing: no data for the period («нет данных»), never a 0 of 0
    int numerator = 0;           ///< what is counted (pairs, people, answers, …)
    int denominator = 0;         ///< out of how many (0 when the indicator is a plain count)

    /// The title in the UI language («Mentees covered: pupils»).
    QString title() const;
    /// How it is computed, in the UI language.
    QString definition() const;
    /// The title and the definition in Russian (documents).
    QString russianTitle() const;
    QString russianDefinition() const;
    /// The value as it is shown: «12», «8 of 40 (20 %)», «8.4 of 10», «+12.5 p.p.», «no data».
    QString text() const;
    QString russianText() const;

    static QString title(const QString& id);
    static QString definition(const QString& id);
    static QString russianTitle(const QString& id);
    static QString russianDefinition(const QString& id);
    static Unit unitOf(const QString& id);
    /// Every indicator id in the order of the report.
    static QStringList ids();
    /// The saved value as an indicator (for the comparison with an evaluation).
    static Indicator fromSaved(const SavedIndicator& saved);
    SavedIndicator toSaved() const;
};

/// A deadline that passed in the period without the thing being done in time.
struct MissedDeadline
{
    enum class Kind { RoadmapActivity, PlanItem };
    Kind kind = Kind::PlanItem;
    QDate due;
    QDate done;      ///< invalid: still not done
    QString subject; ///< the activity id or the pair id
    QString title;   ///< what was due
    QString who;     ///< the responsible person or the pair's participants (short names)
};

/// The pair states of the «pairs by form and status» breakdown, in chart order.
enum class PairState { Active, Completed, CompletedEarly, NotStarted };

/// Everything the monitoring section and the director's report show for a period and a form.
struct MonitoringResult
{
    Period period;
    QString form;  ///< empty: every form
    QDate asOf;    ///< the day states are taken on: the period's end, or today when earlier

    QList<Indicator> indicators;
    /// Pairs by form (in the vocabulary's order, only forms that occur) and state.
    QList<std::pair<QString, QMap<PairState, int>>> pairsByForm;
    /// Average scale answers by form: mentees and mentors (only forms with answers).
    QList<std::pair<QString, std::pair<std::optional<double>, std::optional<double>>>> satisfactionByForm;
    /// Average growth of test results (percentage points) by form (only forms with results).
    QList<std::pair<QString, double>> growthByForm;
    /// The mentees of the period's pairs by form (only forms that occur; a person counts once
    /// per form).
    QList<std::pair<QString, int>> menteesByForm;
    /// Meetings by kind (first, trial, planning, regular, final).
    QList<std::pair<QString, int>> meetingsByKind;
    QList<MissedDeadline> missed;

    const Indicator* indicator(const QString& id) const;
};

/// The monitoring indicators: pure functions over a Dataset (no SQL, no UI), so that the
/// «Мониторинг» section, the director's report and the tests compute the same numbers.
class Indicators
{
    Q_DECLARE_TR_FUNCTIONS(Indicators)

public:
    /// Computes every indicator for `period`, for pairs of `form` (empty: all forms), with
    /// states taken on the period's end or on `today` when that is earlier.
    static MonitoringResult compute(const Dataset& data, const Period& period, const QString& form, const QDate& today);

    /// The label of a pair state in the UI language / in Russian.
    static QString stateLabel(PairState state);
    static QString stateRussian(PairState state);
    static QList<PairState> states();
};

} // namespace nastavnik
