#include "RegionData.h"

#include "demo/DemoMonitoring.h"
#include "documents/DocumentBuilder.h"
#include "monitoring/Period.h"
#include "monitoring/Templates.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace nastavnik::bench {

Scale Scale::scaled(double factor)
{
    auto part = [factor](int n, int least) { return std::max(least, int(std::lround(n * factor))); };
    const Scale f = full();
    return {part(f.people, 600),    part(f.pairs, 300),       part(f.planItems, 600),   part(f.meetings, 600),
            part(f.orders, 80),     part(f.responses, 100),   part(f.testResults, 100)};
}

namespace {

// The same small generator as the demo school (core/demo): reproducible on every machine.
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
    /// True with a chance of `percent` in 100.
    bool chance(double percent) { return next(10000) < int(percent * 100); }

private:
    quint32 m_state;
};

// ---- Vocabulary (the demo school's, widened to a region) ----------------------------------

struct Surname
{
    const char16_t* male;
    const char16_t* female;
};
const Surname kSurnames[] = {
    {u"Агафонов", u"Агафонова"},   {u"Белоусов", u"Белоусова"},     {u"Вершинин", u"Вершинина"},
    {u"Голубев", u"Голубева"},     {u"Долгих", u"Долгих"},          {u"Ермаков", u"Ермакова"},
    {u"Жуков", u"Жукова"},         {u"Захаров", u"Захарова"},       {u"Игнатьев", u"Игнатьева"},
    {u"Камаев", u"Камаева"},       {u"Ларионов", u"Ларионова"},     {u"Мезенцев", u"Мезенцева"},
    {u"Нохрин", u"Нохрина"},       {u"Обухов", u"Обухова"},         {u"Пушкарёв", u"Пушкарёва"},
    {u"Рыбин", u"Рыбина"},         {u"Стяжкин", u"Стяжкина"},       {u"Тарханов", u"Тарханова"},
    {u"Уфимцев", u"Уфимцева"},     {u"Фоминых", u"Фоминых"},        {u"Хомяков", u"Хомякова"},
    {u"Чащин", u"Чащина"},         {u"Шадрин", u"Шадрина"},         {u"Щербаков", u"Щербакова"},
    {u"Яковлев", u"Яковлева"},     {u"Кокшаров", u"Кокшарова"},     {u"Потоптаев", u"Потоптаева"},
    {u"Жарков", u"Жаркова"},       {u"Лучников", u"Лучникова"},     {u"Бердников", u"Бердникова"},
    {u"Сысоев", u"Сысоева"},       {u"Колесников", u"Колесникова"}, {u"Шевченко", u"Шевченко"},
    {u"Мальцев", u"Мальцева"},     {u"Ушаков", u"Ушакова"},         {u"Зырянов", u"Зырянова"},
    {u"Пермяков", u"Пермякова"},   {u"Ощепков", u"Ощепкова"},       {u"Тетюев", u"Тетюева"},
    {u"Черных", u"Черных"},        {u"Коркин", u"Коркина"},         {u"Новиков", u"Новикова"},
    {u"Сафронов", u"Сафронова"},   {u"Климов", u"Климова"},         {u"Вахрушев", u"Вахрушева"},
    {u"Горбунов", u"Горбунова"},   {u"Лаптев", u"Лаптева"},         {u"Ефимов", u"Ефимова"},
    {u"Сорокин", u"Сорокина"},     {u"Кайгородов", u"Кайгородова"}, {u"Трифонов", u"Трифонова"},
    {u"Бессонов", u"Бессонова"},   {u"Брызгалов", u"Брызгалова"},   {u"Гилёв", u"Гилёва"},
    {u"Аникин", u"Аникина"},       {u"Боровских", u"Боровских"},    {u"Власов", u"Власова"},
    {u"Галкин", u"Галкина"},       {u"Дедюхин", u"Дедюхина"},       {u"Елисеев", u"Елисеева"},
    {u"Зуев", u"Зуева"},           {u"Исаков", u"Исакова"},         {u"Лебедев", u"Лебедева"},
    {u"Морозов", u"Морозова"},     {u"Осинцев", u"Осинцева"},       {u"Панов", u"Панова"},
    {u"Устинов", u"Устинова"},     {u"Савиных", u"Савиных"},        {u"Тропин", u"Тропина"},
    {u"Вишневский", u"Вишневская"}, {u"Покровский", u"Покровская"}, {u"Соловьёв", u"Соловьёва"},
};

struct Father
{
    const char16_t* name;
    const char16_t* son;
    const char16_t* daughter;
};
const Father kFathers[] = {
    {u"Алексей", u"Алексеевич", u"Алексеевна"},     {u"Сергей", u"Сергеевич", u"Сергеевна"},
    {u"Андрей", u"Андреевич", u"Андреевна"},        {u"Владимир", u"Владимирович", u"Владимировна"},
    {u"Евгений", u"Евгеньевич", u"Евгеньевна"},     {u"Николай", u"Николаевич", u"Николаевна"},
    {u"Олег", u"Олегович", u"Олеговна"},            {u"Павел", u"Павлович", u"Павловна"},
    {u"Юрий", u"Юрьевич", u"Юрьевна"},              {u"Игорь", u"Игоревич", u"Игоревна"},
    {u"Иван", u"Иванович", u"Ивановна"},            {u"Пётр", u"Петрович", u"Петровна"},
    {u"Михаил", u"Михайлович", u"Михайловна"},      {u"Виктор", u"Викторович", u"Викторовна"},
    {u"Александр", u"Александрович", u"Александровна"}, {u"Дмитрий", u"Дмитриевич", u"Дмитриевна"},
    {u"Анатолий", u"Анатольевич", u"Анатольевна"},  {u"Геннадий", u"Геннадьевич", u"Геннадьевна"},
    {u"Борис", u"Борисович", u"Борисовна"},         {u"Валерий", u"Валерьевич", u"Валерьевна"},
};

const char16_t* const kMaleNames[] = {u"Александр", u"Дмитрий", u"Максим", u"Иван",   u"Кирилл", u"Егор",
                                      u"Никита",    u"Матвей",  u"Тимофей", u"Роман", u"Степан", u"Денис",
                                      u"Артём",     u"Илья",    u"Глеб",   u"Даниил", u"Сергей", u"Андрей",
                                      u"Алексей",   u"Михаил",  u"Павел",  u"Олег",   u"Виктор", u"Юрий"};
const char16_t* const kFemaleNames[] = {u"Анастасия", u"Мария",    u"Полина",   u"Виктория", u"Софья",   u"Варвара",
                                        u"Елизавета", u"Алёна",    u"Ульяна",   u"Ксения",   u"Вероника", u"Дарья",
                                        u"Елена",     u"Ольга",    u"Татьяна",  u"Светлана", u"Ирина",   u"Наталья",
                                        u"Юлия",      u"Анна",     u"Марина",   u"Оксана",   u"Людмила", u"Лариса",
                                        u"Галина",    u"Надежда",  u"Екатерина", u"Валентина"};

const char16_t* const kTowns[] = {u"г. Юрга",        u"г. Кемерово",          u"г. Новокузнецк",   u"г. Белово",
                                  u"г. Прокопьевск", u"г. Ленинск-Кузнецкий", u"г. Междуреченск",  u"г. Анжеро-Судженск",
                                  u"г. Берёзовский", u"пгт Промышленная",     u"с. Поломошное",    u"пгт Яшкино",
                                  u"пгт Тисуль",     u"с. Арлюк",             u"с. Проскоково"};

const char16_t* const kSubjects[] = {
    u"учитель математики",          u"учитель русского языка и литературы",
    u"учитель физики",              u"учитель химии и биологии",
    u"учитель истории и обществознания", u"учитель английского языка",
    u"учитель начальных классов",   u"учитель информатики",
    u"учитель физической культуры", u"учитель географии",
    u"учитель технологии",          u"учитель музыки",
    u"педагог-психолог",            u"социальный педагог",
    u"педагог дополнительного образования", u"учитель-логопед",
};

const char16_t* const kDepartments[] = {
    u"Отдел общего образования",          u"Отдел дошкольного образования",
    u"Отдел государственной службы и кадров", u"Отдел правового обеспечения",
    u"Отдел финансового контроля",        u"Отдел бюджетного планирования",
    u"Отдел информатизации",              u"Отдел воспитания и дополнительного образования",
    u"Отдел лицензирования и аккредитации", u"Отдел надзора в сфере образования",
    u"Отдел по делам молодёжи",           u"Отдел документационного обеспечения",
};

