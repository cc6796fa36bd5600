#pragma once

#include "domain/Dataset.h"

#include <QDate>
#include <QString>

namespace nastavnik::bench {

/// How much the benchmark database holds. `full()` is the region of issue 7; `--quick` takes
/// a tenth of it.
struct Scale
{
    int people = 30000;
    int pairs = 15000;
    int planItems = 100000;
    int meetings = 60000;
    int orders = 2000;
    int responses = 20000;   ///< answered questionnaires
    int testResults = 22000; ///< entry and final test results of mentees

    static Scale full() { return {}; }
    /// `full()` times `factor`, each count rounded (and at least enough for every kind of row).
    static Scale scaled(double factor);
};

/// A generated region and the places in it the figures use.
struct Region
{
    Dataset data;
    /// The date the region is generated for: pairs of the current school year are active on
    /// it, earlier ones completed. The check and the documents use it as "today".
    QDate today;
    /// A `pairs_approval` order that lists exactly 40 pairs (the "order of 40 pairs" figure).
    QString orderOf40;
};

/// A municipal mentorship centre consolidating a region: many schools (teachers, pupils and
/// their parents, the heads), departments of a regional apparatus (civil servants), external
/// mentors (students of colleges, employers' staff, graduates, veterans). Four cohorts of pairs
/// over three school years, most completed with reports, the current ones active; mentors with
/// one to three pairs, groups, replacements, extensions and early completions by order; plans,
/// meetings, consents and credentials for most people — and a sprinkling of the mistakes the
/// check exists to find (a few mentors over the cap, late plans and reports, missing consents,
/// expired certificates, pairs without an order). The monitoring: the built-in questionnaires,
/// answered by most mentees and mentors of the completed pairs after the end (satisfaction,
/// final evaluation) and as intermediate feedback in active pairs; diagnostic tests of every
/// form with entry and final results of most mentees; the roadmap of the current school year
/// (some activities done, some overdue), SWOT analyses and a saved evaluation.
///
/// Deterministic: the same scale gives the same data, byte for byte, on every machine. The
/// counts of people, pairs, plan items, meetings, orders, responses and test results are
/// exactly those of `scale`.
Region generateRegion(const Scale& scale);

} // namespace nastavnik::bench
