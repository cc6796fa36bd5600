#include "demo/DemoData.h"

#include "demo/DemoMonitoring.h"

#include <array>

using namespace Qt::StringLiterals;

namespace nastavnik::demo {
namespace {

// A small deterministic generator: the demo is the same for the same date on every machine.
class Sequence
{
public:
    explicit Sequence(quint32 seed)
        : m_state(seed)
    {
    }
    int next(int bound)
    {
        m_state = m_state * 1664525u + 1013904223u;
        return int((m_state >> 8) % quint32(bound));
    }

private:
    quint32 m_state;
};

struct Name
{
    const char16_t* last;
    const char16_t* first;
    const char16_t* middle;
    char gender;
};

// Teachers of the school (the first four come from the school's own provision, 002).
const Name kTeachers[] = {
    {u"Кокшарова", u"Ольга", u"Сергеевна", 'f'},    {u"Потоптаева", u"Людмила", u"Анатольевна", 'f'},
    {u"Жаркова", u"Лариса", u"Викторовна", 'f'},    {u"Лучникова", u"Светлана", u"Михайловна", 'f'},
    {u"Бердникова", u"Татьяна", u"Ивановна", 'f'},  {u"Сысоев", u"Андрей", u"Николаевич", 'm'},
    {u"Колесникова", u"Ирина", u"Петровна", 'f'},   {u"Шевченко", u"Елена", u"Григорьевна", 'f'},
    {u"Мальцев", u"Виктор", u"Павлович", 'm'},      {u"Ушакова", u"Наталья", u"Юрьевна", 'f'},
    {u"Голубева", u"Марина", u"Александровна", 'f'}, {u"Зырянов", u"Сергей", u"Владимирович", 'm'},
    {u"Пермякова", u"Галина", u"Фёдоровна", 'f'},   {u"Ощепкова", u"Валентина", u"Степановна", 'f'},
    {u"Тетюев", u"Михаил", u"Аркадьевич", 'm'},     {u"Белоусова", u"Оксана", u"Валерьевна", 'f'},
    {u"Черных", u"Людмила", u"Борисовна", 'f'},     {u"Коркина", u"Надежда", u"Геннадьевна", 'f'},
};

// Young specialists and newly arrived teachers: the mentees of «учитель – учитель».
const Name kYoungTeachers[] = {
    {u"Новикова", u"Дарья", u"Андреевна", 'f'},   {u"Петров", u"Пётр", u"Петрович", 'm'},
    {u"Сафронова", u"Алина", u"Игоревна", 'f'},   {u"Климов", u"Артём", u"Сергеевич", 'm'},
    {u"Вахрушева", u"Ксения", u"Олеговна", 'f'},  {u"Дюма", u"Анна", u"Витальевна", 'f'},
    {u"Горбунова", u"Юлия", u"Дмитриевна", 'f'},  {u"Лаптев", u"Илья", u"Романович", 'm'},
    {u"Ефимова", u"Екатерина", u"Максимовна", 'f'},
};

const char16_t* const kSubjects[] = {
    u"учитель математики",          u"учитель русского языка и литературы",
    u"учитель физики",              u"учитель химии и биологии",
    u"учитель истории и обществознания", u"учитель английского языка",
    u"учитель начальных классов",   u"учитель информатики",
    u"учитель физической культуры", u"учитель географии",
    u"учитель технологии",          u"учитель музыки",
};

const char16_t* const kBoySurnames[] = {u"Агафонов", u"Брызгалов", u"Вершинин", u"Гилёв", u"Долгих",
                                        u"Ермаков", u"Жуков", u"Захаров", u"Игнатьев", u"Камаев",
                                        u"Ларионов", u"Мезенцев", u"Нохрин", u"Обухов", u"Пушкарёв",
                                        u"Рыбин", u"Стяжкин", u"Тарханов", u"Уфимцев", u"Фоминых"};
const char16_t* const kGirlSurnames[] = {u"Аникина", u"Боровских", u"Власова", u"Галкина", u"Дедюхина",
                                         u"Елисеева", u"Зуева", u"Исакова", u"Кузеванова", u"Лебедева",
                                         u"Морозова", u"Неупокоева", u"Осинцева", u"Панова", u"Реутова",
                                         u"Савиных", u"Тропина", u"Устинова", u"Хомякова", u"Чащина"};
const char16_t* const kBoyNames[] = {u"Александр", u"Дмитрий", u"Максим", u"Иван", u"Кирилл", u"Егор",
                                     u"Никита", u"Матвей", u"Тимофей", u"Роман", u"Степан", u"Денис"};
const char16_t* const kGirlNames[] = {u"Анастасия", u"Мария", u"Полина", u"Виктория", u"Софья", u"Варвара",
                                      u"Елизавета", u"Алёна", u"Ульяна", u"Ксения", u"Вероника", u"Дарья"};
const char16_t* const kFatherNames[] = {u"Алексей", u"Сергей", u"Андрей", u"Владимир", u"Евгений",
                                        u"Николай", u"Олег", u"Павел", u"Юрий", u"Игорь"};
const char16_t* const kFatherPatronymics[] = {u"Иванович", u"Петрович", u"Сергеевич", u"Николаевич",
                                              u"Викторович", u"Александрович", u"Михайлович"};
const char16_t* const kMotherNames[] = {u"Елена", u"Ольга", u"Татьяна", u"Светлана", u"Ирина", u"Наталья",
                                        u"Юлия", u"Анна", u"Марина", u"Оксана"};
const char16_t* const kMotherPatronymics[] = {u"Ивановна", u"Петровна", u"Сергеевна", u"Николаевна",
                                              u"Викторовна", u"Александровна", u"Михайловна"};

template <typename T, std::size_t N>
QString pick(Sequence& seq, const T (&list)[N])
{
    return QString::fromUtf16(list[seq.next(int(N))]);
}

QString patronymicFromFather(const QString& fatherName, bool male)
{
    // Enough for the fathers' names above.
    static const QMap<QString, std::pair<QString, QString>> forms = {
        {u"Алексей"_s, {u"Алексеевич"_s, u"Алексеевна"_s}}, {u"Сергей"_s, {u"Сергеевич"_s, u"Сергеевна"_s}},
        {u"Андрей"_s, {u"Андреевич"_s, u"Андреевна"_s}},   {u"Владимир"_s, {u"Владимирович"_s, u"Владимировна"_s}},
        {u"Евгений"_s, {u"Евгеньевич"_s, u"Евгеньевна"_s}}, {u"Николай"_s, {u"Николаевич"_s, u"Николаевна"_s}},
        {u"Олег"_s, {u"Олегович"_s, u"Олеговна"_s}},       {u"Павел"_s, {u"Павлович"_s, u"Павловна"_s}},
        {u"Юрий"_s, {u"Юрьевич"_s, u"Юрьевна"_s}},         {u"Игорь"_s, {u"Игоревич"_s, u"Игоревна"_s}},
    };
    const auto f = forms.value(fatherName);
    return male ? f.first : f.second;
}

/// The surname of a parent from a child's: Агафонов → Агафонова, Аникина → Аникин; -их stays.
QString familySurname(const QString& childSurname, bool childMale, bool parentMale)
{
    if (childSurname.endsWith(u"их") || childMale == parentMale)
        return childSurname;
    return parentMale ? childSurname.chopped(1) : childSurname + u'а';
}

class Builder
{
public:
    explicit Builder(const QDate& today)
        : m_today(today)
        , m_seq(quint32(today.toJulianDay()))
    {
        // The school year that contains today starts on 1 September.
        const int y = today.month() >= 9 ? today.year() : today.year() - 1;
        m_yearStart = QDate(y, 9, 1);
    }

