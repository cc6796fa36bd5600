#include "RuleTestData.h"
#include "TestSupport.h"
#include "demo/DemoData.h"
#include "matching/MentorMatcher.h"
#include "storage/DatasetRepository.h"

#include <QtTest>

using namespace nastavnik;
using namespace Qt::StringLiterals;
using test::day;

namespace {

const QDate kToday(2026, 1, 20);

Person person(const QString& id, const QString& last, const QString& kind, const QString& unit = {})
{
    Person p;
    p.id = id;
    p.lastName = last;
    p.firstName = u"Мария"_s;
    p.middleName = u"Ивановна"_s;
    p.kind = kind;
    p.unit = unit;
    return p;
}

/// The mentee e1 (a young teacher of «МО гуманитарного цикла» asking for help with discipline
/// and parents, supervised by the head «boss») and possible mentors a, b, c (teachers), boss
/// (a manager), s (a senior pupil); e2–e5 are other mentees.
Dataset base()
{
    Dataset d;
    Person e1 = person(u"e1"_s, u"Новикова"_s, u"teacher"_s, u"МО гуманитарного цикла"_s);
    e1.menteeBase = true;
    e1.supervisor = u"boss"_s;
    e1.request = u"дисциплина на уроке, работа с родителями"_s;
    e1.menteeCategories = { u"young_specialist"_s };
    Person a = person(u"a"_s, u"Абрамова"_s, u"teacher"_s, u"МО естественных наук"_s);
    a.competencies = u"работа с родителями трудных подростков"_s;
    Person b = person(u"b"_s, u"Борисова"_s, u"teacher"_s, u"МО естественных наук"_s);
    b.competencies = u"олимпиадная математика"_s;
    Person c = person(u"c"_s, u"Волкова"_s, u"teacher"_s, u"МО гуманитарного цикла"_s);
    c.competencies = u"проектная деятельность"_s;
    Person boss = person(u"boss"_s, u"Главная"_s, u"manager"_s, u"МО гуманитарного цикла"_s);
    Person s = person(u"s"_s, u"Старшеклассник"_s, u"pupil"_s);
    for (Person* m : { &a, &b, &c, &boss, &s })
        m->mentorBase = true;
    d.people << e1 << a << b << c << boss << s;
    for (int i = 2; i <= 5; ++i) {
        Person e = person(u"e%1"_s.arg(i), u"Наставляемая%1"_s.arg(i), u"teacher"_s);
        e.menteeBase = true;
        d.people << e;
    }
    return d;
}

void addPair(Dataset& d,
             const QString& id,
             const QString& mentor,
             const QStringList& mentees,
             const QDate& start,
             const QDate& end,
             const QString& form = u"teacher_teacher"_s)
{
    Pair p;
    p.id = id;
    p.form = form;
    p.mentor = mentor;
    p.mentees = mentees;
    p.start = start;
    p.plannedEnd = end;
    d.pairs << p;
}

/// a leads two single-mentee pairs from 12.01.2026 to 29.05.2026: at the cap of 2 (002 4.12).
void aAtTheCap(Dataset& d)
{
    addPair(d, u"g1"_s, u"a"_s, { u"e2"_s }, day("2026-01-12"), day("2026-05-29"));
    addPair(d, u"g2"_s, u"a"_s, { u"e3"_s }, day("2026-01-12"), day("2026-05-29"));
}

Preference choice(const QString& who, const QString& whom, int rank)
{
    return Preference { 0, who, whom, rank, day("2026-01-15") };
}

struct Case
{
    QString profile = u"school"_s;
    std::function<void(Dataset&)> change;
    QList<Preference> survey;
    MatchRequest request;
};

MatchRequest request(const QStringList& mentees,
                     const QDate& start,
                     const QDate& end = day("2026-12-18"),
                     const QString& form = u"teacher_teacher"_s)
{
    MatchRequest r;
    r.mentees = mentees;
    r.form = form;
    r.start = start;
    r.end = end;
    return r;
}

QStringList candidateIds(const MatchResult& r)
{
    QStringList ids;
    for (const MatchCandidate& c : r.candidates)
        ids << c.personId;
    return ids;
}

QString exclusion(const MatchResult& r, const QString& id)
{
    for (const MatchExclusion& e : r.excluded) {
        if (e.personId == id)
            return e.reasons.join(u"; "_s);
    }
    return {};
}

} // namespace

