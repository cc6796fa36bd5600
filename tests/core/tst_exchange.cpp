#include "TestSupport.h"
#include "demo/DemoData.h"
#include "exchange/Exchange.h"
#include "storage/DatasetRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace nastavnik;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(nastavnik::Dataset)

namespace {

/// Storage row ids are not part of the data; clear them before comparing.
Dataset withoutRowIds(Dataset d)
{
    for (Person& p : d.people) {
        for (Credential& c : p.credentials)
            c.rowId = 0;
    }
    for (Pair& p : d.pairs) {
        for (PairEvent& e : p.events)
            e.rowId = 0;
        for (PlanItem& i : p.planItems)
            i.rowId = 0;
        for (Meeting& m : p.meetings)
            m.rowId = 0;
    }
    return d;
}

QByteArray contractExample()
{
    return test::readFile(test::dataPath(u"exchange/contract-example.json"_s));
}

// ---- editing a JSON document by path, to build bad files from a good one -----------------

struct Step
{
    QString key; // empty for an array index
    qsizetype index = -1;
};

QList<Step> parsePath(const QString& path)
{
    QList<Step> steps;
    static const QRegularExpression part(u"([^.\\[\\]]+)|\\[(\\d+)\\]"_s);
    auto it = part.globalMatch(path);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.hasCaptured(1))
            steps << Step{m.captured(1), -1};
        else
            steps << Step{QString(), m.captured(2).toLongLong()};
    }
    return steps;
}

/// `node` with the value at `steps` replaced by `value`, or removed when `value` is undefined.
QJsonValue edited(const QJsonValue& node, QList<Step> steps, const QJsonValue& value)
{
    const Step step = steps.takeFirst();
    if (step.index < 0) {
        QJsonObject o = node.toObject();
        if (steps.isEmpty()) {
            if (value.isUndefined())
                o.remove(step.key);
            else
                o.insert(step.key, value);
        } else {
            o.insert(step.key, edited(o.value(step.key), steps, value));
        }
        return o;
    }
    QJsonArray a = node.toArray();
    if (steps.isEmpty()) {
        if (value.isUndefined())
            a.removeAt(step.index);
        else if (step.index >= a.size())
            a.append(value);
        else
            a.replace(step.index, value);
    } else {
        a.replace(step.index, edited(a.at(step.index), steps, value));
    }
    return a;
}

QJsonObject exampleObject()
{
    return QJsonDocument::fromJson(contractExample()).object();
}

QJsonValue valueAt(const QJsonObject& root, const QString& path)
{
    QJsonValue node = root;
    for (const Step& s : parsePath(path))
        node = s.index < 0 ? node.toObject().value(s.key) : node.toArray().at(s.index);
    return node;
}

/// The contract example with `edits` applied: path → new value (undefined removes the key).
QByteArray exampleWith(const QList<std::pair<QString, QJsonValue>>& edits)
{
    QJsonValue root = exampleObject();
    for (const auto& [path, value] : edits)
        root = edited(root, parsePath(path), value);
    return QJsonDocument(root.toObject()).toJson();
}

const QJsonValue kRemove = QJsonValue(QJsonValue::Undefined);

Dataset expectedContractExample()
{
    Dataset d;
    d.organization.name = u"МОУ «Ялунинская СОШ»"_s;
    d.organization.place = u"с. Ялунино"_s;
    d.organization.head = u"p10"_s;
    d.organization.curator = u"p11"_s;
    d.organization.profile = u"school"_s;

    auto person = [](const char16_t* id, const char16_t* last, const char16_t* first, const char16_t* middle,
                     QDate birth, const char16_t* position, const char16_t* unit, const char16_t* supervisor) {
        Person p;
        p.id = QString::fromUtf16(id);
        p.lastName = QString::fromUtf16(last);
        p.firstName = QString::fromUtf16(first);
        p.middleName = QString::fromUtf16(middle);
        p.birthDate = birth;
        p.kind = u"teacher"_s;
        p.position = QString::fromUtf16(position);
        p.unit = QString::fromUtf16(unit);
        p.supervisor = supervisor ? QString::fromUtf16(supervisor) : QString();
        return p;
    };
    Person p1 = person(u"p1", u"Иванова", u"Мария", u"Петровна", QDate(1980, 5, 1), u"учитель математики",
                       u"МО естественных наук", u"p10");
    p1.pedagogicalYears = 12;
    p1.managerialYears = 0;
    p1.methodicalYears = 0;
    p1.credentials << Credential{0, u"mentor_status"_s, u"123"_s, QDate(2024, 1, 10), {}, {}};
    Person p2 = person(u"p2", u"Петров", u"Пётр", u"Петрович", QDate(2001, 3, 15), u"учитель физики",
                       u"МО естественных наук", u"p10");
    p2.pedagogicalYears = 1;
    p2.menteeCategories = {u"young_specialist"_s};
    Person p3 = person(u"p3", u"Сидорова", u"Анна", u"Ивановна", QDate(1975, 11, 20), u"учитель химии",
                       u"МО естественных наук", u"p10");
    p3.pedagogicalYears = 25;
    p3.managerialYears = 3;
    p3.methodicalYears = 6;
    p3.credentials << Credential{0, u"labour_agreement"_s, u"ДС-3"_s, QDate(2026, 5, 1), {}, {}};
    Person p10 = person(u"p10", u"Кокшарова", u"Ольга", u"Сергеевна", {}, u"директор", u"Администрация", nullptr);
    p10.kind = u"manager"_s;
    p10.managerialYears = 14;
    Person p11 = person(u"p11", u"Потоптаева", u"Людмила", u"Анатольевна", QDate(1970, 2, 2),
                        u"заместитель директора по УВР", u"Администрация", u"p10");
    p11.pedagogicalYears = 30;
    p11.managerialYears = 7;
    d.people << p1 << p2 << p3 << p10 << p11;

    d.consents << Consent{u"c1"_s, u"p1"_s, u"personal_data"_s, u"p1"_s, QDate(2026, 1, 10), {}, {}};

    Order o1;
    o1.id = u"o1"_s;
    o1.number = u"12-о"_s;
    o1.date = QDate(2026, 1, 12);
    o1.type = u"pairs_approval"_s;
    o1.pairs = {u"g1"_s};
    Order o2;
    o2.id = u"o2"_s;
    o2.number = u"31-о"_s;
    o2.date = QDate(2026, 4, 30);
    o2.type = u"mentor_replacement"_s;
    o2.pairs = {u"g1"_s};
    d.orders << o1 << o2;

    Pair g;
    g.id = u"g1"_s;
    g.form = u"teacher_teacher"_s;
    g.mentor = u"p1"_s;
    g.mentees = {u"p2"_s};
    g.start = QDate(2026, 1, 13);
    g.plannedEnd = QDate(2026, 12, 31);
    g.order = u"o1"_s;
    g.hasPlan = true;
    g.planApproved = QDate(2026, 1, 19);
    PlanItem item;
    item.title = u"Посещение уроков"_s;
    item.due = QDate(2026, 2, 1);
    g.planItems << item;
    PairEvent replacement;
    replacement.type = u"replacement"_s;
    replacement.date = QDate(2026, 5, 4);
    replacement.newMentor = u"p3"_s;
    replacement.ground = u"dismissal"_s;
    replacement.order = u"o2"_s;
    PairEvent extension;
    extension.type = u"extension"_s;
    extension.date = QDate(2026, 12, 1);
    extension.newEnd = QDate(2027, 2, 26);
    extension.reason = u"sick_leave"_s;
    PairEvent completion;
    completion.type = u"early_completion"_s;
    completion.date = QDate(2026, 9, 30);
    completion.noticeDate = QDate(2026, 9, 24);
    completion.initiator = u"employer"_s;
    g.events << replacement << extension << completion;
    d.pairs << g;
    return d;
}

