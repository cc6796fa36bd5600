#pragma once

#include "domain/Dataset.h"

#include <QDate>

namespace nastavnik::demo {

/// Adds the monitoring of the demo school to `data` (built by demo::school for `today`): the
/// roadmap of the school year from the built-in template (some activities done, one overdue),
/// answered questionnaires (mentees' and mentors' satisfaction in both half-years, with a second
/// version of the mentees' questionnaire; final evaluations of the completed pairs; intermediate
/// feedback), entry and final test results, a SWOT analysis of two forms and the saved evaluation
/// of the previous half-year. Refers to the people and pairs already there; deterministic for a date.
void addMonitoring(Dataset& data, const QDate& today);

} // namespace nastavnik::demo