const char16_t* const kSeniorCivil[] = {u"заместитель начальника отдела", u"ведущий консультант", u"консультант",
                                        u"главный специалист"};
const char16_t* const kJuniorCivil[] = {u"ведущий специалист", u"специалист 1 разряда", u"главный специалист",
                                        u"специалист-эксперт"};

const char16_t* const kColleges[] = {u"ГАПОУ «Кемеровский педагогический колледж»",
                                     u"ГПОУ «Новокузнецкий педагогический колледж»",
                                     u"ГПОУ «Беловский педагогический колледж»",
                                     u"ГПОУ «Юргинский техникум агротехнологий и сервиса»",
                                     u"ФГБОУ ВО «Кемеровский государственный университет»"};
const char16_t* const kEmployers[] = {u"ООО «Юргинский машиностроительный завод»", u"АО «СУЭК-Кузбасс»",
                                      u"ПАО «Кузбассэнергосбыт»",                u"СПК «Ялунинский»",
                                      u"АО «Кемеровский хлебокомбинат»",         u"ООО «Сибирский агрохолдинг»"};
const char16_t* const kEmployerPositions[] = {u"инженер-технолог", u"главный агроном", u"мастер участка",
                                              u"ведущий инженер",  u"экономист",       u"инженер-программист"};

const char16_t* const kGroupTitles[] = {u"Профориентационная группа «Агроклассы»", u"Проектная группа «Инженеры будущего»",
                                        u"Группа подготовки к олимпиадам",        u"Проектная группа «Моя малая родина»",
                                        u"Клуб «Юный программист»",               u"Группа «Финансовая грамотность»"};

const char16_t* const kCompetencies[] = {u"методика преподавания, классное руководство, работа с родителями",
                                         u"подготовка к ОГЭ и ЕГЭ, олимпиадное движение",
                                         u"проектная и исследовательская деятельность",
                                         u"психологическое сопровождение, адаптация, профилактика выгорания",
                                         u"цифровые образовательные ресурсы"};
const char16_t* const kRequests[] = {u"дисциплина на уроке, работа с родителями", u"планирование уроков по ФГОС, оценивание",
                                     u"помощь в учёбе по математике",           u"участие в проектах и кружках",
                                     u"подготовка документов, работа с обращениями граждан"};

struct Step
{
    const char16_t* title;
    const char16_t* expected;
};
const Step kTeacherSteps[] = {
    {u"Диагностика профессиональных затруднений", u"Перечень дефицитов и запросов"},
    {u"Посещение уроков наставника", u"Анализ 4 посещённых уроков"},
    {u"Совместная разработка технологической карты урока", u"Технологическая карта"},
    {u"Посещение наставником уроков наставляемого", u"Рекомендации по уроку"},
    {u"Подготовка к родительскому собранию", u"Проведённое собрание"},
    {u"Открытый урок наставляемого", u"Открытый урок, самоанализ"},
    {u"Итоговая встреча и самооценка", u"Отчёт, анкета наставляемого"},
};
const Step kPupilSteps[] = {
    {u"Знакомство, определение целей", u"Цели на полугодие"},
    {u"Составление графика занятий", u"График"},
    {u"Подготовка к школьному этапу олимпиады", u"Участие в олимпиаде"},
    {u"Проект «Моя малая родина»", u"Защита проекта"},
    {u"Участие в мероприятиях школы", u"Два мероприятия"},
    {u"Подведение итогов", u"Самооценка, анкета"},
};
const Step kCivilSteps[] = {
    {u"Ознакомление с должностным регламентом", u"Лист ознакомления"},
    {u"Изучение нормативных правовых актов по направлению деятельности", u"Конспект, собеседование"},
    {u"Вступительное тестирование", u"Результат тестирования"},
    {u"Подготовка проекта документа под руководством наставника", u"Проект документа"},
    {u"Участие в совещании отдела с докладом", u"Доклад"},
    {u"Самостоятельное исполнение поручения", u"Исполненное поручение"},
    {u"Итоговое тестирование и отчёт", u"Отчёт наставляемого"},
};
const char16_t* const kMeetingTopics[] = {u"Знакомство, ожидания от программы", u"Пробная рабочая встреча",
                                          u"Планирование работы, индивидуальный план", u"Текущая встреча по плану",
                                          u"Итоговая встреча, подведение итогов"};
const char16_t* const kMeetingKinds[] = {u"first", u"trial", u"planning", u"regular", u"final"};

const char16_t* const kGrounds[] = {u"dismissal", u"incompatibility", u"non_performance", u"disciplinary", u"request"};
const char16_t* const kReasons[] = {u"sick_leave", u"business_trip", u"absence"};
const char16_t* const kInitiators[] = {u"mentor", u"employer", u"agreement"};

template <typename T, std::size_t N>
const T& pickFrom(Sequence& seq, const T (&list)[N])
{
    return list[seq.next(int(N))];
}

QString text(const char16_t* s)
{
    return QString::fromUtf16(s);
}

QDate workday(QDate d)
{
    while (d.dayOfWeek() > 5)
        d = d.addDays(1);
    return d;
}

QDate workdayBefore(QDate d)
{
    while (d.dayOfWeek() > 5)
        d = d.addDays(-1);
    return d;
}

// ---- The kinds of pairs ---------------------------------------------------------------------

/// Four cohorts over three school years: two completed, the current one, and a mid-year start.
struct Cohort
{
    QDate schoolStart; // school forms
    QDate schoolEnd;
    QDate civilStart; // civil service: a year from October
    QDate civilEnd;
};
const Cohort kCohorts[] = {
    {QDate(2023, 9, 15), QDate(2024, 5, 31), QDate(2023, 10, 2), QDate(2024, 9, 30)},
    {QDate(2024, 9, 16), QDate(2025, 5, 30), QDate(2024, 10, 1), QDate(2025, 9, 30)},
    {QDate(2025, 9, 15), QDate(2026, 5, 29), QDate(2025, 10, 1), QDate(2026, 9, 30)},
    {QDate(2026, 1, 19), QDate(2026, 12, 25), QDate(2026, 2, 2), QDate(2027, 1, 29)},
};
constexpr int kCohortCount = 4;
constexpr int kCurrentCohort = 2; // the school year that contains today

enum class Category {
    TeacherTeacher, // a teacher's specialty decides: teacher_teacher, traditional, tutoring, coaching
    Mentoring,      // «менторство»: a school head leads a young teacher
    Veteran,        // a veteran of pedagogical labour, traditional mentoring
    TeacherPupil,
    PupilPupil,
    StudentPupil,  // students of colleges, some with small groups
    EmployerPupil, // employers' staff and graduates, mostly groups
    CivilService,
};

struct PairSpec
{
    Category category;
    int cohort = 0;
    int mentor = -1; // person index
    QList<int> mentees;
    QString form;
    QString unit;   // for ordering the register and the orders
    bool overCap = false;
    int order = -1; // index into the order specs
};

struct OrderSpec
{
    QString type;
    QDate date;
    QList<int> pairs;   // pair indexes (pairs_approval, events)
    QList<int> people;  // person indexes
    QString id;
};

class Generator
{
public:
    explicit Generator(const Scale& scale)
        : m_scale(scale)
        , m_seq(20260316u)
    {
    }

    Region run();

private:
    int addPerson(const QString& kind, bool male, const QDate& birth);
    QString personId(int index) const { return m_data.people.at(index).id; }
    void makePeople();
    void makePairs();
    void pairsOf(Category category, int count, const QList<int>& mentors, const QList<int>& mentees);
    void materialisePairs();
    void addPlan(Pair& pair, Category category, int items);
    void addMeetings(Pair& pair, int count);
    void addEvents();
    void makeOrders();
    void makeConsentsAndCredentials();
    void makeMonitoring();
    void makeResponses();
    void makeTestResults();

    Scale m_scale;
    Sequence m_seq;
    Dataset m_data;
    QDate m_today = QDate(2026, 3, 16);

