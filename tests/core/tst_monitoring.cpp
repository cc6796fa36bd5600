#include "MonitoringTestData.h"
#include "TestSupport.h"
#include "demo/DemoData.h"
#include "exchange/Exchange.h"
#include "monitoring/Indicators.h"
#include "monitoring/Period.h"
#include "monitoring/Templates.h"
#include "profiles/Profile.h"
#include "rules/Deadlines.h"
#include "storage/DatasetRepository.h"
#include "storage/MonitoringRepository.h"
#include "storage/PeopleRepository.h"

#include <QSqlQuery>
#include <QtTest>

#include <cmath>

using namespace nastavnik;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(nastavnik::Questionnaire)
Q_DECLARE_METATYPE(nastavnik::Response)

namespace {

const QDate kToday(2026, 11, 22);

/// "value numerator/denominator" of an indicator, or "none" for no data.
QString shown(const MonitoringResult& r, const QString& id)
{
    const Indicator* i = r.indicator(id);
    if (!i)
        return u"missing"_s;
    const QString value = i->value ? QString::number(std::round(*i->value * 10) / 10) : u"none"_s;
    return value + u' ' + QString::number(i->numerator) + u'/' + QString::number(i->denominator);
}

/// A fresh database holding the test school.
struct School
{
    test::TempDatabase t;
    School(const Dataset& data = test::monitoringSchool())
    {
        const Status s = DatasetRepository(t.connection()).replaceAll(data);
        if (!s)
            qFatal("%s", qPrintable(s.error()));
    }
    MonitoringRepository repo() { return MonitoringRepository(t.connection()); }
    Dataset load() { return DatasetRepository(t.connection()).load().value(); }
};

} // namespace

