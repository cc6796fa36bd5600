#include "RuleTestData.h"
#include "TestSupport.h"
#include "matching/PreferenceRepository.h"
#include "pairs/MeetingRepository.h"
#include "pairs/PairRepository.h"
#include "pairs/PlanRepository.h"
#include "pairs/PlanTemplates.h"
#include "storage/DatasetRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace nastavnik;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(nastavnik::PlanItem)
using test::day;

namespace {

struct Db
{
    test::TempDatabase t;
    Db()
    {
        if (!DatasetRepository(t.connection()).replaceAll(test::baseline(u"school"_s)).ok())
            qFatal("the test data could not be written");
    }
    QSqlDatabase db() const { return t.connection(); }
    Pair pair() const { return PairRepository(t.connection()).load(u"g1"_s).value(); }
};

PlanItem
item(const QString& title, const QDate& due, const QString& status = u"planned"_s, const QDate& done = {})
{
    PlanItem i;
    i.title = title;
    i.due = due;
    i.status = status;
    i.done = done;
    return i;
}

} // namespace

class TestPlans : public QObject
{
    Q_OBJECT

private slots:
    void templatesShipForEveryForm()
    {
        const QList<PlanTemplate> all = PlanTemplates::all();
        QVERIFY(all.size() >= 9);
        QSet<QString> ids;
        QSet<QString> forms;
        for (const PlanTemplate& t : all) {
            QVERIFY2(!ids.contains(t.id), qPrintable(t.id));
            ids.insert(t.id);
            QVERIFY(!t.name.isEmpty());
            QVERIFY(!t.description.isEmpty());
            QVERIFY(!t.source.isEmpty());
            QVERIFY(t.items.size() >= 6);
            int previous = -1;
            for (const PlanTemplate::Item& i : t.items) {
                QVERIFY(!i.title.isEmpty());
                QVERIFY(!i.expected.isEmpty());
                QVERIFY2(i.offsetDays >= previous, qPrintable(t.id + u' ' + i.title)); // in the order of time
                previous = i.offsetDays;
            }
            for (const QString& f : t.forms)
                forms.insert(f);
        }
        for (const char16_t* form : { u"teacher_teacher",
                                      u"teacher_pupil",
                                      u"pupil_pupil",
                                      u"student_pupil",
                                      u"employer_pupil",
                                      u"employer_student",
                                      u"traditional",
                                      u"mentoring",
                                      u"tutoring",
                                      u"coaching",
                                      u"civil_service",
                                      u"reserve" })
            QVERIFY2(forms.contains(QString::fromUtf16(form)), qPrintable(QString::fromUtf16(form)));
        // The civil servant's plan tests on entry and at the end (000 5.3.1); the reservist's has
        // the internship (001 8).
        const PlanTemplate civil = PlanTemplates::find(u"civil-servant"_s).value();
        QVERIFY(civil.items.first().title.contains(u"Входное тестирование"_s));
        QVERIFY(std::any_of(civil.items.cbegin(), civil.items.cend(), [](const PlanTemplate::Item& i) {
            return i.title.contains(u"Итоговое тестирование"_s);
        }));
        const PlanTemplate reserve = PlanTemplates::find(u"reservist"_s).value();
        QVERIFY(std::any_of(reserve.items.cbegin(), reserve.items.cend(), [](const PlanTemplate::Item& i) {
            return i.title.contains(u"Стажировка"_s);
        }));
        QVERIFY(!PlanTemplates::find(u"astronaut"_s).ok());
        QVERIFY(PlanTemplates::find(u"astronaut"_s).error().contains(u"young-teacher"_s));
        QCOMPARE(PlanTemplates::forForm(u"pupil_pupil"_s).first().id, u"pupil"_s);
        QCOMPARE(PlanTemplates::forForm(u"reserve"_s).first().id, u"reservist"_s);
    }

