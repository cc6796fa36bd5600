#include "RuleTestData.h"
#include "TestSupport.h"
#include "demo/DemoData.h"
#include "models/PairsTableModel.h"
#include "pairs/MeetingRepository.h"
#include "pairs/PlanRepository.h"
#include "storage/DatasetRepository.h"
#include "storage/PeopleRepository.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QtTest>

using namespace nastavnik;
using namespace Qt::StringLiterals;
using test::day;

Q_DECLARE_METATYPE(nastavnik::PairStatus)

namespace {

const QDate kToday(2026, 3, 2);

Person
person(const QString& id, const QString& last, const QString& first, const QString& kind = u"teacher"_s)
{
    Person p;
    p.id = id;
    p.lastName = last;
    p.firstName = first;
    p.middleName = u"Иванович"_s;
    p.kind = kind;
    return p;
}

/// `count` pairs of every shape a pair can have, deterministic: replacements, extensions,
/// early and ordinary completions, plans in every state, meetings, groups.
Dataset generated(int count)
{
    QRandomGenerator random(20260302);
    Dataset d;
    const QStringList surnames = { u"Ёлкина"_s, u"Абрамов"_s, u"Волкова"_s, u"Гусев"_s,    u"Дёмина"_s,
                                   u"Жуков"_s,  u"Зайцева"_s, u"Исаев"_s,   u"Каримова"_s, u"Лебедев"_s };
    for (int i = 0; i < 40; ++i)
        d.people << person(u"m%1"_s.arg(i), surnames.at(i % 10) + QString::number(i), u"Наставник"_s);
    for (int i = 0; i < 300; ++i)
        d.people << person(u"s%1"_s.arg(i), u"Ученик%1"_s.arg(i), u"Пётр"_s, u"pupil"_s);
    const QStringList forms
        = { u"teacher_teacher"_s, u"teacher_pupil"_s, u"pupil_pupil"_s, u"employer_pupil"_s };
    const QStringList statuses = { u"planned"_s, u"in_progress"_s, u"done"_s, u"cancelled"_s };
    for (int i = 0; i < count; ++i) {
        Pair p;
        p.id = u"g%1"_s.arg(i + 1);
        p.form = forms.at(random.bounded(int(forms.size())));
        p.mentor = u"m%1"_s.arg(random.bounded(40));
        p.mentees = { u"s%1"_s.arg(random.bounded(300)) };
        if (random.bounded(10) == 0)
            p.mentees << u"s%1"_s.arg((p.mentees.first().mid(1).toInt() + 1) % 300);
        if (random.bounded(8) == 0)
            p.title = u"Группа %1"_s.arg(i);
        p.start = day("2025-06-01").addDays(random.bounded(550));
        if (random.bounded(40) == 0)
            p.start = QDate();
        p.plannedEnd = (p.start.isValid() ? p.start : day("2026-01-01")).addDays(30 + random.bounded(370));
        if (p.start.isValid() && random.bounded(6) == 0) {
            PairEvent e { 0,
                          u"replacement"_s,
                          p.start.addDays(random.bounded(int(p.start.daysTo(p.plannedEnd)) + 1)),
                          u"m%1"_s.arg(random.bounded(40)),
                          u"request"_s,
                          {},
                          {},
                          {},
                          {},
                          {},
                          {} };
            p.events << e;
        }
        if (p.start.isValid() && random.bounded(7) == 0) {
            PairEvent e;
            e.type = u"extension"_s;
            e.date = p.plannedEnd.addDays(-10);
            e.newEnd = p.plannedEnd.addDays(20 + random.bounded(60));
            e.reason = u"sick_leave"_s;
            p.events << e;
        }
        if (p.start.isValid() && random.bounded(9) == 0) {
            PairEvent e;
            e.type = u"early_completion"_s;
            e.date = p.start.addDays(random.bounded(int(p.start.daysTo(p.end())) + 1));
            e.initiator = u"agreement"_s;
            p.events << e;
            p.actualEnd = e.date;
        } else if (p.start.isValid() && random.bounded(5) == 0) {
            p.actualEnd = p.end();
        }
        const int items = random.bounded(9);
        p.hasPlan = items > 0;
        for (int k = 0; k < items; ++k) {
            PlanItem item;
            item.title = u"Пункт %1"_s.arg(k + 1);
            item.due = (p.start.isValid() ? p.start : day("2026-01-01")).addDays(random.bounded(300));
            item.status = statuses.at(random.bounded(4));
            if (item.status == u"done" || random.bounded(10) == 0)
                item.done = item.due;
            p.planItems << item;
        }
        const int meetings = random.bounded(7);
        for (int k = 0; k < meetings; ++k)
            p.meetings << Meeting {
                0,
                (p.start.isValid() ? p.start : day("2026-01-01")).addDays(random.bounded(320)),
                u"regular"_s,
                u"Встреча"_s,
                {}
            };
        d.pairs << p;
    }
    return d;
}

struct Db
{
    test::TempDatabase t;
    Dataset data;
    explicit Db(Dataset d)
        : data(std::move(d))
    {
        if (!DatasetRepository(t.connection()).replaceAll(data).ok())
            qFatal("the test data could not be written");
    }
    QSqlDatabase db() const { return t.connection(); }
    const Pair& pair(const QString& id) const
    {
        for (const Pair& p : data.pairs) {
            if (p.id == id)
                return p;
        }
        qFatal("no pair %s", qPrintable(id));
        std::abort();
    }
};

QStringList ids(const PairsTableModel& model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.pairId(row);
    return result;
}

QStringList expected(const Dataset& d, const std::function<bool(const Pair&)>& keep)
{
    QStringList result;
    for (const Pair& p : d.pairs) {
        if (keep(p))
            result << p.id;
    }
    std::sort(result.begin(), result.end());
    return result;
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

class TestPairsModel : public QObject
{
    Q_OBJECT

private slots:
    void modelTester()
    {
        Db d(demo::school(kToday));
        PairsTableModel model(d.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(kToday);
        QCOMPARE(model.rowCount(), int(d.data.pairs.size()));
        QCOMPARE(model.totalCount(), int(d.data.pairs.size()));
        for (int column = 0; column < PairsTableModel::ColumnCount; ++column) {
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
            model.sort(column, Qt::DescendingOrder);
            QCOMPARE(model.rowCount(), int(d.data.pairs.size()));
        }
        PairsFilter filter;
        filter.overduePlan = true;
        model.setFilter(filter);
        QVERIFY(model.rowCount() > 0);
        model.refresh();
        filter = {};
        filter.text = u"агроклассы"_s; // a group's title, in any case
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, PairsTableModel::Mentees)).toString().count(u','),
                 1); // «… и ещё 2»
        QVERIFY(model.data(model.index(0, PairsTableModel::Mentees), Qt::ToolTipRole).toString().count(u',')
                == 3);
        QCOMPARE(model.index(0, 0).data(PairsTableModel::PairIdRole).toString(), model.pairId(0));
        QVERIFY(model.status().ok());
    }