    // People by role (indexes into m_data.people).
    QList<int> m_heads;           // school heads and deputies: «менторство»
    QList<int> m_teacherMentors;  // experienced teachers
    QList<int> m_youngTeachers;   // mentees
    QList<int> m_veterans;
    QList<int> m_civilMentors;
    QList<int> m_civilMentees;
    QList<int> m_students;
    QList<int> m_employers;       // employers' staff and graduates
    QList<int> m_pupils;
    QList<int> m_seniorPupils;    // grades 9–11
    QList<int> m_juniorPupils;    // grades 1–8
    QMap<int, int> m_parentOf;    // pupil → parent
    QMap<int, QString> m_specialty; // teacher mentor → form they lead
    QList<QString> m_schools;
    int m_curator = -1;
    int m_centreHead = -1;

    std::vector<PairSpec> m_specs;
    std::vector<OrderSpec> m_orders;
    QMap<int, int> m_eventOrder; // (pair index * 4 + event kind) → order spec index
    QHash<QString, int> m_personIndex; // id → index
    int m_orderOf40 = -1;               // index into m_orders
};

int Generator::addPerson(const QString& kind, bool male, const QDate& birth)
{
    Person p;
    p.id = u"p%1"_s.arg(m_data.people.size() + 1);
    const Surname& s = pickFrom(m_seq, kSurnames);
    p.lastName = text(male ? s.male : s.female);
    p.firstName = text(male ? pickFrom(m_seq, kMaleNames) : pickFrom(m_seq, kFemaleNames));
    const Father& f = pickFrom(m_seq, kFathers);
    p.middleName = text(male ? f.son : f.daughter);
    p.gender = male ? u"m"_s : u"f"_s;
    p.kind = kind;
    p.birthDate = birth;
    m_personIndex.insert(p.id, int(m_data.people.size()));
    m_data.people << p;
    return int(m_data.people.size() - 1);
}

void Generator::makePeople()
{
    const int total = m_scale.people;
    const int schools = std::max(5, total / 200);
    const int civil = total * 10 / 100;
    const int teachers = total * 30 / 100;
    const int students = total * 3 / 100;
    const int employers = total * 15 / 1000;
    const int graduates = total * 5 / 1000;
    const int veterans = std::max(3, total * 5 / 1000);
    const int managers = 2 + 2 * schools;
    const int rest = total - (civil + teachers + students + employers + graduates + veterans + managers);
    const int parents = rest / 2;
    const int pupils = rest - parents;

    Organization& org = m_data.organization;
    org.name = u"Муниципальное бюджетное учреждение «Муниципальный центр наставничества» Юргинского городского округа"_s;
    org.shortName = u"МБУ «МЦН»"_s;
    org.place = u"г. Юрга"_s;
    org.address = u"652050, Кемеровская область — Кузбасс, г. Юрга, ул. Московская, д. 41"_s;
    org.headPosition = u"Директор"_s;
    org.profile = u"municipal"_s;

    // The centre: its head and the curator of the programme.
    m_centreHead = addPerson(u"manager"_s, false, QDate(1971, 4, 12));
    Person& head = m_data.people[m_centreHead];
    head.position = u"директор"_s;
    head.unit = org.shortName;
    head.managerialYears = 17;
    head.pedagogicalYears = 25;
    m_curator = addPerson(u"manager"_s, false, QDate(1979, 10, 3));
    Person& curator = m_data.people[m_curator];
    curator.position = u"методист"_s;
    curator.unit = org.shortName;
    curator.supervisor = m_data.people.at(m_centreHead).id;
    curator.pedagogicalYears = 18;
    curator.methodicalYears = 9;
    org.head = m_data.people.at(m_centreHead).id;
    org.curator = m_data.people.at(m_curator).id;

    // Schools with their heads and deputies.
    QList<int> directors;
    for (int s = 0; s < schools; ++s) {
        const QString town = text(kTowns[s % std::size(kTowns)]);
        QString name;
        if (s % 11 == 5)
            name = u"МАОУ «Лицей № %1»"_s.arg(s / 11 + 1);
        else if (s % 7 == 3)
            name = u"МБОУ «Гимназия № %1»"_s.arg(s / 7 + 1);
        else
            name = u"МБОУ «СОШ № %1»"_s.arg(s + 1);
        m_schools << name + u", "_s + town;
        const int director = addPerson(u"manager"_s, m_seq.next(3) == 0, QDate(1962 + m_seq.next(20), 1 + m_seq.next(12), 1 + m_seq.next(28)));
        Person& d = m_data.people[director];
        d.position = u"директор"_s;
        d.unit = m_schools.last();
        d.managerialYears = 6 + m_seq.next(20);
        d.pedagogicalYears = 15 + m_seq.next(20);
        d.mentorBase = true;
        d.competencies = u"управление образовательной организацией, наставничество руководителей"_s;
        d.phone = u"+7 (38451) %1-%2-%3"_s.arg(2 + m_seq.next(7)).arg(10 + m_seq.next(89)).arg(10 + m_seq.next(89));
        directors << director;
        m_heads << director;
        const int deputy = addPerson(u"manager"_s, m_seq.next(4) == 0, QDate(1968 + m_seq.next(20), 1 + m_seq.next(12), 1 + m_seq.next(28)));
        Person& v = m_data.people[deputy];
        v.position = u"заместитель директора по учебно-воспитательной работе"_s;
        v.unit = m_schools.last();
        v.supervisor = d.id;
        // Some deputies are new to management: «менторство» asks for five years (004 п. 2.1).
        v.managerialYears = m_seq.chance(6) ? 2 + m_seq.next(3) : 5 + m_seq.next(12);
        v.pedagogicalYears = 12 + m_seq.next(20);
        v.mentorBase = true;
        m_heads << deputy;
    }

    // Teachers: half experienced (the base of mentors), half young specialists and newcomers.
    for (int t = 0; t < teachers; ++t) {
        const int school = t % schools;
        const bool experienced = t % 2 == 0;
        const QDate birth = experienced ? QDate(1962 + m_seq.next(25), 1 + m_seq.next(12), 1 + m_seq.next(28))
                                        : QDate(1993 + m_seq.next(9), 1 + m_seq.next(12), 1 + m_seq.next(28));
        const int i = addPerson(u"teacher"_s, m_seq.next(5) == 0, birth);
        Person& p = m_data.people[i];
        p.position = text(kSubjects[m_seq.next(int(std::size(kSubjects)))]);
        p.unit = m_schools.at(school);
        p.supervisor = m_data.people.at(directors.at(school)).id;
        if (m_seq.chance(40))
            p.email = u"t%1@school%2.kuz-edu.ru"_s.arg(t + 1).arg(school + 1);
        if (m_seq.chance(30))
            p.phone = u"+7 (9%1) %2-%3-%4"_s.arg(10 + m_seq.next(90)).arg(100 + m_seq.next(900)).arg(10 + m_seq.next(89)).arg(10 + m_seq.next(89));
        if (experienced) {
            // A few mentors of «традиционное наставничество» lack the ten years (004 п. 2.1).
            p.pedagogicalYears = m_seq.chance(3) ? 7 + m_seq.next(3) : 10 + m_seq.next(26);
            p.managerialYears = 0;
            p.mentorBase = true;
            p.competencies = text(pickFrom(m_seq, kCompetencies));
            const int r = m_seq.next(100);
            QString specialty = r < 30 ? u"teacher_teacher"_s : r < 60 ? u"traditional"_s : r < 85 ? u"tutoring"_s : u"coaching"_s;
            p.methodicalYears = specialty == u"tutoring" ? (m_seq.chance(5) ? 3 : 5 + m_seq.next(15)) : m_seq.next(8);
            p.disciplinarySanction = m_seq.chance(0.5);
            m_specialty.insert(i, specialty);
            m_teacherMentors << i;
        } else {
            p.pedagogicalYears = m_seq.next(5);
            p.menteeBase = true;
            p.menteeCategories = {m_seq.next(3) == 0 ? u"adaptation"_s : u"young_specialist"_s};
            p.request = text(kRequests[m_seq.next(2)]);
            m_youngTeachers << i;
        }
    }

    // The regional apparatus: departments, each with its head.
    const int departments = std::max(3, civil / 100);
    QList<int> deptHeads;
    for (int c = 0; c < civil; ++c) {
        const int dept = c % departments;
        const QString unit = text(kDepartments[dept % std::size(kDepartments)])
            + (dept >= int(std::size(kDepartments)) ? u", территориальное управление № %1"_s.arg(dept / std::size(kDepartments)) : QString());
        const bool deptHead = c < departments;
        const bool senior = !deptHead && m_seq.next(100) < 60;
        const QDate birth = deptHead || senior ? QDate(1965 + m_seq.next(25), 1 + m_seq.next(12), 1 + m_seq.next(28))
                                           : QDate(1988 + m_seq.next(14), 1 + m_seq.next(12), 1 + m_seq.next(28));
        const int i = addPerson(u"civil_servant"_s, m_seq.next(3) == 0, birth);
        Person& p = m_data.people[i];
        p.unit = unit;
        if (deptHead) {
            p.position = u"начальник отдела"_s;
            p.managerialYears = 5 + m_seq.next(20);
            deptHeads << i;
        } else {
            p.supervisor = m_data.people.at(deptHeads.at(dept)).id;
            p.position = text(senior ? pickFrom(m_seq, kSeniorCivil) : pickFrom(m_seq, kJuniorCivil));
            p.managerialYears = senior ? m_seq.next(6) : 0;
        }
        p.disciplinarySanction = m_seq.chance(0.5);
        if (deptHead || senior) {
            p.mentorBase = true;
            m_civilMentors << i;
        } else {
            p.menteeBase = true;
            p.request = text(kRequests[4]);
            m_civilMentees << i;
        }
    }

    // External mentors: students of colleges, employers' staff, graduates, veterans.
    for (int s = 0; s < students; ++s) {
        const int i = addPerson(u"student"_s, m_seq.next(3) == 0, QDate(2003 + m_seq.next(5), 1 + m_seq.next(12), 1 + m_seq.next(28)));
        Person& p = m_data.people[i];
        p.external = true;
        p.position = u"студент "_s + text(pickFrom(m_seq, kColleges));
        p.mentorBase = true;
        p.competencies = u"подготовка к ОГЭ, проектная деятельность"_s;
        m_students << i;
    }
    for (int e = 0; e < employers + graduates; ++e) {
        const bool graduate = e >= employers;
        const int i = addPerson(graduate ? u"graduate"_s : u"employer_staff"_s, m_seq.next(2) == 0,
                                graduate ? QDate(1998 + m_seq.next(6), 1 + m_seq.next(12), 1 + m_seq.next(28))
                                         : QDate(1970 + m_seq.next(30), 1 + m_seq.next(12), 1 + m_seq.next(28)));
        Person& p = m_data.people[i];
        p.external = true;
        p.position = text(pickFrom(m_seq, kEmployerPositions)) + u' ' + text(pickFrom(m_seq, kEmployers));
        if (graduate)
            p.position = u"выпускник, "_s + p.position;
        p.mentorBase = true;
        p.competencies = u"профориентация, проектная деятельность"_s;
        m_employers << i;
    }
    for (int v = 0; v < veterans; ++v) {
        const int i = addPerson(u"veteran"_s, m_seq.next(3) == 0, QDate(1950 + m_seq.next(10), 1 + m_seq.next(12), 1 + m_seq.next(28)));
        Person& p = m_data.people[i];
        p.external = true;
        p.position = u"ветеран педагогического труда"_s;
        p.pedagogicalYears = 30 + m_seq.next(15);
        p.mentorBase = true;
        m_veterans << i;
    }

    // Pupils of the schools, each with the parent who signs for them.
    for (int k = 0; k < pupils; ++k) {
        const int school = k % schools;
        const int grade = 1 + m_seq.next(11);
        const bool male = m_seq.next(2) == 0;
        const int year = m_today.year() - 6 - grade - (m_today.month() < 9 ? 1 : 0);
        const int i = addPerson(u"pupil"_s, male, QDate(year, 1 + m_seq.next(12), 1 + m_seq.next(28)));
        Person& p = m_data.people[i];
        p.position = (male ? u"обучающийся %1 класса"_s : u"обучающаяся %1 класса"_s).arg(grade);
        p.unit = m_schools.at(school);
        p.menteeBase = true;
        if (m_seq.chance(60))
            p.menteeCategories = {m_seq.next(2) ? u"low_results"_s : u"gifted"_s};
        p.request = text(kRequests[2 + m_seq.next(2)]);
        m_pupils << i;
        (grade >= 9 ? m_seniorPupils : m_juniorPupils) << i;
        if (k >= parents)
            continue; // an odd one out: a pupil whose parent is not in the base
        const bool mother = m_seq.next(3) > 0;
        const QString childSurname = p.lastName;
        const QDate parentBirth(year - 24 - m_seq.next(12), 1 + m_seq.next(12), 1 + m_seq.next(28));
        const int parent = addPerson(u"parent"_s, !mother, parentBirth);
        Person& r = m_data.people[parent];
        // The family's surname in the parent's gender.
        for (const Surname& s : kSurnames) {
            if (childSurname == QStringView(s.male) || childSurname == QStringView(s.female)) {
                r.lastName = text(mother ? s.female : s.male);
                break;
            }
        }
        r.position = mother ? (male ? u"мать обучающегося"_s : u"мать обучающейся"_s)
                            : (male ? u"отец обучающегося"_s : u"отец обучающейся"_s);
        r.phone = u"+7 (9%1) %2-%3-%4"_s.arg(10 + m_seq.next(90)).arg(100 + m_seq.next(900)).arg(10 + m_seq.next(89)).arg(10 + m_seq.next(89));
        m_parentOf.insert(i, parent);
    }
    Q_ASSERT(m_data.people.size() == m_scale.people);
}

