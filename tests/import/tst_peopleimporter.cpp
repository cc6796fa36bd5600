#include "TestSupport.h"
#include "XlsxFixtures.h"
#include "import/CsvReader.h"
#include "import/ImportMapping.h"
#include "import/PeopleImporter.h"
#include "import/TableReader.h"
#include "storage/PeopleRepository.h"

#include <QSqlQuery>
#include <QtTest>

using namespace nastavnik;
using namespace nastavnik::import;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(nastavnik::import::Field)

namespace {

const QDate kToday(2026, 6, 1);

Table csv(const QString& text)
{
    return CsvReader::parseText(text, u';');
}

ImportMapping guessed(const Table& table)
{
    ImportMapping m;
    m.columns = ImportMapping::guess(table.rows.value(0));
    m.firstRowIsHeader = true;
    return m;
}

int peopleCount(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    return q.exec(u"SELECT count(*) FROM person"_s) && q.next() ? q.value(0).toInt() : -1;
}

Person person(const QString& last, const QString& first, const QString& middle, const QDate& birth)
{
    Person p;
    p.lastName = last;
    p.firstName = first;
    p.middleName = middle;
    p.birthDate = birth;
    p.kind = u"teacher"_s;
    return p;
}

} // namespace

class TestPeopleImporter : public QObject
{
    Q_OBJECT

private slots:
    void guessesFieldsFromHeaders_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<Field>("field");
        const std::pair<const char16_t*, Field> rows[] = {
            { u"Фамилия", Field::LastName },
            { u"ФАМИЛИЯ", Field::LastName },
            { u"Имя", Field::FirstName },
            { u"Отчество", Field::MiddleName },
            { u"Отчество (при наличии)", Field::MiddleName },
            { u"ФИО", Field::FullName },
            { u"Ф.И.О.", Field::FullName },
            { u"Фамилия, имя, отчество", Field::FullName },
            { u"ФИО педагога", Field::FullName },
            { u"Дата рождения", Field::BirthDate },
            { u"Дата рожд.", Field::BirthDate },
            { u"Д.р.", Field::BirthDate },
            { u"Пол", Field::Gender },
            { u"Должность", Field::Position },
            { u"Занимаемая должность", Field::Position },
            { u"Подразделение", Field::Unit },
            { u"Структурное подразделение", Field::Unit },
            { u"Класс", Field::Unit },
            { u"МО", Field::Unit },
            { u"Телефон", Field::Phone },
            { u"Контактный телефон", Field::Phone },
            { u"Моб. тел.", Field::Phone },
            { u"E-mail", Field::Email },
            { u"Эл. почта", Field::Email },
            { u"Электронная почта", Field::Email },
            { u"Стаж", Field::PedagogicalYears },
            { u"Педагогический стаж", Field::PedagogicalYears },
            { u"Пед. стаж (лет)", Field::PedagogicalYears },
            { u"Управленческий стаж", Field::ManagerialYears },
            { u"Стаж руководящей работы", Field::ManagerialYears },
            { u"Методический стаж", Field::MethodicalYears },
            { u"Категория участника", Field::Kind },
            { u"Вид участника", Field::Kind },
            { u"Внешний / штатный", Field::External },
            { u"Категории наставляемого", Field::MenteeCategories },
            { u"Запрос", Field::Request },
            { u"Запрос наставляемого", Field::Request },
            { u"Компетенции", Field::Competencies },
            { u"В базе наставников", Field::MentorBase },
            { u"База наставляемых", Field::MenteeBase },
            { u"Дисциплинарное взыскание", Field::DisciplinarySanction },
            { u"Примечание", Field::Note },
            { u"Surname", Field::LastName },
            { u"First name", Field::FirstName },
            { u"Date of birth", Field::BirthDate },
            { u"Email", Field::Email },
            // Headers that must not be taken for a person's field.
            { u"№ п/п", Field::Ignore },
            { u"Квалификационная категория", Field::Ignore },
            { u"Классный руководитель", Field::Ignore },
            { u"Почтовый адрес", Field::Ignore },
            { u"", Field::Ignore },
        };
        for (const auto& [header, field] : rows) {
            const QString h = QString::fromUtf16(header);
            QTest::newRow(h.isEmpty() ? "empty" : qPrintable(h)) << h << field;
        }
    }
    void guessesFieldsFromHeaders()
    {
        QFETCH(QString, header);
        QFETCH(Field, field);
        QCOMPARE(ImportMapping::guess(header), field);
    }

    void guessesAWholeHeaderRow()
    {
        QCOMPARE(ImportMapping::guess(QStringList {
                     u"№"_s, u"Фамилия"_s, u"Имя"_s, u"Отчество"_s, u"Дата рождения"_s, u"Класс"_s }),
                 (QList<Field> { Field::Ignore,
                                 Field::LastName,
                                 Field::FirstName,
                                 Field::MiddleName,
                                 Field::BirthDate,
                                 Field::Unit }));
        // A field at most once: the first column wins.
        QCOMPARE(ImportMapping::guess(QStringList { u"Телефон"_s, u"Телефон (мобильный)"_s }),
                 (QList<Field> { Field::Phone, Field::Ignore }));
        // Separate name columns beat the full name.
        QCOMPARE(ImportMapping::guess(QStringList { u"ФИО"_s, u"Фамилия"_s, u"Имя"_s }),
                 (QList<Field> { Field::Ignore, Field::LastName, Field::FirstName }));
    }

    void suggestsTheKindOfTheList()
    {
        QCOMPARE(ImportMapping::suggestedKind({ u"ФИО"_s, u"Класс"_s }), u"pupil"_s);
        QCOMPARE(ImportMapping::suggestedKind({ u"ФИО"_s, u"Должность"_s }), u"teacher"_s);
        QCOMPARE(ImportMapping::suggestedKind({ u"ФИО"_s, u"Классный руководитель"_s }), u"teacher"_s);
    }

    void mappingProblems_data()
    {
        QTest::addColumn<QList<Field>>("columns");
        QTest::addColumn<QString>("expected"); // empty: no problem
        QTest::newRow("surname") << QList<Field> { Field::LastName, Field::FirstName } << QString();
        QTest::newRow("full name") << QList<Field> { Field::FullName, Field::BirthDate } << QString();
        QTest::newRow("no surname") << QList<Field> { Field::FirstName, Field::BirthDate } << u"surname"_s;
        QTest::newRow("nothing mapped") << QList<Field> { Field::Ignore, Field::Ignore } << u"surname"_s;
        QTest::newRow("full name and surname")
            << QList<Field> { Field::FullName, Field::LastName } << u"either"_s;
        QTest::newRow("a field twice")
            << QList<Field> { Field::LastName, Field::Phone, Field::Phone } << u"«Column B», «Column C»"_s;
    }
    void mappingProblems()
    {
        QFETCH(QList<Field>, columns);
        QFETCH(QString, expected);
        ImportMapping m;
        m.columns = columns;
        QStringList titles;
        for (int c = 0; c < columns.size(); ++c)
            titles << u"Column %1"_s.arg(columnLetters(c));
        const QStringList problems = m.problems(titles);
        if (expected.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u' ')));
        } else {
            QCOMPARE(problems.size(), 1);
            QVERIFY2(problems.first().contains(expected), qPrintable(problems.first()));
        }
    }

    void mapsEveryField()
    {
        test::TempDatabase t;
        PeopleRepository repo(t.connection());
        PeopleImporter importer(repo);
        const Table table = csv(
            u"Фамилия;Имя;Отчество;Дата рождения;Пол;Категория "
            u"участника;Внешний;Должность;Подразделение;Телефон;"
            "E-mail;Стаж;Управленческий стаж;Методический стаж;Категории наставляемого;Запрос;Компетенции;"
            "В базе наставников;В базе наставляемых;Дисциплинарное взыскание;Примечание\n"
            "  Иванова ; Мария  ;Петровна;01.05.1980;ж;учитель;нет;учитель математики;МО естественных наук;"
            "+7 912 000-00-00;ivanova@example.ru;12,5 лет;3;0;\"Молодой специалист; "
            "burnout\";дисциплина;ОГЭ;да;нет;"
            "нет;переведена из школы № 2\n"_s);
        ImportMapping m = guessed(table);
        for (int c = 0; c < m.columns.size(); ++c)
            QVERIFY2(m.columns.at(c) != Field::Ignore, qPrintable(table.rows.at(0).at(c)));
        const ImportPreview preview = importer.prepare(table, m, kToday);
        QVERIFY(preview.mappingProblems.isEmpty());
        QCOMPARE(preview.rows.size(), 1);
        const ImportRow& row = preview.rows.first();
        QVERIFY2(row.ok(), qPrintable(row.problems.join(u' ')));
        QCOMPARE(row.rowNumber, 2);
        const Person& p = row.person;
        QCOMPARE(p.lastName, u"Иванова"_s);
        QCOMPARE(p.firstName, u"Мария"_s);
        QCOMPARE(p.middleName, u"Петровна"_s);
        QCOMPARE(p.birthDate, QDate(1980, 5, 1));
        QCOMPARE(p.gender, u"f"_s);
        QCOMPARE(p.kind, u"teacher"_s);
        QCOMPARE(p.external, false);
        QCOMPARE(p.position, u"учитель математики"_s);
        QCOMPARE(p.unit, u"МО естественных наук"_s);
        QCOMPARE(p.phone, u"+7 912 000-00-00"_s);
        QCOMPARE(p.email, u"ivanova@example.ru"_s);
        QCOMPARE(p.pedagogicalYears, std::optional<int>(12));
        QCOMPARE(p.managerialYears, std::optional<int>(3));
        QCOMPARE(p.methodicalYears, std::optional<int>(0));
        QCOMPARE(p.menteeCategories, (QStringList { u"young_specialist"_s, u"burnout"_s }));
        QCOMPARE(p.request, u"дисциплина"_s);
        QCOMPARE(p.competencies, u"ОГЭ"_s);
        QCOMPARE(p.mentorBase, true);
        QCOMPARE(p.menteeBase, false);
        QCOMPARE(p.disciplinarySanction, false);
        QCOMPARE(p.note, u"переведена из школы № 2"_s);
        QVERIFY(p.id.isEmpty());
    }

    void defaultsApplyWhereTheRowIsSilent()
    {
        test::TempDatabase t;
        PeopleRepository repo(t.connection());
        PeopleImporter importer(repo);
        const Table table
            = csv(u"ФИО;Категория участника;Внешний\nСмирнов Иван;;\nКузнецова Ольга;родитель;да\n"_s);
        ImportMapping m = guessed(table);
        m.defaults.kind = u"pupil"_s;
        m.defaults.external = false;
        m.defaults.menteeBase = true;
        const ImportPreview preview = importer.prepare(table, m, kToday);
        QCOMPARE(preview.good, 2);
        QCOMPARE(preview.rows.at(0).person.kind, u"pupil"_s);
        QCOMPARE(preview.rows.at(0).person.external, false);
        QCOMPARE(preview.rows.at(0).person.menteeBase, true);
        QCOMPARE(preview.rows.at(1).person.kind, u"parent"_s);
        QCOMPARE(preview.rows.at(1).person.external, true);
    }

    void splitsTheFullName_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("parts");
        QTest::newRow("three words") << u"Иванова Мария Петровна"_s
                                     << QStringList { u"Иванова"_s, u"Мария"_s, u"Петровна"_s };
        QTest::newRow("extra spaces")
            << u"  Иванова   Мария  Петровна "_s << QStringList { u"Иванова"_s, u"Мария"_s, u"Петровна"_s };
        QTest::newRow("no patronymic")
            << u"Смирнов Иван"_s << QStringList { u"Смирнов"_s, u"Иван"_s, QString() };
        QTest::newRow("surname only") << u"Смирнов"_s << QStringList { u"Смирнов"_s, QString(), QString() };
        QTest::newRow("patronymic of two words")
            << u"Мамедов Рашид Али оглы"_s << QStringList { u"Мамедов"_s, u"Рашид"_s, u"Али оглы"_s };
    }
    void splitsTheFullName()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, parts);
        test::TempDatabase t;
        PeopleRepository repo(t.connection());
        PeopleImporter importer(repo);
        Table table;
        table.rows = { { u"ФИО"_s }, { text } };
        table.rowNumbers = { 1, 2 };
        table.columnCount = 1;
        const ImportPreview preview = importer.prepare(table, guessed(table), kToday);
        QCOMPARE(preview.rows.size(), 1);
        const Person& p = preview.rows.first().person;
        QCOMPARE((QStringList { p.lastName, p.firstName, p.middleName }), parts);
    }

    void rowValidation_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem"); // empty: the row is fine
        QTest::newRow("dd.MM.yyyy") << u"Дата рождения"_s << u"05.03.1987"_s << QString();
        QTest::newRow("d.M.yy") << u"Дата рождения"_s << u"5.3.87"_s << QString();
        QTest::newRow("ISO") << u"Дата рождения"_s << u"1987-03-05"_s << QString();
        QTest::newRow("d.M.yy of the last century") << u"Дата рождения"_s << u"9.5.45"_s << QString();
        QTest::newRow("date with midnight") << u"Дата рождения"_s << u"05.03.1987 0:00"_s << QString();
        QTest::newRow("no birth date") << u"Дата рождения"_s << QString() << QString();
        QTest::newRow("31 February") << u"Дата рождения"_s << u"31.02.2010"_s << u"does not exist"_s;
        QTest::newRow("not a date") << u"Дата рождения"_s << u"весной"_s << u"is not a date"_s;
        QTest::newRow("future birth date") << u"Дата рождения"_s << u"02.06.2026"_s << u"in the future"_s;
        QTest::newRow("before 1900") << u"Дата рождения"_s << u"01.01.1899"_s << u"before 1900"_s;
        QTest::newRow("experience number") << u"Стаж"_s << u"7"_s << QString();
        QTest::newRow("experience with comma") << u"Стаж"_s << u"7,5"_s << QString();
        QTest::newRow("experience in words") << u"Стаж"_s << u"много"_s << u"is not a number of years"_s;
        QTest::newRow("experience negative") << u"Стаж"_s << u"-3"_s << u"cannot be negative"_s;
        QTest::newRow("experience too large") << u"Стаж"_s << u"120"_s << u"more than 80"_s;
        QTest::newRow("e-mail") << u"E-mail"_s << u"a@b.ru"_s << QString();
        QTest::newRow("bad e-mail") << u"E-mail"_s << u"a@b"_s << u"does not look like an address"_s;
        QTest::newRow("gender") << u"Пол"_s << u"муж."_s << QString();
        QTest::newRow("bad gender") << u"Пол"_s << u"?"_s << u"is not recognised"_s;
        QTest::newRow("kind by Russian word") << u"Категория участника"_s << u"Обучающийся"_s << QString();
        QTest::newRow("kind by code") << u"Категория участника"_s << u"civil_servant"_s << QString();
        QTest::newRow("unknown kind") << u"Категория участника"_s << u"космонавт"_s << u"not a known kind"_s;
        QTest::newRow("yes") << u"В базе наставников"_s << u"Да"_s << QString();
        QTest::newRow("TRUE of Excel") << u"В базе наставников"_s << u"ИСТИНА"_s << QString();
        QTest::newRow("neither yes nor no")
            << u"В базе наставников"_s << u"может быть"_s << u"is not recognised"_s;
        QTest::newRow("external word") << u"Внешний"_s << u"штатный"_s << QString();
        QTest::newRow("bad external") << u"Внешний"_s << u"иногда"_s << u"is not recognised"_s;
        QTest::newRow("unknown category")
            << u"Категории наставляемого"_s << u"отличник"_s << u"not a known category"_s;
        QTest::newRow("empty surname") << u"Фамилия"_s << QString() << u"surname is empty"_s;
    }
    void rowValidation()
    {
        QFETCH(QString, column);
        QFETCH(QString, value);
        QFETCH(QString, problem);
        test::TempDatabase t;
        PeopleRepository repo(t.connection());
        PeopleImporter importer(repo);
        Table table;
        if (column == u"Фамилия") {
            table.rows = { { u"Фамилия"_s, u"Имя"_s }, { value, u"Мария"_s } };
        } else {
            table.rows = { { u"Фамилия"_s, column }, { u"Иванова"_s, value } };
        }
        table.rowNumbers = { 1, 7 };
        table.columnCount = 2;
        const ImportPreview preview = importer.prepare(table, guessed(table), kToday);
        QVERIFY(preview.mappingProblems.isEmpty());
        QCOMPARE(preview.rows.size(), 1);
        const ImportRow& row = preview.rows.first();
        QCOMPARE(row.rowNumber, 7);
        if (problem.isEmpty()) {
            QVERIFY2(row.ok(), qPrintable(row.problems.join(u' ')));
            QCOMPARE(preview.good, 1);
            if (column == u"Дата рождения" && !value.isEmpty())
                QVERIFY(row.person.birthDate.year() < 2000);
        } else {
            QCOMPARE(row.problems.size(), 1);
            QVERIFY2(row.problems.first().contains(problem), qPrintable(row.problems.first()));
            if (!value.isEmpty())
                QVERIFY2(row.problems.first().contains(value) || row.problems.first().contains(u"."_s),
                         qPrintable(row.problems.first()));
            QCOMPARE(preview.bad, 1);
            QCOMPARE(preview.good, 0);
        }
    }

    void rowsWithSeveralProblemsListThemAll()
    {
        test::TempDatabase t;
        PeopleRepository repo(t.connection());
        PeopleImporter importer(repo);
        const Table table = csv(u"Фамилия;Дата рождения;Стаж;E-mail\n;31.02.2010;много;нет\n"_s);
        const ImportPreview preview = importer.prepare(table, guessed(table), kToday);
        QCOMPARE(preview.rows.first().problems.size(), 4);
        QVERIFY(preview.rows.first().problems.first().contains(u"surname"_s));
    }

    void duplicatesOfPeopleInTheDatabase()
    {
        test::TempDatabase t;
        PeopleRepository repo(t.connection());
        QVERIFY(repo.save(person(u"Иванова"_s, u"Мария"_s, u"Петровна"_s, QDate(1980, 5, 1))).ok());
        QVERIFY(repo.save(person(u"Ёлкин"_s, u"Пётр"_s, QString(), QDate())).ok());
        PeopleImporter importer(repo);
        const Table table = csv(u"Фамилия;Имя;Отчество;Дата рождения\n"
                                "ИВАНОВА;мария;Петровна;01.05.1980\n" // the same person in capitals
                                "Иванова;Мария;Петровна;02.05.1980\n" // another birth date: another person
                                "Елкин;Петр;;\n" // ё written as е, no birth date
                                "Елкин;Петр;Иванович;\n"_s); // another patronymic
        const ImportPreview preview = importer.prepare(table, guessed(table), kToday);
        QCOMPARE(preview.good, 2);
        QCOMPARE(preview.bad, 2);
        QVERIFY2(preview.rows.at(0).problems.value(0).contains(
                     u"Already in the database: ИВАНОВА мария Петровна, 01.05.1980"_s),
                 qPrintable(preview.rows.at(0).problems.value(0)));
        QVERIFY(preview.rows.at(1).ok());
        QVERIFY(preview.rows.at(2).problems.value(0).contains(u"Already in the database"_s));
        QVERIFY(preview.rows.at(3).ok());
        // The repository's own check agrees for the exact spelling.
        QVERIFY(
            !repo.findByNameAndBirth(u"Иванова"_s, u"Мария"_s, u"Петровна"_s, QDate(1980, 5, 1)).isEmpty());
    }

    void duplicatesWithinTheFile()
    {
        test::TempDatabase t;
        PeopleRepository repo(t.connection());
        PeopleImporter importer(repo);
        const Table table = csv(u"ФИО;Дата рождения;E-mail\n"
                                "Смирнов Иван Ильич;01.09.2015;\n" // row 2
                                "Смирнов Иван Ильич;01.09.2015;\n" // row 3 repeats row 2
                                "\n" // row 4 empty
                                "Кузнецова Ольга;;плохой\n" // row 5 bad e-mail
                                "Кузнецова Ольга;;\n" // row 6: the good copy is imported
                                "Кузнецова Ольга;;\n"_s); // row 7 repeats row 6
        const ImportPreview preview = importer.prepare(table, guessed(table), kToday);
        QCOMPARE(preview.rows.size(), 5);
        QCOMPARE(preview.rows.at(0).rowNumber, 2);
        QVERIFY(preview.rows.at(0).ok());
        QCOMPARE(preview.rows.at(1).problems, QStringList { u"Repeats row 2 of the file."_s });
        QCOMPARE(preview.rows.at(2).rowNumber, 5);
        QVERIFY(!preview.rows.at(2).ok());
        QVERIFY(preview.rows.at(3).ok());
        QCOMPARE(preview.rows.at(4).rowNumber, 7);
        QCOMPARE(preview.rows.at(4).problems, QStringList { u"Repeats row 6 of the file."_s });
        QCOMPARE(preview.good, 2);
        QCOMPARE(preview.bad, 3);
    }

    void headerlessTables()
    {
        test::TempDatabase t;
        PeopleRepository repo(t.connection());
        PeopleImporter importer(repo);
        const Table table = csv(u"Иванова Мария Петровна;01.05.1980\nПетров Сергей;31.12.1975\n"_s);
        ImportMapping m;
        m.firstRowIsHeader = false;
        m.columns = { Field::FullName, Field::BirthDate };
        const ImportPreview preview = importer.prepare(table, m, kToday);
        QCOMPARE(preview.good, 2);
        QCOMPARE(preview.rows.first().rowNumber, 1);
        QCOMPARE(PeopleImporter::columnTitles(table, false), (QStringList { u"Column A"_s, u"Column B"_s }));
        QCOMPARE(PeopleImporter::columnTitles(csv(u"ФИО;\nx;y\n"_s), true),
                 (QStringList { u"ФИО"_s, u"Column B"_s }));
    }

    void prepareWritesNothing()
    {
        test::TempDatabase t;
        PeopleRepository repo(t.connection());
        PeopleImporter importer(repo);
        const Table table = csv(u"ФИО\nИванова Мария Петровна\nПетров Сергей\n"_s);
        const ImportPreview preview = importer.prepare(table, guessed(table), kToday);
        QCOMPARE(preview.good, 2);
        QVERIFY(preview.canImport());
        QCOMPARE(peopleCount(t.connection()), 0);
    }

    void importsGoodRowsAndSkipsBadOnes()
    {
        test::TempDatabase t;
        PeopleRepository repo(t.connection());
        QVERIFY(repo.save(person(u"Старожилова"_s, u"Анна"_s, QString(), QDate(1970, 1, 1))).ok());
        PeopleImporter importer(repo);
        const Table table = csv(u"Фамилия;Имя;Дата рождения;Должность\n"
                                "Иванова;Мария;01.05.1980;учитель\n"
                                ";Безфамильный;;\n"
                                "Старожилова;Анна;01.01.1970;\n"
                                "Петров;Сергей;31.02.1975;\n"
                                "Сидорова;Анна;;учитель\n"_s);
        ImportMapping m = guessed(table);
        m.defaults.kind = u"teacher"_s;
        m.defaults.mentorBase = true;
        const ImportPreview preview = importer.prepare(table, m, kToday);
        QCOMPARE(preview.good, 2);
        QCOMPARE(preview.bad, 3);

        const Result<ImportSummary> summary = importer.import(preview);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->ids, (QStringList { u"p2"_s, u"p3"_s }));
        QCOMPARE(summary->skipped.size(), 3);
        QCOMPARE(summary->skipped.at(0).rowNumber, 3);
        QCOMPARE(summary->skipped.at(1).rowNumber, 4);
        QCOMPARE(summary->skipped.at(2).rowNumber, 5);
        QCOMPARE(peopleCount(t.connection()), 3);

        const Person ivanova = repo.load(u"p2"_s).value();
        QCOMPARE(ivanova.fullName(), u"Иванова Мария"_s);
        QCOMPARE(ivanova.birthDate, QDate(1980, 5, 1));
        QCOMPARE(ivanova.position, u"учитель"_s);
        QCOMPARE(ivanova.kind, u"teacher"_s);
        QCOMPARE(ivanova.mentorBase, true);
        // Found by the search as you type like any other person.
        QSqlQuery q(t.connection());
        QVERIFY(q.exec(u"SELECT id FROM person WHERE search_text LIKE '%сидорова%'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"p3"_s);
        // The id sequence goes on after the import.
        QCOMPARE(repo.save(person(u"Новикова"_s, u"Ольга"_s, QString(), QDate())).value(), u"p4"_s);

        // The same file again: everyone is now a duplicate.
        const ImportPreview again = importer.prepare(table, m, kToday);
        QCOMPARE(again.good, 0);
        QVERIFY(!again.canImport());
        const Result<ImportSummary> nothing = importer.import(again);
        QVERIFY(!nothing.ok());
        QCOMPARE(peopleCount(t.connection()), 4);
    }

    void importIsAllOrNothing()
    {
        test::TempDatabase t;
        PeopleRepository repo(t.connection());
        QVERIFY(repo.save(person(u"Старожилова"_s, u"Анна"_s, QString(), QDate(1970, 1, 1))).ok());
        // The database refuses one particular row while writing (as a full disk or a broken
        // constraint would): the rows before it must not stay.
        QSqlQuery trigger(t.connection());
        QVERIFY(trigger.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON person WHEN NEW.last_name = 'Сбой' "
                             "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"_s));
        PeopleImporter importer(repo);
        const Table table = csv(u"ФИО\nИванова Мария\nПетров Сергей\nСбой Случился\nСидорова Анна\n"_s);
        const ImportPreview preview = importer.prepare(table, guessed(table), kToday);
        QCOMPARE(preview.good, 4);
        const Result<ImportSummary> summary = importer.import(preview);
        QVERIFY(!summary.ok());
        QVERIFY2(summary.error().contains(u"Сбой Случился"_s), qPrintable(summary.error()));
        QVERIFY2(summary.error().contains(u"disk I/O error"_s), qPrintable(summary.error()));
        QCOMPARE(peopleCount(t.connection()), 1);
        QCOMPARE(repo.load(u"p1"_s).value().lastName, u"Старожилова"_s);
        // And nothing half-done blocks the next attempt.
        QVERIFY(trigger.exec(u"DROP TRIGGER refuse"_s));
        const Result<ImportSummary> retry = importer.import(preview);
        QVERIFY2(retry.ok(), qPrintable(retry.error()));
        QCOMPARE(peopleCount(t.connection()), 5);
    }

    void unusableMappingImportsNothing()
    {
        test::TempDatabase t;
        PeopleRepository repo(t.connection());
        PeopleImporter importer(repo);
        const Table table = csv(u"Имя;Дата рождения\nМария;01.05.1980\n"_s);
        const ImportPreview preview = importer.prepare(table, guessed(table), kToday);
        QCOMPARE(preview.mappingProblems.size(), 1);
        QVERIFY(!preview.canImport());
        QVERIFY(!importer.import(preview).ok());
        QCOMPARE(peopleCount(t.connection()), 0);
    }

    void insertManyValidatesFirst()
    {
        test::TempDatabase t;
        PeopleRepository repo(t.connection());
        QList<Person> people { person(u"Иванова"_s, u"Мария"_s, QString(), QDate(1980, 5, 1)),
                               person(QString(), u"Безфамильный"_s, QString(), QDate()) };
        const Result<QStringList> ids = repo.insertMany(people);
        QVERIFY(!ids.ok());
        QVERIFY2(ids.error().contains(u"2"_s), qPrintable(ids.error()));
        QCOMPARE(peopleCount(t.connection()), 0);
        people.removeLast();
        people.first().id = u"ignored"_s;
        people.first().credentials << Credential { 0, u"mentor_status"_s, u"7"_s, QDate(2024, 1, 1), {}, {} };
        const Result<QStringList> saved = repo.insertMany(people);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QCOMPARE(saved.value(), QStringList { u"p1"_s });
        QCOMPARE(repo.load(u"p1"_s).value().credentials.size(), 1);
    }

    void importsAnExcelStaffList()
    {
        QTemporaryDir dir;
        QVERIFY(fixtures::writeWorkbooks(dir.path()));
        const Result<Table> table = TableReader::read(dir.filePath(u"staff.xlsx"_s));
        QVERIFY2(table.ok(), qPrintable(table.error()));
        test::TempDatabase t;
        PeopleRepository repo(t.connection());
        PeopleImporter importer(repo);
        ImportMapping m = guessed(table.value());
        QCOMPARE(m.columns,
                 (QList<Field> { Field::Ignore,
                                 Field::FullName,
                                 Field::BirthDate,
                                 Field::Position,
                                 Field::PedagogicalYears,
                                 Field::Email }));
        m.defaults.kind = ImportMapping::suggestedKind(table->rows.first());
        const ImportPreview preview = importer.prepare(table.value(), m, kToday);
        QCOMPARE(preview.good, 3);
        QVERIFY(importer.import(preview).ok());
        const Person p = repo.load(u"p2"_s).value();
        QCOMPARE(p.fullName(), u"Петров Сергей Николаевич"_s);
        QCOMPARE(p.birthDate, QDate(1975, 12, 31));
        QCOMPARE(p.pedagogicalYears, std::optional<int>(20));
        QCOMPARE(p.kind, u"teacher"_s);
        QCOMPARE(p.email, QString());
    }
};

QTEST_GUILESS_MAIN(TestPeopleImporter)
#include "tst_peopleimporter.moc"