    void statusAroundToday_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<test::DataChange>("change");
        QTest::addColumn<PairStatus>("status");
        const test::DataChange none = [](Dataset&) {
        };
        QTest::newRow("the day before the start") << day("2026-03-01") << none << PairStatus::Planned;
        QTest::newRow("the start") << day("2026-03-02") << none << PairStatus::Active;
        QTest::newRow("the planned end") << day("2026-05-29") << none << PairStatus::Active;
        QTest::newRow("the day after the end") << day("2026-05-30") << none << PairStatus::Completed;
        QTest::newRow("completion recorded today") << day("2026-05-20") << test::DataChange([](Dataset& d) {
            d.pairs[0].actualEnd = day("2026-05-20");
        }) << PairStatus::Completed;
        QTest::newRow("completion recorded for tomorrow")
            << day("2026-05-19")
            << test::DataChange([](Dataset& d) { d.pairs[0].actualEnd = day("2026-05-20"); })
            << PairStatus::Active;
        QTest::newRow("completed early") << day("2026-04-11") << test::DataChange([](Dataset& d) {
            PairEvent e;
            e.type = u"early_completion"_s;
            e.date = day("2026-04-10");
            e.initiator = u"mentor"_s;
            d.pairs[0].events << e;
            d.pairs[0].actualEnd = e.date;
        }) << PairStatus::CompletedEarly;
        QTest::newRow("extended past the planned end")
            << day("2026-06-10") << test::DataChange([](Dataset& d) {
                   PairEvent e;
                   e.type = u"extension"_s;
                   e.date = day("2026-05-20");
                   e.newEnd = day("2026-06-30");
                   e.reason = u"sick_leave"_s;
                   d.pairs[0].events << e;
               })
            << PairStatus::Active;
        QTest::newRow("no start yet")
            << day("2026-04-01") << test::DataChange([](Dataset& d) { d.pairs[0].start = QDate(); })
            << PairStatus::Planned;
    }
    void statusAroundToday()
    {
        QFETCH(QDate, today);
        QFETCH(test::DataChange, change);
        QFETCH(PairStatus, status);
        Dataset data = test::baseline(u"school"_s);
        data.pairs[0].start = day("2026-03-02");
        data.pairs[0].plannedEnd = day("2026-05-29");
        change(data);
        QCOMPARE(PairsQuery::statusOf(data.pairs[0], today), status);
        Db d(data);
        PairsTableModel model(d.db());
        model.setToday(today);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(PairStatus(model.index(0, 0).data(PairsTableModel::StatusRole).toInt()), status);
        QCOMPARE(model.statusCounts().value(status), 1);
        PairsFilter filter;
        filter.status = status == PairStatus::Planned ? PairsFilter::Status::Planned
            : status == PairStatus::Active            ? PairsFilter::Status::Active
                                                      : PairsFilter::Status::Completed;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        filter.status
            = status == PairStatus::Active ? PairsFilter::Status::Planned : PairsFilter::Status::Active;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
    }

    // Every row and every filter agree with the C++ definitions (Pair::end, mentorOn,
    // PlanRepository::progress, MeetingRepository::lastMeeting) over a few hundred pairs.
    void agreesWithTheDomainOnHundredsOfPairs()
    {
        Db d(generated(350));
        PairsTableModel model(d.db());
        model.setToday(kToday);
        QCOMPARE(model.rowCount(), 350);
        QMap<PairStatus, int> counts;
        for (int row = 0; row < model.rowCount(); ++row) {
            const PairRow* r = model.rowAt(row);
            QVERIFY(r);
            const Pair& p = d.pair(r->id);
            const PairStatus status = PairsQuery::statusOf(p, kToday);
            ++counts[status];
            QCOMPARE(r->status, status);
            QCOMPARE(r->end, p.end());
            QCOMPARE(r->start, p.start);
            QCOMPARE(r->mentorId, p.mentorOn(kToday));
            QCOMPARE(r->menteeIds, p.mentees);
            const PlanProgress progress = PlanRepository::progress(p.planItems, kToday, p.end());
            QCOMPARE(r->planDone, progress.done);
            QCOMPARE(r->planTotal, progress.total);
            QCOMPARE(r->planOverdue, progress.overdue);
            QCOMPARE(r->lastMeeting, MeetingRepository::lastMeeting(p.meetings, kToday));
        }
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            QCOMPARE(model.statusCounts().value(it.key()), it.value());
        QVERIFY(counts.value(PairStatus::CompletedEarly) > 0);
        QVERIFY(counts.value(PairStatus::Planned) > 0);

        auto check
            = [&](const PairsFilter& filter, const std::function<bool(const Pair&)>& keep, const char* what) {
                  model.setFilter(filter);
                  const QStringList want = expected(d.data, keep);
                  QVERIFY2(!want.isEmpty(), what);
                  QCOMPARE(sorted(ids(model)), want);
              };
        PairsFilter f;
        f.status = PairsFilter::Status::Active;
        check(
            f, [](const Pair& p) { return PairsQuery::statusOf(p, kToday) == PairStatus::Active; }, "active");
        f = {};
        f.status = PairsFilter::Status::Completed;
        check(
            f,
            [](const Pair& p) {
                const PairStatus s = PairsQuery::statusOf(p, kToday);
                return s == PairStatus::Completed || s == PairStatus::CompletedEarly;
            },
            "completed");
        f = {};
        f.overduePlan = true;
        check(
            f,
            [](const Pair& p) { return PlanRepository::progress(p.planItems, kToday, p.end()).overdue > 0; },
            "overdue");
        f = {};
        f.noMeetingDays = 30;
        check(
            f,
            [](const Pair& p) {
                const QDate last = MeetingRepository::lastMeeting(p.meetings, kToday);
                return PairsQuery::statusOf(p, kToday) == PairStatus::Active
                    && (last.isValid() ? last : p.start) < kToday.addDays(-30);
            },
            "no meeting");
        f = {};
        f.mentor = u"m7"_s;
        check(
            f, [](const Pair& p) { return p.mentorOn(kToday) == u"m7"; }, "mentor");
        f = {};
        f.form = u"pupil_pupil"_s;
        check(
            f, [](const Pair& p) { return p.form == u"pupil_pupil"; }, "form");
        f = {};
        f.onlyWithFindings = true;
        f.findingPairs = { u"g3"_s, u"g30"_s, u"g300"_s, u"g9999"_s };
        check(
            f, [](const Pair& p) { return p.id == u"g3" || p.id == u"g30" || p.id == u"g300"; }, "findings");
        // Words: a mentor at any time, a mentee, ё as е, several words all present.
        f = {};
        f.text = u"елкина0"_s;
        check(
            f,
            [](const Pair& p) {
                if (p.mentor == u"m0")
                    return true;
                return std::any_of(p.events.cbegin(), p.events.cend(), [](const PairEvent& e) {
                    return e.newMentor == u"m0";
                });
            },
            "text");
        f.text = u"ученик17 пётр"_s;
        check(
            f,
            [](const Pair& p) {
                return std::any_of(p.mentees.cbegin(), p.mentees.cend(), [](const QString& m) {
                    return m.startsWith(u"s17");
                });
            },
            "two words");
        f.text = u"нет такого"_s;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 350);
    }

    void sortingAndPaging()
    {
        Db d(generated(350));
        PairsTableModel model(d.db());
        model.setToday(kToday);
        // The number: g1, g2, … g10 (numbers as numbers), titled groups after.
        QCOMPARE(model.pairId(0), u"g1"_s);
        QCOMPARE(model.pairId(1), u"g2"_s);
        // Pages: rows far apart are read page by page and stay right.
        for (int row : { 0, 99, 100, 101, 250, 349 })
            QCOMPARE(model.rowAt(row)->id, model.pairId(row));
        QVERIFY(!model.rowAt(350));
        QCOMPARE(model.rowOf(model.pairId(250)), 250);
        QCOMPARE(model.rowOf(u"g404"_s), -1);

        auto keys = [&](auto key) {
            QList<decltype(key(d.data.pairs.first()))> list;
            for (int row = 0; row < model.rowCount(); ++row)
                list << key(d.pair(model.pairId(row)));
            return list;
        };
        auto ascending = [](const auto& list) {
            return std::is_sorted(list.cbegin(), list.cend());
        };
        auto descending = [](const auto& list) {
            return std::is_sorted(list.crbegin(), list.crend());
        };

        model.sort(PairsTableModel::Start, Qt::AscendingOrder);
        auto starts
            = keys([](const Pair& p) { return p.start.isValid() ? p.start.toJulianDay() : LLONG_MAX; });
        QVERIFY(ascending(starts));
        model.sort(PairsTableModel::End, Qt::DescendingOrder);
        QVERIFY(descending(keys([](const Pair& p) { return p.end().toJulianDay(); })));
        model.sort(PairsTableModel::Status, Qt::AscendingOrder);
        QVERIFY(ascending(keys([](const Pair& p) { return int(PairsQuery::statusOf(p, kToday)); })));
        model.sort(PairsTableModel::LastMeeting, Qt::DescendingOrder);
        auto meetings = keys([](const Pair& p) {
            const QDate last = MeetingRepository::lastMeeting(p.meetings, kToday);
            return last.isValid() ? last.toJulianDay() : LLONG_MIN; // without meetings: last
        });
        QVERIFY(descending(meetings));
        model.sort(PairsTableModel::Plan, Qt::AscendingOrder);
        auto plans = keys([](const Pair& p) {
            const PlanProgress progress = PlanRepository::progress(p.planItems, kToday, p.end());
            return progress.total ? double(progress.done) / progress.total : 2.0; // without a plan: last
        });
        QVERIFY(ascending(plans));
        model.sort(PairsTableModel::Mentor, Qt::AscendingOrder);
        const Dataset& data = d.data;
        QVERIFY(ascending(keys([&data](const Pair& p) {
            for (const Person& person : data.people) {
                if (person.id == p.mentorOn(kToday))
                    return PeopleRepository::searchText(person);
            }
            return QString();
        })));
    }
};

QTEST_GUILESS_MAIN(TestPairsModel)
#include "tst_pairsmodel.moc"
