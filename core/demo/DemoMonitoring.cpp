#include "demo/DemoMonitoring.h"

#include "monitoring/Indicators.h"
#include "monitoring/Period.h"
#include "monitoring/Templates.h"

#include <QHash>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace nastavnik::demo {
namespace {

class Dice
{
public:
    explicit Dice(quint32 seed)
        : m_state(seed)
    {
    }
    int next(int bound)
    {
        m_state = m_state * 1103515245u + 12345u;
        return int((m_state >> 9) % quint32(bound));
    }

private:
    quint32 m_state;
};

/// A satisfied school: mostly 7–10, now and then lower.
int score(const Draw& draw, int floor)
{
    const int roll = draw(20);
    if (roll < 2)
        return floor - 1 + draw(2);
    return std::min(10, floor + 1 + draw(4) + (roll > 14 ? 1 : 0));
}

QDate workday(QDate d)
{
    while (d.dayOfWeek() > 5)
        d = d.addDays(1);
    return d;
}

class Builder
{
public:
    Builder(Dataset& data, const QDate& today)
        : m_data(data)
        , m_today(today)
        , m_dice(quint32(today.toJulianDay()) ^ 0x5eedu)
        , m_draw([this](int bound) { return m_dice.next(bound); })
    {
        m_yearStart = QDate(today.month() >= 9 ? today.year() : today.year() - 1, 9, 1);
        m_current = Period::halfYearOf(today);
        m_previous = m_current.previous();
    }

    void build();

private:
    void roadmap();
    void questionnaires();
    void responses();
    void tests();
    void swot();
    void evaluation();
    Response answer(const Questionnaire& q, const QString& person, const QString& pair, const QDate& date, int floor);
    QString nextResponseId() { return u"a%1"_s.arg(++m_responses); }