/// A Dataset that sets every additional key to something other than its default.
Dataset everyExtraKey()
{
    Dataset d = expectedContractExample();
    Organization& o = d.organization;
    o.shortName = u"МОУ «Ялунинская СОШ»"_s;
    o.address = u"с. Ялунино, ул. Школьная, д. 1"_s;
    o.headPosition = u"И. о. директора"_s;
    o.orderSuffix = u"од"_s;
    Person& p = d.people[1];
    p.gender = u"m"_s;
    p.mentorBase = true;
    p.menteeBase = true;
    p.request = u"дисциплина на уроке"_s;
    p.competencies = u"физика, робототехника"_s;
    p.phone = u"+7 (912) 123-45-67"_s;
    p.email = u"petrov@example.ru"_s;
    p.note = u"Переведён из соседней школы"_s;
    p.archived = true;
    p.nameForms = {{u"dative"_s, u"Петрову Петру Петровичу"_s}, {u"genitive"_s, u"Петрова Петра Петровича"_s}};
    d.people[0].credentials[0].note = u"приказ министерства № 5"_s;
    d.consents[0].note = u"бумажный оригинал в папке 3"_s;
    Order& order = d.orders[0];
    order.heading = u"Об утверждении наставнических пар"_s;
    order.status = u"signed"_s;
    order.people = {u"p1"_s, u"p2"_s};
    order.text = u"<p>ПРИКАЗЫВАЮ:</p>"_s;
    Pair& g = d.pairs[0];
    g.title = u"Группа «Физики»"_s;
    g.note = u"встречи по средам"_s;
    g.meetings << Meeting{0, QDate(2026, 1, 15), u"first"_s, u"Знакомство"_s, u"Договорились о графике"_s}
               << Meeting{0, QDate(2026, 2, 5), u"regular"_s, u"Разбор урока"_s, {}};
    g.planItems[0].expected = u"Анализ четырёх уроков"_s;
    g.planItems[0].status = u"in_progress"_s;
    g.events[0].note = u"по заявлению наставника"_s;
    return d;
}

/// Exports the database's content.
QByteArray exportOf(test::TempDatabase& t)
{
    const Result<Dataset> loaded = DatasetRepository(t.connection()).load();
    if (!loaded)
        qFatal("load failed: %s", qPrintable(loaded.error()));
    return exchange::write(loaded.value());
}

void importInto(test::TempDatabase& t, const QByteArray& json)
{
    exchange::Messages messages;
    const Result<Dataset> data = exchange::read(json, &messages);
    QVERIFY2(data.ok(), qPrintable(data.error()));
    QVERIFY2(messages.warnings.isEmpty(), qPrintable(messages.warnings.join(u'\n')));
    const Status s = DatasetRepository(t.connection()).replaceAll(data.value());
    QVERIFY2(s.ok(), qPrintable(s.error()));
}

} // namespace

class TestExchange : public QObject
{
    Q_OBJECT

private slots:
    void contractExampleReadsAsDescribed()
    {
        exchange::Messages messages;
        const Result<Dataset> data = exchange::readFile(test::dataPath(u"exchange/contract-example.json"_s), &messages);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        QVERIFY(messages.errors.isEmpty());
        QCOMPARE(messages.warnings, QStringList());
        const Dataset expected = expectedContractExample();
        QCOMPARE(data->organization, expected.organization);
        QCOMPARE(data->people.size(), expected.people.size());
        for (int i = 0; i < expected.people.size(); ++i)
            QCOMPARE(data->people.at(i), expected.people.at(i));
        QCOMPARE(data->consents, expected.consents);
        QCOMPARE(data->orders, expected.orders);
        QCOMPARE(data->pairs, expected.pairs);
        QVERIFY(data.value() == expected);
    }

    void contractExampleRoundTrip()
    {
        test::TempDatabase first;
        importInto(first, contractExample());
        const QByteArray once = exportOf(first);
        test::TempDatabase second;
        importInto(second, once);
        const QByteArray twice = exportOf(second);
        QCOMPARE(twice, once);
        QCOMPARE(withoutRowIds(DatasetRepository(second.connection()).load().value()), expectedContractExample());
    }

