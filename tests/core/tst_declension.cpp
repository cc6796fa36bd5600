#include "text/Declension.h"

#include <QtTest>

using namespace nastavnik;
using namespace Qt::StringLiterals;

namespace {
Person person(const QString& last, const QString& first, const QString& middle, const QString& gender = {})
{
    Person p;
    p.lastName = last;
    p.firstName = first;
    p.middleName = middle;
    p.gender = gender;
    return p;
}

const QString nbsp = QString(QChar(0x00a0));
} // namespace

class TestDeclension : public QObject
{
    Q_OBJECT

private slots:
    // Full names in the five oblique cases: genitive, dative, accusative, instrumental, prepositional.
    void fullName_data()
    {
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("middle");
        QTest::addColumn<QString>("gender");
        QTest::addColumn<QStringList>("forms");

        QTest::newRow("female -ова, -ия, -вна") << u"Иванова"_s << u"Мария"_s << u"Петровна"_s << QString()
                                                << QStringList{u"Ивановой Марии Петровны"_s, u"Ивановой Марии Петровне"_s,
                                                               u"Иванову Марию Петровну"_s, u"Ивановой Марией Петровной"_s,
                                                               u"Ивановой Марии Петровне"_s};
        QTest::newRow("male -ов, Пётр, -вич") << u"Петров"_s << u"Пётр"_s << u"Петрович"_s << QString()
                                              << QStringList{u"Петрова Петра Петровича"_s, u"Петрову Петру Петровичу"_s,
                                                             u"Петрова Петра Петровича"_s, u"Петровым Петром Петровичем"_s,
                                                             u"Петрове Петре Петровиче"_s};
        QTest::newRow("male -ев, -ей") << u"Сысоев"_s << u"Андрей"_s << u"Николаевич"_s << QString()
                                       << QStringList{u"Сысоева Андрея Николаевича"_s, u"Сысоеву Андрею Николаевичу"_s,
                                                      u"Сысоева Андрея Николаевича"_s, u"Сысоевым Андреем Николаевичем"_s,
                                                      u"Сысоеве Андрее Николаевиче"_s};
        QTest::newRow("female -ева, -ья") << u"Голубева"_s << u"Дарья"_s << u"Андреевна"_s << QString()
                                          << QStringList{u"Голубевой Дарьи Андреевны"_s, u"Голубевой Дарье Андреевне"_s,
                                                         u"Голубеву Дарью Андреевну"_s, u"Голубевой Дарьей Андреевной"_s,
                                                         u"Голубевой Дарье Андреевне"_s};
        QTest::newRow("male -ин, -ий name") << u"Мухлынин"_s << u"Юрий"_s << u"Олегович"_s << QString()
                                            << QStringList{u"Мухлынина Юрия Олеговича"_s, u"Мухлынину Юрию Олеговичу"_s,
                                                           u"Мухлынина Юрия Олеговича"_s, u"Мухлыниным Юрием Олеговичем"_s,
                                                           u"Мухлынине Юрии Олеговиче"_s};
        QTest::newRow("female -ина, -га") << u"Коркина"_s << u"Ольга"_s << u"Геннадьевна"_s << QString()
                                          << QStringList{u"Коркиной Ольги Геннадьевны"_s, u"Коркиной Ольге Геннадьевне"_s,
                                                         u"Коркину Ольгу Геннадьевну"_s, u"Коркиной Ольгой Геннадьевной"_s,
                                                         u"Коркиной Ольге Геннадьевне"_s};
        QTest::newRow("male -ский") << u"Покровский"_s << u"Илья"_s << u"Романович"_s << QString()
                                    << QStringList{u"Покровского Ильи Романовича"_s, u"Покровскому Илье Романовичу"_s,
                                                   u"Покровского Илью Романовича"_s, u"Покровским Ильей Романовичем"_s,
                                                   u"Покровском Илье Романовиче"_s};
        QTest::newRow("female -ская") << u"Покровская"_s << u"Ксения"_s << u"Олеговна"_s << QString()
                                      << QStringList{u"Покровской Ксении Олеговны"_s, u"Покровской Ксении Олеговне"_s,
                                                     u"Покровскую Ксению Олеговну"_s, u"Покровской Ксенией Олеговной"_s,
                                                     u"Покровской Ксении Олеговне"_s};
        QTest::newRow("male -цкий") << u"Трубецкий"_s << u"Игорь"_s << u"Павлович"_s << QString()
                                    << QStringList{u"Трубецкого Игоря Павловича"_s, u"Трубецкому Игорю Павловичу"_s,
                                                   u"Трубецкого Игоря Павловича"_s, u"Трубецким Игорем Павловичем"_s,
                                                   u"Трубецком Игоре Павловиче"_s};
        QTest::newRow("male -ой") << u"Толстой"_s << u"Лев"_s << u"Николаевич"_s << QString()
                                  << QStringList{u"Толстого Льва Николаевича"_s, u"Толстому Льву Николаевичу"_s,
                                                 u"Толстого Льва Николаевича"_s, u"Толстым Львом Николаевичем"_s,
                                                 u"Толстом Льве Николаевиче"_s};
        QTest::newRow("female -ая") << u"Толстая"_s << u"Любовь"_s << u"Ивановна"_s << QString()
                                    << QStringList{u"Толстой Любови Ивановны"_s, u"Толстой Любови Ивановне"_s,
                                                   u"Толстую Любовь Ивановну"_s, u"Толстой Любовью Ивановной"_s,
                                                   u"Толстой Любови Ивановне"_s};
        QTest::newRow("male Павел, -ич patronymic -ична") << u"Зырянов"_s << u"Павел"_s << u"Ильич"_s << QString()
                                                          << QStringList{u"Зырянова Павла Ильича"_s, u"Зырянову Павлу Ильичу"_s,
                                                                         u"Зырянова Павла Ильича"_s, u"Зыряновым Павлом Ильичом"_s,
                                                                         u"Зырянове Павле Ильиче"_s};
        QTest::newRow("female -ична") << u"Лаптева"_s << u"Анна"_s << u"Никитична"_s << QString()
                                      << QStringList{u"Лаптевой Анны Никитичны"_s, u"Лаптевой Анне Никитичне"_s,
                                                     u"Лаптеву Анну Никитичну"_s, u"Лаптевой Анной Никитичной"_s,
                                                     u"Лаптевой Анне Никитичне"_s};
        QTest::newRow("indeclinable Шевченко, female") << u"Шевченко"_s << u"Елена"_s << u"Григорьевна"_s << QString()
                                                       << QStringList{u"Шевченко Елены Григорьевны"_s, u"Шевченко Елене Григорьевне"_s,
                                                                      u"Шевченко Елену Григорьевну"_s, u"Шевченко Еленой Григорьевной"_s,
                                                                      u"Шевченко Елене Григорьевне"_s};
        QTest::newRow("indeclinable Шевченко, male") << u"Шевченко"_s << u"Тарас"_s << u"Григорьевич"_s << QString()
                                                     << QStringList{u"Шевченко Тараса Григорьевича"_s, u"Шевченко Тарасу Григорьевичу"_s,
                                                                    u"Шевченко Тараса Григорьевича"_s, u"Шевченко Тарасом Григорьевичем"_s,
                                                                    u"Шевченко Тарасе Григорьевиче"_s};
        QTest::newRow("indeclinable Дюма") << u"Дюма"_s << u"Анна"_s << u"Витальевна"_s << QString()
                                           << QStringList{u"Дюма Анны Витальевны"_s, u"Дюма Анне Витальевне"_s,
                                                          u"Дюма Анну Витальевну"_s, u"Дюма Анной Витальевной"_s,
                                                          u"Дюма Анне Витальевне"_s};
        QTest::newRow("indeclinable Черных, female") << u"Черных"_s << u"Людмила"_s << u"Борисовна"_s << QString()
                                                     << QStringList{u"Черных Людмилы Борисовны"_s, u"Черных Людмиле Борисовне"_s,
                                                                    u"Черных Людмилу Борисовну"_s, u"Черных Людмилой Борисовной"_s,
                                                                    u"Черных Людмиле Борисовне"_s};
        QTest::newRow("indeclinable Долгих, male") << u"Долгих"_s << u"Кирилл"_s << u"Сергеевич"_s << QString()
                                                   << QStringList{u"Долгих Кирилла Сергеевича"_s, u"Долгих Кириллу Сергеевичу"_s,
                                                                  u"Долгих Кирилла Сергеевича"_s, u"Долгих Кириллом Сергеевичем"_s,
                                                                  u"Долгих Кирилле Сергеевиче"_s};
        QTest::newRow("indeclinable Гёте") << u"Гёте"_s << u"Иоганн"_s << QString() << u"m"_s
                                           << QStringList{u"Гёте Иоганна"_s, u"Гёте Иоганну"_s, u"Гёте Иоганна"_s,
                                                          u"Гёте Иоганном"_s, u"Гёте Иоганне"_s};
        QTest::newRow("double surname, female") << u"Петрова-Водкина"_s << u"Анна"_s << u"Сергеевна"_s << QString()
                                                << QStringList{u"Петровой-Водкиной Анны Сергеевны"_s,
                                                               u"Петровой-Водкиной Анне Сергеевне"_s,
                                                               u"Петрову-Водкину Анну Сергеевну"_s,
                                                               u"Петровой-Водкиной Анной Сергеевной"_s,
                                                               u"Петровой-Водкиной Анне Сергеевне"_s};
        QTest::newRow("double surname, male") << u"Петров-Водкин"_s << u"Кузьма"_s << u"Сергеевич"_s << QString()
                                              << QStringList{u"Петрова-Водкина Кузьмы Сергеевича"_s,
                                                             u"Петрову-Водкину Кузьме Сергеевичу"_s,
                                                             u"Петрова-Водкина Кузьму Сергеевича"_s,
                                                             u"Петровым-Водкиным Кузьмой Сергеевичем"_s,
                                                             u"Петрове-Водкине Кузьме Сергеевиче"_s};
        QTest::newRow("gender from Person::gender, no patronymic") << u"Смирнова"_s << u"Ия"_s << QString() << u"f"_s
                                                                   << QStringList{u"Смирновой Ии"_s, u"Смирновой Ии"_s,
                                                                                  u"Смирнову Ию"_s, u"Смирновой Ией"_s,
                                                                                  u"Смирновой Ии"_s};
        QTest::newRow("gender from first name, Никита") << u"Ермаков"_s << u"Никита"_s << QString() << QString()
                                                        << QStringList{u"Ермакова Никиты"_s, u"Ермакову Никите"_s,
                                                                       u"Ермакова Никиту"_s, u"Ермаковым Никитой"_s,
                                                                       u"Ермакове Никите"_s};
        QTest::newRow("Turkic patronymic оглы") << u"Алиев"_s << u"Рашид"_s << u"Мамед оглы"_s << QString()
                                                << QStringList{u"Алиева Рашида Мамед оглы"_s, u"Алиеву Рашиду Мамед оглы"_s,
                                                               u"Алиева Рашида Мамед оглы"_s, u"Алиевым Рашидом Мамед оглы"_s,
                                                               u"Алиеве Рашиде Мамед оглы"_s};
        QTest::newRow("Turkic patronymic кызы") << u"Алиева"_s << u"Лейла"_s << u"Рашид кызы"_s << QString()
                                                << QStringList{u"Алиевой Лейлы Рашид кызы"_s, u"Алиевой Лейле Рашид кызы"_s,
                                                               u"Алиеву Лейлу Рашид кызы"_s, u"Алиевой Лейлой Рашид кызы"_s,
                                                               u"Алиевой Лейле Рашид кызы"_s};
    }