    Dataset& m_data;
    QDate m_today;
    QDate m_yearStart;
    Period m_current;
    Period m_previous;
    Dice m_dice;
    Draw m_draw;
    int m_responses = 0;
};

void Builder::roadmap()
{
    if (std::optional<Roadmap> r = roadmapOf(m_data, m_today, m_draw))
        m_data.monitoring.roadmaps << *r;
}

void Builder::questionnaires()
{
    // Every built-in questionnaire is in the database; the mentees' satisfaction was edited this
    // school year (a question added) after it had been answered: a second version.
    for (Questionnaire q : QuestionnaireLibrary::builtIn()) {
        q.created = m_yearStart.addYears(-1).addDays(-10);
        m_data.monitoring.questionnaires << q;
        if (q.id == u"mentee_satisfaction") {
            Questionnaire v2 = q;
            v2.id = u"mentee_satisfaction-v2"_s;
            v2.version = 2;
            v2.created = m_yearStart.addDays(-5);
            Question recommend;
            recommend.id = u"q11"_s;
            recommend.kind = u"single"_s;
            recommend.text = u"Посоветовали бы вы участие в программе наставничества друзьям?"_s;
            recommend.options = {u"Да"_s, u"Нет"_s, u"Затрудняюсь ответить"_s};
            v2.questions.insert(8, recommend);
            m_data.monitoring.questionnaires << v2;
        }
    }
}

Response Builder::answer(const Questionnaire& q, const QString& person, const QString& pair, const QDate& date, int floor)
{
    Response r;
    r.id = nextResponseId();
    r.questionnaire = q.id;
    r.person = person;
    r.pair = pair;
    r.date = date;
    r.answers = answersTo(q, floor, m_draw);
    return r;
}

void Builder::responses()
{
    const MonitoringData& m = m_data.monitoring;
    const Questionnaire* menteeV1 = m.questionnaire(u"mentee_satisfaction"_s);
    const Questionnaire* menteeV2 = m.questionnaire(u"mentee_satisfaction-v2"_s);
    const Questionnaire* mentor = m.questionnaire(u"mentor_satisfaction"_s);
    const Questionnaire* finalForm = m.questionnaire(u"final_evaluation"_s);
    const Questionnaire* feedback = m.questionnaire(u"feedback"_s);
    const Questionnaire* curator = m.questionnaire(u"curator_conditions"_s);
    if (!menteeV1 || !menteeV2 || !mentor || !finalForm || !feedback || !curator)
        return;
    QList<Response> out;

    // Satisfaction at the end of each half-year (002 8.2, 8.3): the previous one with the first
    // version, the current one (so far) with the second.
    const struct
    {
        Period period;
        const Questionnaire* mentees;
        QDate from;
        QDate to;
    } surveys[] = {
        {m_previous, menteeV1, m_previous.to.addDays(-70), m_previous.to.addDays(-35)},
        {m_current, menteeV2, std::max(m_current.from, m_today.addDays(-16)), m_today.addDays(-2)},
    };
    for (const auto& survey : surveys) {
        if (survey.to < survey.from)
            continue;
        const int span = int(survey.from.daysTo(survey.to)) + 1;
        const QDate middle = survey.from.addDays(span / 2);
        int k = 0;
        QStringList mentorsAsked;
        for (const Pair& p : std::as_const(m_data.pairs)) {
            if (!p.isActiveOn(middle))
                continue;
            // Most pairs answer; a few questionnaires are not returned.
            if (++k % 5 == 0)
                continue;
            const QDate date = workday(survey.from.addDays(m_dice.next(span)));
            if (date > m_today)
                continue;
            for (const QString& mentee : p.mentees)
                out << answer(*survey.mentees, mentee, p.id, date, p.form == u"teacher_teacher" ? 6 : 7);
            const QString mentorId = p.mentorOn(date);
            if (!mentorsAsked.contains(mentorId)) {
                mentorsAsked << mentorId;
                out << answer(*mentor, mentorId, p.id, date, 6);
            }
        }
    }

    // The mentee's final evaluation when a pair ends (004 6.1): the date the pair records.
    for (const Pair& p : std::as_const(m_data.pairs)) {
        if (!p.menteeQuestionnaire.isValid() || p.menteeQuestionnaire > m_today)
            continue;
        for (const QString& mentee : p.mentees)
            out << answer(*finalForm, mentee, p.id, p.menteeQuestionnaire, 7);
    }

    // Intermediate feedback of the current school year (roadmap: current control).
    const QDate feedbackDay = workday(std::max(m_yearStart.addDays(50), m_today.addDays(-6)));
    if (feedbackDay <= m_today) {
        int k = 0;
        for (const Pair& p : std::as_const(m_data.pairs)) {
            if (p.isActiveOn(feedbackDay) && ++k % 3 == 0 && !p.mentees.isEmpty())
                out << answer(*feedback, p.mentees.first(), p.id, feedbackDay, 6);
        }
    }

    // The curator's questionnaire on conditions, once a half-year.
    const QString curatorId = m_data.organization.curator;
    if (!curatorId.isEmpty())
        out << answer(*curator, curatorId, QString(), workday(m_previous.to.addDays(-10)), 6);

    std::stable_sort(out.begin(), out.end(), [](const Response& a, const Response& b) { return a.date < b.date; });
    m_responses = 0;
    for (Response& r : out)
        r.id = nextResponseId();
    m_data.monitoring.responses = out;
}

void Builder::tests()
{
    KnowledgeTest teachers;
    teachers.id = u"t1"_s;
    teachers.title = u"Диагностика профессиональных затруднений молодого педагога"_s;
    teachers.maxScore = 40;
    teachers.form = u"teacher_teacher"_s;
    teachers.note = u"Входная — в начале наставничества, итоговая — по его окончании"_s;
    KnowledgeTest pupils;
    pupils.id = u"t2"_s;
    pupils.title = u"Диагностическая работа по математике (5–8 классы)"_s;
    pupils.maxScore = 20;
    pupils.form = u"teacher_pupil"_s;
    m_data.monitoring.tests << teachers << pupils;

    for (const Pair& p : std::as_const(m_data.pairs)) {
        const KnowledgeTest* test = p.form == u"teacher_teacher" ? &teachers : p.form == u"teacher_pupil" ? &pupils : nullptr;
        if (!test || !p.start.isValid())
            continue;
        for (const QString& mentee : p.mentees) {
            const QDate entryDay = workday(p.start.addDays(7));
            if (entryDay > m_today)
                continue;
            const double entry = std::round(test->maxScore * (0.35 + m_dice.next(25) / 100.0));
            m_data.monitoring.testResults << TestResult{test->id, mentee, p.id, u"entry"_s, entryDay, entry};
            const QDate end = p.end();
            const QDate finalDay = workday(end.addDays(p.completedEarly() ? -1 : -7));
            if (end.isValid() && end <= m_today && finalDay <= m_today) {
                const double reached
                    = std::min(test->maxScore, entry + std::round(test->maxScore * (0.08 + m_dice.next(20) / 100.0)));
                m_data.monitoring.testResults << TestResult{test->id, mentee, p.id, u"final"_s, finalDay, reached};
            }
        }
    }
}

void Builder::swot()
{
    m_data.monitoring.swots << swotOf(m_previous.code(), workday(m_previous.to.addDays(-12)));
}

void Builder::evaluation()
{
    // The evaluation of the previous half-year as the curator saved it then.
    const QDate saved = workday(m_previous.to.addDays(-5));
    if (saved <= m_today)
        m_data.monitoring.evaluations << evaluationOf(m_data, m_previous, saved, u"e1"_s);
}

void Builder::build()
{
    roadmap();
    questionnaires();
    responses();
    tests();
    swot();
    evaluation();
}

} // namespace