    void demoRoundTrip()
    {
        const Dataset demo = demo::school(QDate(2026, 11, 22));
        test::TempDatabase first;
        QVERIFY(DatasetRepository(first.connection()).replaceAll(demo).ok());
        const QByteArray once = exportOf(first);
        test::TempDatabase second;
        importInto(second, once);
        const QByteArray twice = exportOf(second);
        QCOMPARE(twice.size(), once.size());
        QVERIFY(twice == once);
        QCOMPARE(withoutRowIds(DatasetRepository(second.connection()).load().value()), demo);
    }

    void writeThenReadGivesTheSameDataset_data()
    {
        QTest::addColumn<Dataset>("data");
        QTest::newRow("the demo school") << demo::school(QDate(2026, 3, 2));
        QTest::newRow("the contract example") << expectedContractExample();
        QTest::newRow("every additional key set") << everyExtraKey();
        QTest::newRow("nothing at all") << Dataset();
    }

    void writeThenReadGivesTheSameDataset()
    {
        QFETCH(Dataset, data);
        exchange::Messages messages;
        const QByteArray json = exchange::write(data);
        const Result<Dataset> back = exchange::read(json, &messages);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(messages.warnings, QStringList());
        QVERIFY(back.value() == data);
        QCOMPARE(exchange::write(back.value()), json);
    }

    void extraKeysSurviveTheDatabase()
    {
        const Dataset data = everyExtraKey();
        test::TempDatabase first;
        importInto(first, exchange::write(data));
        QCOMPARE(withoutRowIds(DatasetRepository(first.connection()).load().value()), data);
        const QByteArray once = exportOf(first);
        for (const char* key : {"\"short_name\"", "\"address\"", "\"head_position\"", "\"order_suffix\"",
                                "\"gender\"", "\"mentor_base\"", "\"mentee_base\"", "\"request\"",
                                "\"competencies\"", "\"phone\"", "\"email\"", "\"note\"", "\"archived\"",
                                "\"name_forms\"", "\"heading\"", "\"status\"", "\"people\"", "\"text\"",
                                "\"title\"", "\"meetings\"", "\"expected\"", "\"topic\"", "\"notes\""})
            QVERIFY2(once.contains(key), key);
        test::TempDatabase second;
        importInto(second, once);
        QCOMPARE(exportOf(second), once);
    }

    void contractKeysAreAlwaysWritten()
    {
        Dataset d;
        Person p;
        p.id = u"p1"_s;
        p.lastName = u"Иванова"_s;
        Person q;
        q.id = u"p2"_s;
        q.lastName = u"Петров"_s;
        d.people << p << q;
        Pair g;
        g.id = u"g1"_s;
        g.form = u"teacher_teacher"_s;
        g.mentor = u"p1"_s;
        g.mentees = {u"p2"_s};
        d.pairs << g;
        PairEvent e;
        e.type = u"replacement"_s;
        d.pairs[0].events << e;
        e.type = u"extension"_s;
        d.pairs[0].events << e;
        e.type = u"early_completion"_s;
        d.pairs[0].events << e;
        Order o;
        o.id = u"o1"_s;
        o.type = u"reward"_s;
        d.orders << o;
        d.consents << Consent{u"c1"_s, u"p1"_s, u"mentor_role"_s, {}, {}, {}, {}};
        const QJsonObject root = QJsonDocument::fromJson(exchange::write(d)).object();

        auto keys = [](const QJsonValue& v) {
            const QStringList list = v.toObject().keys();
            return QSet<QString>(list.cbegin(), list.cend());
        };
        auto set = [](std::initializer_list<const char16_t*> list) {
            QSet<QString> s;
            for (const char16_t* k : list)
                s.insert(QString::fromUtf16(k));
            return s;
        };
        QCOMPARE(keys(root), set({u"format", u"version", u"organization", u"people", u"consents", u"orders", u"pairs"}));
        QCOMPARE(root.value("format"_L1).toString(), u"nastavnik-exchange"_s);
        QCOMPARE(root.value("version"_L1).toInt(), 1);
        QVERIFY(keys(root.value("organization"_L1))
                    .contains(set({u"name", u"place", u"head", u"curator", u"profile"})));
        const QJsonObject person = root.value("people"_L1).toArray().at(0).toObject();
        QCOMPARE(keys(person),
                 set({u"id", u"last_name", u"first_name", u"middle_name", u"birth_date", u"kind", u"external",
                      u"position", u"unit", u"supervisor", u"experience_years", u"disciplinary_sanction",
                      u"mentee_categories", u"credentials"}));
        QCOMPARE(person.value("birth_date"_L1), QJsonValue(QJsonValue::Null));
        QCOMPARE(person.value("supervisor"_L1), QJsonValue(QJsonValue::Null));
        QCOMPARE(keys(person.value("experience_years"_L1)), set({u"pedagogical", u"managerial", u"methodical"}));
        QCOMPARE(keys(root.value("consents"_L1).toArray().at(0)),
                 set({u"id", u"person", u"type", u"signed_by", u"date", u"withdrawn"}));
        QCOMPARE(keys(root.value("orders"_L1).toArray().at(0)), set({u"id", u"number", u"date", u"type", u"pairs"}));
        const QJsonObject pair = root.value("pairs"_L1).toArray().at(0).toObject();
        QCOMPARE(keys(pair),
                 set({u"id", u"form", u"mentor", u"mentees", u"start", u"planned_end", u"actual_end", u"order",
                      u"plan", u"report", u"mentee_questionnaire", u"events"}));
        QCOMPARE(pair.value("plan"_L1), QJsonValue(QJsonValue::Null));
        QCOMPARE(keys(pair.value("report"_L1)), set({u"date"}));
        const QJsonArray events = pair.value("events"_L1).toArray();
        QCOMPARE(keys(events.at(0)), set({u"type", u"date", u"new_mentor", u"ground", u"order"}));
        QCOMPARE(keys(events.at(1)), set({u"type", u"date", u"new_end", u"reason", u"order"}));
        QCOMPARE(keys(events.at(2)), set({u"type", u"date", u"notice_date", u"initiator", u"order"}));
    }