/// Pairs of one category: each mentor takes one to three pairs in different cohorts (two of
/// them may overlap: the current school year and the mid-year start); now and then a mentor
/// takes three at once in the current year, over the cap of two.
void Generator::pairsOf(Category category, int count, const QList<int>& mentors, const QList<int>& mentees)
{
    if (count <= 0 || mentors.isEmpty() || mentees.isEmpty())
        return;
    int mentorCursor = m_seq.next(int(mentors.size()));
    int menteeCursor = m_seq.next(int(mentees.size()));
    int made = 0;
    int mentorsUsed = 0;
    while (made < count) {
        const int mentor = mentors.at(mentorCursor++ % mentors.size());
        ++mentorsUsed;
        const bool overCap = mentorsUsed % 250 == 125 && category != Category::EmployerPupil;
        const int pairs = overCap ? 3 : 1 + m_seq.next(3);
        const int firstCohort = m_seq.next(kCohortCount);
        for (int k = 0; k < pairs && made < count; ++k, ++made) {
            PairSpec spec;
            spec.category = category;
            spec.mentor = mentor;
            spec.overCap = overCap;
            spec.cohort = overCap ? kCurrentCohort : (firstCohort + k) % kCohortCount;
            int size = 1;
            if (category == Category::EmployerPupil)
                size = m_seq.next(5) == 0 ? 1 : 3 + m_seq.next(3);
            else if (category == Category::StudentPupil && m_seq.next(4) == 0)
                size = 2 + m_seq.next(2);
            for (int m = 0; m < size; ++m)
                spec.mentees << mentees.at(menteeCursor++ % mentees.size());
            switch (category) {
            case Category::TeacherTeacher:
                spec.form = m_specialty.value(mentor);
                break;
            case Category::Mentoring:
                spec.form = u"mentoring"_s;
                break;
            case Category::Veteran:
                spec.form = u"traditional"_s;
                break;
            case Category::TeacherPupil:
                spec.form = u"teacher_pupil"_s;
                break;
            case Category::PupilPupil:
                spec.form = u"pupil_pupil"_s;
                break;
            case Category::StudentPupil:
                spec.form = u"student_pupil"_s;
                break;
            case Category::EmployerPupil:
                spec.form = u"employer_pupil"_s;
                break;
            case Category::CivilService:
                spec.form = u"civil_service"_s;
                break;
            }
            spec.unit = m_data.people.at(spec.mentees.first()).unit;
            m_specs.push_back(spec);
        }
    }
}