class TestMonitoring : public QObject
{
    Q_OBJECT

private slots:
    // ---- Periods ----
    void periods_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("previous");
        QTest::addColumn<QString>("russian");
        QTest::newRow("first half-year") << u"2026-H1"_s << QDate(2026, 1, 1) << QDate(2026, 6, 30) << u"2025-H2"_s << u"I полугодие 2026 г."_s;
        QTest::newRow("second half-year") << u"2026-H2"_s << QDate(2026, 7, 1) << QDate(2026, 12, 31) << u"2026-H1"_s << u"II полугодие 2026 г."_s;
        QTest::newRow("school year") << u"2026/2027"_s << QDate(2026, 9, 1) << QDate(2027, 8, 31) << u"2025/2026"_s << u"2026/2027 учебный год"_s;
        QTest::newRow("calendar year") << u"2026"_s << QDate(2026, 1, 1) << QDate(2026, 12, 31) << u"2025"_s << u"2026 год"_s;
        QTest::newRow("custom days") << u"2026-09-01..2026-09-30"_s << QDate(2026, 9, 1) << QDate(2026, 9, 30)
                                     << u"2026-08-02..2026-08-31"_s << u"период с 01.09.2026 по 30.09.2026"_s;
    }
    void periods()
    {
        QFETCH(QString, code);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, previous);
        QFETCH(QString, russian);
        const std::optional<Period> p = Period::parse(code);
        QVERIFY(p);
        QCOMPARE(p->from, from);
        QCOMPARE(p->to, to);
        QCOMPARE(p->code(), code);
        QCOMPARE(p->previous().code(), previous);
        QCOMPARE(p->russianLabel(), russian);
    }

    void badPeriods_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("third half") << u"2026-H3"_s;
        QTest::newRow("years not consecutive") << u"2026/2028"_s;
        QTest::newRow("end before start") << u"2026-09-30..2026-09-01"_s;
        QTest::newRow("impossible date") << u"2026-02-30..2026-03-01"_s;
        QTest::newRow("words") << u"второе полугодие"_s;
        QTest::newRow("empty") << QString();
    }
    void badPeriods()
    {
        QFETCH(QString, code);
        QVERIFY(!Period::parse(code));
    }

    // ---- Indicators on the small school ----
    void indicators_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("form");
        QTest::addColumn<QString>("indicator");
        QTest::addColumn<QString>("expected"); // value numerator/denominator

        // First half of 2026, every form: g1 active, g2 completed early, g3 completed (g4 ended in 2025).
        const QList<std::pair<const char*, const char*>> all = {
            {"pairs.total", "3 3/0"},
            {"pairs.active", "1 1/0"},
            {"pairs.completed", "1 1/0"},
            {"pairs.changed", "66.7 2/3"},        // g2 early, g3 replaced
            {"coverage.pupils", "66.7 2/3"},      // p5, p6 of p5–p7
            {"coverage.teachers", "50 1/2"},      // p3 of p3 and p8 (p4 archived)
            {"plans.on_time", "50 1/2"},          // g2 on time, g1 had a late item
            {"plan_items.on_time", "66.7 2/3"},   // the cancelled item does not count
            {"meetings.held", "2 2/0"},           // the July meeting is in the next half
            {"satisfaction.mentees", "7.5 2/0"},  // (9 + 6) / 2, the August answer left out
            {"satisfaction.mentors", "8 1/0"},
            {"tests.growth", "20 2/0"},           // +30 and +10 points of 20
            {"retention.newcomers", "0 0/1"},     // p4 started in 2025-H1 and left
            {"deadlines.missed", "2 2/0"},        // a late plan item and a roadmap activity
        };
        for (const auto& [id, value] : all)
            QTest::newRow(qPrintable(u"2026-H1, all forms: "_s + QLatin1StringView(id))) << u"2026-H1"_s << QString()
                                                                                         << QString::fromLatin1(id)
                                                                                         << QString::fromLatin1(value);
        // The same half-year for «учитель – учитель» only.
        const QList<std::pair<const char*, const char*>> teachers = {
            {"pairs.total", "1 1/0"},        {"pairs.changed", "0 0/1"},
            {"coverage.pupils", "0 0/3"},    {"coverage.teachers", "50 1/2"},
            {"plans.on_time", "0 0/1"},      {"satisfaction.mentees", "9 1/0"},
            {"satisfaction.mentors", "8 1/0"}, {"tests.growth", "30 1/0"},
            {"retention.newcomers", "0 0/1"}, {"deadlines.missed", "1 1/0"},
        };
        for (const auto& [id, value] : teachers)
            QTest::newRow(qPrintable(u"2026-H1, teacher_teacher: "_s + QLatin1StringView(id)))
                << u"2026-H1"_s << u"teacher_teacher"_s << QString::fromLatin1(id) << QString::fromLatin1(value);
        // A period without any data: counts are 0, shares without a base are «no data».
        const QList<std::pair<const char*, const char*>> empty = {
            {"pairs.total", "0 0/0"},          {"pairs.changed", "none 0/0"},
            {"coverage.pupils", "0 0/3"},      {"plans.on_time", "none 0/0"},
            {"plan_items.on_time", "none 0/0"}, {"meetings.held", "0 0/0"},
            {"satisfaction.mentees", "none 0/0"}, {"tests.growth", "none 0/0"},
            {"retention.newcomers", "none 0/0"}, {"deadlines.missed", "0 0/0"},
        };
        for (const auto& [id, value] : empty)
            QTest::newRow(qPrintable(u"2020-H1, no data: "_s + QLatin1StringView(id)))
                << u"2020-H1"_s << QString() << QString::fromLatin1(id) << QString::fromLatin1(value);
        // The second half of 2026: g1 only, the August answer counts.
        QTest::newRow("2026-H2: the pair of the period") << u"2026-H2"_s << QString() << u"pairs.total"_s << u"1 1/0"_s;
        QTest::newRow("2026-H2: satisfaction of August") << u"2026-H2"_s << QString() << u"satisfaction.mentees"_s << u"2 1/0"_s;
        QTest::newRow("2026-H2: the July meeting") << u"2026-H2"_s << QString() << u"meetings.held"_s << u"1 1/0"_s;
        QTest::newRow("2026-H2: the summer item is overdue") << u"2026-H2"_s << QString() << u"deadlines.missed"_s << u"1 1/0"_s;
        QTest::newRow("2026-H2: p3 started 2026-H1, after the cohort") << u"2026-H2"_s << QString() << u"retention.newcomers"_s << u"none 0/0"_s;
    }
    void indicators()
    {
        QFETCH(QString, period);
        QFETCH(QString, form);
        QFETCH(QString, indicator);
        QFETCH(QString, expected);
        const MonitoringResult r = Indicators::compute(test::monitoringSchool(), *Period::parse(period), form, kToday);
        QCOMPARE(shown(r, indicator), expected);
    }

    void indicatorsOfNothing()
    {
        const MonitoringResult r = Indicators::compute(Dataset(), Period::halfYear(2026, 1), QString(), kToday);
        QCOMPARE(r.indicators.size(), Indicator::ids().size());
        for (const Indicator& i : r.indicators) {
            QVERIFY(!i.title().isEmpty());
            QVERIFY(!i.definition().isEmpty());
            if (i.unit != Indicator::Unit::Count) {
                QVERIFY2(!i.value, qPrintable(i.id));
                QVERIFY(!i.text().isEmpty());
            } else {
                QCOMPARE(*i.value, 0.0);
            }
        }
        QVERIFY(r.pairsByForm.isEmpty());
        QVERIFY(r.missed.isEmpty());
    }

    void breakdowns()
    {
        const MonitoringResult r = Indicators::compute(test::monitoringSchool(), Period::halfYear(2026, 1), QString(), kToday);
        QCOMPARE(r.asOf, QDate(2026, 6, 30));
        QCOMPARE(r.pairsByForm.size(), 2);
        QCOMPARE(r.pairsByForm.at(0).first, u"teacher_teacher"_s);
        QCOMPARE(r.pairsByForm.at(0).second.value(PairState::Active), 1);
        QCOMPARE(r.pairsByForm.at(1).first, u"teacher_pupil"_s);
        QCOMPARE(r.pairsByForm.at(1).second.value(PairState::CompletedEarly), 1);
        QCOMPARE(r.pairsByForm.at(1).second.value(PairState::Completed), 1);
        QCOMPARE(r.growthByForm.size(), 2);
        QCOMPARE(r.growthByForm.at(0), (std::pair<QString, double>(u"teacher_teacher"_s, 30.0)));
        QCOMPARE(r.growthByForm.at(1), (std::pair<QString, double>(u"teacher_pupil"_s, 10.0)));
        QCOMPARE(r.missed.size(), 2);
        QCOMPARE(r.missed.at(0).due, QDate(2026, 3, 1));
        QCOMPARE(r.missed.at(0).done, QDate(2026, 3, 5));
        QCOMPARE(r.missed.at(1).kind, MissedDeadline::Kind::RoadmapActivity);
        // A period still running takes the states on today.
        const MonitoringResult running = Indicators::compute(test::monitoringSchool(), Period::halfYear(2026, 2),
                                                             QString(), QDate(2026, 9, 1));
        QCOMPARE(running.asOf, QDate(2026, 9, 1));
    }

    void indicatorTexts()
    {
        Indicator share;
        share.id = u"coverage.pupils"_s;
        share.unit = Indicator::Unit::Percent;
        share.numerator = 2;
        share.denominator = 3;
        share.value = 200.0 / 3;
        QCOMPARE(share.russianText(), u"2 из 3 (66,7 %)"_s);
        Indicator score;
        score.id = u"satisfaction.mentees"_s;
        score.unit = Indicator::Unit::Score;
        score.numerator = 5;
        score.value = 8.44;
        QCOMPARE(score.russianText(), u"8,4 из 10 (5 анкет)"_s);
        Indicator none = score;
        none.value.reset();
        QCOMPARE(none.russianText(), u"нет данных"_s);
        QVERIFY(Indicator::russianDefinition(u"retention.newcomers"_s).contains(u"30"_s));
    }

    // ---- Roadmap template ----
    void roadmapTemplate_data()
    {
        QTest::addColumn<int>("year");
        QTest::newRow("2026/2027") << 2026;
        QTest::newRow("2030/2031, a year after a leap year") << 2030;
    }
    void roadmapTemplate()
    {
        QFETCH(int, year);
        Dataset d = test::monitoringSchool();
        d.organization.head = u"p2"_s;
        d.people[7].position = u"педагог-психолог"_s;
        const Result<Roadmap> r = RoadmapTemplate::create(year, d);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->year, year);
        QCOMPARE(r->schoolYear(), u"%1/%2"_s.arg(year).arg(year + 1));
        QVERIFY(r->title.contains(u"МОУ «Тестовая СОШ»"_s));
        QCOMPARE(r->stages.size(), 13);
        // The stages of 002 Приложение 1, in order.
        QVERIFY(r->stages.first().title.startsWith(u"Подготовка условий"_s));
        QVERIFY(r->stages.last().title.startsWith(u"Мотивация"_s));
        int activities = 0;
        bool fiveMeetings = false;
        for (const RoadmapStage& s : r->stages) {
            for (const RoadmapActivity& a : s.activities) {
                ++activities;
                QVERIFY(a.start.isValid() && a.end.isValid() && a.start <= a.end);
                // August–July of the school year.
                QVERIFY(a.start >= QDate(year, 8, 1) && a.end <= QDate(year + 1, 7, 31));
                QCOMPARE(a.status, u"planned"_s);
                QVERIFY(a.id.isEmpty());
            }
            if (s.title.startsWith(u"Организация и осуществление"_s))
                fiveMeetings = s.activities.size() == 5;
        }
        QVERIFY(activities > 40);
        QVERIFY(fiveMeetings);
        QCOMPARE(r->start(), QDate(year, 8, 20));
        // Responsible people from the organisation and the base.
        QStringList responsible;
        for (const RoadmapStage& s : r->stages) {
            for (const RoadmapActivity& a : s.activities)
                responsible << a.responsible;
        }
        QVERIFY(responsible.contains(u"p1"_s)); // the curator
        QVERIFY(responsible.contains(u"p2"_s)); // the head
        QVERIFY(responsible.contains(u"p8"_s)); // the psychologist
        QVERIFY(!RoadmapTemplate::create(1900, d).ok());
    }

    void roadmapStored()
    {
        School school(Dataset{});
        MonitoringRepository repo = school.repo();
        const Result<Roadmap> made = repo.createFromTemplate(2026, school.load());
        QVERIFY2(made.ok(), qPrintable(made.error()));
        QCOMPARE(made->id, u"r1"_s);
        QStringList ids;
        for (const RoadmapStage& s : made->stages) {
            for (const RoadmapActivity& a : s.activities)
                ids << a.id;
        }
        QCOMPARE(ids.first(), u"ra1"_s);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
        QCOMPARE(school.load().monitoring.roadmaps, QList<Roadmap>{made.value()});

        Roadmap edited = made.value();
        edited.stages[0].activities[0].status = u"done"_s;
        edited.stages[0].activities[0].done = QDate(2026, 8, 30);
        edited.stages[0].activities << RoadmapActivity{{}, u"Новое мероприятие"_s, QDate(2026, 9, 1), QDate(2026, 9, 2), {}, {}, u"planned"_s, {}, {}};
        const Result<Roadmap> saved = repo.saveRoadmap(edited);
        QVERIFY(saved.ok());
        QVERIFY(!saved->stages[0].activities.last().id.isEmpty());
        QCOMPARE(school.load().monitoring.roadmaps.first(), saved.value());

        // Refused, and nothing changes.
        Roadmap bad = saved.value();
        bad.stages[0].activities[0].end = QDate(2026, 1, 1);
        QVERIFY(!repo.saveRoadmap(bad).ok());
        bad = saved.value();
        bad.stages[0].activities[0].title.clear();
        QVERIFY(!repo.saveRoadmap(bad).ok());
        bad = saved.value();
        bad.order = u"o404"_s;
        QVERIFY(repo.saveRoadmap(bad).error().contains(u"o404"_s));
        QCOMPARE(school.load().monitoring.roadmaps.first(), saved.value());
        QVERIFY(repo.removeRoadmap(saved->id).ok());
        QVERIFY(school.load().monitoring.roadmaps.isEmpty());
    }

    void roadmapInToday()
    {
        Dataset d = test::monitoringSchool();
        Roadmap& r = d.monitoring.roadmaps.first();
        r.year = 2026;
        RoadmapActivity& missed = r.stages.first().activities.first();
        missed.start = QDate(2026, 10, 1);
        missed.end = QDate(2026, 10, 31);
        RoadmapActivity soon = missed;
        soon.id = u"ra9"_s;
        soon.end = QDate(2026, 11, 30);
        RoadmapActivity later = soon;
        later.id = u"ra10"_s;
        later.end = QDate(2027, 2, 1);
        r.stages.first().activities << soon << later;
        const Profile profile = Profiles::find(Profiles::builtIn(), u"school"_s).value();
        const QList<DeadlineItem> items = Deadlines::collect(d, profile, WorkCalendar(), kToday);
        QStringList roadmap;
        for (const DeadlineItem& i : items) {
            if (i.kind == DeadlineItem::Kind::RoadmapActivity) {
                roadmap << i.activity + (i.overdue ? u" overdue"_s : QString());
                QVERIFY(i.description.contains(u"Первова"_s));
                // The sentence ends with the initials' period, not with a second one.
                QVERIFY2(i.description.endsWith(u'.') && !i.description.endsWith(u".."_s), qPrintable(i.description));
                QCOMPARE(i.people, QStringList{u"p1"_s});
            }
        }
        // The overdue one and the one due within the horizon; not the done, cancelled or far ones.
        QCOMPARE(roadmap, (QStringList{u"ra1 overdue"_s, u"ra9"_s}));
        QVERIFY(!Deadlines::kindLabel(DeadlineItem::Kind::RoadmapActivity).isEmpty());
        // An old roadmap's overdue activity drops out after the recent days.
        r.year = 2024;
        for (const DeadlineItem& i : Deadlines::collect(d, profile, WorkCalendar(), QDate(2027, 3, 1)))
            QVERIFY(i.activity != u"ra1");
    }

    // ---- Questionnaires and their versions ----
    void builtInQuestionnaires()
    {
        const QList<Questionnaire>& all = QuestionnaireLibrary::builtIn();
        QStringList purposes;
        for (const Questionnaire& q : all) {
            QVERIFY2(QuestionnaireLibrary::validate(q).isEmpty(), qPrintable(q.id));
            QCOMPARE(q.family, q.id);
            QCOMPARE(q.version, 1);
            purposes << q.purpose;
        }
        QCOMPARE(purposes, (QStringList{u"mentee_satisfaction"_s, u"mentor_satisfaction"_s, u"final_evaluation"_s,
                                        u"curator_conditions"_s, u"preference"_s, u"feedback"_s}));
        QVERIFY(QuestionnaireLibrary::find(u"final_evaluation"_s)->clause.contains(u"004"_s));
        // Offered until stored: then the stored versions count.
        MonitoringData none;
        QCOMPARE(QuestionnaireLibrary::available(none).size(), all.size());
    }

    void versioning()
    {
        School school(Dataset{});
        Person person;
        person.id = u"p1"_s;
        person.lastName = u"Иванова"_s;
        QVERIFY(PeopleRepository(school.t.connection()).save(person).ok());
        MonitoringRepository repo = school.repo();

        // A built-in questionnaire answered: stored first, then the answer.
        Response answer;
        answer.questionnaire = u"mentee_satisfaction"_s;
        answer.person = u"p1"_s;
        answer.date = QDate(2026, 5, 20);
        answer.answers = {test::scaleAnswer(u"q1"_s, 9), Answer{u"q7"_s, std::nullopt, {1}, {}}, Answer{u"q10"_s, {}, {}, u"Больше встреч"_s}};
        const Result<Response> stored = repo.saveResponse(answer);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        QCOMPARE(stored->id, u"a1"_s);
        MonitoringData m = school.load().monitoring;
        QCOMPARE(m.questionnaires.size(), 1);
        QCOMPARE(m.responses.first().answers.size(), 3);

        // Editing the answered questionnaire's questions makes version 2; the answer stays with version 1.
        Questionnaire edited = *m.questionnaire(u"mentee_satisfaction"_s);
        const QList<Question> original = edited.questions;
        edited.questions[0].text = u"Насколько вы довольны наставником?"_s;
        const Result<Questionnaire> v2 = repo.saveQuestionnaire(edited, QDate(2026, 9, 1));
        QVERIFY2(v2.ok(), qPrintable(v2.error()));
        QCOMPARE(v2->version, 2);
        QCOMPARE(v2->family, u"mentee_satisfaction"_s);
        QCOMPARE(v2->id, u"mentee_satisfaction-v2"_s);
        QCOMPARE(v2->created, QDate(2026, 9, 1));
        m = school.load().monitoring;
        QCOMPARE(m.questionnaires.size(), 2);
        QCOMPARE(m.questionnaire(u"mentee_satisfaction"_s)->questions, original);
        QCOMPARE(m.responses.first().questionnaire, u"mentee_satisfaction"_s);
        QCOMPARE(m.latestVersion(u"mentee_satisfaction"_s)->id, v2->id);

        // A title changes in place, even on an answered version; its questions do not.
        Questionnaire retitled = *m.questionnaire(u"mentee_satisfaction"_s);
        retitled.title = u"Анкета (прошлый год)"_s;
        const Result<Questionnaire> same = repo.saveQuestionnaire(retitled);
        QVERIFY(same.ok());
        QCOMPARE(same->id, u"mentee_satisfaction"_s);
        QCOMPARE(school.load().monitoring.questionnaires.size(), 2);

        // Version 2 has no answers yet: it changes in place.
        Questionnaire v2edit = v2.value();
        v2edit.questions.removeLast();
        const Result<Questionnaire> inPlace = repo.saveQuestionnaire(v2edit);
        QVERIFY(inPlace.ok());
        QCOMPARE(inPlace->id, v2->id);
        QCOMPARE(school.load().monitoring.questionnaire(v2->id)->questions.size(), original.size() - 1);

        // The database itself refuses to change an answered question.
        QSqlQuery q(school.t.connection());
        QVERIFY(!q.exec(u"UPDATE question SET text = 'x' WHERE questionnaire_id = 'mentee_satisfaction'"_s));
        QVERIFY(!q.exec(u"DELETE FROM question WHERE questionnaire_id = 'mentee_satisfaction'"_s));

        // An answered version cannot be deleted; an unanswered one can.
        QVERIFY(!repo.removeQuestionnaire(u"mentee_satisfaction"_s).ok());
        QVERIFY(repo.removeQuestionnaire(v2->id).ok());

        // A new questionnaire starts a family of its own.
        Questionnaire custom;
        custom.title = u"Анкета родителей"_s;
        custom.questions = {Question{u"q1"_s, u"scale"_s, u"Довольны ли вы?"_s, {}}};
        const Result<Questionnaire> created = repo.saveQuestionnaire(custom);
        QVERIFY(created.ok());
        QCOMPARE(created->family, created->id);
        QCOMPARE(created->version, 1);
    }

    void badQuestionnaires_data()
    {
        QTest::addColumn<Questionnaire>("questionnaire");
        QTest::addColumn<QString>("message");
        Questionnaire good;
        good.title = u"Анкета"_s;
        good.questions = {Question{u"q1"_s, u"single"_s, u"Да или нет?"_s, {u"Да"_s, u"Нет"_s}}};
        Questionnaire noTitle = good;
        noTitle.title.clear();
        QTest::newRow("no title") << noTitle << u"title"_s;
        Questionnaire noQuestions = good;
        noQuestions.questions.clear();
        QTest::newRow("no questions") << noQuestions << u"no questions"_s;
        Questionnaire oneOption = good;
        oneOption.questions[0].options = {u"Да"_s};
        QTest::newRow("a choice of one") << oneOption << u"two options"_s;
        Questionnaire twice = good;
        twice.questions << twice.questions.first();
        QTest::newRow("the same id twice") << twice << u"another question"_s;
        Questionnaire blank = good;
        blank.questions[0].text = u"  "_s;
        QTest::newRow("a question without text") << blank << u"no text"_s;
    }
    void badQuestionnaires()
    {
        QFETCH(Questionnaire, questionnaire);
        QFETCH(QString, message);
        School school(Dataset{});
        const Result<Questionnaire> r = school.repo().saveQuestionnaire(questionnaire);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(message), qPrintable(r.error()));
        QVERIFY(school.load().monitoring.questionnaires.isEmpty());
    }

    void badResponses_data()
    {
        QTest::addColumn<Response>("response");
        QTest::addColumn<QString>("message");
        Response good{{}, u"ms"_s, u"p3"_s, u"g1"_s, QDate(2026, 5, 1), {test::scaleAnswer(u"q1"_s, 5)}, {}};
        Response r = good;
        r.answers = {test::scaleAnswer(u"q1"_s, 11)};
        QTest::newRow("a scale answer above 10") << r << u"1 to 10"_s;
        r = good;
        r.answers = {test::scaleAnswer(u"q99"_s, 5)};
        QTest::newRow("an unknown question") << r << u"q99"_s;
        r = good;
        r.questionnaire = u"nothing"_s;
        QTest::newRow("an unknown questionnaire") << r << u"nothing"_s;
        r = good;
        r.person = u"p404"_s;
        QTest::newRow("an unknown respondent") << r << u"p404"_s;
        r = good;
        r.date = QDate();
        QTest::newRow("no date") << r << u"date"_s;
    }
    void badResponses()
    {
        QFETCH(Response, response);
        QFETCH(QString, message);
        School school;
        const Result<Response> r = school.repo().saveResponse(response);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(message), qPrintable(r.error()));
        QCOMPARE(school.load().monitoring.responses.size(), 4);
    }

    // ---- Tests, SWOT, evaluations ----
    void testResults()
    {
        School school;
        MonitoringRepository repo = school.repo();
        QVERIFY(repo.saveResult(TestResult{u"t1"_s, u"p6"_s, u"g3"_s, u"final"_s, QDate(2026, 5, 20), 9}).ok());
        // The same test, person and stage replaces the old result.
        QVERIFY(repo.saveResult(TestResult{u"t1"_s, u"p6"_s, u"g3"_s, u"final"_s, QDate(2026, 5, 21), 11}).ok());
        int finals = 0;
        for (const TestResult& r : school.load().monitoring.testResults) {
            if (r.person == u"p6" && r.stage == u"final") {
                ++finals;
                QCOMPARE(r.score, 11.0);
            }
        }
        QCOMPARE(finals, 1);
        QVERIFY(!repo.saveResult(TestResult{u"t1"_s, u"p6"_s, {}, u"final"_s, {}, 21}).ok());  // above the maximum
        QVERIFY(!repo.saveResult(TestResult{u"t9"_s, u"p6"_s, {}, u"final"_s, {}, 1}).ok());   // no such test
        QVERIFY(!repo.saveResult(TestResult{u"t1"_s, u"p6"_s, {}, u"middle"_s, {}, 1}).ok());  // no such stage
        // The maximum cannot drop below a result.
        KnowledgeTest t = school.load().monitoring.tests.first();
        t.maxScore = 10;
        QVERIFY(!repo.saveTest(t).ok());
        QVERIFY(repo.removeResult(u"t1"_s, u"p6"_s, u"final"_s).ok());
        QVERIFY(repo.removeTest(u"t1"_s).ok());
        QVERIFY(school.load().monitoring.testResults.isEmpty());
    }

    void swotPerPeriod()
    {
        School school;
        MonitoringRepository repo = school.repo();
        Swot first{u"teacher_teacher"_s, u"2026-H1"_s, QDate(2026, 6, 20), {u"Опытные наставники"_s, u"  "_s}, {u"Нехватка времени"_s}, {}, {}};
        Swot second{u"teacher_teacher"_s, u"2026-H2"_s, QDate(2026, 12, 20), {u"Новые пары"_s}, {}, {}, {u"Выгорание"_s}};
        Swot other{u"teacher_pupil"_s, u"2026-H1"_s, QDate(2026, 6, 20), {}, {}, {u"Олимпиады"_s}, {}};
        QVERIFY(repo.saveSwot(first).ok());
        QVERIFY(repo.saveSwot(second).ok());
        QVERIFY(repo.saveSwot(other).ok());
        QList<Swot> swots = school.load().monitoring.swots;
        QCOMPARE(swots.size(), 3);
        QCOMPARE(swots.first().strengths, QStringList{u"Опытные наставники"_s}); // the blank line dropped
        // The same form and period is replaced in place; the others stay.
        first.strengths = {u"Опытные наставники"_s, u"Поддержка МО"_s};
        QVERIFY(repo.saveSwot(first).ok());
        swots = school.load().monitoring.swots;
        QCOMPARE(swots.size(), 3);
        QCOMPARE(swots.first().strengths.size(), 2);
        QCOMPARE(swots.at(1).period, u"2026-H2"_s);
        // An emptied analysis is removed.
        QVERIFY(repo.saveSwot(Swot{u"teacher_pupil"_s, u"2026-H1"_s, {}, {}, {}, {}, {}}).ok());
        QCOMPARE(school.load().monitoring.swots.size(), 2);
        QVERIFY(!repo.saveSwot(Swot{u"teacher_pupil"_s, u"весна"_s, {}, {u"x"_s}, {}, {}, {}}).ok());
        QVERIFY(!repo.saveSwot(Swot{u"dance"_s, u"2026-H1"_s, {}, {u"x"_s}, {}, {}, {}}).ok());
    }

    void evaluationsAndComparison()
    {
        School school;
        MonitoringRepository repo = school.repo();
        const Dataset d = school.load();
        const MonitoringResult h1 = Indicators::compute(d, Period::halfYear(2026, 1), QString(), QDate(2026, 6, 25));
        Evaluation e;
        e.period = u"2026-H1"_s;
        e.date = QDate(2026, 6, 25);
        for (const Indicator& i : h1.indicators)
            e.indicators << i.toSaved();
        e.conclusions = u"Планы выполняются.\nРасширить формы."_s;
        const Result<Evaluation> saved = repo.saveEvaluation(e);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QCOMPARE(saved->id, u"e1"_s);
        const Evaluation loaded = school.load().monitoring.evaluations.first();
        QCOMPARE(loaded, saved.value());
        // «No data» stays «no data»; the numbers come back as they were.
        const Indicator back = Indicator::fromSaved(*loaded.indicator(u"retention.newcomers"_s));
        QCOMPARE(back.text(), h1.indicator(u"retention.newcomers"_s)->text());
        QCOMPARE(back.unit, Indicator::Unit::Percent);
        Evaluation changed = saved.value();
        changed.conclusions = u"Уточнено."_s;
        QVERIFY(repo.saveEvaluation(changed).ok());
        QCOMPARE(school.load().monitoring.evaluations.size(), 1);
        QVERIFY(!repo.saveEvaluation(Evaluation{{}, u"вчера"_s, {}, QDate(2026, 1, 1), {}, {}}).ok());
        QVERIFY(!repo.saveEvaluation(Evaluation{{}, u"2026-H1"_s, {}, QDate(), {}, {}}).ok());
        QVERIFY(repo.removeEvaluation(u"e1"_s).ok());
    }

    // ---- Storage and exchange ----
    void storedAsGiven()
    {
        School school;
        QCOMPARE(school.load().monitoring, test::monitoringSchool().monitoring);
        // The people the monitoring refers to are not deleted behind its back.
        PeopleRepository people(school.t.connection());
        const QStringList refs = people.referencesTo(u"p3"_s);
        QVERIFY(refs.join(u' ').contains(u"questionnaire"_s));
        QVERIFY(!people.remove(u"p3"_s).ok());
    }

    void exchangeRoundTrip()
    {
        const Dataset demo = demo::school(kToday);
        QVERIFY(!demo.monitoring.roadmaps.isEmpty());
        QVERIFY(!demo.monitoring.responses.isEmpty());
        const QByteArray once = exchange::write(demo);
        for (const char* key : {"\"roadmaps\"", "\"questionnaires\"", "\"responses\"", "\"tests\"", "\"test_results\"",
                                "\"swot\"", "\"evaluations\""})
            QVERIFY2(once.contains(key), key);
        exchange::Messages messages;
        const Result<Dataset> back = exchange::read(once, &messages);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(messages.warnings, QStringList());
        QCOMPARE(back->monitoring, demo.monitoring);
        // Export → import into an empty database → export gives the same bytes.
        test::TempDatabase db;
        QVERIFY(DatasetRepository(db.connection()).replaceAll(back.value()).ok());
        QCOMPARE(exchange::write(DatasetRepository(db.connection()).load().value()), once);
        // A file without these sections has none.
        Dataset plain = demo;
        plain.monitoring = MonitoringData();
        QVERIFY(!exchange::write(plain).contains("\"roadmaps\""));
    }

    void badExchangeFiles_data()
    {
        QTest::addColumn<QByteArray>("sections");
        QTest::addColumn<QString>("message");
        QTest::newRow("a response to an unknown questionnaire")
            << QByteArray(R"("responses": [{"id": "a1", "questionnaire": "q9", "date": "2026-05-01", "answers": []}])")
            << u"responses[0].questionnaire: «q9» does not match any questionnaire id"_s;
        QTest::newRow("an answer to an unknown question")
            << QByteArray(R"("questionnaires": [{"id": "q1", "title": "А", "questions": [{"id": "x", "kind": "scale", "text": "?"}]}],
                "responses": [{"id": "a1", "questionnaire": "q1", "answers": [{"question": "y", "scale": 5}]}])")
            << u"responses[0].answers[0].question: «y» is not a question"_s;
        QTest::newRow("a scale answer of 11")
            << QByteArray(R"("questionnaires": [{"id": "q1", "title": "А", "questions": [{"id": "x", "kind": "scale", "text": "?"}]}],
                "responses": [{"id": "a1", "questionnaire": "q1", "answers": [{"question": "x", "scale": 11}]}])")
            << u"responses[0].answers[0].scale: expected a whole number from 1 to 10"_s;
        QTest::newRow("a choice beyond the options")
            << QByteArray(R"("questionnaires": [{"id": "q1", "title": "А", "questions": [{"id": "x", "kind": "single", "text": "?", "options": ["да", "нет"]}]}],
                "responses": [{"id": "a1", "questionnaire": "q1", "answers": [{"question": "x", "choices": [2]}]}])")
            << u"responses[0].answers[0].choices[0]"_s;
        QTest::newRow("a version twice")
            << QByteArray(R"("questionnaires": [{"id": "q1", "family": "f", "version": 1, "questions": []}, {"id": "q2", "family": "f", "version": 1, "questions": []}])")
            << u"questionnaires[1].version"_s;
        QTest::newRow("an activity ending before it starts")
            << QByteArray(R"("roadmaps": [{"id": "r1", "stages": [{"title": "Э", "activities": [{"id": "ra1", "title": "М", "start": "2026-09-10", "end": "2026-09-01"}]}]}])")
            << u"roadmaps[0].stages[0].activities[0].end"_s;
        QTest::newRow("an activity id twice")
            << QByteArray(R"("roadmaps": [{"id": "r1", "stages": [{"title": "Э", "activities": [{"id": "ra1", "title": "М"}, {"id": "ra1", "title": "Н"}]}]}])")
            << u"roadmaps[0].stages[0].activities[1].id"_s;
        QTest::newRow("an unknown status")
            << QByteArray(R"("roadmaps": [{"id": "r1", "stages": [{"title": "Э", "activities": [{"id": "ra1", "title": "М", "status": "late"}]}]}])")
            << u"«late» is not an allowed value"_s;
        QTest::newRow("a SWOT of no period")
            << QByteArray(R"("swot": [{"form": "teacher_teacher", "period": "весна"}])") << u"swot[0].period: «весна» is not a period"_s;
        QTest::newRow("a result of an unknown test")
            << QByteArray(R"("test_results": [{"test": "t9", "person": "p1", "stage": "entry", "score": 3}])")
            << u"test_results[0].test: «t9» does not match any test id"_s;
        QTest::newRow("the same result twice")
            << QByteArray(R"("tests": [{"id": "t1", "title": "Т", "max_score": 10}], "test_results": [{"test": "t1", "person": "p1", "stage": "entry", "score": 3}, {"test": "t1", "person": "p1", "stage": "entry", "score": 4}])")
            << u"test_results[1]"_s;
        QTest::newRow("a test with a maximum of 0")
            << QByteArray(R"("tests": [{"id": "t1", "title": "Т", "max_score": 0}])") << u"tests[0].max_score"_s;
        QTest::newRow("an evaluation's value as text")
            << QByteArray(R"("evaluations": [{"id": "e1", "period": "2026-H1", "indicators": [{"id": "pairs.total", "value": "три"}]}])")
            << u"evaluations[0].indicators[0].value"_s;
    }
    void badExchangeFiles()
    {
        QFETCH(QByteArray, sections);
        QFETCH(QString, message);
        const QByteArray json = R"({"format": "nastavnik-exchange", "version": 1,
            "people": [{"id": "p1", "last_name": "Иванова"}], )" + sections + "}";
        const Result<Dataset> r = exchange::read(json);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(message), qPrintable(r.error()));
    }
};

QTEST_GUILESS_MAIN(TestMonitoring)
#include "tst_monitoring.moc"