    void layoutIsStableAndReadable()
    {
        Dataset d;
        d.organization.name = u"Школа"_s;
        Person p;
        p.id = u"p1"_s;
        p.lastName = u"Иванова"_s;
        p.kind = u"teacher"_s;
        p.pedagogicalYears = 12;
        p.credentials << Credential{0, u"mentor_status"_s, u"123"_s, QDate(2024, 1, 10), {}, {}};
        d.people << p;
        const QByteArray expected = test::readFile(test::dataPath(u"exchange/layout-expected.json"_s));
        QCOMPARE(QString::fromUtf8(exchange::write(d)), QString::fromUtf8(expected));
    }

    void textsAreEscaped()
    {
        Dataset d;
        Person p;
        p.id = u"p\"1\""_s;
        p.lastName = u"Д'Артаньян \"Гасконец\" 🤺"_s;
        p.firstName = u"back\\slash"_s;
        p.note = u"line one\nline two\ttab \x01 control"_s;
        d.people << p;
        const QByteArray json = exchange::write(d);
        QVERIFY(json.contains("\"last_name\": \"Д'Артаньян \\\"Гасконец\\\" 🤺\""));
        QVERIFY(json.contains("\"note\": \"line one\\nline two\\ttab \\u0001 control\""));
        const Result<Dataset> back = exchange::read(json);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QVERIFY(back.value() == d);
    }

    void nullAndAbsentMeanNotKnown()
    {
        const QByteArray json = test::readFile(test::dataPath(u"exchange/null-and-absent.json"_s));
        exchange::Messages messages;
        const Result<Dataset> data = exchange::read(json, &messages);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        QCOMPARE(messages.warnings, QStringList());
        QCOMPARE(data->organization, Organization());
        const Person& p = data->people.first();
        QCOMPARE(p.kind, u"other"_s);
        QVERIFY(!p.birthDate.isValid());
        QVERIFY(p.supervisor.isEmpty());
        QVERIFY(!p.pedagogicalYears);
        QVERIFY(data->consents.isEmpty());
        QVERIFY(data->orders.isEmpty());
        const Pair& g = data->pairs.first();
        QVERIFY(g.hasPlan);
        QVERIFY(g.planItems.isEmpty());
        QVERIFY(!g.start.isValid());
        QVERIFY(!g.reportDate.isValid());
    }

    void byteOrderMarkIsAccepted()
    {
        const Result<Dataset> data = exchange::read("\xEF\xBB\xBF" + contractExample());
        QVERIFY2(data.ok(), qPrintable(data.error()));
    }

    void unknownKeysAreWarnedAndIgnored()
    {
        const QByteArray json = exampleWith({
            {u"generator"_s, u"Excel macro"_s},
            {u"organization.inn"_s, u"6611001234"_s},
            {u"people[0].favourite_colour"_s, u"blue"_s},
            {u"people[0].experience_years.sporting"_s, 3},
            {u"people[0].credentials[0].scan"_s, u"scan.pdf"_s},
            {u"consents[0].witness"_s, u"p2"_s},
            {u"orders[1].signed_by"_s, u"p10"_s},
            {u"pairs[0].colour"_s, u"green"_s},
            {u"pairs[0].plan.template"_s, u"teacher"_s},
            {u"pairs[0].plan.items[0].hours"_s, 4},
            {u"pairs[0].report.approved_by"_s, u"p10"_s},
            {u"pairs[0].events[2].comment"_s, u"—"_s},
        });
        exchange::Messages messages;
        const Result<Dataset> data = exchange::read(json, &messages);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        QVERIFY(data.value() == expectedContractExample());
        QStringList warnings = messages.warnings;
        warnings.sort();
        QStringList expected = {
            u"generator: unknown key, ignored"_s,
            u"organization.inn: unknown key, ignored"_s,
            u"people[0].favourite_colour: unknown key, ignored"_s,
            u"people[0].experience_years.sporting: unknown key, ignored"_s,
            u"people[0].credentials[0].scan: unknown key, ignored"_s,
            u"consents[0].witness: unknown key, ignored"_s,
            u"orders[1].signed_by: unknown key, ignored"_s,
            u"pairs[0].colour: unknown key, ignored"_s,
            u"pairs[0].plan.template: unknown key, ignored"_s,
            u"pairs[0].plan.items[0].hours: unknown key, ignored"_s,
            u"pairs[0].report.approved_by: unknown key, ignored"_s,
            u"pairs[0].events[2].comment: unknown key, ignored"_s,
        };
        expected.sort();
        QCOMPARE(warnings, expected);
    }