void Generator::makePairs()
{
    const int n = m_scale.pairs;
    const int teacherTeacher = n * 30 / 100;
    const int mentoring = n * 5 / 100;
    const int veteran = n * 1 / 100;
    const int teacherPupil = n * 24 / 100;
    const int pupilPupil = n * 8 / 100;
    const int studentPupil = n * 6 / 100;
    const int employerPupil = n * 4 / 100;
    const int civil = n - (teacherTeacher + mentoring + veteran + teacherPupil + pupilPupil + studentPupil + employerPupil);
    // Teachers mentor either colleagues or pupils: each mentor's pairs stay one to three.
    const qsizetype split = m_teacherMentors.size() * 55 / 100;
    pairsOf(Category::TeacherTeacher, teacherTeacher, m_teacherMentors.mid(0, split), m_youngTeachers);
    pairsOf(Category::Mentoring, mentoring, m_heads, m_youngTeachers);
    pairsOf(Category::Veteran, veteran, m_veterans, m_youngTeachers);
    pairsOf(Category::TeacherPupil, teacherPupil, m_teacherMentors.mid(split), m_pupils);
    pairsOf(Category::PupilPupil, pupilPupil, m_seniorPupils, m_juniorPupils);
    pairsOf(Category::StudentPupil, studentPupil, m_students, m_juniorPupils);
    pairsOf(Category::EmployerPupil, employerPupil, m_employers, m_seniorPupils);
    pairsOf(Category::CivilService, civil, m_civilMentors, m_civilMentees);
    // The register and the orders go cohort by cohort, school by school.
    std::stable_sort(m_specs.begin(), m_specs.end(), [](const PairSpec& a, const PairSpec& b) {
        return a.cohort != b.cohort ? a.cohort < b.cohort : a.unit < b.unit;
    });
    Q_ASSERT(int(m_specs.size()) == n);
}

void Generator::addPlan(Pair& pair, Category category, int items)
{
    pair.hasPlan = true;
    const int r = m_seq.next(100);
    if (r < 4)
        pair.planApproved = workday(pair.start.addDays(9 + m_seq.next(10))); // late (004 п. 4.1)
    else if (r < 5)
        pair.planApproved = QDate(); // drawn up, never approved
    else
        pair.planApproved = workday(pair.start.addDays(1 + m_seq.next(4)));
    const Step* steps = kTeacherSteps;
    int stepCount = int(std::size(kTeacherSteps));
    if (category == Category::CivilService) {
        steps = kCivilSteps;
        stepCount = int(std::size(kCivilSteps));
    } else if (category >= Category::TeacherPupil) {
        steps = kPupilSteps;
        stepCount = int(std::size(kPupilSteps));
    }
    const qint64 span = std::max<qint64>(30, pair.start.daysTo(pair.plannedEnd));
    for (int k = 0; k < items; ++k) {
        PlanItem item;
        if (k < stepCount) {
            item.title = text(steps[k].title);
            item.expected = text(steps[k].expected);
        } else {
            item.title = u"Текущая работа по плану, этап %1"_s.arg(k - stepCount + 1);
            item.expected = u"Отчёт о выполнении"_s;
        }
        item.due = pair.start.addDays(span * (k + 1) / (items + 1));
        if (item.due < m_today.addDays(-5)) {
            const int s = m_seq.next(100);
            if (s < 85) {
                item.status = u"done"_s;
                item.done = item.due.addDays(m_seq.next(5) - 2);
                item.result = u"Выполнено"_s;
            } else if (s < 95) {
                item.status = u"in_progress"_s;
            } else {
                item.status = u"cancelled"_s;
                item.result = u"Перенесено в план следующего года"_s;
            }
        } else if (item.due < m_today) {
            item.status = u"in_progress"_s;
        }
        pair.planItems << item;
    }
}

void Generator::addMeetings(Pair& pair, int count)
{
    const QDate last = std::min(pair.end(), m_today);
    const qint64 span = std::max<qint64>(count * 2, pair.start.daysTo(last) - 3);
    const bool ended = pair.end() < m_today;
    for (int k = 0; k < count; ++k) {
        Meeting m;
        m.date = pair.start.addDays(2 + span * k / count);
        if (m.date.dayOfWeek() > 5)
            m.date = m.date.addDays(m.date.dayOfWeek() == 6 ? -1 : 1);
        const int kind = ended && k == count - 1 ? 4 : std::min(k, 3);
        m.kind = text(kMeetingKinds[kind]);
        m.topic = text(kMeetingTopics[kind]);
        if (m_seq.chance(20))
            m.notes = u"Обсудили выполнение плана, даны рекомендации"_s;
        pair.meetings << m;
    }
}

void Generator::materialisePairs()
{
    const int n = int(m_specs.size());
    // Exactly the scale's totals: plan items over the pairs with a plan, meetings over all.
    std::vector<bool> hasPlan(n);
    int withPlan = 0;
    for (int i = 0; i < n; ++i) {
        hasPlan[i] = !m_seq.chance(1.5);
        withPlan += hasPlan[i] ? 1 : 0;
    }
    int planIndex = 0;
    m_data.pairs.reserve(n);
    for (int i = 0; i < n; ++i) {
        const PairSpec& spec = m_specs.at(i);
        const Cohort& c = kCohorts[spec.cohort];
        const bool civil = spec.category == Category::CivilService;
        Pair p;
        p.id = u"g%1"_s.arg(i + 1);
        p.form = spec.form;
        p.mentor = personId(spec.mentor);
        for (int m : spec.mentees)
            p.mentees << personId(m);
        p.start = workday((civil ? c.civilStart : c.schoolStart).addDays(spec.overCap ? 0 : m_seq.next(10)));
        p.plannedEnd = civil ? c.civilEnd : c.schoolEnd;
        if (spec.form == u"tutoring" || spec.form == u"coaching")
            p.plannedEnd = p.plannedEnd.addMonths(m_seq.next(2) ? 0 : 1);
        if (p.mentees.size() > 1)
            p.title = text(pickFrom(m_seq, kGroupTitles));
        if (m_seq.chance(3))
            p.note = u"Пара сформирована по итогам анкетирования"_s;
        if (hasPlan[i]) {
            const int items = int(qint64(m_scale.planItems) * (planIndex + 1) / withPlan - qint64(m_scale.planItems) * planIndex / withPlan);
            ++planIndex;
            addPlan(p, spec.category, items);
        }
        if (p.plannedEnd < m_today) {
            if (!m_seq.chance(8))
                p.actualEnd = p.plannedEnd;
            // The report and the questionnaire within five working days (004 п. 6.1): mostly.
            const int r = m_seq.next(100);
            if (r >= 2)
                p.reportDate = workday(p.plannedEnd.addDays(r < 5 ? 12 + m_seq.next(10) : m_seq.next(5)));
            const int q = m_seq.next(100);
            if (q >= 3)
                p.menteeQuestionnaire = workday(p.plannedEnd.addDays(q < 5 ? 10 + m_seq.next(10) : m_seq.next(4)));
        }
        m_data.pairs << p;
    }
    for (int i = 0; i < n; ++i) {
        Pair& p = m_data.pairs[i];
        const int meetings = int(qint64(m_scale.meetings) * (i + 1) / n - qint64(m_scale.meetings) * i / n);
        addMeetings(p, meetings);
    }
}

