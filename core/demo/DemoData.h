#pragma once

#include "domain/Dataset.h"
#include "matching/PreferenceRepository.h"

#include <QDate>

namespace nastavnik::demo {

/// A realistic village school running the target model of mentoring (profile `school`) in
/// the school year that contains `today`: teachers, pupils and their parents, students and an
/// employer's staff as external mentors, ~40 pairs and groups of every school form with plans,
/// meetings, orders, a replacement, an extension, an early completion, last year's completed
/// pairs — and a handful of honest mistakes for «Проверка» to find. Deterministic for a date.
Dataset school(const QDate& today);

/// The demo school's answers to the preference survey after the group meeting (002, roadmap):
/// mentees waiting for a mentor and mentors naming each other, some of them mutually. Not part
/// of the exchange data, so stored separately (PreferenceRepository).
QList<Preference> survey(const QDate& today);

} // namespace nastavnik::demo