std::optional<Roadmap> roadmapOf(const Dataset& data, const QDate& today, const Draw& draw)
{
    const int year = today.month() >= 9 ? today.year() : today.year() - 1;
    Result<Roadmap> made = RoadmapTemplate::create(year, data);
    if (!made)
        return std::nullopt;
    Roadmap r = made.value();
    r.id = u"r1"_s;
    const QDate yearStart(year, 9, 1);
    for (const Order& o : data.orders) {
        if (o.type == u"roadmap_approval" && o.date >= yearStart.addDays(-40))
            r.order = o.id;
    }
    // Done what has ended, in progress what is under way; the most recent deadline that passed
    // was missed (the training of mentors is late): «Сегодня» and the report show it.
    RoadmapActivity* missed = nullptr;
    int n = 0;
    for (RoadmapStage& stage : r.stages) {
        for (RoadmapActivity& a : stage.activities) {
            a.id = u"ra%1"_s.arg(++n);
            if (a.end.isValid() && a.end < today) {
                a.status = u"done"_s;
                a.done = workday(a.end.addDays(-draw(4)));
                if (a.done < a.start)
                    a.done = a.end;
                if (!missed || a.end > missed->end)
                    missed = &a;
            } else if (a.start.isValid() && a.start <= today) {
                a.status = u"in_progress"_s;
            }
        }
    }
    if (missed) {
        missed->status = u"in_progress"_s;
        missed->done = QDate();
        missed->note = u"Перенесено: обучение наставников не завершено, ждём эксперта ИРО"_s;
    }
    return r;
}

QList<Answer> answersTo(const Questionnaire& q, int floor, const Draw& draw)
{
    static const QStringList remarks = {u"Больше встреч в неформальной обстановке"_s,
                                        u"Хотелось бы чаще совместных проектов"_s,
                                        u"Всё устраивает, спасибо наставнику"_s,
                                        u"Нужно больше времени на встречи"_s};
    QList<Answer> answers;
    answers.reserve(q.questions.size());
    for (const Question& question : q.questions) {
        Answer a;
        a.question = question.id;
        if (question.kind == u"scale") {
            a.scale = score(draw, floor);
        } else if (question.kind == u"single") {
            // The first options are the favourable ones.
            a.choices = {draw(4) == 0 ? std::min<int>(1, int(question.options.size()) - 1) : 0};
        } else if (question.kind == u"multiple") {
            for (int i = 0; i < question.options.size(); ++i) {
                if (draw(3) == 0)
                    a.choices << i;
            }
            if (a.choices.isEmpty())
                a.choices << 0;
        } else if (draw(3) == 0) {
            a.text = remarks.at(draw(int(remarks.size())));
        }
        if (!a.isEmpty())
            answers << a;
    }
    return answers;
}

QList<Swot> swotOf(const QString& period, const QDate& date)
{
    Swot tp;
    tp.form = u"teacher_pupil"_s;
    tp.period = period;
    tp.date = date;
    tp.strengths = {u"Наставники — опытные учителя, хорошо знающие своих учеников"_s,
                    u"Регулярные встречи по индивидуальным планам, планы выполнены в срок"_s,
                    u"Рост результатов итоговой диагностики по математике"_s};
    tp.weaknesses = {u"Большая нагрузка наставников, встречи переносятся"_s,
                     u"Не все родители информированы о работе пар"_s};
    tp.opportunities = {u"Привлечение студентов Ирбитского гуманитарного колледжа"_s,
                        u"Участие наставляемых в школьном этапе олимпиад и проектах"_s};
    tp.threats = {u"Снижение мотивации наставляемых к концу учебного года"_s,
                  u"Уход наставников на другую работу"_s};
    Swot tt;
    tt.form = u"teacher_teacher"_s;
    tt.period = period;
    tt.date = date;
    tt.strengths = {u"Опытные педагоги готовы быть наставниками молодых специалистов"_s,
                    u"Методическое объединение поддерживает взаимопосещение уроков"_s};
    tt.weaknesses = {u"Нет утверждённых программ обучения наставников"_s,
                     u"Наставник и наставляемый часто ведут разные предметы"_s};
    tt.opportunities = {u"Приход в школу молодых специалистов в новом учебном году"_s,
                        u"Курсы ИРО для наставников, дистанционные семинары"_s};
    tt.threats = {u"Эмоциональное выгорание наставников"_s,
                  u"Отток молодых специалистов в первый год работы"_s};
    return {tp, tt};
}

Evaluation evaluationOf(const Dataset& data, const Period& period, const QDate& date, const QString& id)
{
    const MonitoringResult result = Indicators::compute(data, period, QString(), date);
    Evaluation e;
    e.id = id;
    e.period = period.code();
    e.date = date;
    for (const Indicator& i : result.indicators)
        e.indicators << i.toSaved();
    e.conclusions = u"Программа наставничества реализуется в соответствии с дорожной картой. Наставнические пары "
                    "выполнили индивидуальные планы; удовлетворённость наставляемых и наставников высокая.\n"
                    "Результаты итоговой диагностики наставляемых выросли по сравнению с входной.\n"
                    "В следующем полугодии: расширить формы наставничества («учитель – учитель» для молодых "
                    "специалистов, «ученик – ученик»), организовать обучение наставников, информировать родителей "
                    "о работе пар."_s;
    return e;
}

void addMonitoring(Dataset& data, const QDate& today)
{
    Builder(data, today).build();
}

} // namespace nastavnik::demo