Q_DECLARE_METATYPE(Case)

class TestMatching : public QObject
{
    Q_OBJECT

private slots:
    void ranking_data()
    {
        QTest::addColumn<Case>("input");
        QTest::addColumn<QStringList>("first"); // the candidates expected first, in order
        QTest::addColumn<QStringList>("excluded"); // "id: words of the reason"

        Case atCap;
        atCap.change = aAtTheCap;
        atCap.request = request({ u"e1"_s }, day("2026-05-29"));
        QTest::newRow("at the cap on the last day of the pairs: never proposed")
            << atCap << QStringList() << QStringList { u"a: cap is 2"_s, u"a: 29.05.2026"_s };
        Case dayAfter = atCap;
        dayAfter.request = request({ u"e1"_s }, day("2026-05-30"));
        QTest::newRow("the day after the pairs end: proposed")
            << dayAfter << QStringList { u"a"_s } << QStringList();
        Case overlapsTheEnd = atCap;
        overlapsTheEnd.request = request({ u"e1"_s }, day("2025-12-01"), day("2026-01-12"));
        QTest::newRow("a term that reaches their first day: excluded")
            << overlapsTheEnd << QStringList() << QStringList { u"a: 12.01.2026"_s };
        Case before = atCap;
        before.request = request({ u"e1"_s }, day("2025-11-01"), day("2026-01-11"));
        QTest::newRow("a term that ends before: proposed")
            << before << QStringList { u"a"_s } << QStringList();

        Case replaced;
        replaced.change = [](Dataset& d) {
            aAtTheCap(d);
            test::replace(d, u"g1"_s, day("2026-03-02"), u"b"_s);
        };
        replaced.request = request({ u"e1"_s }, day("2026-03-02"));
        QTest::newRow("a replacement frees the old mentor from its date")
            << replaced << QStringList { u"a"_s } << QStringList();
        Case beforeReplacement = replaced;
        beforeReplacement.request = request({ u"e1"_s }, day("2026-02-02"));
        QTest::newRow("…but not before it")
            << beforeReplacement << QStringList() << QStringList { u"a: cap"_s };
        Case newMentorFull = replaced;
        newMentorFull.change = [](Dataset& d) {
            aAtTheCap(d);
            addPair(d, u"g3"_s, u"b"_s, { u"e4"_s }, day("2026-01-12"), day("2026-05-29"));
            test::replace(d, u"g1"_s, day("2026-03-02"), u"b"_s);
        };
        newMentorFull.request = request({ u"e1"_s }, day("2026-04-01"));
        QTest::newRow("the new mentor counts the pair from the replacement")
            << newMentorFull << QStringList() << QStringList { u"b: cap"_s };

        Case group = atCap;
        group.request = request({ u"e1"_s, u"e5"_s }, day("2026-03-02"));
        group.request.group = true;
        QTest::newRow("a group is exempt from the cap") << group << QStringList { u"a"_s } << QStringList();
        Case twoPairs;
        twoPairs.change = [](Dataset& d) {
            addPair(d, u"g1"_s, u"a"_s, { u"e2"_s }, day("2026-01-12"), day("2026-05-29"));
        };
        twoPairs.request = request({ u"e1"_s, u"e5"_s }, day("2026-03-02"));
        QTest::newRow("two pairs at once need room for two")
            << twoPairs << QStringList() << QStringList { u"a: cap"_s };

        Case civil;
        civil.profile = u"civil-service"_s;
        civil.change = [](Dataset& d) {
            for (Person& p : d.people) {
                if (p.id != u"boss" && p.id != u"s")
                    p.kind = u"civil_servant"_s;
            }
        };
        civil.request = request({ u"e1"_s }, day("2026-03-02"), day("2026-08-31"), u"civil_service"_s);
        QTest::newRow("civil service: the direct supervisor is never proposed")
            << civil << QStringList() << QStringList { u"boss: supervisor"_s, u"s: this person is: pupil"_s };
        Case school;
        school.request = request({ u"e1"_s }, day("2026-03-02"));
        QTest::newRow("school: the supervisor may be proposed")
            << school << QStringList { u"a"_s, u"c"_s, u"boss"_s } << QStringList { u"s: pupil"_s };
        Case sanction = civil;
        sanction.change = [](Dataset& d) {
            for (Person& p : d.people) {
                if (p.id != u"boss" && p.id != u"s")
                    p.kind = u"civil_servant"_s;
                if (p.id == u"c")
                    p.disciplinarySanction = true;
            }
        };
        QTest::newRow("civil service: a disciplinary sanction excludes")
            << sanction << QStringList() << QStringList { u"c: disciplinary"_s };

        Case mutual;
        mutual.survey
            = { choice(u"e1"_s, u"b"_s, 2), choice(u"b"_s, u"e1"_s, 1), choice(u"e1"_s, u"c"_s, 1) };
        mutual.request = request({ u"e1"_s }, day("2026-03-02"));
        QTest::newRow("a mutual choice first, then a choice one way, then the overlap")
            << mutual << QStringList { u"b"_s, u"c"_s, u"a"_s } << QStringList();
        Case mutualRanks;
        mutualRanks.survey = { choice(u"e1"_s, u"b"_s, 2),
                               choice(u"b"_s, u"e1"_s, 2),
                               choice(u"e1"_s, u"c"_s, 1),
                               choice(u"c"_s, u"e1"_s, 1) };
        mutualRanks.request = request({ u"e1"_s }, day("2026-03-02"));
        QTest::newRow("two mutual choices: first choices first")
            << mutualRanks << QStringList { u"c"_s, u"b"_s } << QStringList();
        Case mentorsChoice;
        mentorsChoice.survey = { choice(u"c"_s, u"e1"_s, 1) };
        mentorsChoice.request = request({ u"e1"_s }, day("2026-03-02"));
        QTest::newRow("the mentor's one-way choice counts too")
            << mentorsChoice << QStringList { u"c"_s, u"a"_s } << QStringList();
        Case mutualAtCap;
        mutualAtCap.change = aAtTheCap;
        mutualAtCap.survey = { choice(u"e1"_s, u"a"_s, 1), choice(u"a"_s, u"e1"_s, 1) };
        mutualAtCap.request = request({ u"e1"_s }, day("2026-03-02"));
        QTest::newRow("a mutual choice at the cap is still excluded")
            << mutualAtCap << QStringList { u"c"_s } << QStringList { u"a: cap"_s };

        Case overlap;
        overlap.request = request({ u"e1"_s }, day("2026-03-02"));
        QTest::newRow("the overlap of words, then the same unit, then the load")
            << overlap << QStringList { u"a"_s, u"c"_s, u"boss"_s, u"b"_s }
            << QStringList(); // same unit: c and boss, by name

        Case tutor;
        tutor.profile = u"municipal"_s;
        tutor.change = [](Dataset& d) {
            for (Person& p : d.people) {
                p.methodicalYears = 6;
                if (p.id == u"a")
                    p.credentials << Credential { 0, u"tutor_certificate"_s, u"Т-1"_s, day("2022-01-10"), {},
                                                  {} };
                if (p.id == u"b")
                    p.credentials << Credential { 0, u"tutor_certificate"_s, u"Т-2"_s, day("2025-02-01"), {},
                                                  {} };
                if (p.id == u"c") {
                    p.methodicalYears = 2;
                    p.credentials << Credential { 0, u"tutor_certificate"_s, u"Т-3"_s, day("2025-02-01"), {},
                                                  {} };
                }
            }
        };
        tutor.request = request({ u"e1"_s }, day("2026-03-02"), day("2026-12-18"), u"tutoring"_s);
        QTest::newRow("municipal tutor without a valid certificate is excluded")
            << tutor << QStringList { u"b"_s }
            << QStringList { u"a: Tutor certificate"_s,
                             u"a: 02.03.2026"_s,
                             u"c: methodical experience of 2"_s,
                             u"boss: Tutor certificate"_s };

        Case pupils;
        pupils.request = request({ u"e1"_s }, day("2026-03-02"), day("2026-12-18"), u"pupil_pupil"_s);
        QTest::newRow("pupil – pupil: only pupils")
            << pupils << QStringList { u"s"_s } << QStringList { u"a: needs a mentor who is: pupil"_s };

        Case archived;
        archived.change = [](Dataset& d) {
            d.people[1].archived = true;
        };
        archived.request = request({ u"e1"_s }, day("2026-03-02"));
        QTest::newRow("archived people are excluded")
            << archived << QStringList { u"c"_s } << QStringList { u"a: archive"_s };
        Case self;
        self.change = [](Dataset& d) {
            d.people[0].mentorBase = true;
        };
        self.request = request({ u"e1"_s }, day("2026-03-02"));
        QTest::newRow("not the mentee themselves")
            << self << QStringList() << QStringList { u"e1: mentee themselves"_s };
    }
    void ranking()
    {
        QFETCH(Case, input);
        QFETCH(QStringList, first);
        QFETCH(QStringList, excluded);
        Dataset d = base();
        if (input.change)
            input.change(d);
        const MentorMatcher matcher(d, input.survey, test::profile(input.profile), kToday);
        const MatchResult result = matcher.rank(input.request);
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u' ')));
        const QStringList ids = candidateIds(result);
        QVERIFY2(ids.mid(0, first.size()) == first, qPrintable(ids.join(u", ")));
        for (const QString& expectation : excluded) {
            const QString id = expectation.section(u": "_s, 0, 0);
            const QString words = expectation.section(u": "_s, 1);
            QVERIFY2(!ids.contains(id), qPrintable(id + u" is proposed"_s));
            QVERIFY2(exclusion(result, id).contains(words), qPrintable(id + u": "_s + exclusion(result, id)));
        }
        // Everyone has reasons; ranks run from 1; nobody is both.
        for (int i = 0; i < result.candidates.size(); ++i) {
            QCOMPARE(result.candidates.at(i).rank, i + 1);
            QVERIFY(!result.candidates.at(i).reasons.isEmpty());
            QVERIFY(exclusion(result, result.candidates.at(i).personId).isEmpty());
        }
        for (const MatchExclusion& e : result.excluded)
            QVERIFY(!e.reasons.isEmpty());
    }

    void reasonsAndNotes()
    {
        Dataset d = base();
        test::person(d, u"a"_s).credentials
            << Credential { 0, u"labour_agreement"_s, u"ДС"_s, day("2025-12-01"), {}, {} };
        test::addConsent(d, u"a"_s, u"mentor_role"_s, day("2025-12-01"));
        const QList<Preference> survey = { choice(u"e1"_s, u"a"_s, 1), choice(u"a"_s, u"e1"_s, 2) };
        const MentorMatcher matcher(d, survey, test::profile(u"school"_s), kToday);
        const MatchResult r = matcher.rank(request({ u"e1"_s }, day("2026-03-02")));
        const MatchCandidate& a = r.candidates.first();
        QCOMPARE(a.personId, u"a"_s);
        QCOMPARE(a.mutual, 1);
        QCOMPARE(a.preferenceRanks, 3);
        QCOMPARE(a.matchedWords, (QStringList { u"работа"_s, u"родителями"_s }));
        QCOMPARE(a.cap, 2);
        const QString reasons = a.reasons.join(u"; "_s);
        QVERIFY2(reasons.contains(u"mutual"_s) && reasons.contains(u"родителями"_s)
                     && reasons.contains(u"leads no pairs"_s),
                 qPrintable(reasons));
        QVERIFY(a.notes.isEmpty()); // consent and agreement signed
        const MatchCandidate* c = nullptr;
        for (const MatchCandidate& k : r.candidates) {
            if (k.personId == u"c")
                c = &k;
        }
        QVERIFY(c);
        QVERIFY(c->sameUnit);
        QVERIFY(c->reasons.join(u' ').contains(u"МО гуманитарного цикла"_s));
        // A staff mentor without consent and agreement is proposed, with both as notes.
        QCOMPARE(c->notes.size(), 2);
        QVERIFY(c->notes.join(u' ').contains(u"351.8"_s));
    }

    void incompleteRequests()
    {
        const MentorMatcher matcher(base(), {}, test::profile(u"school"_s), kToday);
        QVERIFY(!matcher.rank(request({}, day("2026-03-02"))).problems.isEmpty());
        QVERIFY(!matcher.rank(request({ u"e1"_s }, QDate())).problems.isEmpty());
        QVERIFY(!matcher.rank(request({ u"e1"_s }, day("2026-03-02"), day("2026-01-01"))).problems.isEmpty());
        MatchRequest noForm = request({ u"e1"_s }, day("2026-03-02"));
        noForm.form.clear();
        QVERIFY(!matcher.rank(noForm).problems.isEmpty());
    }

    void waitingAndDefaults()
    {
        Dataset d = base();
        addPair(d, u"g1"_s, u"a"_s, { u"e2"_s }, day("2025-09-01"), day("2026-05-29")); // running
        addPair(d, u"g2"_s, u"a"_s, { u"e3"_s }, day("2025-02-01"), day("2025-12-26")); // ended
        addPair(d, u"g3"_s, u"b"_s, { u"e4"_s }, day("2026-03-02"), day("2026-12-18")); // planned
        test::person(d, u"e5"_s).archived = true;
        const MentorMatcher matcher(d, { choice(u"e3"_s, u"s"_s, 1) }, test::profile(u"school"_s), kToday);
        QCOMPARE(matcher.waitingMentees(),
                 (QStringList { u"e3"_s, u"e1"_s })); // by name: «Наставляемая3», «Новикова»
        QCOMPARE(matcher.suggestedForm(u"e1"_s), u"teacher_teacher"_s);
        const MatchRequest r = matcher.defaultRequest({ u"e1"_s });
        QVERIFY(r.start > kToday);
        QVERIFY(r.start.dayOfWeek() <= 5);
        QVERIFY(r.end > r.start);
        QVERIFY(r.end <= dates::addMonthsCivil(r.start, 12)); // within 002 4.13
        // A pupil whose first choice is a senior pupil: «ученик – ученик».
        Dataset pupils = base();
        pupils.people << person(u"j"_s, u"Младший"_s, u"pupil"_s);
        const MentorMatcher byChoice(
            pupils, { choice(u"j"_s, u"s"_s, 1) }, test::profile(u"school"_s), kToday);
        QCOMPARE(byChoice.suggestedForm(u"j"_s), u"pupil_pupil"_s);
        const MentorMatcher noChoice(pupils, {}, test::profile(u"school"_s), kToday);
        QCOMPARE(noChoice.suggestedForm(u"j"_s), u"teacher_pupil"_s);
    }

    void stems_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("stems");
        QTest::newRow("short words dropped")
            << u"на уроке и в жизни"_s << QStringList { u"уроке"_s, u"жизни"_s };
        QTest::newRow("cut to five letters")
            << u"Родителями, родительское собрание"_s << QStringList { u"родит"_s, u"собра"_s };
        QTest::newRow("ё as е") << u"Учёба, учеба"_s << QStringList { u"учеба"_s };
        QTest::newRow("stop words") << u"также другие олимпиады"_s << QStringList { u"олимп"_s };
        QTest::newRow("empty") << QString() << QStringList();
    }
    void stems()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, stems);
        QCOMPARE(MentorMatcher::stems(text), stems);
    }

    void demoHasWorkForTheAssistant()
    {
        const QDate today(2026, 11, 18);
        test::TempDatabase t;
        QVERIFY(DatasetRepository(t.connection()).replaceAll(demo::school(today)).ok());
        QVERIFY(PreferenceRepository(t.connection()).insertMany(demo::survey(today)).ok());
        const Result<MentorMatcher> matcher = MentorMatcher::fromDatabase(t.connection(), today);
        QVERIFY2(matcher.ok(), qPrintable(matcher.error()));
        const QStringList waiting = matcher->waitingMentees();
        QVERIFY(waiting.size() >= 7);
        int mutualFirst = 0;
        for (const QString& id : waiting) {
            const MatchResult r = matcher->rank(matcher->defaultRequest({ id }));
            QVERIFY(r.problems.isEmpty());
            QVERIFY2(!r.candidates.isEmpty(), qPrintable(id));
            mutualFirst += r.candidates.first().mutual > 0 ? 1 : 0;
            // Nobody proposed is over the cap of the demo's own rule on the planned dates.
            for (const MatchCandidate& c : r.candidates)
                QVERIFY(!c.cap || c.load < *c.cap);
        }
        QVERIFY(mutualFirst >= 3);
    }
};

QTEST_GUILESS_MAIN(TestMatching)
#include "tst_matching.moc"