    void templateFileErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        QTest::newRow("another format") << QByteArray(R"({"format": "x"})") << u"format"_s;
        QTest::newRow("no name") << QByteArray(
            R"({"format": "nastavnik-plan-template", "id": "a", "items": [{"title": "t", "offset_days": 1}]})")
                                 << u"name"_s;
        QTest::newRow("unknown form") << QByteArray(
            R"({"format": "nastavnik-plan-template", "id": "a", "name": "n", "forms": ["circus"], "items": [{"title": "t", "offset_days": 1}]})")
                                      << u"circus"_s;
        QTest::newRow("no items") << QByteArray(
            R"({"format": "nastavnik-plan-template", "id": "a", "name": "n", "items": []})")
                                  << u"no items"_s;
        QTest::newRow("negative offset") << QByteArray(
            R"({"format": "nastavnik-plan-template", "id": "a", "name": "n", "items": [{"title": "t", "offset_days": -3}]})")
                                         << u"offset_days"_s;
    }
    void templateFileErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        const Result<PlanTemplate> t
            = PlanTemplates::fromJson(QJsonDocument::fromJson(json).object(), u"x.json"_s);
        QVERIFY(!t.ok());
        QVERIFY2(t.error().contains(u"x.json"_s) && t.error().contains(says), qPrintable(t.error()));
    }

    void templateAppliedFromTheStart_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QDate>("start");
        QTest::newRow("young teacher from a Monday") << u"young-teacher"_s << day("2026-09-14");
        QTest::newRow("pupil before the New Year holidays") << u"pupil"_s << day("2026-12-28");
        QTest::newRow("civil servant in May") << u"civil-servant"_s << day("2026-04-27");
        QTest::newRow("reservist") << u"reservist"_s << day("2026-01-12");
        QTest::newRow("municipal traditional") << u"municipal-traditional"_s << day("2026-03-02");
    }
    void templateAppliedFromTheStart()
    {
        QFETCH(QString, id);
        QFETCH(QDate, start);
        const PlanTemplate t = PlanTemplates::find(id).value();
        const WorkCalendar calendar;
        const QList<PlanItem> items = PlanTemplates::instantiate(t, start, calendar);
        QCOMPARE(items.size(), t.items.size());
        for (int i = 0; i < items.size(); ++i) {
            const QDate exact = start.addDays(t.items.at(i).offsetDays);
            QCOMPARE(items.at(i).title, t.items.at(i).title);
            QCOMPARE(items.at(i).expected, t.items.at(i).expected);
            QCOMPARE(items.at(i).status, u"planned"_s);
            QVERIFY(calendar.isWorkingDay(items.at(i).due));
            // The due day itself, or the next working day when it falls on a day off.
            QVERIFY(items.at(i).due >= exact);
            QCOMPARE(items.at(i).due,
                     calendar.isWorkingDay(exact) ? exact : calendar.addWorkingDays(exact, 1));
        }
    }

    void copyShiftsTheDates()
    {
        QList<PlanItem> from = { item(u"Диагностика"_s, day("2025-09-22"), u"done"_s, day("2025-09-22")),
                                 item(u"Открытый урок"_s, day("2026-02-16"), u"in_progress"_s) };
        from[0].result = u"Выполнено"_s;
        from[0].rowId = 17;
        const QList<PlanItem> copy = PlanRepository::copied(from, day("2025-09-15"), day("2026-09-14"));
        QCOMPARE(copy.size(), 2);
        QCOMPARE(copy.at(0).due, day("2026-09-21"));
        QCOMPARE(copy.at(1).due, day("2027-02-15"));
        for (const PlanItem& i : copy) {
            QCOMPARE(i.status, u"planned"_s);
            QVERIFY(!i.done.isValid());
            QVERIFY(i.result.isEmpty());
            QCOMPARE(i.rowId, 0);
        }
        QCOMPARE(copy.at(0).title, u"Диагностика"_s);
    }

    void planSavedKeepingIds()
    {
        Db d;
        PlanRepository plans(d.db());
        Result<QList<PlanItem>> saved = plans.save(u"g1"_s,
                                                   true,
                                                   day("2025-09-18"),
                                                   { item(u"Первый"_s, day("2025-09-22")),
                                                     item(u"Второй"_s, day("2025-10-06")),
                                                     item(u"Третий"_s, day("2025-11-10")) });
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        Pair p = d.pair();
        QCOMPARE(p.planItems.size(), 3);
        QCOMPARE(p.planApproved, day("2025-09-18"));
        QVERIFY(p.hasPlan);
        const qint64 first = p.planItems.at(0).rowId;
        const qint64 third = p.planItems.at(2).rowId;
        QVERIFY(first > 0);
        // Reorder, edit one, drop one, add one: ids stay with their items.
        QList<PlanItem> items = { p.planItems.at(2), p.planItems.at(0), item(u"Новый"_s, day("2025-12-01")) };
        items[1].done = day("2025-09-23"); // a done date makes it done
        items[1].result = u"  Карта дефицитов  "_s;
        saved = plans.save(u"g1"_s, true, day("2025-09-18"), items);
        QVERIFY(saved.ok());
        p = d.pair();
        QCOMPARE(p.planItems.size(), 3);
        QCOMPARE(p.planItems.at(0).rowId, third);
        QCOMPARE(p.planItems.at(1).rowId, first);
        QCOMPARE(p.planItems.at(1).status, u"done"_s);
        QCOMPARE(p.planItems.at(1).result, u"Карта дефицитов"_s);
        QCOMPARE(p.planItems.at(2).title, u"Новый"_s);
        QCOMPARE(saved->at(2).rowId, p.planItems.at(2).rowId);
        // Bad items are refused, nothing changes.
        const Result<QList<PlanItem>> bad
            = plans.save(u"g1"_s,
                         true,
                         QDate(),
                         { item(QString(), day("2025-12-01")), item(u"x"_s, QDate(), u"someday"_s) });
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().contains(u"item 1"_s));
        QVERIFY(bad.error().contains(u"someday"_s));
        QCOMPARE(d.pair().planItems, p.planItems);
        QVERIFY(!plans.save(u"g404"_s, true, QDate(), {}).ok());
    }

    void progressAndOverdue_data()
    {
        QTest::addColumn<QList<PlanItem>>("items");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<int>("done");
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("overdue");
        const QDate today = day("2026-03-02");
        Q_UNUSED(today)
        QTest::newRow("empty") << QList<PlanItem>() << QDate() << 0 << 0 << 0;
        QTest::newRow("one done, one due later")
            << QList<PlanItem> { item(u"a"_s, day("2026-02-01"), u"done"_s, day("2026-02-01")),
                                 item(u"b"_s, day("2026-04-01")) }
            << QDate() << 1 << 2 << 0;
        QTest::newRow("past due and not done")
            << QList<PlanItem> { item(u"a"_s, day("2026-02-01"), u"in_progress"_s),
                                 item(u"b"_s, day("2026-03-01")) }
            << QDate() << 0 << 2 << 2;
        QTest::newRow("due today is not overdue")
            << QList<PlanItem> { item(u"a"_s, day("2026-03-02")) } << QDate() << 0 << 1 << 0;
        QTest::newRow("cancelled does not count")
            << QList<PlanItem> { item(u"a"_s, day("2026-02-01"), u"cancelled"_s),
                                 item(u"b"_s, day("2026-02-01"), u"done"_s) }
            << QDate() << 1 << 1 << 0;
        QTest::newRow("a done date means done")
            << QList<PlanItem> { item(u"a"_s, day("2026-02-01"), u"planned"_s, day("2026-02-03")) } << QDate()
            << 1 << 1 << 0;
        QTest::newRow("due after an early end")
            << QList<PlanItem> { item(u"a"_s, day("2026-01-20")), item(u"b"_s, day("2026-02-20")) }
            << day("2026-02-01") << 0 << 2 << 1;
    }
    void progressAndOverdue()
    {
        QFETCH(QList<PlanItem>, items);
        QFETCH(QDate, end);
        QFETCH(int, done);
        QFETCH(int, total);
        QFETCH(int, overdue);
        const PlanProgress p = PlanRepository::progress(items, day("2026-03-02"), end);
        QCOMPARE(p.done, done);
        QCOMPARE(p.total, total);
        QCOMPARE(p.overdue, overdue);
        QCOMPARE(p.percent(), total ? done * 100 / total : 0);
    }

    void planDeadlineOfTheProfile()
    {
        const WorkCalendar calendar;
        // 004 4.1: five working days from the start; 8 March 2027 (Monday) is a holiday.
        QCOMPARE(PlanRepository::deadline(day("2027-03-04"), test::profile(u"municipal"_s), calendar),
                 day("2027-03-12"));
        QCOMPARE(PlanRepository::deadline(day("2026-09-14"), test::profile(u"municipal"_s), calendar),
                 day("2026-09-21"));
        QVERIFY(!PlanRepository::deadline(day("2026-09-14"), test::profile(u"school"_s), calendar).isValid());
    }

    void meetingsLog()
    {
        Db d;
        MeetingRepository log(d.db());
        Meeting first { 0, day("2025-09-16"), u"first"_s, u"Знакомство"_s, {} };
        const Result<qint64> id = log.add(u"g1"_s, first);
        QVERIFY(id.ok());
        Meeting trial { 0, day("2025-09-23"), u"trial"_s, u"Пробная встреча"_s, u"Посетили урок"_s };
        QVERIFY(log.add(u"g1"_s, trial).ok());
        QCOMPARE(log.list(u"g1"_s)->size(), 2);
        first.rowId = id.value();
        first.topic = u"Знакомство, ожидания"_s;
        QVERIFY(log.update(first).ok());
        QCOMPARE(log.list(u"g1"_s)->first().topic, u"Знакомство, ожидания"_s);
        // Refused: no date, an unknown kind; an id that is gone.
        Meeting bad { 0, QDate(), u"regular"_s, {}, {} };
        QVERIFY(!log.add(u"g1"_s, bad).ok());
        bad.date = day("2025-10-01");
        bad.kind = u"party"_s;
        const Result<qint64> party = log.add(u"g1"_s, bad);
        QVERIFY(!party.ok());
        QVERIFY(party.error().contains(u"party"_s));
        Meeting gone = first;
        gone.rowId = 9999;
        QVERIFY(!log.update(gone).ok());
        QVERIFY(!log.add(u"g404"_s, trial).ok());
        // The editor's save: one changed, one removed, one added.
        QList<Meeting> all = log.list(u"g1"_s).value();
        all[0].notes = u"Договорились о графике"_s;
        all.removeAt(1);
        all << Meeting { 0, day("2025-10-07"), u"planning"_s, u"План на год"_s, {} };
        QVERIFY(log.save(u"g1"_s, all).ok());
        const QList<Meeting> stored = log.list(u"g1"_s).value();
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.first().rowId, first.rowId);
        QCOMPARE(stored.first().notes, u"Договорились о графике"_s);
        QCOMPARE(stored.last().kind, u"planning"_s);
        QVERIFY(log.remove(stored.last().rowId).ok());
        QCOMPARE(log.list(u"g1"_s)->size(), 1);
        QCOMPARE(MeetingRepository::lastMeeting(stored, day("2025-10-06")), day("2025-09-16"));
        QCOMPARE(MeetingRepository::lastMeeting(stored, day("2025-12-01")), day("2025-10-07"));
        QVERIFY(!MeetingRepository::lastMeeting({}, day("2025-12-01")).isValid());
    }

    void preferenceSurvey()
    {
        Db d;
        PreferenceRepository survey(d.db());
        QVERIFY(survey
                    .setFor(u"p2"_s,
                            { Preference { 0, u"p2"_s, u"p9"_s, 1, day("2025-09-10") },
                              Preference { 0, u"p2"_s, u"p1"_s, 2, day("2025-09-10") } })
                    .ok());
        QVERIFY(survey.setFor(u"p9"_s, { Preference { 0, u"p9"_s, u"p2"_s, 1, day("2025-09-10") } }).ok());
        QCOMPARE(survey.list()->size(), 3);
        QCOMPARE(survey.of(u"p2"_s)->first().preferred, u"p9"_s);
        // Answering again replaces the person's answers.
        QVERIFY(survey.setFor(u"p2"_s, { Preference { 0, u"p2"_s, u"p1"_s, 1, day("2025-09-11") } }).ok());
        QCOMPARE(survey.of(u"p2"_s)->size(), 1);
        QCOMPARE(survey.of(u"p2"_s)->first().date, day("2025-09-11"));
        // Refused: oneself, twice, unknown people; nothing changes.
        const Status self = survey.setFor(u"p2"_s, { Preference { 0, u"p2"_s, u"p2"_s, 1, {} } });
        QVERIFY(!self.ok());
        QVERIFY(!survey
                     .setFor(u"p2"_s,
                             { Preference { 0, u"p2"_s, u"p9"_s, 1, {} },
                               Preference { 0, u"p2"_s, u"p9"_s, 2, {} } })
                     .ok());
        const Status unknown = survey.setFor(u"p2"_s, { Preference { 0, u"p2"_s, u"p77"_s, 1, {} } });
        QVERIFY(unknown.error().contains(u"p77"_s));
        QVERIFY(!survey.setFor(u"p404"_s, {}).ok());
        QCOMPARE(survey.of(u"p2"_s)->first().preferred, u"p1"_s);
        // Bulk answers (the demo) replace those of the same two people.
        QVERIFY(survey
                    .insertMany({ Preference { 0, u"p2"_s, u"p1"_s, 3, day("2025-09-12") },
                                  Preference { 0, u"p3"_s, u"p9"_s, 1, day("2025-09-12") } })
                    .ok());
        QCOMPARE(survey.list()->size(), 3);
        QCOMPARE(survey.of(u"p2"_s)->first().rank, 3);
        QVERIFY(survey.remove(survey.of(u"p3"_s)->first().rowId).ok());
        QCOMPARE(survey.list()->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPlans)
#include "tst_plans.moc"
