#include "RuleTestData.h"
#include "calendar/WorkCalendar.h"
#include "demo/DemoData.h"
#include "rules/RuleEngine.h"
#include "rules/RuleIds.h"

#include <QtTest>

using namespace nastavnik;
using namespace nastavnik::test;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday = day("2026-03-02");
const QString S = u"school"_s;
const QString M = u"municipal"_s;
const QString C = u"civil-service"_s;
const QString R = u"reserve"_s;

void columns()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<DataChange>("change");
    QTest::addColumn<ProfileChange>("profileChange");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("contains");
}

void row(const char* name, const QString& profile, const QDate& today, const DataChange& change, const QStringList& expected,
         const QString& contains = {}, const ProfileChange& profileChange = [](Profile&) {})
{
    QTest::newRow(name) << profile << today << change << profileChange << expected << contains;
}

/// Sets the form of every pair.
void setForm(Dataset& d, const QString& form)
{
    for (Pair& p : d.pairs)
        p.form = form;
}

QList<Finding> check(const Dataset& d, const Profile& p, const QDate& today, const WorkCalendar& calendar = WorkCalendar())
{
    return RuleEngine::check(d, p, calendar, today);
}

} // namespace

class TestRuleEngine : public QObject
{
    Q_OBJECT

    /// The generic row: the findings of `rule` have exactly the expected subjects (one finding
    /// each), the first message contains the expected text, and no other rule fires.
    void run(const char16_t* ruleId)
    {
        const QString rule = QString::fromUtf16(ruleId);
        QFETCH(QString, profile);
        QFETCH(QDate, today);
        QFETCH(DataChange, change);
        QFETCH(ProfileChange, profileChange);
        QFETCH(QStringList, expected);
        QFETCH(QString, contains);
        Dataset d = baseline(profile);
        change(d);
        Profile p = test::profile(profile);
        profileChange(p);
        const QList<Finding> findings = check(d, p, today);
        QStringList subjects;
        QStringList others;
        for (const Finding& f : findings) {
            if (f.rule == rule)
                subjects << f.subject;
            else
                others << f.rule + u' ' + f.subject + u": "_s + f.message;
        }
        QVERIFY2(others.isEmpty(), qPrintable(others.join(u'\n')));
        if (subjects != expected) {
            for (const Finding& f : findings)
                qWarning() << f.message;
        }
        QCOMPARE(subjects, expected);
        for (const Finding& f : findings) {
            QCOMPARE(f.severity, Finding::Severity::Error);
            QVERIFY(!f.message.isEmpty());
            QVERIFY(!f.hint.isEmpty());
            QVERIFY(!f.clause.isEmpty());
            QVERIFY(f.people.contains(f.subject) || f.pairs.contains(f.subject));
        }
        if (!contains.isEmpty()) {
            QVERIFY(!findings.isEmpty());
            QVERIFY2(findings.first().message.contains(contains), qPrintable(findings.first().message));
        }
    }

private slots:
    void baselineIsClean_data()
    {
        QTest::addColumn<QString>("profile");
        for (const QString& id : Profiles::builtInIds())
            QTest::newRow(qPrintable(id)) << id;
    }
    void baselineIsClean()
    {
        QFETCH(QString, profile);
        const QList<Finding> findings = check(baseline(profile), test::profile(profile), kToday);
        QStringList messages;
        for (const Finding& f : findings)
            messages << f.message;
        QVERIFY2(findings.isEmpty(), qPrintable(messages.join(u'\n')));
    }

    // ---- mentor.max_mentees ----

    void maxMentees_data()
    {
        columns();
        const QDate s = day("2025-09-15");
        const QDate e = day("2026-05-29");
        row("two pairs: at the cap", S, kToday, [=](Dataset& d) { addPair(d, u"g2"_s, u"p1"_s, {u"p3"_s}, s, e); }, {});
        row("three pairs: over the cap", S, kToday,
            [=](Dataset& d) {
                addPair(d, u"g2"_s, u"p1"_s, {u"p3"_s}, s, e);
                addPair(d, u"g3"_s, u"p1"_s, {u"p4"_s}, day("2025-10-01"), e);
            },
            {u"p1"_s}, u"01.10.2025"_s);
        row("third starts the day after the second ends", S, kToday,
            [=](Dataset& d) {
                addPair(d, u"g2"_s, u"p1"_s, {u"p3"_s}, s, day("2025-12-31"));
                addPair(d, u"g3"_s, u"p1"_s, {u"p4"_s}, day("2026-01-01"), e);
            },
            {});
        row("third starts on the day the second ends", S, kToday,
            [=](Dataset& d) {
                addPair(d, u"g2"_s, u"p1"_s, {u"p3"_s}, s, day("2025-12-31"));
                addPair(d, u"g3"_s, u"p1"_s, {u"p4"_s}, day("2025-12-31"), e);
            },
            {u"p1"_s}, u"31.12.2025"_s);
        row("replacement: the new mentor counts from the date", S, kToday,
            [=](Dataset& d) {
                addPair(d, u"g2"_s, u"p1"_s, {u"p3"_s}, s, day("2026-01-11"));
                addPair(d, u"g3"_s, u"p9"_s, {u"p4"_s}, s, e);
                replace(d, u"g3"_s, day("2026-01-12"), u"p1"_s);
            },
            {});
        row("replacement: the new mentor's third pair on the date", S, kToday,
            [=](Dataset& d) {
                addPair(d, u"g2"_s, u"p1"_s, {u"p3"_s}, s, day("2026-01-12"));
                addPair(d, u"g3"_s, u"p9"_s, {u"p4"_s}, s, e);
                replace(d, u"g3"_s, day("2026-01-12"), u"p1"_s);
            },
            {u"p1"_s}, u"12.01.2026"_s);
        row("replacement: the old mentor counts up to the day before", S, kToday,
            [=](Dataset& d) {
                addPair(d, u"g3"_s, u"p9"_s, {u"p4"_s}, s, e);
                replace(d, u"g3"_s, day("2026-01-12"), u"p1"_s);
                d.pairs.removeFirst(); // p1 leads g3 only
                order(d, u"o1"_s).pairs.removeAll(u"g1"_s);
                addPair(d, u"g4"_s, u"p9"_s, {u"p5"_s}, day("2026-01-12"), e);
                addPair(d, u"g5"_s, u"p9"_s, {u"p6"_s}, day("2026-01-12"), e);
            },
            {});
        row("replacement: the old mentor's third pair on the day before", S, kToday,
            [=](Dataset& d) {
                addPair(d, u"g3"_s, u"p9"_s, {u"p4"_s}, s, e);
                replace(d, u"g3"_s, day("2026-01-12"), u"p1"_s);
                d.pairs.removeFirst();
                order(d, u"o1"_s).pairs.removeAll(u"g1"_s);
                addPair(d, u"g4"_s, u"p9"_s, {u"p5"_s}, day("2026-01-11"), e);
                addPair(d, u"g5"_s, u"p9"_s, {u"p6"_s}, day("2026-01-11"), e);
            },
            {u"p9"_s}, u"11.01.2026"_s);
        row("a pair with two mentees is a group, exempt", S, kToday,
            [=](Dataset& d) {
                addPair(d, u"g2"_s, u"p1"_s, {u"p3"_s}, s, e);
                addPair(d, u"g3"_s, u"p1"_s, {u"p4"_s, u"p5"_s}, s, e);
            },
            {});
        row("a group form of the profile is exempt", S, kToday,
            [=](Dataset& d) {
                addPair(d, u"g2"_s, u"p1"_s, {u"p3"_s}, s, e);
                addPair(d, u"g3"_s, u"p1"_s, {u"p4"_s}, s, e);
            },
            {}, {}, [](Profile& p) { p.groupForms.value << u"teacher_teacher"_s; });
        row("municipal: a «ментор» leads five", M, kToday,
            [=](Dataset& d) {
                for (int i = 3; i <= 6; ++i)
                    addPair(d, u"g%1"_s.arg(i - 1), u"p1"_s, {u"p%1"_s.arg(i)}, s, e);
                setForm(d, u"mentoring"_s);
            },
            {});
        row("municipal: six is too many for a «ментор»", M, kToday,
            [=](Dataset& d) {
                for (int i = 3; i <= 7; ++i)
                    addPair(d, u"g%1"_s.arg(i - 1), u"p1"_s, {u"p%1"_s.arg(i)}, s, e);
                setForm(d, u"mentoring"_s);
            },
            {u"p1"_s}, u"6"_s);
        row("municipal: mixed forms take the smallest cap", M, kToday,
            [=](Dataset& d) {
                addPair(d, u"g2"_s, u"p1"_s, {u"p3"_s}, s, e).form = u"mentoring"_s;
                addPair(d, u"g3"_s, u"p1"_s, {u"p4"_s}, s, e).form = u"mentoring"_s;
            },
            {u"p1"_s});
        row("civil-service: three is too many", C, kToday,
            [=](Dataset& d) {
                addPair(d, u"g2"_s, u"p1"_s, {u"p3"_s}, s, e);
                addPair(d, u"g3"_s, u"p1"_s, {u"p4"_s}, s, e);
            },
            {u"p1"_s});
        row("reserve: no cap", R, kToday,
            [=](Dataset& d) {
                for (int i = 3; i <= 7; ++i)
                    addPair(d, u"g%1"_s.arg(i - 1), u"p1"_s, {u"p%1"_s.arg(i)}, s, e);
            },
            {});
        row("a pair without an end is never active", S, kToday,
            [=](Dataset& d) {
                addPair(d, u"g2"_s, u"p1"_s, {u"p3"_s}, s, QDate()).reportDate = QDate();
                addPair(d, u"g3"_s, u"p1"_s, {u"p4"_s}, s, e);
            },
            {});
    }
    void maxMentees() { run(rules::MaxMentees); }