    Dataset build();
    /// The preference survey after the group meeting (valid after build()).
    const QList<Preference>& survey() const { return m_survey; }

private:
    Person& addPerson(const QString& last, const QString& first, const QString& middle, char gender, const QString& kind);
    QString addPupil(int grade, bool male);
    QString parentOf(const QString& pupilId);
    void consent(const QString& person, const QString& type, const QDate& date, const QString& signer = {});
    Pair& addPair(const QString& form, const QString& mentor, const QStringList& mentees, const QDate& start, const QDate& plannedEnd);
    void plan(Pair& pair, bool approved);
    void meetings(Pair& pair);
    Order& addOrder(const QString& type, const QDate& date, const QString& heading);
    QDate workday(QDate d) const;

    QDate m_today;
    QDate m_yearStart;
    Sequence m_seq;
    Dataset m_data;
    int m_orderSeq = 0;
    QMap<QString, QString> m_parents; // pupil → parent
    QList<Preference> m_survey;
};

QDate Builder::workday(QDate d) const
{
    while (d.dayOfWeek() > 5)
        d = d.addDays(1);
    return d;
}

Person& Builder::addPerson(const QString& last, const QString& first, const QString& middle, char gender, const QString& kind)
{
    Person p;
    p.id = u"p%1"_s.arg(m_data.people.size() + 1);
    p.lastName = last;
    p.firstName = first;
    p.middleName = middle;
    p.gender = gender == 'm' ? u"m"_s : u"f"_s;
    p.kind = kind;
    m_data.people << p;
    return m_data.people.last();
}

QString Builder::addPupil(int grade, bool male)
{
    const QString last = male ? pick(m_seq, kBoySurnames) : pick(m_seq, kGirlSurnames);
    const QString first = male ? pick(m_seq, kBoyNames) : pick(m_seq, kGirlNames);
    const QString father = pick(m_seq, kFatherNames);
    Person& p = addPerson(last, first, patronymicFromFather(father, male), male ? 'm' : 'f', u"pupil"_s);
    // In grade g on 1 September a pupil is about g + 6 years old.
    const int age = grade + 6;
    p.birthDate = QDate(m_yearStart.year() - age, 1 + m_seq.next(12), 1 + m_seq.next(28));
    p.position = (male ? u"обучающийся %1 класса"_s : u"обучающаяся %1 класса"_s).arg(grade);
    p.unit = u"%1 класс"_s.arg(grade);
    p.menteeBase = true;
    const QString id = p.id;
    // The parent who signs for a minor.
    const bool mother = m_seq.next(3) > 0;
    Person& parent = addPerson(familySurname(last, male, !mother),
                               mother ? pick(m_seq, kMotherNames) : father,
                               mother ? pick(m_seq, kMotherPatronymics) : pick(m_seq, kFatherPatronymics),
                               mother ? 'f' : 'm',
                               u"parent"_s);
    if (male)
        parent.position = mother ? u"мать обучающегося"_s : u"отец обучающегося"_s;
    else
        parent.position = mother ? u"мать обучающейся"_s : u"отец обучающейся"_s;
    parent.phone = u"+7 (912) %1-%2-%3"_s.arg(200 + m_seq.next(700)).arg(10 + m_seq.next(89)).arg(10 + m_seq.next(89));
    m_parents.insert(id, parent.id);
    return id;
}

QString Builder::parentOf(const QString& pupilId)
{
    return m_parents.value(pupilId);
}

void Builder::consent(const QString& person, const QString& type, const QDate& date, const QString& signer)
{
    Consent c;
    c.id = u"c%1"_s.arg(m_data.consents.size() + 1);
    c.person = person;
    c.type = type;
    c.signedBy = signer.isEmpty() ? person : signer;
    c.date = date;
    m_data.consents << c;
}

Pair& Builder::addPair(const QString& form, const QString& mentor, const QStringList& mentees, const QDate& start, const QDate& plannedEnd)
{
    Pair p;
    p.id = u"g%1"_s.arg(m_data.pairs.size() + 1);
    p.form = form;
    p.mentor = mentor;
    p.mentees = mentees;
    p.start = start;
    p.plannedEnd = plannedEnd;
    m_data.pairs << p;
    return m_data.pairs.last();
}

Order& Builder::addOrder(const QString& type, const QDate& date, const QString& heading)
{
    Order o;
    o.id = u"o%1"_s.arg(m_data.orders.size() + 1);
    o.number = u"%1-о"_s.arg(++m_orderSeq + 40);
    o.date = date;
    o.type = type;
    o.heading = heading;
    o.status = date <= m_today ? u"signed"_s : u"draft"_s;
    m_data.orders << o;
    return m_data.orders.last();
}

void Builder::plan(Pair& pair, bool approved)
{
    pair.hasPlan = true;
    if (approved)
        pair.planApproved = workday(pair.start.addDays(4));
    struct Step
    {
        const char16_t* title;
        const char16_t* expected;
        int offsetDays;
    };
    static const Step teacherSteps[] = {
        {u"Диагностика профессиональных затруднений", u"Перечень дефицитов и запросов", 7},
        {u"Посещение уроков наставника", u"Анализ 4 посещённых уроков", 30},
        {u"Совместная разработка технологической карты урока", u"Технологическая карта", 50},
        {u"Посещение наставником уроков наставляемого", u"Рекомендации по уроку", 75},
        {u"Подготовка к родительскому собранию", u"Проведённое собрание", 100},
        {u"Открытый урок наставляемого", u"Открытый урок, самоанализ", 160},
        {u"Итоговая встреча и самооценка", u"Отчёт, анкета наставляемого", 240},
    };
    static const Step pupilSteps[] = {
        {u"Знакомство, определение целей", u"Цели на полугодие", 7},
        {u"Составление графика занятий", u"График", 14},
        {u"Подготовка к школьному этапу олимпиады", u"Участие в олимпиаде", 45},
        {u"Проект «Моя малая родина»", u"Защита проекта", 120},
        {u"Участие в мероприятиях школы", u"Два мероприятия", 150},
        {u"Подведение итогов", u"Самооценка, анкета", 230},
    };
    const bool teacher = pair.form == u"teacher_teacher";
    const auto add = [&](const Step& s) {
        PlanItem item;
        item.title = QString::fromUtf16(s.title);
        item.expected = QString::fromUtf16(s.expected);
        item.due = pair.start.addDays(s.offsetDays);
        if (item.due < m_today.addDays(-5) && m_seq.next(6) > 0) {
            item.done = item.due.addDays(m_seq.next(5) - 2);
            item.status = u"done"_s;
            item.result = u"Выполнено"_s;
        } else if (item.due < m_today) {
            item.status = u"in_progress"_s;
        }
        pair.planItems << item;
    };
    if (teacher) {
        for (const Step& s : teacherSteps)
            add(s);
    } else {
        for (const Step& s : pupilSteps)
            add(s);
    }
}

void Builder::meetings(Pair& pair)
{
    static const char16_t* const kinds[] = {u"first", u"trial", u"planning"};
    static const char16_t* const topics[] = {u"Знакомство, ожидания от программы",
                                             u"Пробная рабочая встреча",
                                             u"Планирование работы, индивидуальный план"};
    // Up to today, or to the end of a pair that has ended.
    const QDate until = pair.end().isValid() ? std::min(m_today, pair.end()) : m_today;
    QDate d = pair.start.addDays(2);
    for (int i = 0; i < 3 && d <= until; ++i) {
        pair.meetings << Meeting{0, workday(d), QString::fromUtf16(kinds[i]), QString::fromUtf16(topics[i]), {}};
        d = d.addDays(7);
    }
    while (d.addDays(14) <= until) {
        d = d.addDays(14);
        pair.meetings << Meeting{0, workday(d), u"regular"_s, u"Текущая встреча по плану"_s, {}};
    }
}

Dataset Builder::build()
{
    Organization& org = m_data.organization;
    org.name = u"Муниципальное общеобразовательное учреждение «Ялунинская средняя общеобразовательная школа»"_s;
    org.shortName = u"МОУ «Ялунинская СОШ»"_s;
    org.place = u"с. Ялунино"_s;
    org.address = u"623880, Свердловская обл., Байкаловский р-н, с. Ялунино, ул. Школьная, д. 1"_s;
    org.profile = u"school"_s;
    org.headPosition = u"Директор"_s;

    const QDate yearStart = m_yearStart;
    const QDate approval = workday(yearStart.addDays(13)); // mid-September: pairs approved
    const QDate pairsStart = workday(approval.addDays(1));
    const QDate yearEnd(yearStart.year() + 1, 5, 29);

    // Teachers (staff) — the base of mentors.
    QStringList teachers;
    for (std::size_t i = 0; i < std::size(kTeachers); ++i) {
        const Name& n = kTeachers[i];
        Person& p = addPerson(QString::fromUtf16(n.last), QString::fromUtf16(n.first), QString::fromUtf16(n.middle), n.gender, u"teacher"_s);
        p.birthDate = QDate(1962 + int(i) * 2 % 30, 1 + int(i) % 12, 3 + int(i));
        p.pedagogicalYears = 12 + int(i * 7) % 25;
        p.methodicalYears = int(i) % 4 == 0 ? 6 : 2;
        p.managerialYears = 0;
        p.position = QString::fromUtf16(kSubjects[i % std::size(kSubjects)]);
        p.unit = i % 3 == 0 ? u"МО естественно-математического цикла"_s
                            : (i % 3 == 1 ? u"МО гуманитарного цикла"_s : u"МО начальных классов"_s);
        p.mentorBase = true;
        p.competencies = u"методика преподавания, классное руководство, работа с родителями"_s;
        p.phone = u"+7 (343) 62-%1-%2"_s.arg(10 + int(i)).arg(20 + int(i) * 3);
        p.email = u"teacher%1@yalunino-school.ru"_s.arg(i + 1);
        teachers << p.id;
    }
    // The head, the curator and the heads of department.
    Person& head = m_data.people[0];
    head.kind = u"manager"_s;
    head.position = u"директор"_s;
    head.unit = u"Администрация"_s;
    head.managerialYears = 14;
    head.mentorBase = false;
    Person& curator = m_data.people[1];
    curator.position = u"заместитель директора по учебно-воспитательной работе"_s;
    curator.unit = u"Администрация"_s;
    curator.managerialYears = 7;
    curator.supervisor = head.id;
    m_data.people[2].position = u"руководитель МО, учитель русского языка и литературы"_s;
    m_data.people[3].position = u"педагог-психолог"_s;
    m_data.people[3].competencies = u"психологическое сопровождение, адаптация, профилактика выгорания"_s;
    // Ids, not references: the list reallocates as people are added.
    const QString headId = head.id;
    const QString curatorId = curator.id;
    org.head = headId;
    org.curator = curatorId;
    for (int i = 1; i < teachers.size(); ++i)
        m_data.people[i].supervisor = headId;

    QStringList young;
    for (std::size_t i = 0; i < std::size(kYoungTeachers); ++i) {
        const Name& n = kYoungTeachers[i];
        Person& p = addPerson(QString::fromUtf16(n.last), QString::fromUtf16(n.first), QString::fromUtf16(n.middle), n.gender, u"teacher"_s);
        p.birthDate = QDate(1998 + int(i) % 5, 2 + int(i), 10 + int(i));
        p.pedagogicalYears = int(i) % 3;
        p.position = QString::fromUtf16(kSubjects[(i * 5) % std::size(kSubjects)]);
        p.unit = u"МО гуманитарного цикла"_s;
        p.supervisor = headId;
        p.menteeBase = true;
        p.menteeCategories = {i % 3 == 2 ? u"adaptation"_s : u"young_specialist"_s};
        p.request = i % 2 ? u"дисциплина на уроке, работа с родителями"_s : u"планирование уроков по ФГОС, оценивание"_s;
        p.email = u"young%1@yalunino-school.ru"_s.arg(i + 1);
        young << p.id;
    }

    // External mentors: students of the pedagogical college and an employer's staff.
    QStringList students;
    const Name studentNames[] = {{u"Сорокина", u"Валерия", u"Андреевна", 'f'},
                                 {u"Кайгородов", u"Даниил", u"Евгеньевич", 'm'},
                                 {u"Трифонова", u"Алёна", u"Сергеевна", 'f'},
                                 {u"Мухлынин", u"Глеб", u"Олегович", 'm'}};
    for (const Name& n : studentNames) {
        Person& p = addPerson(QString::fromUtf16(n.last), QString::fromUtf16(n.first), QString::fromUtf16(n.middle), n.gender, u"student"_s);
        p.external = true;
        p.birthDate = QDate(yearStart.year() - 20, 3 + int(students.size()), 12);
        p.position = u"студент ГАПОУ СО «Ирбитский гуманитарный колледж»"_s;
        p.mentorBase = true;
        p.competencies = u"подготовка к ОГЭ, проектная деятельность"_s;
        students << p.id;
    }
    QStringList employers;
    const Name employerNames[] = {{u"Бессонов", u"Константин", u"Юрьевич", 'm'},
                                  {u"Шадрина", u"Екатерина", u"Павловна", 'f'}};
    for (const Name& n : employerNames) {
        Person& p = addPerson(QString::fromUtf16(n.last), QString::fromUtf16(n.first), QString::fromUtf16(n.middle), n.gender, u"employer_staff"_s);
        p.external = true;
        p.birthDate = QDate(1985 + int(employers.size()) * 4, 6, 15);
        p.position = employers.isEmpty() ? u"главный агроном СПК «Ялунинский»"_s : u"ветеринарный врач СПК «Ялунинский»"_s;
        p.mentorBase = true;
        p.competencies = u"профориентация, сельское хозяйство"_s;
        employers << p.id;
    }
    Person& graduate = addPerson(u"Фефелов"_s, u"Артур"_s, u"Игоревич"_s, 'm', u"graduate"_s);
    graduate.external = true;
    graduate.birthDate = QDate(yearStart.year() - 23, 11, 2);
    graduate.position = u"выпускник 2021 года, инженер-программист"_s;
    graduate.mentorBase = true;
    const QString graduateId = graduate.id;

    // Pupils (with their parents); older ones mentor younger ones.
    QStringList seniors;
    for (int i = 0; i < 10; ++i)
        seniors << addPupil(i < 6 ? 10 : 9, i % 2 == 0);
    QStringList juniors;
    for (int i = 0; i < 34; ++i)
        juniors << addPupil(5 + i % 4, i % 3 != 0);
    // Senior pupils are in the base of mentors instead.
    for (Person& p : m_data.people) {
        if (seniors.contains(p.id)) {
            p.mentorBase = true;
            p.menteeBase = false;
            p.competencies = u"учебная помощь, вовлечение в школьные мероприятия"_s;
        }
    }
    const QStringList categories = {u"low_results"_s, u"gifted"_s, u"disengaged"_s, u"hard_situation"_s, u"behaviour"_s};
    for (int i = 0; i < juniors.size(); ++i) {
        for (Person& p : m_data.people) {
            if (p.id == juniors.at(i)) {
                p.menteeCategories = {categories.at(i % categories.size())};
                p.request = i % 2 ? u"помощь в учёбе по математике"_s : u"участие в проектах и кружках"_s;
            }
        }
    }

    // Consents. Adults sign for themselves; a parent signs for a minor.
    const QDate consentDay = workday(yearStart.addDays(3));
    for (const Person& p : std::as_const(m_data.people)) {
        if (p.kind == u"parent")
            continue;
        if (p.kind == u"pupil")
            consent(p.id, u"personal_data"_s, consentDay, parentOf(p.id));
        else
            consent(p.id, u"personal_data"_s, consentDay);
    }
    // Publication of mentors' data on the school website (002 8.4): most teachers agreed.
    for (int i = 0; i < teachers.size(); i += 1) {
        if (i % 5 != 4)
            consent(teachers.at(i), u"distribution"_s, consentDay);
    }

    // Orders of the year.
    Order& curatorOrder = addOrder(u"curator_appointment"_s, workday(yearStart.addDays(-3)), u"О назначении куратора внедрения целевой модели наставничества"_s);
    curatorOrder.people = {curatorId};
    addOrder(u"roadmap_approval"_s, workday(yearStart.addDays(2)), u"Об утверждении дорожной карты реализации целевой модели наставничества"_s);
    Order& pairsOrder = addOrder(u"pairs_approval"_s, approval, u"Об утверждении наставнических пар и групп"_s);

    // «Учитель – учитель»: experienced teachers with young specialists.
    QList<int> pairsOfOrder;
    for (int i = 0; i < young.size(); ++i) {
        const QString mentor = teachers.at(4 + i);
        Pair& p = addPair(u"teacher_teacher"_s, mentor, {young.at(i)}, pairsStart, yearEnd);
        plan(p, i != 3);
        meetings(p);
        pairsOfOrder << int(m_data.pairs.size() - 1);
    }
    // «Учитель – ученик».
    for (int i = 0; i < 12; ++i) {
        // Two pupils at most per teacher (002 4.12): the last two go to teachers without pairs.
        const QString mentor = i < 10 ? teachers.at(2 + (i % 8)) : teachers.at(13 + (i - 10));
        Pair& p = addPair(u"teacher_pupil"_s, mentor, {juniors.at(i)}, pairsStart, yearEnd);
        plan(p, true);
        meetings(p);
        pairsOfOrder << int(m_data.pairs.size() - 1);
    }
    // «Ученик – ученик».
    for (int i = 0; i < 8; ++i) {
        Pair& p = addPair(u"pupil_pupil"_s, seniors.at(i), {juniors.at(12 + i)}, pairsStart, yearEnd);
        plan(p, true);
        meetings(p);
        pairsOfOrder << int(m_data.pairs.size() - 1);
    }
    // «Студент – ученик».
    for (int i = 0; i < students.size(); ++i) {
        Pair& p = addPair(u"student_pupil"_s, students.at(i), {juniors.at(20 + i)}, pairsStart, yearEnd);
        plan(p, true);
        meetings(p);
        pairsOfOrder << int(m_data.pairs.size() - 1);
    }
    // «Работодатель – ученик»: a group of four pupils on a career-guidance project.
    {
        Pair& p = addPair(u"employer_pupil"_s, employers.at(0), juniors.mid(24, 4), pairsStart, yearEnd);
        p.title = u"Профориентационная группа «Агроклассы»"_s;
        plan(p, true);
        meetings(p);
        pairsOfOrder << int(m_data.pairs.size() - 1);
        Pair& q = addPair(u"employer_pupil"_s, employers.at(1), {juniors.at(28)}, pairsStart, yearEnd);
        plan(q, true);
        meetings(q);
        pairsOfOrder << int(m_data.pairs.size() - 1);
    }
    // A graduate mentors a pupil in programming.
    {
        Pair& p = addPair(u"employer_pupil"_s, graduateId, {juniors.at(29)}, pairsStart, yearEnd);
        plan(p, true);
        meetings(p);
        pairsOfOrder << int(m_data.pairs.size() - 1);
    }
    for (int index : pairsOfOrder) {
        const Pair& p = m_data.pairs.at(index);
        pairsOrder.pairs << p.id;
        if (!pairsOrder.people.contains(p.mentor))
            pairsOrder.people << p.mentor;
    }
    for (int index : pairsOfOrder)
        m_data.pairs[index].order = pairsOrder.id;

    // The mentors' written consent and, for staff, the supplementary agreement (art. 351.8).
    QStringList mentorsDone;
    for (const Pair& p : std::as_const(m_data.pairs)) {
        if (mentorsDone.contains(p.mentor))
            continue;
        mentorsDone << p.mentor;
        consent(p.mentor, u"mentor_role"_s, workday(approval.addDays(-2)));
    }
    for (Person& p : m_data.people) {
        if (mentorsDone.contains(p.id) && p.isStaff())
            p.credentials << Credential{0, u"labour_agreement"_s, u"ДС-%1"_s.arg(p.id.mid(1)), workday(approval.addDays(-1)), {}, {}};
        if (students.contains(p.id) || employers.contains(p.id) || p.id == graduateId) {
            p.credentials << Credential{0, u"cooperation_agreement"_s, u"ДС-%1/в"_s.arg(p.id.mid(1)), workday(approval.addDays(-2)), {}, {}};
            p.credentials << Credential{0, u"no_criminal_record"_s, u"%1/26-ИЦ"_s.arg(1000 + p.id.mid(1).toInt()), yearStart.addDays(-20), {}, {}};
            p.credentials << Credential{0, u"medical_certificate"_s, u"086/у-%1"_s.arg(p.id.mid(1)), yearStart.addDays(-15), {}, {}};
        }
    }

    // Last year's pairs, completed, with reports.
    const QDate lastStart = workday(QDate(yearStart.year() - 1, 9, 16));
    const QDate lastEnd(yearStart.year(), 5, 29);
    Order& lastOrder = addOrder(u"pairs_approval"_s, lastStart.addDays(-1), u"Об утверждении наставнических пар"_s);
    for (int i = 0; i < 3; ++i) {
        Pair& p = addPair(u"teacher_pupil"_s, teachers.at(10 + i), {juniors.at(30 + i)}, lastStart, lastEnd);
        p.actualEnd = lastEnd;
        p.reportDate = lastEnd.addDays(3);
        p.menteeQuestionnaire = lastEnd.addDays(2);
        plan(p, true);
        p.order = lastOrder.id;
        lastOrder.pairs << p.id;
        consent(p.mentor, u"mentor_role"_s, lastStart.addDays(-3));
        // Last year's supplementary agreement on mentoring (art. 351.8).
        const QString lastMentor = p.mentor;
        for (Person& person : m_data.people) {
            if (person.id == lastMentor)
                person.credentials << Credential{0, u"labour_agreement"_s, u"ДС-%1/%2"_s.arg(person.id.mid(1)).arg(lastStart.year()),
                                                 lastStart.addDays(-3), {}, {}};
        }
    }

    // The year's story: a replacement, an extension, an early completion.
    if (m_data.pairs.size() > 10) {
        Order& replacement = addOrder(u"mentor_replacement"_s, workday(pairsStart.addDays(45)), u"О замене наставника"_s);
        Pair& p = m_data.pairs[9];
        PairEvent e;
        e.type = u"replacement"_s;
        e.date = replacement.date.addDays(1);
        e.newMentor = teachers.at(15);
        e.ground = u"request"_s;
        e.order = replacement.id;
        p.events << e;
        replacement.pairs << p.id;
        replacement.people << teachers.at(15) << p.mentor;
        consent(teachers.at(15), u"mentor_role"_s, replacement.date);
        for (Person& person : m_data.people) {
            if (person.id == teachers.at(15) && person.credentials.isEmpty())
                person.credentials << Credential{0, u"labour_agreement"_s, u"ДС-%1"_s.arg(person.id.mid(1)), replacement.date, {}, {}};
        }

        Order& extension = addOrder(u"extension"_s, workday(pairsStart.addDays(60)), u"О продлении срока наставничества"_s);
        Pair& x = m_data.pairs[2];
        PairEvent ext;
        ext.type = u"extension"_s;
        ext.date = extension.date;
        ext.newEnd = QDate(yearEnd.year(), 6, 30);
        ext.reason = u"sick_leave"_s;
        ext.order = extension.id;
        x.events << ext;
        extension.pairs << x.id;

        Pair& early = m_data.pairs[14];
        const QDate earlyEnd = workday(pairsStart.addDays(50));
        PairEvent done;
        done.type = u"early_completion"_s;
        done.date = earlyEnd;
        done.noticeDate = earlyEnd.addDays(-7);
        done.initiator = u"agreement"_s;
        done.note = u"Наставляемая успешно освоила программу досрочно"_s;
        early.events << done;
        early.actualEnd = earlyEnd;
        early.meetings.erase(std::remove_if(early.meetings.begin(), early.meetings.end(),
                                            [&](const Meeting& m) { return m.date > earlyEnd; }),
                             early.meetings.end());
        early.reportDate = earlyEnd.addDays(3);
        early.menteeQuestionnaire = earlyEnd.addDays(2);
        Order& earlyOrder = addOrder(u"early_completion"_s, earlyEnd.addDays(-1), u"О досрочном завершении наставничества"_s);
        earlyOrder.pairs << early.id;
    }

    // Last year's mentees have completed their programme and left the base of mentees.
    for (Person& p : m_data.people) {
        if (juniors.mid(30, 3).contains(p.id))
            p.menteeBase = false;
    }

    // A pair completed a few days ago whose report and questionnaire are still to come (due
    // within days under a profile with a report deadline, 004 6.1).
    {
        QDate end = m_today.addDays(-3);
        while (end.dayOfWeek() > 5)
            end = end.addDays(-1);
        const QDate start = workday(end.addMonths(-4));
        const QString pupil = addPupil(6, false);
        consent(pupil, u"personal_data"_s, start.addDays(-5), parentOf(pupil));
        const QString mentor = teachers.at(17);
        consent(mentor, u"mentor_role"_s, start.addDays(-3));
        for (Person& person : m_data.people) {
            if (person.id == mentor)
                person.credentials << Credential{0, u"labour_agreement"_s, u"ДС-%1/к"_s.arg(person.id.mid(1)),
                                                 start.addDays(-3), {}, {}};
            if (person.id == pupil)
                person.menteeBase = false;
        }
        Order& order = addOrder(u"pairs_approval"_s, start.addDays(-1), u"Об утверждении наставнической пары"_s);
        Pair& p = addPair(u"teacher_pupil"_s, mentor, {pupil}, start, end);
        p.actualEnd = end;
        p.order = order.id;
        order.pairs << p.id;
        order.people << mentor;
        plan(p, true);
        meetings(p);
        for (int i = 0; i < p.planItems.size(); ++i) {
            PlanItem& item = p.planItems[i];
            if (item.due > end)
                item.due = end.addDays(int(i - p.planItems.size()));
            item.done = item.due;
            item.status = u"done"_s;
            item.result = u"Выполнено"_s;
        }
        if (!p.meetings.isEmpty()) {
            p.meetings.last().kind = u"final"_s;
            p.meetings.last().topic = u"Заключительная встреча, подведение итогов"_s;
        }
    }

    // Waiting for a mentor (work for the matching assistant): teachers who arrived this month
    // and pupils the class teachers proposed, in the base of mentees, with the answers of the
    // preference survey after the group meeting (002, roadmap: «Формирование пар»).
    const QDate arrived = workday(m_today.addDays(-20));
    const QDate surveyDay = workday(m_today.addDays(-10));
    QStringList newcomers;
    const Name newcomerNames[] = {{u"Зайцева", u"Полина", u"Олеговна", 'f'},
                                  {u"Русаков", u"Михаил", u"Андреевич", 'm'},
                                  {u"Кривошеева", u"Мария", u"Денисовна", 'f'}};
    const char16_t* const newcomerPositions[] = {u"учитель истории и обществознания", u"учитель физики",
                                                 u"учитель начальных классов"};
    const char16_t* const newcomerUnits[] = {u"МО гуманитарного цикла", u"МО естественно-математического цикла",
                                             u"МО начальных классов"};
    const char16_t* const newcomerRequests[] = {u"классное руководство, работа с родителями",
                                                u"методика преподавания физики, подготовка к ОГЭ",
                                                u"оценивание, планирование уроков"};
    for (int i = 0; i < 3; ++i) {
        const Name& n = newcomerNames[i];
        Person& p = addPerson(QString::fromUtf16(n.last), QString::fromUtf16(n.first), QString::fromUtf16(n.middle),
                              n.gender, u"teacher"_s);
        p.birthDate = QDate(1999 + i, 4 + i, 8 + i);
        p.pedagogicalYears = 0;
        p.position = QString::fromUtf16(newcomerPositions[i]);
        p.unit = QString::fromUtf16(newcomerUnits[i]);
        p.supervisor = headId;
        p.menteeBase = true;
        p.menteeCategories = {i == 2 ? u"adaptation"_s : u"young_specialist"_s};
        p.request = QString::fromUtf16(newcomerRequests[i]);
        p.email = u"new%1@yalunino-school.ru"_s.arg(i + 1);
        newcomers << p.id;
        consent(p.id, u"personal_data"_s, arrived);
    }
    QStringList proposed;
    const char16_t* const pupilRequests[] = {u"помощь в учёбе по математике", u"участие в проектах и кружках",
                                             u"подготовка проекта, профориентация", u"адаптация в новом классе"};
    for (int i = 0; i < 4; ++i) {
        const QString id = addPupil(5 + i % 2, i % 2 == 0);
        for (Person& p : m_data.people) {
            if (p.id == id) {
                p.menteeCategories = {categories.at((i + 1) % categories.size())};
                p.request = QString::fromUtf16(pupilRequests[i]);
            }
        }
        consent(id, u"personal_data"_s, arrived, parentOf(id));
        proposed << id;
    }
    // Distinct competencies for the mentors the survey names, so the ranking has reasons.
    for (Person& p : m_data.people) {
        if (p.id == teachers.at(16))
            p.competencies = u"классное руководство, работа с родителями, воспитательная работа"_s;
        if (p.id == teachers.at(14))
            p.competencies = u"методика преподавания физики, подготовка к ОГЭ и олимпиадам"_s;
    }
    auto choose = [&](const QString& person, const QString& preferred, int rank) {
        m_survey << Preference{0, person, preferred, rank, surveyDay};
    };
    choose(newcomers.at(0), teachers.at(16), 1); // mutual
    choose(teachers.at(16), newcomers.at(0), 1);
    choose(newcomers.at(1), teachers.at(5), 1); // the first choice leads two pairs already (the cap)
    choose(newcomers.at(1), teachers.at(14), 2);
    choose(teachers.at(14), newcomers.at(1), 1); // mutual with the second choice
    choose(teachers.at(13), newcomers.at(2), 1); // one way only
    choose(proposed.at(0), seniors.at(8), 1); // mutual, pupil – pupil
    choose(seniors.at(8), proposed.at(0), 1);
    choose(proposed.at(1), seniors.at(9), 1);
    choose(seniors.at(9), proposed.at(1), 2);
    choose(seniors.at(9), proposed.at(0), 1);
    choose(proposed.at(2), students.at(0), 1); // one way, student – pupil

    // Honest mistakes for «Проверка»:
    // 1. a teacher who mentors three single mentees (the cap is two, 002 4.12);
    if (m_data.pairs.size() > 20) {
        Pair& p = addPair(u"teacher_pupil"_s, teachers.at(2), {juniors.at(33)}, workday(pairsStart.addDays(21)), yearEnd);
        plan(p, false);
        meetings(p);
        // 2. …and this pair is not in any order yet (002 4.18).
    }
    // 3. a student mentor without a medical certificate (002 6.1);
    for (Person& p : m_data.people) {
        if (p.id == students.last()) {
            p.credentials.erase(std::remove_if(p.credentials.begin(), p.credentials.end(),
                                               [](const Credential& c) { return c.type == u"medical_certificate"; }),
                                p.credentials.end());
        }
    }
    // 4. a senior pupil whose consent was signed by themselves, not by the parent (002 4.17);
    for (Consent& c : m_data.consents) {
        if (c.person == seniors.at(1) && c.type == u"personal_data")
            c.signedBy = c.person;
    }
    // 5. a pair planned for longer than a calendar year (002 4.13).
    if (m_data.pairs.size() > 6)
        m_data.pairs[6].plannedEnd = pairsStart.addMonths(13);

    addMonitoring(m_data, m_today); // roadmap, questionnaires, tests, SWOT, evaluations (demo/DemoMonitoring.cpp)
    return m_data;
}

} // namespace

Dataset school(const QDate& today)
{
    return Builder(today).build();
}

QList<Preference> survey(const QDate& today)
{
    Builder builder(today);
    builder.build();
    return builder.survey();
}

} // namespace nastavnik::demo