    void ruleViolationsAreNotImportErrors()
    {
        // Everything here is a finding for `check`, none is a structural problem.
        QJsonObject extraPair = valueAt(exampleObject(), u"pairs[0]"_s).toObject();
        extraPair.insert(u"id"_s, u"g2"_s);
        extraPair.insert(u"order"_s, QJsonValue::Null); // in no order (pair.order)
        extraPair.insert(u"events"_s, QJsonArray());
        extraPair.insert(u"plan"_s, QJsonValue::Null);   // no plan
        extraPair.insert(u"planned_end"_s, u"2029-12-31"_s); // far over a year (pair.duration_max)
        QJsonObject third = extraPair;
        third.insert(u"id"_s, u"g3"_s);
        third.insert(u"mentees"_s, QJsonArray{u"p11"_s}); // a third pair of p1 (mentor.max_mentees)
        const QByteArray json = exampleWith({
            {u"organization.profile"_s, u"municipal"_s},
            {u"pairs[0].events[0].ground"_s, u"bad_mood"_s},         // replacement.ground
            {u"pairs[0].events[0].order"_s, QJsonValue::Null},       // replacement without an order
            {u"pairs[0].events[1].reason"_s, u"vacation"_s},         // extension.reason
            {u"pairs[0].events[2].initiator"_s, u"the_moon"_s},      // not a known initiator
            {u"pairs[0].events[2].notice_date"_s, u"2026-09-29"_s},  // early_completion.notice
            {u"pairs[0].form"_s, u"mentoring"_s},                    // experience and credential rules
            {u"people[0].experience_years.managerial"_s, 0},
            {u"people[0].disciplinary_sanction"_s, true},
            {u"people[0].mentee_categories"_s, QJsonArray{u"not_a_category"_s}},
            {u"people[1].supervisor"_s, u"p1"_s},                    // the mentor is the supervisor
            {u"people[1].birth_date"_s, u"2015-06-01"_s},            // a minor teacher, signing for herself
            {u"consents[0].type"_s, u"distribution"_s},              // no personal_data consent for p1
            {u"orders[0].date"_s, u"2026-02-01"_s},                  // approved after the start
            {u"pairs[1]"_s, extraPair},
            {u"pairs[2]"_s, third},
        });
        exchange::Messages messages;
        const Result<Dataset> data = exchange::read(json, &messages);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        QCOMPARE(messages.warnings, QStringList());
        QCOMPARE(data->pairs.first().events.at(0).ground, u"bad_mood"_s);
        QCOMPARE(data->pairs.first().events.at(2).initiator, u"the_moon"_s);
        test::TempDatabase t;
        const Status s = DatasetRepository(t.connection()).replaceAll(data.value());
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(withoutRowIds(DatasetRepository(t.connection()).load().value()), data.value());
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("expected");

        auto row = [](const char* name, const QByteArray& json, const QStringList& expected) {
            QTest::newRow(name) << json << expected;
        };
        auto edit = [&](const char* name, const QString& path, const QJsonValue& value, const QString& message) {
            row(name, exampleWith({{path, value}}), {message});
        };

        // The file as a whole.
        row("empty file", {},
            {u"the file is empty; an exchange file is one JSON object with \"format\": \"nastavnik-exchange\" — "
             "export it again"_s});
        row("only blanks", " \n\t \n",
            {u"the file is empty; an exchange file is one JSON object with \"format\": \"nastavnik-exchange\" — "
             "export it again"_s});
        row("a JSON array", "[]",
            {u"the file holds a JSON array […], not an object; an exchange file is one JSON object {…} with "
             "\"format\": \"nastavnik-exchange\""_s});
        row("missing comma", "{\n  \"format\": \"nastavnik-exchange\",\n  \"version\": 1\n  \"people\": []\n}\n",
            {u"line 4, column 3: the JSON is broken: a «,» between entries or the closing «}» of an object is "
             "missing. Correct the file in a text editor, or export it again"_s});
        row("unclosed array after Cyrillic text", "{\"format\": \"nastavnik-exchange\", \"version\": 1,\n"
                                                  "\"people\": [{\"id\": \"p1\", \"last_name\": \"Щукина\"}\n",
            {u"line 3, column 1: the JSON is broken: the file ends too early: a closing «}» or «]» is missing. "
             "Correct the file in a text editor, or export it again"_s});
        row("single quotes", "{'format': 'nastavnik-exchange'}",
            {u"line 1, column 2: the JSON is broken: a key is not in double quotes. Correct the file in a text "
             "editor, or export it again"_s});
        const QString fix = u". Correct the file in a text editor, or export it again"_s;
        row("missing comma in an array", "{\"format\": \"nastavnik-exchange\", \"version\": 1, \"x\": [1 2]}",
            {u"line 1, column 56: the JSON is broken: a «,» between values or the closing «]» of an array is "
             "missing"_s + fix});
        row("missing colon", "{\"format\" \"nastavnik-exchange\"}",
            {u"line 1, column 11: the JSON is broken: a «:» is missing after a key"_s + fix});
        row("comma before ]", "{\"format\": \"nastavnik-exchange\", \"version\": 1, \"x\": [1, 2,]}",
            {u"line 1, column 59: the JSON is broken: a value is missing after a «,» (remove the comma after "
             "the last entry)"_s + fix});
        row("leading zero", "{\"format\": \"nastavnik-exchange\", \"version\": 01}",
            {u"line 1, column 45: the JSON is broken: a number is not valid (write numbers as 12 or 2.5, "
             "without leading zeros or units)"_s + fix});
        row("number with a unit", "{\"format\": \"nastavnik-exchange\", \"version\": 1, \"x\": 12years}",
            {u"line 1, column 53: the JSON is broken: a number is not valid (write numbers as 12 or 2.5, "
             "without leading zeros or units)"_s + fix});
        row("line break inside a text", "{\"format\": \"nastavnik-\nexchange\"}",
            {u"line 1, column 23: the JSON is broken: a text holds a line break or a tab; write it as \\n or "
             "\\t"_s + fix});
        row("bad escape", "{\"format\": \"C:\\Users\"}",
            {u"line 1, column 15: the JSON is broken: a text holds an invalid escape after a backslash (write "
             "\\\\ for a backslash)"_s + fix});
        row("unclosed text", "{\"format\": \"nastavnik-exchange}",
            {u"line 1, column 12: the JSON is broken: a text is not closed with a double quote"_s + fix});
        row("Windows-1251 text", "{\"format\": \"nastavnik-exchange\", \"version\": 1, \"x\": \"\xcf\xe5\xf2\xf0\xee\xe2\"}",
            {u"line 1, column 54: the JSON is broken: a text is not valid UTF-8 (save the file in the UTF-8 "
             "encoding)"_s + fix});
        row("nested too deeply", QByteArray(300, '[') + QByteArray(300, ']'),
            {u"line 1, column 257: the JSON is broken: the file is nested too deeply"_s + fix});
        row("a key twice", exampleWith({}).replace("\"last_name\": \"Иванова\"", "\"last_name\": \"Иванова\", \"last_name\": \"Петрова\""),
            {u"people[0].last_name: the key appears twice in the same object; keep only one"_s});
        row("capitalised True", "{\"format\": \"nastavnik-exchange\", \"version\": 1, \"x\": True}",
            {u"line 1, column 53: the JSON is broken: a value is not valid JSON (texts go in double quotes; true, "
             "false and null in lower case). Correct the file in a text editor, or export it again"_s});
        row("comma after the last entry", "{\"format\": \"nastavnik-exchange\",\n \"version\": 1,\n}",
            {u"line 3, column 1: the JSON is broken: a value is missing after a «,» (remove the comma after the "
             "last entry). Correct the file in a text editor, or export it again"_s});
        row("text after the object", "{\"format\": \"nastavnik-exchange\", \"version\": 1} x",
            {u"line 1, column 48: the JSON is broken: there is more text after the end of the JSON object. "
             "Correct the file in a text editor, or export it again"_s});
        row("no format", "{\"version\": 1, \"people\": []}",
            {u"format: missing; this is not a Nastavnik exchange file, which starts with \"format\": "
             "\"nastavnik-exchange\""_s});
        edit("wrong format", u"format"_s, u"nastavnik-backup"_s,
             u"format: the text «nastavnik-backup» is not the format of a Nastavnik exchange file; expected "
             "\"nastavnik-exchange\""_s);
        edit("newer version", u"version"_s, 2,
             u"version: the file is of version 2, newer than this version of Nastavnik reads (1); update "
             "Nastavnik, or ask the sender to export the file for version 1"_s);
        edit("version zero", u"version"_s, 0, u"version: 0 is not a version of the exchange format; expected 1"_s);
        edit("version as text", u"version"_s, u"1"_s, u"version: expected the number 1, found the text «1»"_s);
        edit("no version", u"version"_s, kRemove, u"version: missing; expected \"version\": 1"_s);

        // Types.
        edit("text for a number", u"people[0].experience_years.pedagogical"_s, u"12"_s,
             u"people[0].experience_years.pedagogical: expected a whole number of years (0 or more) or null, "
             "found the text «12»"_s);
        edit("negative years", u"people[0].experience_years.managerial"_s, -1,
             u"people[0].experience_years.managerial: expected a whole number of years (0 or more) or null, "
             "found the number -1"_s);
        edit("fractional years", u"people[0].experience_years.methodical"_s, 2.5,
             u"people[0].experience_years.methodical: expected a whole number of years (0 or more) or null, "
             "found the number 2.5"_s);
        edit("number for a date", u"people[0].birth_date"_s, 19800501,
             u"people[0].birth_date: expected a date as text \"YYYY-MM-DD\", or null, found the number 19800501"_s);
        edit("object for an array of ids", u"pairs[0].mentees"_s, QJsonObject{{u"p2"_s, true}},
             u"pairs[0].mentees: expected an array of ids of a person, e.g. [\"p1\"], found an object {…}"_s);
        edit("object for the consents", u"consents"_s, QJsonObject(),
             u"consents: expected an array […], found an object {…}"_s);
        edit("array for the organisation", u"organization"_s, QJsonArray(),
             u"organization: expected an object {…}, found an array […]"_s);
        edit("text for a flag", u"people[0].external"_s, u"no"_s,
             u"people[0].external: expected true or false, found the text «no»"_s);
        edit("number for a text", u"people[0].position"_s, 5,
             u"people[0].position: expected a text in quotes, or null, found the number 5"_s);
        edit("number for an id reference", u"pairs[0].mentor"_s, 1,
             u"pairs[0].mentor: expected the id of a person (a text in quotes), found the number 1"_s);
        edit("text for the plan", u"pairs[0].plan"_s, u"yes"_s,
             u"pairs[0].plan: expected an object {…}, or null, found the text «yes»"_s);
        edit("a person that is not an object", u"people[5]"_s, u"p12"_s,
             u"people[5]: expected an object {…}, found the text «p12»"_s);

        // Dates.
        edit("30 February", u"people[0].birth_date"_s, u"2026-02-30"_s,
             u"people[0].birth_date: «2026-02-30» is not a real date; expected YYYY-MM-DD"_s);
        edit("month 13", u"pairs[0].start"_s, u"2026-13-01"_s,
             u"pairs[0].start: «2026-13-01» is not a real date; expected YYYY-MM-DD"_s);
        edit("Russian date format", u"consents[0].date"_s, u"01.02.2026"_s,
             u"consents[0].date: «01.02.2026» is not in the form YYYY-MM-DD; write it as 2026-02-01"_s);
        edit("not a date at all", u"pairs[0].plan.items[0].due"_s, u"next week"_s,
             u"pairs[0].plan.items[0].due: «next week» is not a date; expected YYYY-MM-DD, e.g. 2026-09-01"_s);
        edit("date with time", u"orders[0].date"_s, u"2026-01-12T10:00:00"_s,
             u"orders[0].date: «2026-01-12T10:00:00» is not a date; expected YYYY-MM-DD, e.g. 2026-09-01"_s);

        // Ids.
        row("duplicate person id",
            exampleWith({{u"people[5]"_s, valueAt(exampleObject(), u"people[0]"_s)}}),
            {u"people[5].id: «p1» is already the id of people[0]; ids must be unique within «people»"_s});
        row("duplicate order id",
            exampleWith({{u"orders[2]"_s, valueAt(exampleObject(), u"orders[0]"_s)}}),
            {u"orders[2].id: «o1» is already the id of orders[0]; ids must be unique within «orders»"_s});
        row("duplicate consent id",
            exampleWith({{u"consents[1]"_s, valueAt(exampleObject(), u"consents[0]"_s)}}),
            {u"consents[1].id: «c1» is already the id of consents[0]; ids must be unique within «consents»"_s});
        row("duplicate pair id",
            exampleWith({{u"pairs[1]"_s, valueAt(exampleObject(), u"pairs[0]"_s)}}),
            {u"pairs[1].id: «g1» is already the id of pairs[0]; ids must be unique within «pairs»"_s});
        edit("missing id", u"consents[0].id"_s, kRemove,
             u"consents[0].id: missing; every entry of «consents» needs an id: a non-empty text, unique within "
             "the list"_s);
        edit("empty id", u"consents[0].id"_s, u" "_s,
             u"consents[0].id: empty; every entry of «consents» needs an id: a non-empty text, unique within the "
             "list"_s);
        edit("numeric id", u"consents[0].id"_s, 1,
             u"consents[0].id: expected an id: a non-empty text in quotes, found the number 1"_s);

        // References that do not resolve, one row per reference field.
        const struct
        {
            const char* name;
            const char16_t* path;
            const char16_t* message;
        } references[] = {
            {"unknown head", u"organization.head",
             u"organization.head: «p99» does not match any person id; add the person to «people» or correct the id"},
            {"unknown curator", u"organization.curator",
             u"organization.curator: «p99» does not match any person id; add the person to «people» or correct "
             "the id"},
            {"unknown supervisor", u"people[0].supervisor",
             u"people[0].supervisor: «p99» does not match any person id; add the person to «people» or correct "
             "the id"},
            {"unknown consenting person", u"consents[0].person",
             u"consents[0].person: «p99» does not match any person id; add the person to «people» or correct "
             "the id"},
            {"unknown signer", u"consents[0].signed_by",
             u"consents[0].signed_by: «p99» does not match any person id; add the person to «people» or correct "
             "the id"},
            {"unknown pair in an order", u"orders[0].pairs[0]",
             u"orders[0].pairs[0]: «p99» does not match any pair id; add the pair to «pairs» or correct the id"},
            {"unknown person acquainted with an order", u"orders[0].people",
             u"orders[0].people[0]: «p99» does not match any person id; add the person to «people» or correct "
             "the id"},
            {"unknown mentor", u"pairs[0].mentor",
             u"pairs[0].mentor: «p99» does not match any person id; add the person to «people» or correct the id"},
            {"unknown mentee", u"pairs[0].mentees[1]",
             u"pairs[0].mentees[1]: «p99» does not match any person id; add the person to «people» or correct "
             "the id"},
            {"unknown approving order", u"pairs[0].order",
             u"pairs[0].order: «p99» does not match any order id; add the order to «orders» or correct the id"},
            {"unknown new mentor", u"pairs[0].events[0].new_mentor",
             u"pairs[0].events[0].new_mentor: «p99» does not match any person id; add the person to «people» or "
             "correct the id"},
            {"unknown replacement order", u"pairs[0].events[0].order",
             u"pairs[0].events[0].order: «p99» does not match any order id; add the order to «orders» or correct "
             "the id"},
        };
        for (const auto& r : references) {
            const QString path = QString::fromUtf16(r.path);
            const QJsonValue value = path == u"orders[0].people" ? QJsonValue(QJsonArray{u"p99"_s})
                                                                  : QJsonValue(u"p99"_s);
            edit(r.name, path, value, QString::fromUtf16(r.message));
        }

        // Enumerations.
        edit("unknown kind of person", u"people[0].kind"_s, u"teacher_x"_s,
             u"people[0].kind: «teacher_x» is not an allowed value; expected one of: pupil, student, teacher, "
             "parent, graduate, employer_staff, entrepreneur, veteran, civil_servant, manager, other"_s);
        edit("unknown credential", u"people[0].credentials[0].type"_s, u"diploma"_s,
             u"people[0].credentials[0].type: «diploma» is not an allowed value; expected one of: mentor_status, "
             "tutor_certificate, coach_training, no_criminal_record, medical_certificate, cooperation_agreement, "
             "labour_agreement"_s);
        edit("unknown consent", u"consents[0].type"_s, u"photo"_s,
             u"consents[0].type: «photo» is not an allowed value; expected one of: personal_data, distribution, "
             "mentor_role"_s);
        edit("unknown form", u"pairs[0].form"_s, u"teacher-teacher"_s,
             u"pairs[0].form: «teacher-teacher» is not an allowed value; expected one of: pupil_pupil, "
             "teacher_teacher, student_pupil, employer_pupil, employer_student, teacher_pupil, traditional, "
             "mentoring, tutoring, coaching, civil_service, reserve"_s);
        edit("unknown order type", u"orders[0].type"_s, u"dismissal"_s,
             u"orders[0].type: «dismissal» is not an allowed value; expected one of: curator_appointment, "
             "roadmap_approval, pairs_approval, mentor_replacement, extension, early_completion, reward, "
             "final_event"_s);
        edit("unknown event", u"pairs[0].events[1].type"_s, u"pause"_s,
             u"pairs[0].events[1].type: «pause» is not an allowed value; expected one of: replacement, "
             "extension, early_completion"_s);
        edit("unknown profile", u"organization.profile"_s, u"gymnasium"_s,
             u"organization.profile: «gymnasium» is not a known provision profile; expected one of: school, "
             "municipal, civil-service, reserve (or a custom profile carried in the file)"_s);
        edit("unknown meeting kind", u"pairs[0].meetings"_s,
             QJsonArray{QJsonObject{{u"date"_s, u"2026-01-20"_s}, {u"kind"_s, u"party"_s}}},
             u"pairs[0].meetings[0].kind: «party» is not an allowed value; expected one of: first, trial, "
             "planning, regular, final"_s);
        edit("unknown plan item status", u"pairs[0].plan.items[0].status"_s, u"forgotten"_s,
             u"pairs[0].plan.items[0].status: «forgotten» is not an allowed value; expected one of: planned, "
             "in_progress, done, cancelled"_s);
        edit("unknown order status", u"orders[0].status"_s, u"lost"_s,
             u"orders[0].status: «lost» is not an allowed value; expected one of: draft, signed"_s);
        edit("unknown gender", u"people[0].gender"_s, u"female"_s,
             u"people[0].gender: «female» is not an allowed value; expected one of: \"\", m, f"_s);

        // Required parts.
        edit("no last name", u"people[0].last_name"_s, kRemove,
             u"people[0].last_name: required, but missing or null; expected the person's last name (a non-empty "
             "text)"_s);
        edit("empty last name", u"people[0].last_name"_s, u"  "_s,
             u"people[0].last_name: empty; every person needs a last name"_s);
        edit("no form", u"pairs[0].form"_s, kRemove,
             u"pairs[0].form: required, but missing or null; expected one of: pupil_pupil, teacher_teacher, "
             "student_pupil, employer_pupil, employer_student, teacher_pupil, traditional, mentoring, tutoring, "
             "coaching, civil_service, reserve"_s);
        edit("no mentor", u"pairs[0].mentor"_s, QJsonValue::Null,
             u"pairs[0].mentor: required, but missing or null; expected the id of a person"_s);
        edit("no mentees", u"pairs[0].mentees"_s, kRemove,
             u"pairs[0].mentees: required, but missing or null; expected a list of the mentees' person ids, at "
             "least one"_s);
        edit("empty mentees", u"pairs[0].mentees"_s, QJsonArray(),
             u"pairs[0].mentees: the list is empty; a pair needs at least one mentee (a person id)"_s);
        edit("mentee twice", u"pairs[0].mentees"_s, QJsonArray{u"p2"_s, u"p3"_s, u"p2"_s},
             u"pairs[0].mentees[2]: «p2» is already listed at pairs[0].mentees[0]; list each id once"_s);
        edit("mentor as own mentee", u"pairs[0].mentees"_s, QJsonArray{u"p2"_s, u"p1"_s},
             u"pairs[0].mentees[1]: «p1» is the pair's mentor; a mentor cannot be their own mentee"_s);
        edit("pair twice in an order", u"orders[0].pairs"_s, QJsonArray{u"g1"_s, u"g1"_s},
             u"orders[0].pairs[1]: «g1» is already listed at orders[0].pairs[0]; list each id once"_s);
        edit("no credential type", u"people[0].credentials[0].type"_s, kRemove,
             u"people[0].credentials[0].type: required, but missing or null; expected one of: mentor_status, "
             "tutor_certificate, coach_training, no_criminal_record, medical_certificate, cooperation_agreement, "
             "labour_agreement"_s);
        edit("no consenting person", u"consents[0].person"_s, kRemove,
             u"consents[0].person: required, but missing or null; expected the id of a person"_s);
        edit("no event type", u"pairs[0].events[0].type"_s, kRemove,
             u"pairs[0].events[0].type: required, but missing or null; expected one of: replacement, extension, "
             "early_completion"_s);
        edit("meeting without a date", u"pairs[0].meetings"_s, QJsonArray{QJsonObject{{u"kind"_s, u"first"_s}}},
             u"pairs[0].meetings[0].date: required, but missing or null; expected a date as text \"YYYY-MM-DD\""_s);

        // End before start.
        edit("planned end before start", u"pairs[0].planned_end"_s, u"2026-01-10"_s,
             u"pairs[0].planned_end: 2026-01-10 is before start 2026-01-13; correct one of the two dates"_s);
        edit("actual end before start", u"pairs[0].actual_end"_s, u"2025-12-31"_s,
             u"pairs[0].actual_end: 2025-12-31 is before start 2026-01-13; correct one of the two dates"_s);
        edit("extended to before the start", u"pairs[0].events[1].new_end"_s, u"2026-01-01"_s,
             u"pairs[0].events[1].new_end: 2026-01-01 is before the pair's start 2026-01-13; correct one of the "
             "two dates"_s);

        // Several problems at once: all of them, in the order of the file.
        row("several problems",
            exampleWith({
                {u"pairs[0].planned_end"_s, u"2026-01-10"_s},
                {u"people[3].birth_date"_s, u"2026-02-30"_s},
                {u"pairs[0].mentees[1]"_s, u"p99"_s},
                {u"people[1].id"_s, u"p1"_s},
                {u"organization.profile"_s, 7},
                {u"people[0].favourite_colour"_s, u"blue"_s}, // only a warning
            }),
            {
                u"organization.profile: expected the id of a provision profile, e.g. \"school\", found the number 7"_s,
                u"people[1].id: «p1» is already the id of people[0]; ids must be unique within «people»"_s,
                u"people[3].birth_date: «2026-02-30» is not a real date; expected YYYY-MM-DD"_s,
                u"pairs[0].mentees[0]: «p2» does not match any person id; add the person to «people» or correct "
                "the id"_s,
                u"pairs[0].mentees[1]: «p99» does not match any person id; add the person to «people» or correct "
                "the id"_s,
                u"pairs[0].planned_end: 2026-01-10 is before start 2026-01-13; correct one of the two dates"_s,
            });
    }