    // ---- pair.duration_max ----

    void durationMax_data()
    {
        columns();
        row("school: exactly 12 months", S, kToday, [](Dataset& d) { pair(d, u"g1"_s).plannedEnd = day("2026-09-15"); }, {});
        row("school: a day longer", S, kToday, [](Dataset& d) { pair(d, u"g1"_s).plannedEnd = day("2026-09-16"); }, {u"g1"_s},
            u"15.09.2026"_s);
        row("school: a day shorter", S, kToday, [](Dataset& d) { pair(d, u"g1"_s).plannedEnd = day("2026-09-14"); }, {});
        row("school: longer after an extension", S, kToday,
            [](Dataset& d) {
                pair(d, u"g1"_s).plannedEnd = day("2026-09-15");
                extend(d, u"g1"_s, day("2026-09-01"), day("2026-12-31"), u"sick_leave"_s);
            },
            {});
        row("school: the actual end decides", S, kToday,
            [](Dataset& d) {
                pair(d, u"g1"_s).plannedEnd = day("2026-12-31");
                pair(d, u"g1"_s).actualEnd = day("2026-06-30");
            },
            {});
        row("civil-service: 12 months from 29 Feb end on 28 Feb", C, kToday,
            [](Dataset& d) {
                pair(d, u"g1"_s).start = day("2024-02-29");
                pair(d, u"g1"_s).plannedEnd = day("2025-02-28");
            },
            {});
        row("civil-service: 1 March is past the term", C, kToday,
            [](Dataset& d) {
                pair(d, u"g1"_s).start = day("2024-02-29");
                pair(d, u"g1"_s).plannedEnd = day("2025-03-01");
            },
            {u"g1"_s}, u"28.02.2025"_s);
        row("municipal: exactly 36 months", M, kToday, [](Dataset& d) { pair(d, u"g1"_s).plannedEnd = day("2028-09-15"); }, {});
        row("municipal: a day over 36 months", M, kToday, [](Dataset& d) { pair(d, u"g1"_s).plannedEnd = day("2028-09-16"); },
            {u"g1"_s});
        row("reserve: no limit", R, kToday, [](Dataset& d) { pair(d, u"g1"_s).plannedEnd = day("2030-01-01"); }, {});
    }
    void durationMax() { run(rules::DurationMax); }

    // ---- pair.duration_min ----

    void durationMin_data()
    {
        columns();
        auto endOn = [](const char* date) {
            return [date](Dataset& d) {
                Pair& g = pair(d, u"g1"_s);
                g.plannedEnd = day(date);
                g.reportDate = g.plannedEnd;
                g.menteeQuestionnaire = g.plannedEnd;
            };
        };
        row("municipal: exactly 6 months", M, kToday, endOn("2026-03-15"), {});
        row("municipal: a day short", M, kToday, endOn("2026-03-14"), {u"g1"_s}, u"15.03.2026"_s);
        row("municipal: completed early", M, kToday,
            [](Dataset& d) { completeEarly(d, u"g1"_s, day("2026-02-27"), day("2026-02-20"), u"agreement"_s); }, {});
        row("civil-service: a day short of a month", C, kToday,
            [](Dataset& d) { pair(d, u"g1"_s).plannedEnd = day("2025-10-14"); }, {u"g1"_s});
        row("civil-service: one month", C, kToday, [](Dataset& d) { pair(d, u"g1"_s).plannedEnd = day("2025-10-15"); }, {});
        row("school: no minimum", S, kToday, [](Dataset& d) { pair(d, u"g1"_s).plannedEnd = day("2025-10-01"); }, {});
        row("reserve: no minimum", R, kToday, [](Dataset& d) { pair(d, u"g1"_s).plannedEnd = day("2025-10-01"); }, {});
    }
    void durationMin() { run(rules::DurationMin); }

    // ---- plan.deadline ----

