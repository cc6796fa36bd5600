#include "TestSupport.h"
#include "demo/DemoDatabase.h"
#include "models/DatabaseSummary.h"
#include "models/PeopleQuery.h"
#include "models/PeopleTableModel.h"
#include "storage/DatasetRepository.h"
#include "storage/PeopleRepository.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QLockFile>
#include <QSignalSpy>
#include <QtTest>

using namespace nastavnik;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(nastavnik::PeopleFilter)

namespace {

const QDate kToday(2026, 3, 2);

Person person(const QString& id, const QString& last, const QString& first, const QString& middle)
{
    Person p;
    p.id = id;
    p.lastName = last;
    p.firstName = first;
    p.middleName = middle;
    p.kind = u"teacher"_s;
    return p;
}

Consent consent(const QString& id, const QString& personId, const QDate& date, const QString& signedBy = {})
{
    Consent c;
    c.id = id;
    c.person = personId;
    c.type = u"personal_data"_s;
    c.date = date;
    c.signedBy = signedBy.isEmpty() ? personId : signedBy;
    return c;
}

Pair pair(const QString& id, const QString& mentor, const QStringList& mentees, const QDate& start, const QDate& end)
{
    Pair p;
    p.id = id;
    p.form = u"teacher_teacher"_s;
    p.mentor = mentor;
    p.mentees = mentees;
    p.start = start;
    p.plannedEnd = end;
    return p;
}

/// A small school with every case the filters distinguish, plus `filler` generated people
/// (so that the list spans several pages).
Dataset school(int filler)
{
    Dataset d;
    d.organization.name = u"Школа"_s;
    // Names: case, ё and several words.
    Person a = person(u"a"_s, u"Ёлкина"_s, u"Алёна"_s, u"Петровна"_s);
    a.position = u"учитель математики"_s;
    a.birthDate = QDate(1980, 1, 15);
    a.mentorBase = true;
    Person b = person(u"b"_s, u"Елкин"_s, u"Иван"_s, u"Сергеевич"_s);
    b.position = u"Учитель физики"_s;
    b.birthDate = QDate(1975, 6, 1);
    Person c = person(u"c"_s, u"Иванова"_s, u"Мария"_s, u"Петровна"_s);
    c.position = u"заместитель директора"_s;
    c.external = true;
    c.kind = u"employer_staff"_s;
    Person pupil = person(u"pupil"_s, u"Петров"_s, u"Пётр"_s, u"Иванович"_s);
    pupil.kind = u"pupil"_s;
    pupil.position = u"обучающийся 7 класса"_s;
    pupil.birthDate = QDate(2013, 4, 1);
    pupil.menteeBase = true;
    Person parent = person(u"parent"_s, u"Петрова"_s, u"Анна"_s, u"Ивановна"_s);
    parent.kind = u"parent"_s;
    Person minorSelf = person(u"minor"_s, u"Сидоров"_s, u"Олег"_s, QString());
    minorSelf.kind = u"pupil"_s;
    minorSelf.birthDate = QDate(2012, 9, 1);
    Person old = person(u"old"_s, u"Архипов"_s, u"Архип"_s, u"Архипович"_s);
    old.archived = true;
    old.mentorBase = true;
    Person replaced = person(u"rep"_s, u"Заменов"_s, u"Семён"_s, QString());
    Person newMentor = person(u"new"_s, u"Новикова"_s, u"Нина"_s, QString());
    Person ended = person(u"ended"_s, u"Прошлов"_s, u"Павел"_s, QString());
    Person mentee2 = person(u"m2"_s, u"Учеников"_s, u"Юрий"_s, QString());
    mentee2.kind = u"pupil"_s;
    Person extended = person(u"ext"_s, u"Продлёнов"_s, u"Глеб"_s, QString());
    d.people = {a, b, c, pupil, parent, minorSelf, old, replaced, newMentor, ended, mentee2, extended};
    for (int i = 0; i < filler; ++i) {
        Person f = person(u"f%1"_s.arg(i), u"Фамилия%1"_s.arg(i, 4, 10, QChar(u'0')), u"Имя"_s, u"Отчество"_s);
        f.position = (i % 3 == 0) ? u"Ведущий специалист"_s : u"консультант"_s;
        f.kind = (i % 2 == 0) ? u"civil_servant"_s : u"manager"_s;
        f.birthDate = (i % 5 == 0) ? QDate() : QDate(1960 + i % 40, 1 + i % 12, 1 + i % 28);
        f.unit = u"отдел %1"_s.arg(i % 7);
        d.people << f;
    }
    d.consents = {
        consent(u"c1"_s, u"a"_s, QDate(2025, 9, 1)),
        consent(u"c2"_s, u"pupil"_s, QDate(2025, 9, 1), u"parent"_s),
        consent(u"c3"_s, u"minor"_s, QDate(2025, 9, 1)), // a minor signed themselves
        consent(u"c4"_s, u"b"_s, QDate(2024, 9, 1)),
    };
    d.consents[3].withdrawn = QDate(2025, 1, 10);
    d.pairs = {
        pair(u"g1"_s, u"b"_s, {u"pupil"_s}, QDate(2025, 9, 1), QDate(2026, 5, 31)),
        pair(u"g2"_s, u"rep"_s, {u"m2"_s}, QDate(2025, 9, 1), QDate(2026, 6, 30)),
        pair(u"g3"_s, u"ended"_s, {u"c"_s}, QDate(2024, 9, 1), QDate(2025, 5, 31)),
        pair(u"g4"_s, u"ext"_s, {u"parent"_s}, QDate(2025, 3, 1), QDate(2026, 2, 28)),
    };
    PairEvent replacement;
    replacement.type = u"replacement"_s;
    replacement.date = QDate(2026, 1, 12);
    replacement.newMentor = u"new"_s;
    replacement.ground = u"dismissal"_s;
    d.pairs[1].events << replacement;
    PairEvent extension;
    extension.type = u"extension"_s;
    extension.date = QDate(2026, 2, 1);
    extension.newEnd = QDate(2026, 4, 30);
    extension.reason = u"sick_leave"_s;
    d.pairs[3].events << extension;
    return d;
}

QStringList idsOf(const PeopleQuery& q, const PeopleFilter& f, PeopleQuery::SortKey key = PeopleQuery::SortKey::Name,
                  Qt::SortOrder order = Qt::AscendingOrder)
{
    const Result<QList<qint64>> found = q.find(f, key, order);
    if (!found)
        qWarning("%s", qPrintable(found.error()));
    const Result<QList<PersonRow>> rows = q.rows(found.value());
    QStringList ids;
    for (const PersonRow& r : rows.value())
        ids << r.id;
    return ids;
}

} // namespace