    void badFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expected);
        exchange::Messages messages;
        const Result<Dataset> data = exchange::read(json, &messages);
        QVERIFY(!data.ok());
        QCOMPARE(messages.errors, expected);
        QCOMPARE(data.error(), expected.join(u'\n'));
    }

    void fileMessagesNameTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"school.json"_s);
        QVERIFY(test::writeFile(path,
                                exampleWith({{u"people[0].birth_date"_s, u"2026-02-30"_s},
                                             {u"people[0].hobby"_s, u"chess"_s},
                                             {u"pairs[0].mentor"_s, u"p99"_s}})));
        exchange::Messages messages;
        const Result<Dataset> data = exchange::readFile(path, &messages);
        QVERIFY(!data.ok());
        const QString shown = QDir::toNativeSeparators(path);
        QCOMPARE(messages.errors,
                 QStringList({shown + u": people[0].birth_date: «2026-02-30» is not a real date; expected YYYY-MM-DD"_s,
                              shown + u": pairs[0].mentor: «p99» does not match any person id; add the person to "
                                      "«people» or correct the id"_s}));
        QCOMPARE(messages.warnings, QStringList{shown + u": people[0].hobby: unknown key, ignored"_s});

        const QString missing = dir.filePath(u"nowhere.json"_s);
        const Result<Dataset> none = exchange::readFile(missing, &messages);
        QVERIFY(!none.ok());
        QCOMPARE(none.error(),
                 QDir::toNativeSeparators(missing) + u": the file does not exist; check its name and folder"_s);
        const Result<Dataset> folder = exchange::readFile(dir.path(), &messages);
        QVERIFY(!folder.ok());
        QVERIFY(folder.error().contains(u"folder"_s));
    }

    void writeFileReplacesWholeFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.json"_s);
        const Dataset data = expectedContractExample();
        QVERIFY(exchange::writeFile(data, path).ok());
        QCOMPARE(test::readFile(path), exchange::write(data));
        const Status s = exchange::writeFile(data, dir.filePath(u"no/such/folder/out.json"_s));
        QVERIFY(!s.ok());
        QVERIFY(s.error().contains(u"out.json"_s));
    }
};

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