    void fullName()
    {
        QFETCH(QString, last);
        QFETCH(QString, first);
        QFETCH(QString, middle);
        QFETCH(QString, gender);
        QFETCH(QStringList, forms);
        const Person p = person(last, first, middle, gender);
        const Declension& d = Declension::standard();
        QCOMPARE(d.fullName(p, GrammaticalCase::Nominative), QStringList({last, first, middle}).join(u' ').trimmed());
        const QList<GrammaticalCase> cases = Declension::obliqueCases();
        for (int i = 0; i < cases.size(); ++i)
            QCOMPARE(d.fullName(p, cases.at(i)), forms.at(i));
    }

    void genderDetection_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("middle");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<int>("expected");
        QTest::newRow("-вич") << u"Пётр"_s << u"Петрович"_s << QString() << int(Gender::Male);
        QTest::newRow("-вна") << u"Мария"_s << u"Петровна"_s << QString() << int(Gender::Female);
        QTest::newRow("-ична") << u"Анна"_s << u"Ильинична"_s << QString() << int(Gender::Female);
        QTest::newRow("оглы") << u"Рашид"_s << u"Мамед оглы"_s << QString() << int(Gender::Male);
        QTest::newRow("кызы") << u"Лейла"_s << u"Рашид кызы"_s << QString() << int(Gender::Female);
        QTest::newRow("patronymic wins over stored") << u"Саша"_s << u"Петровна"_s << u"m"_s << int(Gender::Female);
        QTest::newRow("stored when no patronymic") << u"Саша"_s << QString() << u"m"_s << int(Gender::Male);
        QTest::newRow("first name -а") << u"Алёна"_s << QString() << QString() << int(Gender::Female);
        QTest::newRow("first name consonant") << u"Глеб"_s << QString() << QString() << int(Gender::Male);
        QTest::newRow("first name Любовь") << u"Любовь"_s << QString() << QString() << int(Gender::Female);
        QTest::newRow("first name Илья") << u"Илья"_s << QString() << QString() << int(Gender::Male);
    }

    void genderDetection()
    {
        QFETCH(QString, first);
        QFETCH(QString, middle);
        QFETCH(QString, stored);
        QFETCH(int, expected);
        QCOMPARE(int(Declension::standard().genderOf(person(u"Иванов"_s, first, middle, stored))), expected);
    }

    void overrideWins()
    {
        Person p = person(u"Гарсия"_s, u"Мария"_s, u"Хосеевна"_s);
        p.nameForms = {{u"genitive"_s, u"Гарсии Марии Хосеевны"_s}, {u"dative"_s, u"Гарсии Марии Хосеевне"_s}};
        const Declension& d = Declension::standard();
        QCOMPARE(d.fullName(p, GrammaticalCase::Genitive), u"Гарсии Марии Хосеевны"_s);
        QCOMPARE(d.fullName(p, GrammaticalCase::Dative), u"Гарсии Марии Хосеевне"_s);
        // The surname of the override is used with initials too.
        QCOMPARE(d.surnameInitials(p, GrammaticalCase::Genitive), u"Гарсии"_s + nbsp + u"М."_s + nbsp + u"Х."_s);
        QCOMPARE(d.initialsSurname(p, GrammaticalCase::Dative), u"М."_s + nbsp + u"Х."_s + nbsp + u"Гарсии"_s);
        // Cases without an override follow the rules (an -ия surname stays).
        QCOMPARE(d.fullName(p, GrammaticalCase::Accusative), u"Гарсия Марию Хосеевну"_s);
    }

    void initials()
    {
        const Declension& d = Declension::standard();
        const Person p = person(u"Иванова"_s, u"Мария"_s, u"Петровна"_s);
        QCOMPARE(d.initialsSurname(p, GrammaticalCase::Nominative), u"М."_s + nbsp + u"П."_s + nbsp + u"Иванова"_s);
        QCOMPARE(d.surnameInitials(p, GrammaticalCase::Genitive), u"Ивановой"_s + nbsp + u"М."_s + nbsp + u"П."_s);
        QCOMPARE(d.surnameInitials(p, GrammaticalCase::Accusative), u"Иванову"_s + nbsp + u"М."_s + nbsp + u"П."_s);
        const Person noMiddle = person(u"Гёте"_s, u"Иоганн"_s, QString(), u"m"_s);
        QCOMPARE(d.initialsSurname(noMiddle, GrammaticalCase::Dative), u"И."_s + nbsp + u"Гёте"_s);
        const Person onlySurname = person(u"Петров"_s, QString(), QString(), u"m"_s);
        QCOMPARE(d.surnameInitials(onlySurname, GrammaticalCase::Dative), u"Петрову"_s);
    }

    void positions_data()
    {
        QTest::addColumn<QString>("position");
        QTest::addColumn<int>("grammaticalCase");
        QTest::addColumn<QString>("expected"); // empty = not declined
        QTest::newRow("учитель, accusative") << u"учитель математики"_s << int(GrammaticalCase::Accusative) << u"учителя математики"_s;
        QTest::newRow("учитель, dative") << u"учитель математики"_s << int(GrammaticalCase::Dative) << u"учителю математики"_s;
        QTest::newRow("учитель, instrumental") << u"учитель математики"_s << int(GrammaticalCase::Instrumental) << u"учителем математики"_s;
        QTest::newRow("заместитель директора") << u"заместитель директора по учебно-воспитательной работе"_s
                                               << int(GrammaticalCase::Genitive)
                                               << u"заместителя директора по учебно-воспитательной работе"_s;
        QTest::newRow("Директор capitalised") << u"Директор"_s << int(GrammaticalCase::Dative) << u"Директору"_s;
        QTest::newRow("педагог-психолог") << u"педагог-психолог"_s << int(GrammaticalCase::Genitive) << u"педагога-психолога"_s;
        QTest::newRow("adjective + noun") << u"главный агроном СПК «Ялунинский»"_s << int(GrammaticalCase::Genitive)
                                          << u"главного агронома СПК «Ялунинский»"_s;
        QTest::newRow("ветеринарный врач, instrumental") << u"ветеринарный врач"_s << int(GrammaticalCase::Instrumental)
                                                         << u"ветеринарным врачом"_s;
        QTest::newRow("обучающийся") << u"обучающийся 5 класса"_s << int(GrammaticalCase::Genitive) << u"обучающегося 5 класса"_s;
        QTest::newRow("обучающаяся, accusative") << u"обучающаяся 7 класса"_s << int(GrammaticalCase::Accusative)
                                                 << u"обучающуюся 7 класса"_s;
        QTest::newRow("старший воспитатель") << u"старший воспитатель"_s << int(GrammaticalCase::Dative) << u"старшему воспитателю"_s;
        QTest::newRow("мать") << u"мать обучающегося"_s << int(GrammaticalCase::Instrumental) << u"матерью обучающегося"_s;
        QTest::newRow("unknown title stays") << u"звукорежиссёр"_s << int(GrammaticalCase::Genitive) << QString();
        QTest::newRow("list of positions stays") << u"руководитель МО, учитель истории"_s << int(GrammaticalCase::Genitive) << QString();
        QTest::newRow("two titles stay") << u"учитель и педагог-психолог"_s << int(GrammaticalCase::Genitive) << QString();
    }

    void positions()
    {
        QFETCH(QString, position);
        QFETCH(int, grammaticalCase);
        QFETCH(QString, expected);
        const auto declined = Declension::position(position, GrammaticalCase(grammaticalCase));
        if (expected.isEmpty())
            QVERIFY2(!declined, qPrintable(declined.value_or(QString())));
        else
            QCOMPARE(declined.value_or(QString()), expected);
    }

    void badRulesAreRefused()
    {
        QVERIFY(!Declension::fromJson("not json").ok());
        QVERIFY(!Declension::fromJson("{\"lastname\": {}}").ok());
    }
};

QTEST_GUILESS_MAIN(TestDeclension)
#include "tst_declension.moc"