class TestPeopleModel : public QObject
{
    Q_OBJECT

private slots:
    void searchFolds_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("ё typed finds е and ё") << u"ёлкин"_s << QStringList{u"b"_s, u"a"_s};
        QTest::newRow("е typed finds ё") << u"елкина"_s << QStringList{u"a"_s};
        QTest::newRow("upper case") << u"ИВАНОВА"_s << QStringList{u"c"_s};
        QTest::newRow("several words, any order") << u"петровна ёлк"_s << QStringList{u"a"_s};
        QTest::newRow("every word must match") << u"иванова сергеевич"_s << QStringList{};
        QTest::newRow("position") << u"учитель"_s << QStringList{u"b"_s, u"a"_s};
        QTest::newRow("position, capitalised in data") << u"учитель физ"_s << QStringList{u"b"_s};
        QTest::newRow("extra spaces") << u"  иван   сергеевич "_s << QStringList{u"b"_s};
        QTest::newRow("SQL wildcards are plain text") << u"%"_s << QStringList{};
        QTest::newRow("quote") << u"o'neil"_s << QStringList{};
    }

    void searchFolds()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, expected);
        test::TempDatabase t;
        QVERIFY(DatasetRepository(t.connection()).replaceAll(school(0)).ok());
        PeopleFilter f;
        f.text = typed;
        QCOMPARE(idsOf(PeopleQuery(t.connection(), kToday), f), expected);
    }

    void filters_data()
    {
        QTest::addColumn<PeopleFilter>("filter");
        QTest::addColumn<QStringList>("expected");
        PeopleFilter f;
        f.role = PeopleFilter::Role::Mentors;
        // a: mentor base; b: leads g1; new: took over g2; ext: g4 extended; not «rep» (replaced),
        // not «ended» (g3 ended), not «old» (archived).
        QTest::newRow("mentors: base or leading a running pair")
            << f << QStringList{u"b"_s, u"a"_s, u"new"_s, u"ext"_s};
        f.role = PeopleFilter::Role::LeadingPair;
        QTest::newRow("leading a pair now") << f << QStringList{u"b"_s, u"new"_s, u"ext"_s};
        f.role = PeopleFilter::Role::Mentees;
        QTest::newRow("mentees: base or in a running pair") << f << QStringList{u"pupil"_s, u"parent"_s, u"m2"_s};
        f.role = PeopleFilter::Role::InPair;
        QTest::newRow("mentees in a pair now") << f << QStringList{u"pupil"_s, u"parent"_s, u"m2"_s};
        f = PeopleFilter();
        f.kind = u"pupil"_s;
        QTest::newRow("kind") << f << QStringList{u"pupil"_s, u"minor"_s, u"m2"_s};
        f = PeopleFilter();
        f.staffing = PeopleFilter::Staffing::External;
        QTest::newRow("external") << f << QStringList{u"c"_s};
        f.staffing = PeopleFilter::Staffing::Staff;
        f.text = u"и"_s;
        QTest::newRow("staff: not pupils, parents or external")
            << f << QStringList{u"b"_s, u"a"_s, u"new"_s};
        f = PeopleFilter();
        f.withoutConsent = true;
        f.kind = u"pupil"_s;
        QTest::newRow("without consent: a minor who signed themselves") << f << QStringList{u"minor"_s, u"m2"_s};
        f.kind = u"teacher"_s;
        f.text = u"елкин"_s;
        QTest::newRow("without consent: withdrawn, not the valid one") << f << QStringList{u"b"_s};
        f = PeopleFilter();
        f.text = u"арх"_s;
        QTest::newRow("archived hidden") << f << QStringList{};
        f.showArchived = true;
        QTest::newRow("archived shown") << f << QStringList{u"old"_s};
        f = PeopleFilter();
        f.role = PeopleFilter::Role::Mentors;
        f.text = u"ИВАН"_s;
        QTest::newRow("role and text together") << f << QStringList{u"b"_s};
    }

    void filters()
    {
        QFETCH(PeopleFilter, filter);
        QFETCH(QStringList, expected);
        test::TempDatabase t;
        QVERIFY(DatasetRepository(t.connection()).replaceAll(school(0)).ok());
        QCOMPARE(idsOf(PeopleQuery(t.connection(), kToday), filter), expected);
    }

    void rowsDescribeRolesAndConsents()
    {
        test::TempDatabase t;
        QVERIFY(DatasetRepository(t.connection()).replaceAll(school(0)).ok());
        const PeopleQuery q(t.connection(), kToday);
        PeopleFilter all;
        all.showArchived = true;
        QHash<QString, PersonRow> rows;
        const QList<PersonRow> list = q.rows(q.find(all).value()).value();
        for (const PersonRow& r : list)
            rows.insert(r.id, r);
        QCOMPARE(rows.size(), 12);
        QVERIFY(rows[u"a"_s].mentor && !rows[u"a"_s].mentee);
        QVERIFY(rows[u"b"_s].mentor);
        QVERIFY(!rows[u"rep"_s].mentor);
        QVERIFY(rows[u"new"_s].mentor);
        QVERIFY(!rows[u"ended"_s].mentor);
        QVERIFY(!rows[u"c"_s].mentee); // g3 ended
        QVERIFY(rows[u"pupil"_s].mentee);
        QCOMPARE(rows[u"a"_s].consent, ConsentState::Valid);
        QCOMPARE(rows[u"pupil"_s].consent, ConsentState::Valid);
        QCOMPARE(rows[u"minor"_s].consent, ConsentState::SignedByMinor);
        QCOMPARE(rows[u"b"_s].consent, ConsentState::Withdrawn);
        QCOMPARE(rows[u"c"_s].consent, ConsentState::Missing);
        QVERIFY(rows[u"old"_s].archived);
        QVERIFY(rows[u"b"_s].isStaff());
        QVERIFY(!rows[u"c"_s].isStaff());
        QCOMPARE(rows[u"a"_s].fullName(), u"Ёлкина Алёна Петровна"_s);

        // Before the replacement date the old mentor still leads the pair.
        const PeopleQuery before(t.connection(), QDate(2026, 1, 11));
        const QList<PersonRow> rep = before.rows({before.rowIdOf(u"rep"_s)}).value();
        QCOMPARE(rep.size(), 1);
        QVERIFY(rep.first().mentor);
    }

    void sortsByEveryColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        for (int column = 0; column < PeopleTableModel::ColumnCount; ++column) {
            QTest::addRow("column %d ascending", column) << column << int(Qt::AscendingOrder);
            QTest::addRow("column %d descending", column) << column << int(Qt::DescendingOrder);
        }
    }

    void sortsByEveryColumn()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        test::TempDatabase t;
        QVERIFY(DatasetRepository(t.connection()).replaceAll(school(250)).ok());
        PeopleTableModel model(t.connection());
        model.setToday(kToday);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(column, Qt::SortOrder(order));
        QCOMPARE(model.rowCount(), 261);

        // Every row is read through the pages, and the order holds across page boundaries.
        QCollator collator(QLocale(QLocale::Russian));
        auto key = [&](int row) { return model.index(row, column).data().toString(); };
        auto fold = [](QString s) { return PeopleRepository::foldForSearch(s); };
        QSet<QString> seen;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString id = model.personId(row);
            QVERIFY2(!id.isEmpty(), qPrintable(u"row %1"_s.arg(row)));
            QVERIFY(!seen.contains(id));
            seen.insert(id);
            if (row == 0)
                continue;
            const QString previous = key(row - 1);
            const QString current = key(row);
            if (column == PeopleTableModel::Name) {
                const int cmp = fold(previous).compare(fold(current));
                QVERIFY2(order == Qt::AscendingOrder ? cmp <= 0 : cmp >= 0,
                         qPrintable(previous + u" / "_s + current));
            } else if (column == PeopleTableModel::BirthDate || column == PeopleTableModel::Position
                       || column == PeopleTableModel::Unit) {
                // Empty values last in both directions.
                if (current.isEmpty())
                    continue;
                QVERIFY2(!previous.isEmpty(), qPrintable(u"empty before %1"_s.arg(current)));
                auto comparable = [&](const QString& s) {
                    return column == PeopleTableModel::BirthDate ? QDate::fromString(s, u"dd.MM.yyyy"_s).toString(Qt::ISODate)
                                                                 : fold(s);
                };
                const int cmp = comparable(previous).compare(comparable(current));
                QVERIFY2(order == Qt::AscendingOrder ? cmp <= 0 : cmp >= 0, qPrintable(previous + u" / "_s + current));
            } else if (column == PeopleTableModel::Kind) {
                const int cmp = collator.compare(previous, current);
                QVERIFY2(order == Qt::AscendingOrder ? cmp <= 0 : cmp >= 0, qPrintable(previous + u" / "_s + current));
            }
        }
        QCOMPARE(model.sortColumn(), column);
    }

    void modelFollowsFilterAndRefresh()
    {
        test::TempDatabase t;
        QVERIFY(DatasetRepository(t.connection()).replaceAll(school(300)).ok());
        PeopleTableModel model(t.connection());
        model.setToday(kToday);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 311); // the archived one is hidden
        QCOMPARE(model.totalCount(), 311);
        QCOMPARE(model.columnCount(), int(PeopleTableModel::ColumnCount));
        QVERIFY(model.status().ok());

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        PeopleFilter f;
        f.text = u"фамилия01"_s;
        model.setFilter(f);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 100); // Фамилия0100 … Фамилия0199
        QCOMPARE(model.totalCount(), 311);
        model.setFilter(f); // the same filter: nothing to do
        QCOMPARE(reset.size(), 1);

        const int row = model.rowOf(u"f150"_s);
        QVERIFY(row >= 0);
        QCOMPARE(model.personId(row), u"f150"_s);
        QCOMPARE(model.index(row, PeopleTableModel::Name).data().toString(), u"Фамилия0150 Имя Отчество"_s);
        QCOMPARE(model.index(row, PeopleTableModel::Name).data(PeopleTableModel::PersonIdRole).toString(), u"f150"_s);
        QCOMPARE(model.rowOf(u"a"_s), -1);
        QCOMPARE(model.rowOf(u"nobody"_s), -1);
        QCOMPARE(model.personId(100), QString());

        // A change in the database shows after refresh().
        PeopleRepository repo(t.connection());
        Person p = repo.load(u"f150"_s).value();
        p.lastName = u"Переименованная"_s;
        QVERIFY(repo.save(p).ok());
        model.refresh();
        QCOMPARE(model.rowCount(), 99);
        QCOMPARE(model.rowOf(u"f150"_s), -1);

        // Archived rows are grey and say so.
        f = PeopleFilter();
        f.showArchived = true;
        f.text = u"архипов"_s;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.totalCount(), 312);
        QVERIFY(model.index(0, 0).data(PeopleTableModel::ArchivedRole).toBool());
        QVERIFY(model.index(0, 0).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(0, 0).data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.headerData(PeopleTableModel::BirthDate, Qt::Horizontal).toString(), u"Birth date"_s);
    }

    void typingNarrowsWithoutAQuery()
    {
        test::TempDatabase t;
        QVERIFY(DatasetRepository(t.connection()).replaceAll(school(300)).ok());
        PeopleTableModel model(t.connection());
        model.setToday(kToday);
        const PeopleQuery query(t.connection(), kToday);
        auto shown = [&] {
            QStringList ids;
            for (int row = 0; row < model.rowCount(); ++row)
                ids << model.personId(row);
            return ids;
        };
        // Each step as typed, letter by letter and with words, against a fresh query; a
        // letter deleted or another filter changed reads again.
        const QStringList steps{u"ф"_s, u"фа"_s, u"фамилия01"_s, u"фамилия015"_s, u"фамилия01"_s,
                                u"е"_s, u"ёл"_s, u"ёлк петр"_s, u"ёлк петровна"_s, u"петровна"_s,
                                u"учитель"_s, u"учитель Ф"_s, u"  учитель  физики "_s, u"o'neil"_s};
        PeopleFilter f;
        for (const QString& typed : steps) {
            f.text = typed;
            model.setFilter(f);
            QCOMPARE(shown(), idsOf(query, f));
            QCOMPARE(model.totalCount(), 311);
        }
        // The row data of a narrowed list are those of its people.
        f.text = u"фамилия0"_s;
        model.setFilter(f);
        f.text = u"фамилия015"_s;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.index(3, PeopleTableModel::Name).data().toString(), u"Фамилия0153 Имя Отчество"_s);

        PeopleFilter wider;
        wider.text = u"ив"_s;
        PeopleFilter narrower = wider;
        narrower.text = u"ива"_s;
        QVERIFY(PeopleQuery::narrows(narrower, wider));
        narrower.text = u"ив петр"_s;
        QVERIFY(PeopleQuery::narrows(narrower, wider));
        narrower.text = u"Ёлкин Иван"_s; // «ив» is within «иван»
        QVERIFY(PeopleQuery::narrows(narrower, wider));
        narrower.text = u"и"_s;
        QVERIFY(!PeopleQuery::narrows(narrower, wider));
        narrower.text = u"ива"_s;
        narrower.showArchived = true;
        QVERIFY(!PeopleQuery::narrows(narrower, wider));
        narrower.showArchived = false;
        narrower.role = PeopleFilter::Role::Mentors;
        QVERIFY(!PeopleQuery::narrows(narrower, wider));
        wider.text.clear(); // nothing typed: no texts were kept to narrow
        narrower = wider;
        narrower.text = u"ив"_s;
        QVERIFY(!PeopleQuery::narrows(narrower, wider));
    }

    void displayTexts()
    {
        test::TempDatabase t;
        QVERIFY(DatasetRepository(t.connection()).replaceAll(school(0)).ok());
        PeopleTableModel model(t.connection());
        model.setToday(kToday);
        const int row = model.rowOf(u"pupil"_s);
        auto text = [&](int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(PeopleTableModel::Name), u"Петров Пётр Иванович"_s);
        QCOMPARE(text(PeopleTableModel::Kind), u"Pupil"_s);
        QCOMPARE(text(PeopleTableModel::Staffing), QString());
        QCOMPARE(text(PeopleTableModel::BirthDate), u"01.04.2013"_s);
        QCOMPARE(text(PeopleTableModel::Role), u"mentee"_s);
        QCOMPARE(text(PeopleTableModel::Consent), u"yes"_s);
        QCOMPARE(model.index(model.rowOf(u"c"_s), PeopleTableModel::Staffing).data().toString(), u"external"_s);
        QCOMPARE(model.index(model.rowOf(u"b"_s), PeopleTableModel::Staffing).data().toString(), u"staff"_s);
        QCOMPARE(model.index(model.rowOf(u"minor"_s), PeopleTableModel::Consent).data().toString(),
                 u"no parent's signature"_s);
    }

    void emptyDatabase()
    {
        test::TempDatabase t;
        PeopleTableModel model(t.connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
        PeopleFilter f;
        f.text = u"x"_s;
        f.role = PeopleFilter::Role::Mentors;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.status().ok());
    }

    void choicesForChoosers()
    {
        test::TempDatabase t;
        QVERIFY(DatasetRepository(t.connection()).replaceAll(school(40)).ok());
        const PeopleQuery q(t.connection(), kToday);
        QCOMPARE(q.choices(u"фамилия"_s, 5).size(), 5);
        const QList<PersonChoice> found = q.choices(u"ёлкина"_s, 10);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().label(), u"Ёлкина Алёна Петровна, учитель математики"_s);
        QCOMPARE(q.choices(u"елкин"_s, 10, u"a"_s).size(), 1); // excluding «a»
        QVERIFY(q.choices(u"архипов"_s, 10).isEmpty());        // archived
        QVERIFY(q.choice(u"old"_s).has_value());
        QVERIFY(q.choice(u"old"_s)->archived);
        QVERIFY(!q.choice(u"nobody"_s).has_value());
    }

    void summaryCounts()
    {
        test::TempDatabase t;
        QVERIFY(DatasetRepository(t.connection()).replaceAll(school(3)).ok());
        const DatabaseSummary s = DatabaseSummary::read(t.connection());
        QCOMPARE(s.people, 14);
        QCOMPARE(s.archivedPeople, 1);
        QCOMPARE(s.pairs, 4);
    }

    void demoDatabaseIsReplaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.sqlite"_s);
        QVERIFY(demo::createDatabase(path, kToday).ok());
        {
            Database db;
            QVERIFY(db.open(path).ok());
            QVERIFY(PeopleQuery(db.connection()).count(true) > 100);
            Person extra;
            extra.lastName = u"Лишний"_s;
            QVERIFY(PeopleRepository(db.connection()).save(extra).ok());

            // Open elsewhere: refused, the file stays as it is.
            const QByteArray before = test::readFile(path);
            const Status locked = demo::createDatabase(path, kToday);
            QVERIFY(!locked.ok());
            QVERIFY(locked.error().contains(u"open in another window"_s));
            QCOMPARE(test::readFile(path), before);
        }
        QVERIFY(demo::createDatabase(path, kToday).ok());
        Database db;
        QVERIFY(db.open(path).ok());
        PeopleFilter f;
        f.text = u"лишний"_s;
        QVERIFY(PeopleQuery(db.connection()).find(f).value().isEmpty());
    }
};


QTEST_GUILESS_MAIN(TestPeopleModel)
#include "tst_peoplemodel.moc"