void Generator::addEvents()
{
    // Replacements (2 %), extensions (1.5 %) and early completions (1 %), each by order.
    const int n = int(m_data.pairs.size());
    QList<int> replaced;
    QList<int> extended;
    QList<int> completed;
    for (int i = 0; i < n; ++i) {
        const int r = m_seq.next(1000);
        if (r < 20)
            replaced << i;
        else if (r < 35)
            extended << i;
        else if (r < 45)
            completed << i;
    }
    auto ordersFor = [&](const QList<int>& pairs, const QString& type, int eventKind, int perOrder) {
        for (int k = 0; k < pairs.size(); k += perOrder) {
            OrderSpec o;
            o.type = type;
            for (int j = k; j < std::min<int>(k + perOrder, int(pairs.size())); ++j) {
                o.pairs << pairs.at(j);
                m_eventOrder.insert(pairs.at(j) * 4 + eventKind, int(m_orders.size()));
            }
            m_orders.push_back(o);
        }
    };
    for (int i : std::as_const(replaced)) {
        Pair& p = m_data.pairs[i];
        const PairSpec& spec = m_specs.at(i);
        PairEvent e;
        e.type = u"replacement"_s;
        e.date = workday(p.start.addDays(30 + m_seq.next(120)));
        if (e.date >= std::min(p.end(), m_today))
            e.date = workday(p.start.addDays(20));
        // A colleague from the same kind of mentors takes over.
        const int offset = 7 + m_seq.next(50);
        int newMentor = -1;
        const QList<int>* pool = nullptr;
        switch (spec.category) {
        case Category::TeacherTeacher:
        case Category::TeacherPupil:
            pool = &m_teacherMentors;
            break;
        case Category::Mentoring:
            pool = &m_heads;
            break;
        case Category::Veteran:
            pool = &m_veterans;
            break;
        case Category::PupilPupil:
            pool = &m_seniorPupils;
            break;
        case Category::StudentPupil:
            pool = &m_students;
            break;
        case Category::EmployerPupil:
            pool = &m_employers;
            break;
        case Category::CivilService:
            pool = &m_civilMentors;
            break;
        }
        newMentor = pool->at((pool->indexOf(spec.mentor) + offset) % pool->size());
        if (newMentor == spec.mentor || spec.mentees.contains(newMentor))
            continue;
        e.newMentor = personId(newMentor);
        e.ground = m_seq.chance(4) ? QString() : text(pickFrom(m_seq, kGrounds));
        if (m_seq.chance(10))
            e.note = u"Наставник уволился по собственному желанию"_s;
        p.events << e;
    }
    for (int i : std::as_const(extended)) {
        Pair& p = m_data.pairs[i];
        PairEvent e;
        e.type = u"extension"_s;
        e.date = workdayBefore(p.plannedEnd.addDays(-10 - m_seq.next(20)));
        e.newEnd = p.plannedEnd.addMonths(1 + m_seq.next(2));
        e.reason = text(pickFrom(m_seq, kReasons));
        if (p.plannedEnd < m_today) {
            // A completed pair: it ended, and reported, that much later.
            const qint64 shift = p.plannedEnd.daysTo(e.newEnd);
            if (p.actualEnd.isValid())
                p.actualEnd = e.newEnd;
            if (p.reportDate.isValid())
                p.reportDate = workday(p.reportDate.addDays(shift));
            if (p.menteeQuestionnaire.isValid())
                p.menteeQuestionnaire = workday(p.menteeQuestionnaire.addDays(shift));
        }
        p.events << e;
    }
    for (int i : std::as_const(completed)) {
        Pair& p = m_data.pairs[i];
        PairEvent e;
        e.type = u"early_completion"_s;
        e.date = workday(p.start.addDays(100 + m_seq.next(60)));
        if (e.date >= p.plannedEnd || e.date > m_today)
            continue;
        // Mostly weeks of notice; now and then too short (Labour Code art. 351.8).
        e.noticeDate = workdayBefore(e.date.addDays(m_seq.chance(10) ? -1 : -(7 + m_seq.next(14))));
        e.initiator = text(pickFrom(m_seq, kInitiators));
        p.events << e;
        p.actualEnd = e.date;
        p.reportDate = workday(e.date.addDays(m_seq.next(4)));
        p.menteeQuestionnaire = workday(e.date.addDays(m_seq.next(3)));
    }
    // Keep the events of a pair in date order, and give each event its order.
    QList<int> withReplacement;
    QList<int> withExtension;
    QList<int> withCompletion;
    for (int i = 0; i < n; ++i) {
        Pair& p = m_data.pairs[i];
        std::stable_sort(p.events.begin(), p.events.end(), [](const PairEvent& a, const PairEvent& b) { return a.date < b.date; });
        for (const PairEvent& e : std::as_const(p.events)) {
            if (e.type == u"replacement")
                withReplacement << i;
            else if (e.type == u"extension")
                withExtension << i;
            else
                withCompletion << i;
        }
    }
    ordersFor(withReplacement, u"mentor_replacement"_s, 0, 2);
    ordersFor(withExtension, u"extension"_s, 1, 3);
    ordersFor(withCompletion, u"early_completion"_s, 2, 2);
    for (OrderSpec& o : m_orders) {
        QDate date;
        for (int i : std::as_const(o.pairs)) {
            for (const PairEvent& e : std::as_const(m_data.pairs.at(i).events)) {
                if ((o.type == u"mentor_replacement" && e.type == u"replacement") || (o.type == e.type)) {
                    if (!date.isValid() || e.date < date)
                        date = e.date;
                }
            }
        }
        o.date = workdayBefore(date.addDays(-1));
        // Those acquainted with the order: the mentors, and in a replacement the new ones too.
        for (int i : std::as_const(o.pairs)) {
            if (!o.people.contains(m_specs.at(i).mentor))
                o.people << m_specs.at(i).mentor;
            if (o.type != u"mentor_replacement")
                continue;
            for (const PairEvent& e : m_data.pairs.at(i).events) {
                const int newMentor = e.type == u"replacement" ? m_personIndex.value(e.newMentor, -1) : -1;
                if (newMentor >= 0 && !o.people.contains(newMentor))
                    o.people << newMentor;
            }
        }
    }
}

void Generator::makeOrders()
{
    const int n = int(m_data.pairs.size());
    const int eventOrders = int(m_orders.size());
    const int budget = std::max(2, m_scale.orders - eventOrders);
    const int approvals = std::max(1, budget * 80 / 100);
    const int others = m_scale.orders - eventOrders - approvals;

    // A few pairs are in no order yet (004 п. 2.3): the check finds them.
    QList<int> ordered;
    for (int i = 0; i < n; ++i) {
        if (!m_seq.chance(0.4))
            ordered << i;
    }
    // Consecutive pairs (cohort by cohort, school by school) share an approval order; one
    // order of the current school year approves exactly 40 pairs.
    const int forty = std::min<int>(40, int(ordered.size()));
    int fortyAt = 0;
    while (fortyAt < ordered.size() && m_specs.at(ordered.at(fortyAt)).cohort < kCurrentCohort)
        ++fortyAt;
    const int chunkOf40 = std::min(approvals - 1, int(qint64(fortyAt) * approvals / std::max<qsizetype>(1, ordered.size())));
    const int restPairs = int(ordered.size()) - forty;
    const int restOrders = std::max(1, approvals - 1);
    int next = 0;
    int restIndex = 0;
    for (int a = 0; a < approvals; ++a) {
        int size;
        if (a == chunkOf40) {
            size = forty;
        } else {
            size = int(qint64(restPairs) * (restIndex + 1) / restOrders - qint64(restPairs) * restIndex / restOrders);
            ++restIndex;
        }
        OrderSpec o;
        o.type = u"pairs_approval"_s;
        QDate earliest;
        for (int k = 0; k < size && next < ordered.size(); ++k, ++next) {
            const int pair = ordered.at(next);
            o.pairs << pair;
            const QDate start = m_data.pairs.at(pair).start;
            if (!earliest.isValid() || start < earliest)
                earliest = start;
            if (!o.people.contains(m_specs.at(pair).mentor))
                o.people << m_specs.at(pair).mentor;
        }
        if (!earliest.isValid())
            earliest = kCohorts[kCurrentCohort].schoolStart;
        // Signed before the pairs start; a rare one after (004 п. 2.3).
        o.date = m_seq.chance(0.5) ? workday(earliest.addDays(3)) : workdayBefore(earliest.addDays(-1 - m_seq.next(5)));
        if (a == chunkOf40)
            o.date = workdayBefore(earliest.addDays(-2));
        const int index = int(m_orders.size());
        for (int pair : std::as_const(o.pairs))
            m_specs[pair].order = index;
        if (a == chunkOf40)
            m_orderOf40 = index;
        m_orders.push_back(o);
    }

    // Orders of the programme itself, spread over the three school years.
    static const char16_t* const kinds[] = {u"curator_appointment", u"roadmap_approval", u"reward", u"final_event"};
    for (int k = 0; k < others; ++k) {
        OrderSpec o;
        o.type = text(kinds[k % 4]);
        const int year = 2023 + (k / 4) % 3;
        switch (k % 4) {
        case 0:
            o.date = workday(QDate(year, 8, 28).addDays(k % 3));
            o.people << m_curator;
            break;
        case 1:
            o.date = workday(QDate(year, 9, 4).addDays(k % 5));
            o.people << m_curator;
            break;
        case 2:
            o.date = workday(QDate(year + 1, 5, 20).addDays(k % 7));
            for (int j = 0; j < 5; ++j)
                o.people << m_teacherMentors.at((k * 5 + j) % m_teacherMentors.size());
            break;
        default:
            o.date = workday(QDate(year + 1, 5, 12).addDays(k % 5));
            o.people << m_curator;
            break;
        }
        m_orders.push_back(o);
    }

    // Ids and numbers in the order of signing: «N-о», numbered anew each year.
    std::vector<int> byDate(m_orders.size());
    for (std::size_t i = 0; i < byDate.size(); ++i)
        byDate[i] = int(i);
    std::stable_sort(byDate.begin(), byDate.end(), [&](int a, int b) { return m_orders[a].date < m_orders[b].date; });
    QMap<int, int> numberInYear;
    m_data.orders.reserve(int(m_orders.size()));
    for (std::size_t k = 0; k < byDate.size(); ++k) {
        OrderSpec& spec = m_orders[byDate[k]];
        spec.id = u"o%1"_s.arg(k + 1);
        Order o;
        o.id = spec.id;
        o.number = u"%1-о"_s.arg(++numberInYear[spec.date.year()]);
        o.date = spec.date;
        o.type = spec.type;
        o.heading = DocumentBuilder::defaultHeading(spec.type);
        o.status = spec.date <= m_today ? u"signed"_s : u"draft"_s;
        for (int pair : std::as_const(spec.pairs))
            o.pairs << m_data.pairs.at(pair).id;
        for (int person : std::as_const(spec.people))
            o.people << personId(person);
        m_data.orders << o;
    }
    for (int i = 0; i < n; ++i) {
        Pair& p = m_data.pairs[i];
        if (m_specs.at(i).order >= 0)
            p.order = m_orders.at(m_specs.at(i).order).id;
        for (PairEvent& e : p.events) {
            const int kind = e.type == u"replacement" ? 0 : e.type == u"extension" ? 1 : 2;
            const auto it = m_eventOrder.constFind(i * 4 + kind);
            // A replacement now and then was never put into an order (004 п. 2.3).
            if (it != m_eventOrder.cend() && !(kind == 0 && m_seq.chance(3)))
                e.order = m_orders.at(*it).id;
        }
    }
}

