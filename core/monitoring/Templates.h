#pragma once

#include "domain/Dataset.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace nastavnik {

/// The built-in template of the school roadmap (002 Приложение 1, resources/roadmap/school.json):
/// stages and activities with dates given as month and day of a school year.
class RoadmapTemplate
{
    Q_DECLARE_TR_FUNCTIONS(RoadmapTemplate)

public:
    /// The template applied to the school year that starts on 1 September of `year`: August to
    /// December fall in `year`, January to July in the next one. The responsible people are
    /// taken from the organisation (the curator, the head) and the base (a person whose
    /// position names a psychologist); the rest is left for the curator. Every activity is
    /// planned. Ids are left empty: whoever stores the roadmap gives them.
    static Result<Roadmap> create(int year, const Dataset& data);

    /// The title of a roadmap for the year: «Дорожная карта реализации целевой модели
    /// наставничества в МОУ «Ялунинская СОШ» на 2026/2027 учебный год».
    static QString title(int year, const Organization& organization);
};

/// The built-in questionnaires (resources/questionnaires/builtin.json): the mentee's and the
/// mentor's satisfaction (002 8.3), the mentee's final evaluation (004 6.1, 000 5.3.2), the
/// curator's questionnaire on conditions (002 5.1), the preference survey after the group meeting
/// and the intermediate feedback form (002 Приложение 1). Their ids are their families' ids.
class QuestionnaireLibrary
{
    Q_DECLARE_TR_FUNCTIONS(QuestionnaireLibrary)

public:
    static const QList<Questionnaire>& builtIn();
    /// The built-in questionnaire `id`, or null.
    static const Questionnaire* find(const QString& id);

    /// The questionnaires a database offers: every stored version, and the built-in ones whose
    /// family is not stored yet (they are stored when first answered or edited).
    static QList<Questionnaire> available(const MonitoringData& data);
    /// A stored version, else a built-in questionnaire, else null.
    static const Questionnaire* lookup(const MonitoringData& data, const QString& id);

    /// Every problem of a questionnaire as a sentence (empty when it can be saved): a title,
    /// at least one question, ids present and unique, a text for every question, two options
    /// at least for a choice.
    static QStringList validate(const Questionnaire& questionnaire);
    /// True when answers given to `before` could mean something else under `after`: a question
    /// was added, removed, reordered, reworded, or its kind or options changed.
    static bool changesMeaning(const Questionnaire& before, const Questionnaire& after);
};

} // namespace nastavnik
