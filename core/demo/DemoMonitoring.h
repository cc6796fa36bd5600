#pragma once

#include "domain/Dataset.h"
#include "monitoring/Period.h"

#include <QDate>

#include <functional>
#include <optional>

namespace nastavnik::demo {

/// Adds the monitoring of the demo school to `data` (built by demo::school for `today`): the
/// roadmap of the school year from the built-in template (some activities done, one overdue),
/// answered questionnaires (mentees' and mentors' satisfaction in both half-years, with a second
/// version of the mentees' questionnaire; final evaluations of the completed pairs; intermediate
/// feedback), entry and final test results, a SWOT analysis of two forms and the saved evaluation
/// of the previous half-year. Refers to the people and pairs already there; deterministic for a date.
void addMonitoring(Dataset& data, const QDate& today);

// The pieces of addMonitoring that fit any generated organisation (the region of the benchmark
// uses them too). Their randomness comes from the caller's deterministic sequence.

/// A number from 0 to `bound` - 1 of the caller's sequence.
using Draw = std::function<int(int bound)>;

/// The roadmap of the school year that contains `today`, from the built-in template, with the
/// ids the storage expects (`r1`; activities `ra1`, `ra2`, …) and the year's roadmap_approval
/// order, if any: what has ended is done, what has begun is in progress, and the latest
/// deadline that passed was missed (overdue on `today`). Nothing when the template fails.
std::optional<Roadmap> roadmapOf(const Dataset& data, const QDate& today, const Draw& draw);

/// The answers of a satisfied respondent to every question of `questionnaire`: scales mostly
/// above `floor`, the first (favourable) option of a single choice, some options of a multiple
/// one, now and then a remark; empty answers are left out.
QList<Answer> answersTo(const Questionnaire& questionnaire, int floor, const Draw& draw);

/// The curator's SWOT analysis of the forms «учитель – ученик» and «учитель – учитель» for
/// the period `period` (a code), made on `date`.
QList<Swot> swotOf(const QString& period, const QDate& date);

/// The half-yearly evaluation `id` of `period` as the curator saved it on `date`: the
/// indicators Indicators::compute gives on that date, for all forms, and the conclusions.
Evaluation evaluationOf(const Dataset& data, const Period& period, const QDate& date, const QString& id);

} // namespace nastavnik::demo