    void planDeadline_data()
    {
        columns();
        // 15.09.2025 (Monday) + 5 working days = 22.09.2025.
        row("approved on the deadline", M, kToday, [](Dataset& d) { pair(d, u"g1"_s).planApproved = day("2025-09-22"); }, {});
        row("approved the day after", M, kToday, [](Dataset& d) { pair(d, u"g1"_s).planApproved = day("2025-09-23"); },
            {u"g1"_s}, u"22.09.2025"_s);
        row("approved the day before", M, kToday, [](Dataset& d) { pair(d, u"g1"_s).planApproved = day("2025-09-19"); }, {});
        row("no plan, today is the deadline", M, day("2025-09-22"), [](Dataset& d) { removePlan(d, u"g1"_s); }, {});
        row("no plan, the day after the deadline", M, day("2025-09-23"), [](Dataset& d) { removePlan(d, u"g1"_s); },
            {u"g1"_s}, u"not approved"_s);
        row("no plan, the day before the deadline", M, day("2025-09-21"), [](Dataset& d) { removePlan(d, u"g1"_s); },
            {});
        row("plan drawn up, not approved", M, day("2025-09-23"), [](Dataset& d) { pair(d, u"g1"_s).planApproved = QDate(); },
            {u"g1"_s});
        // 06.05.2026 + 5 working days skips 9–11 May: 14.05.2026.
        row("holiday in the window: on the deadline", M, kToday,
            [](Dataset& d) {
                Pair& g = pair(d, u"g1"_s);
                g.start = day("2026-05-06");
                g.plannedEnd = day("2026-11-30");
                g.planApproved = day("2026-05-14");
            },
            {});
        row("holiday in the window: the day after", M, kToday,
            [](Dataset& d) {
                Pair& g = pair(d, u"g1"_s);
                g.start = day("2026-05-06");
                g.plannedEnd = day("2026-11-30");
                g.planApproved = day("2026-05-15");
            },
            {u"g1"_s}, u"14.05.2026"_s);
        // 26.12.2025 + 5 working days runs over the New Year holidays: 14.01.2026.
        row("over New Year: on the deadline", M, kToday,
            [](Dataset& d) {
                Pair& g = pair(d, u"g1"_s);
                g.start = day("2025-12-26");
                g.plannedEnd = day("2026-12-25");
                g.planApproved = day("2026-01-14");
            },
            {});
        row("over New Year: the day after", M, kToday,
            [](Dataset& d) {
                Pair& g = pair(d, u"g1"_s);
                g.start = day("2025-12-26");
                g.plannedEnd = day("2026-12-25");
                g.planApproved = day("2026-01-15");
            },
            {u"g1"_s}, u"14.01.2026"_s);
        row("school: no plan deadline", S, kToday, [](Dataset& d) { removePlan(d, u"g1"_s); }, {});
        row("civil-service: no plan deadline", C, kToday, [](Dataset& d) { removePlan(d, u"g1"_s); }, {});
    }
    void planDeadline() { run(rules::PlanDeadline); }

    // ---- report.deadline ----

    void reportDeadline_data()
    {
        columns();
        // 29.05.2026 (Friday) + 5 working days = 05.06.2026.
        auto both = [](const char* date) {
            return [date](Dataset& d) {
                pair(d, u"g1"_s).reportDate = day(date);
                pair(d, u"g1"_s).menteeQuestionnaire = day(date);
            };
        };
        auto none = [](Dataset& d) {
            pair(d, u"g1"_s).reportDate = QDate();
            pair(d, u"g1"_s).menteeQuestionnaire = QDate();
        };
        row("both on the deadline", M, day("2026-07-01"), both("2026-06-05"), {});
        row("the report the day after", M, day("2026-07-01"),
            [](Dataset& d) { pair(d, u"g1"_s).reportDate = day("2026-06-06"); }, {u"g1"_s}, u"06.06.2026"_s);
        row("the questionnaire the day after", M, day("2026-07-01"),
            [](Dataset& d) { pair(d, u"g1"_s).menteeQuestionnaire = day("2026-06-06"); }, {u"g1"_s}, u"questionnaire"_s);
        row("both missing, today is the deadline", M, day("2026-06-05"), none, {});
        row("both missing, the day after", M, day("2026-06-06"), none, {u"g1"_s}, u"05.06.2026"_s);
        row("only the questionnaire missing", M, day("2026-06-08"),
            [](Dataset& d) { pair(d, u"g1"_s).menteeQuestionnaire = QDate(); }, {u"g1"_s}, u"questionnaire is missing"_s);
        row("late report and missing questionnaire: one finding", M, day("2026-06-08"),
            [](Dataset& d) {
                pair(d, u"g1"_s).reportDate = day("2026-06-08");
                pair(d, u"g1"_s).menteeQuestionnaire = QDate();
            },
            {u"g1"_s}, u"08.06.2026"_s);
        // 10.06.2026 + 5 working days skips 12 June: 18.06.2026 (17.06 without the holiday).
        row("holiday in the window: on the deadline", M, day("2026-07-01"),
            [](Dataset& d) {
                pair(d, u"g1"_s).plannedEnd = day("2026-06-10");
                pair(d, u"g1"_s).reportDate = day("2026-06-18");
                pair(d, u"g1"_s).menteeQuestionnaire = day("2026-06-18");
            },
            {});
        row("holiday in the window: the day after", M, day("2026-07-01"),
            [](Dataset& d) {
                pair(d, u"g1"_s).plannedEnd = day("2026-06-10");
                pair(d, u"g1"_s).reportDate = day("2026-06-19");
                pair(d, u"g1"_s).menteeQuestionnaire = day("2026-06-18");
            },
            {u"g1"_s}, u"18.06.2026"_s);
        row("nothing is due before the end", M, kToday, none, {});
        row("school: no report deadline", S, day("2026-07-01"), none, {});
    }
    void reportDeadline() { run(rules::ReportDeadline); }

    // ---- mentor.experience ----

    void experience_data()
    {
        columns();
        row("traditional: 10 years", M, kToday, [](Dataset& d) { person(d, u"p1"_s).pedagogicalYears = 10; }, {});
        row("traditional: 9 years", M, kToday, [](Dataset& d) { person(d, u"p1"_s).pedagogicalYears = 9; }, {u"g1"_s},
            u"9 year"_s);
        row("traditional: not recorded", M, kToday, [](Dataset& d) { person(d, u"p1"_s).pedagogicalYears.reset(); },
            {u"g1"_s}, u"not recorded"_s);
        row("mentoring: 5 managerial years", M, kToday,
            [](Dataset& d) {
                setForm(d, u"mentoring"_s);
                person(d, u"p1"_s).managerialYears = 5;
            },
            {});
        row("mentoring: 4 managerial years", M, kToday,
            [](Dataset& d) {
                setForm(d, u"mentoring"_s);
                person(d, u"p1"_s).managerialYears = 4;
            },
            {u"g1"_s}, u"managerial"_s);
        row("tutoring: 4 methodical years", M, kToday,
            [](Dataset& d) {
                setForm(d, u"tutoring"_s);
                person(d, u"p1"_s).methodicalYears = 4;
            },
            {u"g1"_s}, u"methodical"_s);
        row("coaching: no minimum", M, kToday,
            [](Dataset& d) {
                setForm(d, u"coaching"_s);
                person(d, u"p1"_s).pedagogicalYears.reset();
            },
            {});
        row("replacement: the new mentor's experience", M, kToday,
            [](Dataset& d) {
                person(d, u"p9"_s).pedagogicalYears = 3;
                replace(d, u"g1"_s, day("2026-01-12"), u"p9"_s);
            },
            {u"g1"_s}, u"Сидорова Анна Ивановна"_s);
        row("school: no minimum", S, kToday, [](Dataset& d) { person(d, u"p1"_s).pedagogicalYears = 1; }, {});
    }
    void experience() { run(rules::Experience); }

    // ---- mentor.credential ----

