#include "RuleTestData.h"
#include "TestSupport.h"
#include "cli/Cli.h"
#include "exchange/Exchange.h"
#include "storage/CalendarRepository.h"
#include "storage/DatasetRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/ProfileRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace nastavnik;
using namespace nastavnik::test;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList& args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = cli::run(args, {out, err});
    out.flush();
    err.flush();
    return r;
}

/// A database file holding `data` (and whatever `prepare` stores), closed so that `check`
/// can open it.
class Stored
{
public:
    explicit Stored(const Dataset& data, const std::function<void(const QSqlDatabase&)>& prepare = {})
    {
        const Status s = DatasetRepository(m_db.connection()).replaceAll(data);
        if (!s)
            qFatal("%s", qPrintable(s.error()));
        if (prepare)
            prepare(m_db.connection());
        m_db.db().close();
    }
    QString path() const { return m_db.path(); }
    QString dir() const { return m_db.dir(); }

private:
    TempDatabase m_db;
};

} // namespace

class TestCliRules : public QObject
{
    Q_OBJECT

private slots:
    void workdays_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("err");
        QTest::newRow("across New Year") << QStringList{u"add"_s, u"2025-12-30"_s, u"1"_s} << 0 << u"2026-01-12\n"_s << QString();
        QTest::newRow("May holidays") << QStringList{u"add"_s, u"2026-05-08"_s, u"5"_s} << 0 << u"2026-05-18\n"_s << QString();
        QTest::newRow("negative") << QStringList{u"add"_s, u"2026-01-12"_s, u"-1"_s} << 0 << u"2025-12-30\n"_s << QString();
        QTest::newRow("zero") << QStringList{u"add"_s, u"2026-03-07"_s, u"0"_s} << 0 << u"2026-03-07\n"_s << QString();
        QTest::newRow("into a year without a decree warns") << QStringList{u"add"_s, u"2027-11-03"_s, u"1"_s} << 0
                                                            << u"2027-11-05\n"_s << u"2027"_s;
        QTest::newRow("impossible date") << QStringList{u"add"_s, u"2026-02-30"_s, u"1"_s} << 2 << QString() << u"YYYY-MM-DD"_s;
        QTest::newRow("Russian date format") << QStringList{u"add"_s, u"05.03.2026"_s, u"1"_s} << 2 << QString() << u"DATE"_s;
        QTest::newRow("N not a number") << QStringList{u"add"_s, u"2026-03-02"_s, u"five"_s} << 2 << QString() << u"N «five»"_s;
        QTest::newRow("N fractional") << QStringList{u"add"_s, u"2026-03-02"_s, u"1.5"_s} << 2 << QString() << u"N «1.5»"_s;
        QTest::newRow("N too large") << QStringList{u"add"_s, u"2026-03-02"_s, u"99999999"_s} << 2 << QString() << u"N"_s;
        QTest::newRow("N missing") << QStringList{u"add"_s, u"2026-03-02"_s} << 2 << QString() << u"DATE and N"_s;
        QTest::newRow("nothing after add") << QStringList{u"add"_s} << 2 << QString() << u"DATE and N"_s;
        QTest::newRow("no subcommand") << QStringList() << 2 << QString() << u"subcommand"_s;
        QTest::newRow("unknown subcommand") << QStringList{u"sub"_s, u"2026-03-02"_s, u"1"_s} << 2 << QString() << u"«sub»"_s;
        QTest::newRow("too many arguments") << QStringList{u"add"_s, u"2026-03-02"_s, u"1"_s, u"2"_s} << 2 << QString()
                                            << u"too many"_s;
    }
    void workdays()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, out);
        QFETCH(QString, err);
        const Run r = runCli(QStringList{u"workdays"_s} + args);
        QCOMPARE(r.code, code);
        QCOMPARE(r.out, out);
        if (err.isEmpty())
            QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        else
            QVERIFY2(r.err.contains(err), qPrintable(r.err));
    }

    void checkClean()
    {
        const Stored db(baseline(u"school"_s));
        const Run r = runCli({u"check"_s, db.path(), u"--today"_s, u"2026-03-02"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.isEmpty());
        const Run json = runCli({u"check"_s, db.path(), u"--today=2026-03-02"_s, u"--format"_s, u"json"_s});
        QCOMPARE(json.code, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).array().size(), 0);
        QVERIFY(QJsonDocument::fromJson(json.out.toUtf8()).isArray());
    }

    void checkFindingsText()
    {
        Dataset d = baseline(u"school"_s);
        order(d, u"o1"_s).pairs.clear();
        const Stored db(d);
        const Run r = runCli({u"check"_s, db.path(), u"--today"_s, u"2026-03-02"_s});
        QCOMPARE(r.code, 1);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(u"pair.order g1 (002 п. 4.18): "_s), qPrintable(lines.first()));
        QVERIFY(lines.first().contains(u"Иванова М.\u00a0П. – Петров П.\u00a0П."_s));
    }

    void checkFindingsJson()
    {
        Dataset d = baseline(u"school"_s);
        order(d, u"o1"_s).pairs.clear();
        removeConsents(d, u"p2"_s, u"personal_data"_s);
        const Stored db(d);
        const Run r = runCli({u"check"_s, db.path(), u"--today"_s, u"2026-03-02"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.code, 1);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isArray());
        const QJsonArray array = doc.array();
        QCOMPARE(array.size(), 2);
        for (const QJsonValue& v : array) {
            QStringList keys = v.toObject().keys();
            keys.sort();
            QCOMPARE(keys, (QStringList{u"clause"_s, u"hint"_s, u"message"_s, u"rule"_s, u"severity"_s, u"subject"_s}));
            QCOMPARE(v.toObject().value(u"severity"_s).toString(), u"error"_s);
            for (const QString& key : keys)
                QVERIFY(v.toObject().value(key).isString());
        }
        QCOMPARE(array.at(0).toObject().value(u"rule"_s).toString(), u"consent.personal_data"_s);
        QCOMPARE(array.at(0).toObject().value(u"subject"_s).toString(), u"p2"_s);
        QCOMPARE(array.at(0).toObject().value(u"clause"_s).toString(), u"002 п. 4.17"_s);
        QCOMPARE(array.at(1).toObject().value(u"rule"_s).toString(), u"pair.order"_s);
        QCOMPARE(array.at(1).toObject().value(u"subject"_s).toString(), u"g1"_s);
    }

    void checkToday_data()
    {
        QTest::addColumn<QString>("today");
        QTest::addColumn<int>("code");
        // 15.09.2025 + 5 working days = 22.09.2025.
        QTest::newRow("the day before the plan deadline") << u"2025-09-21"_s << 0;
        QTest::newRow("the plan deadline") << u"2025-09-22"_s << 0;
        QTest::newRow("the day after") << u"2025-09-23"_s << 1;
    }
    void checkToday()
    {
        QFETCH(QString, today);
        QFETCH(int, code);
        Dataset d = baseline(u"municipal"_s);
        removePlan(d, u"g1"_s);
        const Stored db(d);
        const Run r = runCli({u"check"_s, db.path(), u"--today"_s, today});
        QCOMPARE(r.code, code);
        if (code == 1)
            QVERIFY(r.out.startsWith(u"plan.deadline g1 (004 п. 4.1)"_s));
    }

    void checkProfileOverride()
    {
        Dataset d = baseline(u"school"_s);
        person(d, u"p2"_s).supervisor = u"p1"_s;
        const Stored db(d);
        QCOMPARE(runCli({u"check"_s, db.path(), u"--today"_s, u"2026-03-02"_s}).code, 0);
        const Run r = runCli({u"check"_s, db.path(), u"--today"_s, u"2026-03-02"_s, u"--profile"_s, u"civil-service"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.startsWith(u"mentor.supervisor g1"_s), qPrintable(r.out));
        QCOMPARE(runCli({u"check"_s, db.path(), u"--profile=civil-service"_s, u"--today=2026-03-02"_s}).code, 1);
    }

    void checkCustomProfileAndCalendar()
    {
        Dataset d = baseline(u"school"_s);
        addPair(d, u"g2"_s, u"p1"_s, {u"p3"_s}, day("2025-09-15"), day("2026-05-29"));
        const Stored db(d, [](const QSqlDatabase& c) {
            Profile p = test::profile(u"school"_s);
            p.id = u"strict"_s;
            p.nameRu = u"Строгое положение"_s;
            p.builtIn = false;
            p.maxMentees.value = 1;
            p.maxMentees.clause = u"Положение п. 3"_s;
            if (Status s = ProfileRepository(c).save(p); !s)
                qFatal("%s", qPrintable(s.error()));
        });
        QCOMPARE(runCli({u"check"_s, db.path(), u"--today"_s, u"2026-03-02"_s}).code, 0);
        const Run r = runCli({u"check"_s, db.path(), u"--today"_s, u"2026-03-02"_s, u"--profile"_s, u"strict"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.startsWith(u"mentor.max_mentees p1 (Положение п. 3)"_s), qPrintable(r.out));
    }

    void checkOrganisationsCustomProfile()
    {
        const Stored db(baseline(u"school"_s), [](const QSqlDatabase& c) {
            Profile p = test::profile(u"reserve"_s);
            p.id = u"ours"_s;
            p.builtIn = false;
            p.rules[u"pair.order"_s].value = false;
            QVERIFY(ProfileRepository(c).save(p).ok());
            Organization o = OrganizationRepository(c).load().value();
            o.profile = u"ours"_s;
            QVERIFY(OrganizationRepository(c).save(o).ok());
            QSqlQuery q(c);
            QVERIFY(q.exec(u"DELETE FROM order_pair"_s));
        });
        // The pair is in no order, but the organisation's own profile does not check orders.
        QCOMPARE(runCli({u"check"_s, db.path(), u"--today"_s, u"2026-03-02"_s}).code, 0);
        QCOMPARE(runCli({u"check"_s, db.path(), u"--today"_s, u"2026-03-02"_s, u"--profile"_s, u"reserve"_s}).code, 1);
    }

    void checkUsesTheStoredCalendar()
    {
        // 28.12.2026 + 5 working days: 13.01.2027 by art. 112; 12.01.2027 when the (user's)
        // decree makes Saturday 09.01.2027 a working day.
        Dataset d = baseline(u"municipal"_s);
        Pair& g = pair(d, u"g1"_s);
        g.start = day("2026-12-28");
        g.plannedEnd = day("2027-12-28");
        g.planApproved = day("2027-01-13");
        const Stored plain(d);
        QCOMPARE(runCli({u"check"_s, plain.path(), u"--today"_s, u"2026-03-02"_s}).code, 0);
        const Stored withDecree(d, [](const QSqlDatabase& c) {
            CalendarYear y = WorkCalendar::article112(2027);
            y.working << day("2027-01-09");
            QVERIFY(CalendarRepository(c).save(y).ok());
        });
        const Run r = runCli({u"check"_s, withDecree.path(), u"--today"_s, u"2026-03-02"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(u"12.01.2027"_s), qPrintable(r.out));
    }

    void checkBadUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("err");
        QTest::newRow("unknown option") << QStringList{u"DB"_s, u"--verbose"_s} << u"--verbose"_s;
        QTest::newRow("bad --today") << QStringList{u"DB"_s, u"--today"_s, u"2026-02-30"_s} << u"--today"_s;
        QTest::newRow("Russian --today") << QStringList{u"DB"_s, u"--today"_s, u"02.03.2026"_s} << u"YYYY-MM-DD"_s;
        QTest::newRow("--today without a value") << QStringList{u"DB"_s, u"--today"_s} << u"--today"_s;
        QTest::newRow("bad --format") << QStringList{u"DB"_s, u"--format"_s, u"xml"_s} << u"xml"_s;
        QTest::newRow("unknown profile") << QStringList{u"DB"_s, u"--profile"_s, u"lyceum"_s} << u"lyceum"_s;
        QTest::newRow("two inputs") << QStringList{u"DB"_s, u"other.sqlite"_s} << u"other.sqlite"_s;
        QTest::newRow("no input") << QStringList{u"--today"_s, u"2026-03-02"_s} << u"missing"_s;
    }
    void checkBadUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, err);
        const Stored db(baseline(u"school"_s));
        args.replaceInStrings(u"DB"_s, db.path());
        const Run r = runCli(QStringList{u"check"_s} + args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(err), qPrintable(r.err));
    }

    void checkUnknownProfileListsKnown()
    {
        const Stored db(baseline(u"school"_s));
        const Run r = runCli({u"check"_s, db.path(), u"--profile"_s, u"lyceum"_s});
        QCOMPARE(r.code, 2);
        for (const QString& id : Profiles::builtInIds())
            QVERIFY2(r.err.contains(id), qPrintable(r.err));
    }

    void checkBadInput()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(u"missing.sqlite"_s);
        Run r = runCli({u"check"_s, missing});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"missing.sqlite"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(missing));

        const QString text = dir.filePath(u"notes.sqlite"_s);
        QVERIFY(writeFile(text, "это не база данных\n"));
        r = runCli({u"check"_s, text});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"notes.sqlite"_s), qPrintable(r.err));

        const QString json = dir.filePath(u"school.json"_s);
        QVERIFY(writeFile(json, "{}"));
        r = runCli({u"check"_s, json});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"school.json"_s), qPrintable(r.err));
    }

    void checkExchangeFile()
    {
        // The same data as a database and as an exchange file gives the same findings.
        Dataset d = baseline(u"school"_s);
        order(d, u"o1"_s).pairs.clear();
        removeConsents(d, u"p2"_s, u"personal_data"_s);
        const Stored db(d);
        QTemporaryDir dir;
        const QString json = dir.filePath(u"school.json"_s);
        QVERIFY(exchange::writeFile(d, json).ok());
        const QStringList options = {u"--today"_s, u"2026-03-02"_s, u"--format"_s, u"json"_s};
        const Run fromDb = runCli(QStringList{u"check"_s, db.path()} + options);
        const Run fromFile = runCli(QStringList{u"check"_s, json} + options);
        QCOMPARE(fromFile.code, 1);
        QCOMPARE(fromFile.out, fromDb.out);
        QCOMPARE(QJsonDocument::fromJson(fromFile.out.toUtf8()).array().size(), 2);

        // --profile applies to a file as well.
        const Run municipal = runCli({u"check"_s, json, u"--today"_s, u"2026-03-02"_s, u"--profile"_s, u"municipal"_s});
        QVERIFY(municipal.code == 0 || municipal.code == 1);
        QVERIFY2(municipal.err.contains(u"«municipal»"_s), qPrintable(municipal.err));

        // Unknown keys are warned about on stderr and do not change the result.
        QByteArray bytes = exchange::write(d);
        bytes.replace("\"format\"", "\"favourite_colour\": \"green\", \"format\"");
        const QString withExtra = dir.filePath(u"extra.json"_s);
        QVERIFY(writeFile(withExtra, bytes));
        const Run warned = runCli(QStringList{u"check"_s, withExtra} + options);
        QCOMPARE(warned.code, 1);
        QCOMPARE(warned.out, fromDb.out);
        QVERIFY2(warned.err.contains(u"favourite_colour"_s), qPrintable(warned.err));

        // A structurally bad file: exit 2, the file and the JSON path named, nothing on stdout.
        bytes = exchange::write(d);
        bytes.replace("\"mentor\": \"p1\"", "\"mentor\": \"p404\"");
        const QString broken = dir.filePath(u"broken.json"_s);
        QVERIFY(writeFile(broken, bytes));
        const Run bad = runCli({u"check"_s, broken});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.out.isEmpty());
        QVERIFY2(bad.err.contains(u"broken.json"_s) && bad.err.contains(u"pairs[0].mentor"_s), qPrintable(bad.err));
    }

    void checkDefaultsToday()
    {
        const Stored db(baseline(u"school"_s));
        const Run r = runCli({u"check"_s, db.path()});
        QVERIFY(r.code == 0 || r.code == 1);
    }
};

QTEST_GUILESS_MAIN(TestCliRules)
#include "tst_cli_rules.moc"