void Generator::makeConsentsAndCredentials()
{
    // Who mentors, and from when (the first day they lead a pair).
    QMap<int, QDate> mentorSince;
    QMap<int, QStringList> formsOf;
    for (int i = 0; i < m_data.pairs.size(); ++i) {
        const Pair& p = m_data.pairs.at(i);
        auto lead = [&](int person, const QDate& from) {
            const auto it = mentorSince.find(person);
            if (it == mentorSince.end() || from < *it)
                mentorSince.insert(person, from);
            if (!formsOf[person].contains(p.form))
                formsOf[person] << p.form;
        };
        lead(m_specs.at(i).mentor, p.start);
        for (const PairEvent& e : p.events) {
            if (e.type == u"replacement")
                lead(m_personIndex.value(e.newMentor), e.date);
        }
    }

    const QDate campaign(2023, 8, 21); // consents collected before the first cohort
    for (int i = 0; i < m_data.people.size(); ++i) {
        Person& person = m_data.people[i];
        const QString id = person.id;
        auto consent = [&](const QString& type, const QDate& date, const QString& signer) {
            Consent c;
            c.id = u"c%1"_s.arg(m_data.consents.size() + 1);
            c.person = id;
            c.type = type;
            c.signedBy = signer;
            c.date = date;
            m_data.consents << c;
            return int(m_data.consents.size() - 1);
        };
        // Personal data (152-ФЗ): nearly everyone; a parent signs for a minor.
        if (!m_seq.chance(person.kind == u"parent" ? 10 : 1)) {
            QString signer = id;
            if (person.kind == u"pupil" && m_parentOf.contains(i) && !m_seq.chance(2))
                signer = personId(m_parentOf.value(i));
            const int c = consent(u"personal_data"_s, workday(campaign.addDays(m_seq.next(20))), signer);
            if (m_seq.chance(0.3))
                m_data.consents[c].withdrawn = workday(QDate(2025, 2, 3).addDays(m_seq.next(300)));
        }
        const auto since = mentorSince.constFind(i);
        if (since == mentorSince.cend())
            continue;
        // The mentor's written consent (Labour Code art. 351.8; 004 п. 2.6), mostly in time.
        if (!m_seq.chance(1.5)) {
            const QDate date = m_seq.chance(1) ? since->addDays(5) : workdayBefore(std::min(since->addDays(-3), campaign.addDays(25 + m_seq.next(30))));
            consent(u"mentor_role"_s, date, id);
        }
        if (person.kind == u"teacher" && m_seq.chance(30))
            consent(u"distribution"_s, workday(campaign.addDays(m_seq.next(20))), id);

        // Documents of mentors.
        const QStringList forms = formsOf.value(i);
        if (person.isStaff() && !m_seq.chance(2)) {
            const QDate issued = m_seq.chance(1) ? since->addDays(20) : workdayBefore(since->addDays(-2 - m_seq.next(10)));
            person.credentials << Credential{0, u"labour_agreement"_s, u"ДС-%1"_s.arg(i + 1), issued, {}, {}};
        }
        if (forms.contains(u"mentoring"_s) && !m_seq.chance(4))
            person.credentials << Credential{0, u"mentor_status"_s, u"%1-м"_s.arg(100 + i % 900),
                                             QDate(2022, 3, 1).addDays(m_seq.next(500)), {}, {}};
        if (forms.contains(u"tutoring"_s)) {
            // Valid three years from issue: some run out before a later pair starts.
            person.credentials << Credential{0, u"tutor_certificate"_s, u"ТС-%1"_s.arg(1000 + i),
                                             QDate(2020, 6, 1).addDays(m_seq.next(1100)), {}, {}};
        }
        if (forms.contains(u"coaching"_s) && !m_seq.chance(3))
            person.credentials << Credential{0, u"coach_training"_s, u"КП-%1"_s.arg(1000 + i),
                                             QDate(2021, 4, 1).addDays(m_seq.next(700)), {}, {}};
        if (person.external) {
            const QDate before = since->addDays(-10 - m_seq.next(30));
            if (!m_seq.chance(3))
                person.credentials << Credential{0, u"cooperation_agreement"_s, u"СС-%1"_s.arg(i + 1), before, {}, {}};
            if (!m_seq.chance(4))
                person.credentials << Credential{0, u"no_criminal_record"_s, u"%1/23-ИЦ"_s.arg(1000 + i), before.addDays(-15), {}, {}};
            if (!m_seq.chance(5))
                person.credentials << Credential{0, u"medical_certificate"_s, u"086/у-%1"_s.arg(i + 1), before.addDays(-10),
                                                 before.addYears(1), {}};
        }
    }
}

/// Keeps `wanted` of `candidates` things, spread evenly over them (all when there are fewer):
/// the exact counts of the scale from lists whose length depends on the generated pairs.
std::vector<bool> spreadOver(qsizetype candidates, int wanted)
{
    std::vector<bool> keep(std::size_t(candidates), true);
    if (wanted >= candidates)
        return keep;
    for (qsizetype k = 0; k < candidates; ++k)
        keep[std::size_t(k)] = qint64(wanted) * (k + 1) / candidates > qint64(wanted) * k / candidates;
    return keep;
}

/// A working day from `from` to `to` (`to` itself, or the working day before it, when none is
/// between).
QDate dayBetween(Sequence& seq, const QDate& from, const QDate& to)
{
    const QDate d = workday(from.addDays(seq.next(int(std::max<qint64>(0, from.daysTo(to))) + 1)));
    return d > to ? std::max(from, workdayBefore(to)) : d;
}