    void mentorCredential_data()
    {
        columns();
        auto form = [](const QString& f, const DataChange& more) {
            return DataChange([f, more](Dataset& d) {
                setForm(d, f);
                more(d);
            });
        };
        const QString mentoring = u"mentoring"_s;
        const QString tutoring = u"tutoring"_s;
        row("mentoring: status held", M, kToday, form(mentoring, [](Dataset&) {}), {});
        row("mentoring: no status", M, kToday, form(mentoring, [](Dataset& d) { removeCredentials(d, u"p1"_s, u"mentor_status"_s); }),
            {u"g1"_s}, u"has none"_s);
        row("mentoring: status issued on the start", M, kToday,
            form(mentoring, [](Dataset& d) { credential(d, u"p1"_s, u"mentor_status"_s).issued = day("2025-09-15"); }), {});
        row("mentoring: status issued the day after the start", M, kToday,
            form(mentoring, [](Dataset& d) { credential(d, u"p1"_s, u"mentor_status"_s).issued = day("2025-09-16"); }),
            {u"g1"_s}, u"issued on 16.09.2025"_s);
        row("tutoring: certificate valid 3 years, through the start", M, kToday,
            form(tutoring, [](Dataset& d) { credential(d, u"p1"_s, u"tutor_certificate"_s).issued = day("2022-09-15"); }), {});
        row("tutoring: certificate expired the day before the start", M, kToday,
            form(tutoring, [](Dataset& d) { credential(d, u"p1"_s, u"tutor_certificate"_s).issued = day("2022-09-14"); }),
            {u"g1"_s}, u"valid through 14.09.2025"_s);
        row("tutoring: valid_until overrides the 3 years", M, kToday, form(tutoring, [](Dataset& d) {
                Credential& c = credential(d, u"p1"_s, u"tutor_certificate"_s);
                c.issued = day("2020-01-10");
                c.validUntil = day("2026-01-01");
            }),
            {});
        row("tutoring: valid_until before the start", M, kToday,
            form(tutoring, [](Dataset& d) { credential(d, u"p1"_s, u"tutor_certificate"_s).validUntil = day("2025-09-14"); }),
            {u"g1"_s});
        row("tutoring: an expired certificate and a renewed one", M, kToday, form(tutoring, [](Dataset& d) {
                credential(d, u"p1"_s, u"tutor_certificate"_s).issued = day("2021-01-10");
                addCredential(d, u"p1"_s, u"tutor_certificate"_s, day("2024-01-10"));
            }),
            {});
        row("coaching: no training", M, kToday,
            form(u"coaching"_s, [](Dataset& d) { removeCredentials(d, u"p1"_s, u"coach_training"_s); }), {u"g1"_s});
        row("traditional: nothing required", M, kToday, [](Dataset& d) { person(d, u"p1"_s).credentials.removeIf([](const Credential& c) {
                return c.type != u"labour_agreement";
            }); },
            {});
        row("replacement: status issued before the replacement date", M, kToday, form(mentoring, [](Dataset& d) {
                credential(d, u"p9"_s, u"mentor_status"_s).issued = day("2026-01-10");
                replace(d, u"g1"_s, day("2026-01-12"), u"p9"_s);
            }),
            {});
        row("replacement: status issued after the replacement date", M, kToday, form(mentoring, [](Dataset& d) {
                credential(d, u"p9"_s, u"mentor_status"_s).issued = day("2026-01-13");
                replace(d, u"g1"_s, day("2026-01-12"), u"p9"_s);
            }),
            {u"g1"_s}, u"Сидорова Анна Ивановна"_s);
        row("school: nothing required", S, kToday, [](Dataset& d) { person(d, u"p1"_s).credentials.removeIf([](const Credential& c) {
                return c.type != u"labour_agreement";
            }); },
            {});
    }
    void mentorCredential() { run(rules::Credential); }

    // ---- mentor.consent ----

    void mentorConsent_data()
    {
        columns();
        auto consentOf = [](const QString& who) {
            return [who](Dataset& d) -> Consent& { return consent(d, who, u"mentor_role"_s); };
        };
        const auto p1 = consentOf(u"p1"_s);
        row("consent dated the start", S, kToday, [=](Dataset& d) { p1(d).date = day("2025-09-15"); }, {});
        row("consent dated the day after the start", S, kToday, [=](Dataset& d) { p1(d).date = day("2025-09-16"); }, {u"g1"_s},
            u"16.09.2025"_s);
        row("no consent", S, kToday, [](Dataset& d) { removeConsents(d, u"p1"_s, u"mentor_role"_s); }, {u"g1"_s},
            u"no written consent"_s);
        row("consent withdrawn on the start", S, kToday, [=](Dataset& d) { p1(d).withdrawn = day("2025-09-15"); }, {u"g1"_s},
            u"withdrew"_s);
        row("consent withdrawn after the start", S, kToday, [=](Dataset& d) { p1(d).withdrawn = day("2025-09-16"); }, {});
        row("undated consent", S, kToday, [=](Dataset& d) { p1(d).date = QDate(); }, {u"g1"_s}, u"no date"_s);
        row("staff mentor without a supplementary agreement", S, kToday,
            [](Dataset& d) { removeCredentials(d, u"p1"_s, u"labour_agreement"_s); }, {u"g1"_s}, u"supplementary agreement"_s);
        row("agreement signed on the start", S, kToday,
            [](Dataset& d) { credential(d, u"p1"_s, u"labour_agreement"_s).issued = day("2025-09-15"); }, {});
        row("agreement signed the day after the start", S, kToday,
            [](Dataset& d) { credential(d, u"p1"_s, u"labour_agreement"_s).issued = day("2025-09-16"); }, {u"g1"_s},
            u"dated 16.09.2025"_s);
        row("pair started before 01.03.2025: no agreement needed", S, kToday,
            [](Dataset& d) {
                removeCredentials(d, u"p1"_s, u"labour_agreement"_s);
                pair(d, u"g1"_s).start = day("2025-02-28");
                pair(d, u"g1"_s).plannedEnd = day("2026-01-30");
            },
            {});
        row("pair started on 03.03.2025: agreement needed", S, kToday,
            [](Dataset& d) {
                removeCredentials(d, u"p1"_s, u"labour_agreement"_s);
                pair(d, u"g1"_s).start = day("2025-03-03");
                pair(d, u"g1"_s).plannedEnd = day("2026-01-30");
            },
            {u"g1"_s});
        row("external mentor: no agreement needed", R, kToday,
            [](Dataset& d) {
                removeCredentials(d, u"p1"_s, u"labour_agreement"_s);
                person(d, u"p1"_s).external = true;
            },
            {});
        row("a student mentor is not staff", S, kToday,
            [](Dataset& d) {
                removeCredentials(d, u"p1"_s, u"labour_agreement"_s);
                person(d, u"p1"_s).kind = u"student"_s;
            },
            {});
        row("replacement: the new mentor's consent on the date", S, kToday,
            [](Dataset& d) {
                consent(d, u"p9"_s, u"mentor_role"_s).date = day("2026-01-12");
                replace(d, u"g1"_s, day("2026-01-12"), u"p9"_s);
            },
            {});
        row("replacement: the new mentor's consent the day after", S, kToday,
            [](Dataset& d) {
                consent(d, u"p9"_s, u"mentor_role"_s).date = day("2026-01-13");
                replace(d, u"g1"_s, day("2026-01-12"), u"p9"_s);
            },
            {u"g1"_s}, u"Сидорова Анна Ивановна"_s);
        row("replacement: the old mentor's consent after the replacement does not matter", S, kToday,
            [](Dataset& d) {
                removeConsents(d, u"p1"_s, u"mentor_role"_s);
                replace(d, u"g1"_s, day("2025-09-15"), u"p9"_s);
            },
            {});
        row("municipal: no consent", M, kToday, [](Dataset& d) { removeConsents(d, u"p1"_s, u"mentor_role"_s); }, {u"g1"_s});
        row("civil-service: no consent", C, kToday, [](Dataset& d) { removeConsents(d, u"p1"_s, u"mentor_role"_s); }, {u"g1"_s});
        row("reserve: no consent", R, kToday, [](Dataset& d) { removeConsents(d, u"p1"_s, u"mentor_role"_s); }, {u"g1"_s});
    }
    void mentorConsent() { run(rules::MentorConsent); }

    void mentorConsentClause()
    {
        Dataset d = baseline(M);
        removeCredentials(d, u"p1"_s, u"labour_agreement"_s);
        QList<Finding> findings = check(d, test::profile(M), kToday);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().clause, u"004 п. 2.6; ТК РФ ст. 351.8"_s);
        d = baseline(M);
        removeConsents(d, u"p1"_s, u"mentor_role"_s);
        findings = check(d, test::profile(M), kToday);
        QCOMPARE(findings.first().clause, u"004 п. 2.6"_s);
    }

    // ---- consent.personal_data ----

    void personalData_data()
    {
        columns();
        auto pd = [](Dataset& d, const QString& who) -> Consent& { return consent(d, who, u"personal_data"_s); };
        const QDate s = day("2025-09-15");
        const QDate e = day("2026-05-29");
        row("mentee without consent", S, kToday, [](Dataset& d) { removeConsents(d, u"p2"_s, u"personal_data"_s); }, {u"p2"_s},
            u"Петров Пётр Петрович"_s);
        row("mentor without consent", S, kToday, [](Dataset& d) { removeConsents(d, u"p1"_s, u"personal_data"_s); }, {u"p1"_s});
        row("withdrawn today", S, kToday, [=](Dataset& d) { pd(d, u"p2"_s).withdrawn = kToday; }, {u"p2"_s},
            u"withdrawn on 02.03.2026"_s);
        row("withdrawn tomorrow", S, kToday, [=](Dataset& d) { pd(d, u"p2"_s).withdrawn = day("2026-03-03"); }, {});
        row("dated tomorrow", S, kToday, [=](Dataset& d) { pd(d, u"p2"_s).date = day("2026-03-03"); }, {u"p2"_s});
        row("dated today", S, kToday, [=](Dataset& d) { pd(d, u"p2"_s).date = kToday; }, {});
        row("undated consent counts", S, kToday, [=](Dataset& d) { pd(d, u"p2"_s).date = QDate(); }, {});
        row("signed by a minor the day before turning 18", S, day("2026-03-20"),
            [=](Dataset& d) {
                person(d, u"p10"_s).birthDate = day("2008-03-10");
                pd(d, u"p10"_s).signedBy = u"p10"_s;
                pd(d, u"p10"_s).date = day("2026-03-09");
                addPair(d, u"g2"_s, u"p9"_s, {u"p10"_s}, s, e);
            },
            {u"p10"_s}, u"minor"_s);
        row("signed on the 18th birthday", S, day("2026-03-20"),
            [=](Dataset& d) {
                person(d, u"p10"_s).birthDate = day("2008-03-10");
                pd(d, u"p10"_s).signedBy = u"p10"_s;
                pd(d, u"p10"_s).date = day("2026-03-10");
                addPair(d, u"g2"_s, u"p9"_s, {u"p10"_s}, s, e);
            },
            {});
        row("a minor's consent signed by the parent", S, kToday,
            [=](Dataset& d) { addPair(d, u"g2"_s, u"p9"_s, {u"p10"_s}, s, e); }, {});
        row("pair ended yesterday", S, kToday,
            [](Dataset& d) {
                removeConsents(d, u"p2"_s, u"personal_data"_s);
                pair(d, u"g1"_s).plannedEnd = day("2026-03-01");
            },
            {});
        row("pair ends today", S, kToday,
            [](Dataset& d) {
                removeConsents(d, u"p2"_s, u"personal_data"_s);
                pair(d, u"g1"_s).plannedEnd = kToday;
            },
            {u"p2"_s});
        row("pair starts tomorrow", S, kToday,
            [](Dataset& d) {
                removeConsents(d, u"p2"_s, u"personal_data"_s);
                pair(d, u"g1"_s).start = day("2026-03-03");
            },
            {});
        row("after a replacement the old mentor is not checked", S, kToday,
            [](Dataset& d) {
                removeConsents(d, u"p1"_s, u"personal_data"_s);
                replace(d, u"g1"_s, day("2026-01-12"), u"p9"_s);
            },
            {});
        row("after a replacement the new mentor is", S, kToday,
            [](Dataset& d) {
                removeConsents(d, u"p9"_s, u"personal_data"_s);
                replace(d, u"g1"_s, day("2026-01-12"), u"p9"_s);
            },
            {u"p9"_s});
        row("one finding for a person in two pairs", S, kToday,
            [=](Dataset& d) {
                removeConsents(d, u"p1"_s, u"personal_data"_s);
                addPair(d, u"g2"_s, u"p1"_s, {u"p3"_s}, s, e);
            },
            {u"p1"_s});
        row("a withdrawn consent and a valid one", S, kToday,
            [=](Dataset& d) {
                pd(d, u"p2"_s).withdrawn = day("2025-01-10");
                addConsent(d, u"p2"_s, u"personal_data"_s, day("2025-09-01"));
            },
            {});
        row("municipal", M, kToday, [](Dataset& d) { removeConsents(d, u"p2"_s, u"personal_data"_s); }, {u"p2"_s});
        row("civil-service", C, kToday, [](Dataset& d) { removeConsents(d, u"p2"_s, u"personal_data"_s); }, {u"p2"_s});
        row("reserve", R, kToday, [](Dataset& d) { removeConsents(d, u"p2"_s, u"personal_data"_s); }, {u"p2"_s});
    }
    void personalData() { run(rules::PersonalData); }

    // ---- external_mentor.documents ----

    void externalDocuments_data()
    {
        columns();
        auto external = [](const QString& mentee, const QStringList& documents) {
            return [mentee, documents](Dataset& d) {
                person(d, u"p1"_s).external = true;
                for (const QString& type : documents)
                    addCredential(d, u"p1"_s, type, day("2025-09-01"));
                pair(d, u"g1"_s).mentees = {mentee};
            };
        };
        const QStringList all = {u"cooperation_agreement"_s, u"no_criminal_record"_s, u"medical_certificate"_s};
        row("all documents, a pupil mentee", S, kToday, external(u"p10"_s, all), {});
        row("no medical certificate, a pupil mentee", S, kToday,
            external(u"p10"_s, {u"cooperation_agreement"_s, u"no_criminal_record"_s}), {u"g1"_s}, u"medical certificate"_s);
        row("no medical certificate, a teacher mentee", S, kToday,
            external(u"p2"_s, {u"cooperation_agreement"_s, u"no_criminal_record"_s}), {});
        row("no cooperation agreement, a teacher mentee", S, kToday, external(u"p2"_s, {}), {u"g1"_s},
            u"cooperation agreement"_s);
        row("nothing, a pupil mentee: all three listed", S, kToday, external(u"p10"_s, {}), {u"g1"_s},
            u"cooperation agreement, certificate of no criminal record, medical certificate"_s);
        row("agreement valid until the day before the start", S, kToday,
            [=](Dataset& d) {
                external(u"p2"_s, {u"cooperation_agreement"_s})(d);
                credential(d, u"p1"_s, u"cooperation_agreement"_s).validUntil = day("2025-09-14");
            },
            {u"g1"_s});
        row("agreement valid until the start", S, kToday,
            [=](Dataset& d) {
                external(u"p2"_s, {u"cooperation_agreement"_s})(d);
                credential(d, u"p1"_s, u"cooperation_agreement"_s).validUntil = day("2025-09-15");
            },
            {});
        row("a staff mentor needs none", S, kToday, [](Dataset& d) { pair(d, u"g1"_s).mentees = {u"p10"_s}; }, {});
        row("replacement: the new external mentor", S, kToday,
            [](Dataset& d) {
                person(d, u"p9"_s).external = true;
                replace(d, u"g1"_s, day("2026-01-12"), u"p9"_s);
            },
            {u"g1"_s}, u"Сидорова Анна Ивановна"_s);
        row("municipal: not checked", M, kToday, external(u"p10"_s, {}), {});
    }
    void externalDocuments() { run(rules::ExternalDocuments); }

    void externalDocumentsClause()
    {
        Dataset d = baseline(S);
        person(d, u"p1"_s).external = true;
        pair(d, u"g1"_s).mentees = {u"p10"_s};
        addCredential(d, u"p1"_s, u"cooperation_agreement"_s, day("2025-09-01"));
        QList<Finding> findings = check(d, test::profile(S), kToday);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().clause, u"002 п. 6.1"_s);
        removeCredentials(d, u"p1"_s, u"cooperation_agreement"_s);
        findings = check(d, test::profile(S), kToday);
        QCOMPARE(findings.first().clause, u"002 п. 4.19; 002 п. 6.1"_s);
    }

    // ---- pair.order ----

    void pairOrder_data()
    {
        columns();
        auto o1 = [](Dataset& d) -> Order& { return order(d, u"o1"_s); };
        row("order dated the start", S, kToday, [=](Dataset& d) { o1(d).date = day("2025-09-15"); }, {});
        row("order dated the day after the start", S, kToday, [=](Dataset& d) { o1(d).date = day("2025-09-16"); }, {u"g1"_s},
            u"16.09.2025"_s);
        row("not in any order", S, kToday, [=](Dataset& d) { o1(d).pairs.clear(); }, {u"g1"_s}, u"not in any order"_s);
        row("only in an order of another type", S, kToday, [=](Dataset& d) { o1(d).type = u"mentor_replacement"_s; }, {u"g1"_s});
        row("only in an undated order", S, kToday, [=](Dataset& d) { o1(d).date = QDate(); }, {u"g1"_s}, u"no date"_s);
        row("a late order and an earlier one", S, kToday,
            [](Dataset& d) {
                Order late;
                late.id = u"o3"_s;
                late.number = u"40-о"_s;
                late.date = day("2025-10-01");
                late.type = u"pairs_approval"_s;
                late.pairs = {u"g1"_s};
                d.orders << late;
            },
            {});
        row("a pair without a start: listed is enough", S, kToday, [](Dataset& d) { pair(d, u"g1"_s).start = QDate(); }, {});
        row("a pair without a start, not listed", S, kToday,
            [=](Dataset& d) {
                pair(d, u"g1"_s).start = QDate();
                o1(d).pairs.clear();
            },
            {u"g1"_s});
        row("municipal", M, kToday, [=](Dataset& d) { o1(d).pairs.clear(); }, {u"g1"_s});
        row("civil-service", C, kToday, [=](Dataset& d) { o1(d).pairs.clear(); }, {u"g1"_s});
        row("reserve", R, kToday, [=](Dataset& d) { o1(d).pairs.clear(); }, {u"g1"_s});
    }
    void pairOrder() { run(rules::PairOrder); }

    // ---- replacement.ground ----

    void replacementGround_data()
    {
        columns();
        const QDate on = day("2026-01-12");
        row("ground and order", S, kToday, [=](Dataset& d) { replace(d, u"g1"_s, on, u"p9"_s); }, {});
        row("no ground", S, kToday, [=](Dataset& d) { replace(d, u"g1"_s, on, u"p9"_s, u""_s); }, {u"g1"_s}, u"no ground"_s);
        row("a ground not in the list", S, kToday, [=](Dataset& d) { replace(d, u"g1"_s, on, u"p9"_s, u"whim"_s); }, {u"g1"_s},
            u"whim"_s);
        row("no order", S, kToday, [=](Dataset& d) { replace(d, u"g1"_s, on, u"p9"_s, u"request"_s, u""_s); }, {u"g1"_s},
            u"no order"_s);
        row("two bad replacements: one finding", S, kToday,
            [=](Dataset& d) {
                replace(d, u"g1"_s, on, u"p9"_s, u""_s);
                replace(d, u"g1"_s, day("2026-02-02"), u"p1"_s, u"request"_s, u""_s);
            },
            {u"g1"_s}, u"02.02.2026"_s);
        row("a custom list without «request»", S, kToday, [=](Dataset& d) { replace(d, u"g1"_s, on, u"p9"_s); }, {u"g1"_s}, {},
            [](Profile& p) { p.replacementGrounds.value.removeAll(u"request"_s); });
        row("municipal", M, kToday, [=](Dataset& d) { replace(d, u"g1"_s, on, u"p9"_s, u""_s); }, {u"g1"_s});
        row("civil-service", C, kToday, [=](Dataset& d) { replace(d, u"g1"_s, on, u"p9"_s, u""_s); }, {u"g1"_s});
        row("reserve", R, kToday, [=](Dataset& d) { replace(d, u"g1"_s, on, u"p9"_s, u""_s); }, {u"g1"_s});
    }
    void replacementGround() { run(rules::ReplacementGround); }

    // ---- extension.reason ----

    void extensionReason_data()
    {
        columns();
        const QDate on = day("2026-05-20");
        const QDate to = day("2026-06-30");
        row("sick leave", S, kToday, [=](Dataset& d) { extend(d, u"g1"_s, on, to, u"sick_leave"_s); }, {});
        row("business trip", S, kToday, [=](Dataset& d) { extend(d, u"g1"_s, on, to, u"business_trip"_s); }, {});
        row("no reason", S, kToday, [=](Dataset& d) { extend(d, u"g1"_s, on, to, u""_s); }, {u"g1"_s}, u"no reason"_s);
        row("a reason not in the list", S, kToday, [=](Dataset& d) { extend(d, u"g1"_s, on, to, u"vacation"_s); }, {u"g1"_s},
            u"vacation"_s);
        row("municipal: not checked", M, kToday, [=](Dataset& d) { extend(d, u"g1"_s, on, to, u""_s); }, {});
        row("civil-service: not checked", C, kToday, [=](Dataset& d) { extend(d, u"g1"_s, on, to, u""_s); }, {});
    }
    void extensionReason() { run(rules::ExtensionReason); }

    // ---- mentor.supervisor / mentor.disciplinary ----

    void supervisor_data()
    {
        columns();
        row("the mentor supervises the mentee", C, kToday, [](Dataset& d) { person(d, u"p2"_s).supervisor = u"p1"_s; },
            {u"g1"_s}, u"Петров Пётр Петрович"_s);
        row("another supervisor", C, kToday, [](Dataset& d) { person(d, u"p2"_s).supervisor = u"p9"_s; }, {});
        row("the new mentor supervises the mentee", C, kToday,
            [](Dataset& d) {
                person(d, u"p2"_s).supervisor = u"p9"_s;
                replace(d, u"g1"_s, day("2026-01-12"), u"p9"_s);
            },
            {u"g1"_s}, u"Сидорова Анна Ивановна"_s);
        row("school: not checked", S, kToday, [](Dataset& d) { person(d, u"p2"_s).supervisor = u"p1"_s; }, {});
        row("municipal: not checked", M, kToday, [](Dataset& d) { person(d, u"p2"_s).supervisor = u"p1"_s; }, {});
    }
    void supervisor() { run(rules::Supervisor); }

    void disciplinary_data()
    {
        columns();
        row("a sanction", C, kToday, [](Dataset& d) { person(d, u"p1"_s).disciplinarySanction = true; }, {u"g1"_s},
            u"Иванова Мария Петровна"_s);
        row("the new mentor's sanction", C, kToday,
            [](Dataset& d) {
                person(d, u"p9"_s).disciplinarySanction = true;
                replace(d, u"g1"_s, day("2026-01-12"), u"p9"_s);
            },
            {u"g1"_s});
        row("a sanction of someone else", C, kToday, [](Dataset& d) { person(d, u"p9"_s).disciplinarySanction = true; }, {});
        row("school: not checked", S, kToday, [](Dataset& d) { person(d, u"p1"_s).disciplinarySanction = true; }, {});
        row("reserve: not checked", R, kToday, [](Dataset& d) { person(d, u"p1"_s).disciplinarySanction = true; }, {});
    }
    void disciplinary() { run(rules::Disciplinary); }

    // ---- early_completion.notice ----

    void earlyCompletionNotice_data()
    {
        columns();
        const QDate today = day("2026-03-20");
        auto complete = [](const char* date, const char* notice, const QString& initiator = u"employer"_s) {
            return [=](Dataset& d) { completeEarly(d, u"g1"_s, day(date), notice ? day(notice) : QDate(), initiator); };
        };
        // Notice on Monday 02.03.2026: three working days later is Thursday 05.03.2026.
        row("on the third working day", S, today, complete("2026-03-05", "2026-03-02"), {});
        row("a day early", S, today, complete("2026-03-04", "2026-03-02"), {u"g1"_s}, u"05.03.2026"_s);
        row("no notice", S, today, complete("2026-03-04", nullptr), {u"g1"_s}, u"no notice"_s);
        row("at the mentor's initiative", S, today, complete("2026-03-04", "2026-03-03", u"mentor"_s), {});
        row("by agreement", S, today, complete("2026-03-03", nullptr, u"agreement"_s), {});
        // Notice on Thursday 05.03.2026: 6, 10, 11 March (9 March is a holiday).
        row("holiday inside: the day before", S, today, complete("2026-03-10", "2026-03-05"), {u"g1"_s}, u"11.03.2026"_s);
        row("holiday inside: on the day", S, today, complete("2026-03-11", "2026-03-05"), {});
        row("external mentor: not an employee", C, today,
            [=](Dataset& d) {
                person(d, u"p1"_s).external = true;
                complete("2026-03-04", nullptr)(d);
            },
            {});
        row("the mentor leading on the date decides", R, today,
            [=](Dataset& d) {
                person(d, u"p9"_s).external = true;
                replace(d, u"g1"_s, day("2026-01-12"), u"p9"_s);
                complete("2026-03-04", nullptr)(d);
            },
            {});
        row("municipal", M, today, complete("2026-03-04", nullptr), {u"g1"_s});
        row("civil-service", C, today, complete("2026-03-04", nullptr), {u"g1"_s});
        row("reserve", R, today, complete("2026-03-04", nullptr), {u"g1"_s});
    }
    void earlyCompletionNotice() { run(rules::EarlyCompletionNotice); }

    // ---- across rules ----

    void unconfirmedCalendar()
    {
        // 28.12.2026 + 5 working days runs into 2027, which has no decree data.
        Dataset d = baseline(M);
        Pair& g = pair(d, u"g1"_s);
        g.start = day("2026-12-28");
        g.plannedEnd = day("2027-12-28");
        g.planApproved = day("2027-01-14");
        QList<Finding> findings = check(d, test::profile(M), kToday);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().rule, u"plan.deadline"_s);
        QCOMPARE(findings.first().date, day("2027-01-13"));
        QVERIFY(findings.first().unconfirmedCalendar);
        QVERIFY(findings.first().message.contains(u"2027"_s));

        // A decree entered for 2027 confirms it.
        CalendarYear y2027 = WorkCalendar::article112(2027);
        const WorkCalendar confirmed = WorkCalendar().withUserYears({y2027});
        findings = check(d, test::profile(M), kToday, confirmed);
        QCOMPARE(findings.size(), 1);
        QVERIFY(!findings.first().unconfirmedCalendar);

        // A deadline within a confirmed year is not flagged.
        d = baseline(M);
        pair(d, u"g1"_s).planApproved = day("2025-09-23");
        findings = check(d, test::profile(M), kToday);
        QCOMPARE(findings.size(), 1);
        QVERIFY(!findings.first().unconfirmedCalendar);
    }

    void findingFields()
    {
        Dataset d = baseline(S);
        replace(d, u"g1"_s, day("2026-01-12"), u"p9"_s, u""_s);
        const QList<Finding> findings = check(d, test::profile(S), kToday);
        QCOMPARE(findings.size(), 1);
        const Finding& f = findings.first();
        QCOMPARE(f.rule, u"replacement.ground"_s);
        QCOMPARE(f.subject, u"g1"_s);
        QCOMPARE(f.subjectKind, Finding::SubjectKind::Pair);
        QCOMPARE(f.severityText(), u"error"_s);
        QCOMPARE(f.clause, u"002 п. 4.15"_s);
        QCOMPARE(f.pairs, QStringList{u"g1"_s});
        QCOMPARE(f.people, (QStringList{u"p1"_s, u"p9"_s, u"p2"_s}));
        QVERIFY(f.message.contains(u"12.01.2026"_s));
        QVERIFY(f.message.contains(u"Петров П.\u00a0П."_s));
        QVERIFY(!f.secondary);
        QCOMPARE(RuleEngine::concerningPerson(findings, u"p9"_s).size(), 1);
        QCOMPARE(RuleEngine::concerningPerson(findings, u"p5"_s).size(), 0);
        QCOMPARE(RuleEngine::concerningPair(findings, u"g1"_s).size(), 1);
    }

    void secondaryClauses()
    {
        Dataset d = baseline(C);
        person(d, u"p1"_s).disciplinarySanction = true;
        const QList<Finding> findings = check(d, test::profile(C), kToday);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().clause, u"ПП РФ № 1296 (2019)"_s);
        QVERIFY(findings.first().secondary);
    }

    void sortedAndOnePerSubject()
    {
        // Several people without consents in several pairs, and several rules at once.
        Dataset d = baseline(S);
        const QDate s = day("2025-09-15");
        const QDate e = day("2026-05-29");
        addPair(d, u"g10"_s, u"p9"_s, {u"p10"_s}, s, e);
        addPair(d, u"g2"_s, u"p9"_s, {u"p3"_s}, s, e);
        addPair(d, u"g3"_s, u"p9"_s, {u"p4"_s}, s, e);
        for (const QString& id : {u"p10"_s, u"p2"_s, u"p3"_s, u"p1"_s})
            removeConsents(d, id, u"personal_data"_s);
        order(d, u"o1"_s).pairs.clear();
        const QList<Finding> findings = check(d, test::profile(S), kToday);
        QStringList keys;
        for (const Finding& f : findings)
            keys << f.rule + u' ' + f.subject;
        QCOMPARE(keys, (QStringList{u"consent.personal_data p1"_s, u"consent.personal_data p2"_s, u"consent.personal_data p3"_s,
                                    u"consent.personal_data p10"_s, u"mentor.max_mentees p9"_s, u"pair.order g1"_s,
                                    u"pair.order g2"_s, u"pair.order g3"_s, u"pair.order g10"_s}));
        // The same data checked again gives the same list.
        QCOMPARE(check(d, test::profile(S), kToday), findings);
    }

    void disabledRulesAreSilent_data()
    {
        QTest::addColumn<QString>("profile");
        for (const QString& id : Profiles::builtInIds())
            QTest::newRow(qPrintable(id)) << id;
    }
    void disabledRulesAreSilent()
    {
        // Data that breaks every rule somewhere, checked under each profile: only enabled rules fire.
        QFETCH(QString, profile);
        Dataset d = baseline(profile);
        const QDate s = day("2025-09-15");
        const QDate e = day("2026-05-29");
        for (const QString& form : {u"traditional"_s, u"mentoring"_s, u"tutoring"_s, u"coaching"_s, u"teacher_teacher"_s,
                                    u"civil_service"_s, u"reserve"_s})
            addPair(d, u"g-"_s + form, u"p9"_s, {u"p10"_s}, s, day("2028-12-31")).form = form;
        Dataset& data = d;
        person(data, u"p9"_s).credentials.clear();
        person(data, u"p9"_s).external = true;
        person(data, u"p9"_s).pedagogicalYears.reset();
        person(data, u"p9"_s).managerialYears.reset();
        person(data, u"p9"_s).methodicalYears.reset();
        person(data, u"p9"_s).disciplinarySanction = true;
        person(data, u"p10"_s).supervisor = u"p9"_s;
        removeConsents(data, u"p9"_s, u"mentor_role"_s);
        removeConsents(data, u"p10"_s, u"personal_data"_s);
        Pair& g1 = pair(data, u"g1"_s);
        g1.plannedEnd = day("2025-10-01");
        g1.hasPlan = false;
        g1.planApproved = QDate();
        g1.reportDate = QDate();
        replace(data, u"g1"_s, day("2025-09-20"), u"p1"_s, u"whim"_s, u""_s);
        PairEvent ext;
        ext.type = u"extension"_s;
        ext.date = day("2025-09-25");
        ext.reason = u"vacation"_s;
        g1.events << ext;
        completeEarly(data, u"g1"_s, day("2025-09-26"), QDate(), u"employer"_s);
        pair(data, u"g1"_s).reportDate = QDate();
        addPair(data, u"g23"_s, u"p1"_s, {u"p6"_s}, s, day("2025-09-20"));
        order(data, u"o1"_s).pairs.removeAll(u"g1"_s);
        addPair(data, u"g20"_s, u"p1"_s, {u"p3"_s}, s, e);
        addPair(data, u"g21"_s, u"p1"_s, {u"p4"_s}, s, e);
        addPair(data, u"g22"_s, u"p1"_s, {u"p5"_s}, s, e);

        const Profile p = test::profile(profile);
        const QList<Finding> findings = check(data, p, kToday);
        if (qEnvironmentVariableIsSet("NASTAVNIK_SHOW_FINDINGS")) {
            for (const Finding& f : findings)
                qInfo().noquote() << f.rule << f.subject << f.message;
        }
        QSet<QString> fired;
        for (const Finding& f : findings) {
            QVERIFY2(p.isEnabled(f.rule), qPrintable(f.rule));
            fired.insert(f.rule);
        }
        // Every enabled rule finds something in this data.
        for (const QString& rule : rules::all()) {
            if (p.isEnabled(rule))
                QVERIFY2(fired.contains(rule), qPrintable(rule));
        }
    }

    void demoSchool()
    {
        const Dataset demo = demo::school(QDate(2026, 11, 22));
        const QList<Finding> findings = check(demo, test::profile(S), QDate(2026, 11, 22));
        // The demo's own comments list five honest mistakes.
        QString minorWhoSigned;
        for (const Consent& c : demo.consents) {
            for (const Person& p : demo.people) {
                if (p.id == c.person && p.kind == u"pupil" && c.type == u"personal_data" && c.signedBy == c.person)
                    minorWhoSigned = p.id;
            }
        }
        QString studentWithoutMedical;
        for (const Person& p : demo.people) {
            if (p.kind == u"student" && p.external
                && std::none_of(p.credentials.cbegin(), p.credentials.cend(),
                                [](const Credential& c) { return c.type == u"medical_certificate"; }))
                studentWithoutMedical = p.id;
        }
        QString pairOfStudent;
        for (const Pair& p : demo.pairs) {
            if (p.mentor == studentWithoutMedical)
                pairOfStudent = p.id;
        }
        QStringList keys;
        for (const Finding& f : findings) {
            keys << f.rule + u' ' + f.subject;
            QVERIFY(!f.message.isEmpty());
            QVERIFY(!f.hint.isEmpty());
            QVERIFY(!f.clause.isEmpty());
            QVERIFY(!f.unconfirmedCalendar);
        }
        QStringList expected = {u"consent.personal_data "_s + minorWhoSigned,
                                u"external_mentor.documents "_s + pairOfStudent,
                                u"mentor.max_mentees "_s + demo.pairs.last().mentor,
                                u"pair.duration_max "_s + demo.pairs.at(6).id,
                                u"pair.order "_s + demo.pairs.last().id};
        QCOMPARE(keys, expected);
        const Finding& cap = findings.at(2);
        QVERIFY2(cap.message.contains(u"3"_s), qPrintable(cap.message));
        QCOMPARE(cap.pairs.size(), 3);
    }

    void idOrder_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("less");
        QTest::newRow("numbers as numbers") << u"p2"_s << u"p10"_s << true;
        QTest::newRow("reverse") << u"p10"_s << u"p2"_s << false;
        QTest::newRow("prefix first") << u"g1"_s << u"p1"_s << true;
        QTest::newRow("equal") << u"p1"_s << u"p1"_s << false;
        QTest::newRow("suffix") << u"g1"_s << u"g1a"_s << true;
        QTest::newRow("leading zeros") << u"p01"_s << u"p2"_s << true;
    }
    void idOrder()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, less);
        QCOMPARE(RuleEngine::idLess(a, b), less);
    }

    void ruleTitles()
    {
        for (const QString& rule : rules::all())
            QVERIFY(RuleEngine::ruleTitle(rule) != rule);
        QCOMPARE(RuleEngine::ruleTitle(u"own.rule"_s), u"own.rule"_s);
    }
};

QTEST_GUILESS_MAIN(TestRuleEngine)
#include "tst_ruleengine.moc"