void Generator::makeResponses()
{
    MonitoringData& m = m_data.monitoring;
    // The built-in questionnaires, stored as the first version when the programme began.
    for (Questionnaire q : QuestionnaireLibrary::builtIn()) {
        if (q.family.isEmpty())
            q.family = q.id;
        q.version = 1;
        q.created = QDate(2023, 8, 14);
        m.questionnaires << q;
    }
    const Questionnaire* menteeForm = m.questionnaire(u"mentee_satisfaction"_s);
    const Questionnaire* mentorForm = m.questionnaire(u"mentor_satisfaction"_s);
    const Questionnaire* finalForm = m.questionnaire(u"final_evaluation"_s);
    const Questionnaire* feedbackForm = m.questionnaire(u"feedback"_s);
    const Questionnaire* curatorForm = m.questionnaire(u"curator_conditions"_s);
    Q_ASSERT(menteeForm && mentorForm && finalForm && feedbackForm && curatorForm);

    // Who answers what, and when; the answers are drawn for those kept.
    struct Slot
    {
        const Questionnaire* form;
        QString person;
        QString pair;
        QDate date;
        int floor;
    };
    QList<Slot> planned;
    for (const Pair& p : std::as_const(m_data.pairs)) {
        const int floor = p.form == u"teacher_pupil" || p.form == u"pupil_pupil" ? 7 : 6;
        const QDate end = p.end();
        if (p.menteeQuestionnaire.isValid() && p.menteeQuestionnaire <= m_today && end <= m_today) {
            // A completed pair: the final evaluation on the day the pair records, the
            // satisfaction of both sides between the end and the report (004 п. 6.1; 002 8.3).
            QDate last = std::max(p.menteeQuestionnaire, p.reportDate.isValid() ? p.reportDate : end.addDays(7));
            last = std::min(last, m_today);
            for (const QString& mentee : p.mentees) {
                planned << Slot{finalForm, mentee, p.id, p.menteeQuestionnaire, floor};
                planned << Slot{menteeForm, mentee, p.id, dayBetween(m_seq, end, last), floor};
            }
            planned << Slot{mentorForm, p.mentorOn(end), p.id, dayBetween(m_seq, end, last), 6};
        } else if (p.isActiveOn(m_today) && p.start.daysTo(m_today) > 45 && m_seq.chance(40)) {
            // Intermediate feedback of an active pair (roadmap: current control).
            planned << Slot{feedbackForm, p.mentees.first(), p.id,
                          dayBetween(m_seq, std::max(p.start.addDays(30), m_today.addDays(-60)), m_today.addDays(-1)), 6};
        }
    }
    // The curator's questionnaire on conditions at the end of every half-year (002 5.1).
    for (Period half = Period::halfYearOf(m_today).previous(); half.to >= kCohorts[0].schoolStart; half = half.previous())
        planned << Slot{curatorForm, m_data.organization.curator, QString(), workdayBefore(half.to.addDays(-14)), 6};

    const std::vector<bool> keep = spreadOver(planned.size(), m_scale.responses);
    const demo::Draw draw = [this](int bound) { return m_seq.next(bound); };
    m.responses.reserve(m_scale.responses);
    for (qsizetype k = 0; k < planned.size(); ++k) {
        if (!keep[std::size_t(k)])
            continue;
        const Slot& s = planned.at(k);
        Response r;
        r.questionnaire = s.form->id;
        r.person = s.person;
        r.pair = s.pair;
        r.date = s.date;
        r.answers = demo::answersTo(*s.form, s.floor, draw);
        m.responses << std::move(r);
    }
    std::stable_sort(m.responses.begin(), m.responses.end(), [](const Response& a, const Response& b) { return a.date < b.date; });
    for (qsizetype k = 0; k < m.responses.size(); ++k)
        m.responses[k].id = u"a%1"_s.arg(k + 1);
}

void Generator::makeTestResults()
{
    MonitoringData& m = m_data.monitoring;
    // A diagnostic test of every form (000 5.3.1), two where the pupils' subjects differ.
    static const struct
    {
        const char16_t* form;
        const char16_t* title;
    } kTests[] = {
        {u"teacher_teacher", u"Диагностика профессиональных затруднений молодого педагога"},
        {u"traditional", u"Диагностика профессиональных затруднений педагога"},
        {u"tutoring", u"Диагностика образовательных потребностей и интересов"},
        {u"coaching", u"Самооценка профессиональных компетенций педагога"},
        {u"mentoring", u"Диагностика управленческих компетенций"},
        {u"teacher_pupil", u"Диагностическая работа по математике (5–8 классы)"},
        {u"teacher_pupil", u"Диагностическая работа по русскому языку (5–8 классы)"},
        {u"pupil_pupil", u"Диагностика учебной мотивации"},
        {u"student_pupil", u"Диагностика готовности к проектной деятельности"},
        {u"employer_pupil", u"Профориентационная диагностика"},
        {u"civil_service", u"Тест на знание нормативных правовых актов"},
        {u"civil_service", u"Тест на знание основ государственной гражданской службы"},
    };
    QHash<QString, QList<int>> testsOf;
    for (const auto& t : kTests) {
        KnowledgeTest test;
        test.id = u"t%1"_s.arg(m.tests.size() + 1);
        test.title = text(t.title);
        test.form = text(t.form);
        test.maxScore = 100;
        test.note = u"Входная — в начале наставничества, итоговая — по его окончании"_s;
        testsOf[test.form] << int(m.tests.size());
        m.tests << test;
    }

    // Entry results a week after the start, final ones a week before the end; a mentee in
    // several pairs of a form writes the test once a stage (test_result is unique by them).
    QList<TestResult> candidates;
    QSet<QString> written;
    for (qsizetype i = 0; i < m_data.pairs.size(); ++i) {
        const Pair& p = m_data.pairs.at(i);
        const QList<int> tests = testsOf.value(p.form);
        const QDate entryDay = workday(p.start.addDays(7));
        if (tests.isEmpty() || entryDay > m_today)
            continue;
        const QDate end = p.end();
        const QDate finalDay = workdayBefore(end.addDays(p.completedEarly() ? -1 : -7));
        const bool completed = end <= m_today && finalDay <= m_today && finalDay > entryDay;
        for (const QString& mentee : p.mentees) {
            for (qsizetype t = 0; t < tests.size(); ++t) {
                const KnowledgeTest& test = m.tests.at(tests.at((i + t) % tests.size()));
                const QString key = test.id + u'\n' + mentee;
                if (written.contains(key))
                    continue;
                written.insert(key);
                const double entry = std::round(test.maxScore * (0.3 + m_seq.next(35) / 100.0));
                candidates << TestResult{test.id, mentee, p.id, u"entry"_s, entryDay, entry};
                if (completed) {
                    // Mostly a gain, now and then a step back.
                    const double change = m_seq.chance(8) ? -double(m_seq.next(8)) : std::round(test.maxScore * (0.04 + m_seq.next(25) / 100.0));
                    candidates << TestResult{test.id, mentee, p.id, u"final"_s, finalDay,
                                             std::clamp(entry + change, 0.0, test.maxScore)};
                }
                break;
            }
        }
    }
    const std::vector<bool> keep = spreadOver(candidates.size(), m_scale.testResults);
    m.testResults.reserve(m_scale.testResults);
    for (qsizetype k = 0; k < candidates.size(); ++k) {
        if (keep[std::size_t(k)])
            m.testResults << candidates.at(k);
    }
}

void Generator::makeMonitoring()
{
    makeResponses();
    makeTestResults();
    MonitoringData& m = m_data.monitoring;
    const demo::Draw draw = [this](int bound) { return m_seq.next(bound); };

    // The roadmap of the current school year; besides the one the template marks, a few more
    // activities whose deadline has passed are not done yet.
    if (std::optional<Roadmap> roadmap = demo::roadmapOf(m_data, m_today, draw)) {
        for (RoadmapStage& stage : roadmap->stages) {
            for (RoadmapActivity& a : stage.activities) {
                if (a.status == u"done" && a.end > m_today.addDays(-60) && m_seq.chance(30)) {
                    a.status = u"in_progress"_s;
                    a.done = QDate();
                }
            }
        }
        m.roadmaps << *roadmap;
    }

    // SWOT analyses at the end of the last three half-years; the evaluation of the last one.
    const Period previous = Period::halfYearOf(m_today).previous();
    Period half = previous;
    for (int k = 0; k < 3; ++k, half = half.previous())
        m.swots << demo::swotOf(half.code(), workdayBefore(half.to.addDays(-12)));
    m.evaluations << demo::evaluationOf(m_data, previous, workdayBefore(previous.to.addDays(-5)), u"e1"_s);
}

Region Generator::run()
{
    makePeople();
    makePairs();
    materialisePairs();
    addEvents();
    makeOrders();
    makeConsentsAndCredentials();
    makeMonitoring();
    Q_ASSERT(m_data.orders.size() == m_scale.orders);
    Region region;
    region.data = std::move(m_data);
    region.today = m_today;
    region.orderOf40 = m_orders.at(m_orderOf40).id;
    return region;
}

} // namespace

Region generateRegion(const Scale& scale)
{
    return Generator(scale).run();
}

} // namespace nastavnik::bench
