#pragma once

// A small school with known answers for the monitoring tests (see tst_monitoring.cpp for the
// numbers each indicator must give).

#include "domain/Dataset.h"

#include <QString>

namespace nastavnik::test {

inline Person monitoringPerson(const QString& id, const QString& last, const QString& kind, bool menteeBase = false)
{
    Person p;
    p.id = id;
    p.lastName = last;
    p.firstName = QStringLiteral("Имя");
    p.middleName = QStringLiteral("Отчество");
    p.kind = kind;
    p.menteeBase = menteeBase;
    return p;
}

inline PlanItem monitoringItem(const QString& title, const QDate& due, const QDate& done, const QString& status)
{
    PlanItem i;
    i.title = title;
    i.due = due;
    i.done = done;
    i.status = status;
    return i;
}

inline Answer scaleAnswer(const QString& question, int value)
{
    Answer a;
    a.question = question;
    a.scale = value;
    return a;
}

/// People p1–p8, pairs g1–g4, questionnaires, responses, a test, a roadmap (see the test).
inline Dataset monitoringSchool()
{
    Dataset d;
    d.organization.name = QStringLiteral("МОУ «Тестовая СОШ»");
    d.organization.shortName = QStringLiteral("МОУ «Тестовая СОШ»");
    d.organization.curator = QStringLiteral("p1");
    Person p1 = monitoringPerson(QStringLiteral("p1"), QStringLiteral("Первова"), QStringLiteral("teacher"));
    p1.mentorBase = true;
    Person p2 = monitoringPerson(QStringLiteral("p2"), QStringLiteral("Второва"), QStringLiteral("teacher"));
    p2.mentorBase = true;
    Person p3 = monitoringPerson(QStringLiteral("p3"), QStringLiteral("Третьякова"), QStringLiteral("teacher"), true);
    Person p4 = monitoringPerson(QStringLiteral("p4"), QStringLiteral("Четвертаков"), QStringLiteral("teacher"), true);
    p4.archived = true; // left the school
    Person p5 = monitoringPerson(QStringLiteral("p5"), QStringLiteral("Пятаков"), QStringLiteral("pupil"), true);
    Person p6 = monitoringPerson(QStringLiteral("p6"), QStringLiteral("Шестакова"), QStringLiteral("pupil"), true);
    Person p7 = monitoringPerson(QStringLiteral("p7"), QStringLiteral("Семёнов"), QStringLiteral("pupil"));
    Person p8 = monitoringPerson(QStringLiteral("p8"), QStringLiteral("Восьмёркина"), QStringLiteral("teacher"), true);
    d.people = {p1, p2, p3, p4, p5, p6, p7, p8};

    Pair g1;
    g1.id = QStringLiteral("g1");
    g1.form = QStringLiteral("teacher_teacher");
    g1.mentor = QStringLiteral("p1");
    g1.mentees = {QStringLiteral("p3")};
    g1.start = QDate(2026, 1, 15);
    g1.plannedEnd = QDate(2026, 12, 31);
    g1.hasPlan = true;
    g1.planItems = {monitoringItem(QStringLiteral("Посещение уроков"), QDate(2026, 2, 1), QDate(2026, 1, 30), QStringLiteral("done")),
                    monitoringItem(QStringLiteral("Открытый урок"), QDate(2026, 3, 1), QDate(2026, 3, 5), QStringLiteral("done")),
                    monitoringItem(QStringLiteral("Отменённое"), QDate(2026, 5, 1), QDate(), QStringLiteral("cancelled")),
                    monitoringItem(QStringLiteral("Летнее"), QDate(2026, 8, 1), QDate(), QStringLiteral("planned"))};
    g1.meetings = {Meeting{0, QDate(2026, 1, 20), QStringLiteral("first"), {}, {}},
                   Meeting{0, QDate(2026, 2, 10), QStringLiteral("regular"), {}, {}},
                   Meeting{0, QDate(2026, 7, 10), QStringLiteral("regular"), {}, {}}};

    Pair g2;
    g2.id = QStringLiteral("g2");
    g2.form = QStringLiteral("teacher_pupil");
    g2.mentor = QStringLiteral("p2");
    g2.mentees = {QStringLiteral("p5")};
    g2.start = QDate(2026, 2, 1);
    g2.plannedEnd = QDate(2026, 6, 30);
    g2.actualEnd = QDate(2026, 5, 15);
    g2.hasPlan = true;
    g2.planItems = {monitoringItem(QStringLiteral("Олимпиада"), QDate(2026, 3, 1), QDate(2026, 2, 28), QStringLiteral("done"))};
    PairEvent early;
    early.type = QStringLiteral("early_completion");
    early.date = QDate(2026, 5, 15);
    early.initiator = QStringLiteral("agreement");
    g2.events = {early};

    Pair g3;
    g3.id = QStringLiteral("g3");
    g3.form = QStringLiteral("teacher_pupil");
    g3.mentor = QStringLiteral("p1");
    g3.mentees = {QStringLiteral("p6")};
    g3.start = QDate(2025, 9, 1);
    g3.plannedEnd = QDate(2026, 5, 31);
    PairEvent replacement;
    replacement.type = QStringLiteral("replacement");
    replacement.date = QDate(2026, 3, 10);
    replacement.newMentor = QStringLiteral("p2");
    replacement.ground = QStringLiteral("request");
    g3.events = {replacement};

    Pair g4;
    g4.id = QStringLiteral("g4");
    g4.form = QStringLiteral("teacher_teacher");
    g4.mentor = QStringLiteral("p2");
    g4.mentees = {QStringLiteral("p4")};
    g4.start = QDate(2025, 2, 1);
    g4.plannedEnd = QDate(2025, 12, 31);
    d.pairs = {g1, g2, g3, g4};

    MonitoringData& m = d.monitoring;
    Questionnaire satisfaction;
    satisfaction.id = QStringLiteral("ms");
    satisfaction.family = QStringLiteral("ms");
    satisfaction.title = QStringLiteral("Удовлетворённость наставляемого");
    satisfaction.purpose = QStringLiteral("mentee_satisfaction");
    satisfaction.questions = {Question{QStringLiteral("q1"), QStringLiteral("scale"), QStringLiteral("Довольны?"), {}},
                              Question{QStringLiteral("q2"), QStringLiteral("scale"), QStringLiteral("Полезно?"), {}},
                              Question{QStringLiteral("q3"), QStringLiteral("text"), QStringLiteral("Что улучшить?"), {}}};
    Questionnaire finalEval = satisfaction;
    finalEval.id = QStringLiteral("fe");
    finalEval.family = QStringLiteral("fe");
    finalEval.purpose = QStringLiteral("final_evaluation");
    Questionnaire mentor = satisfaction;
    mentor.id = QStringLiteral("mt");
    mentor.family = QStringLiteral("mt");
    mentor.purpose = QStringLiteral("mentor_satisfaction");
    mentor.respondent = QStringLiteral("mentor");
    m.questionnaires = {satisfaction, finalEval, mentor};

    Response r1{QStringLiteral("a1"), QStringLiteral("ms"), QStringLiteral("p3"), QStringLiteral("g1"), QDate(2026, 5, 20),
                {scaleAnswer(QStringLiteral("q1"), 8), scaleAnswer(QStringLiteral("q2"), 10)}, {}};
    Response r2{QStringLiteral("a2"), QStringLiteral("fe"), QStringLiteral("p5"), QStringLiteral("g2"), QDate(2026, 5, 20),
                {scaleAnswer(QStringLiteral("q1"), 6)}, {}};
    Response r3{QStringLiteral("a3"), QStringLiteral("mt"), QStringLiteral("p1"), QStringLiteral("g1"), QDate(2026, 6, 1),
                {scaleAnswer(QStringLiteral("q1"), 7), scaleAnswer(QStringLiteral("q2"), 9)}, {}};
    Response r4{QStringLiteral("a4"), QStringLiteral("ms"), QStringLiteral("p3"), QStringLiteral("g1"), QDate(2026, 8, 1),
                {scaleAnswer(QStringLiteral("q1"), 2)}, {}};
    m.responses = {r1, r2, r3, r4};

    m.tests = {KnowledgeTest{QStringLiteral("t1"), QStringLiteral("Диагностика"), 20, {}, {}}};
    m.testResults = {
        TestResult{QStringLiteral("t1"), QStringLiteral("p3"), QStringLiteral("g1"), QStringLiteral("entry"), QDate(2026, 1, 20), 8},
        TestResult{QStringLiteral("t1"), QStringLiteral("p3"), QStringLiteral("g1"), QStringLiteral("final"), QDate(2026, 6, 10), 14},
        TestResult{QStringLiteral("t1"), QStringLiteral("p5"), QString(), QStringLiteral("entry"), QDate(2026, 2, 5), 10},
        TestResult{QStringLiteral("t1"), QStringLiteral("p5"), QString(), QStringLiteral("final"), QDate(2026, 5, 14), 12},
        TestResult{QStringLiteral("t1"), QStringLiteral("p6"), QStringLiteral("g3"), QStringLiteral("entry"), QDate(2025, 9, 10), 5},
    };

    Roadmap r;
    r.id = QStringLiteral("r1");
    r.title = QStringLiteral("Дорожная карта");
    r.year = 2025;
    RoadmapStage stage;
    stage.title = QStringLiteral("Подготовка");
    RoadmapActivity missed;
    missed.id = QStringLiteral("ra1");
    missed.title = QStringLiteral("Обучение наставников");
    missed.start = QDate(2026, 3, 1);
    missed.end = QDate(2026, 4, 1);
    missed.responsible = QStringLiteral("p1");
    RoadmapActivity done = missed;
    done.id = QStringLiteral("ra2");
    done.title = QStringLiteral("Педсовет");
    done.status = QStringLiteral("done");
    done.done = QDate(2026, 3, 20);
    RoadmapActivity cancelled = missed;
    cancelled.id = QStringLiteral("ra3");
    cancelled.title = QStringLiteral("Конференция");
    cancelled.status = QStringLiteral("cancelled");
    stage.activities = {missed, done, cancelled};
    r.stages = {stage};
    m.roadmaps = {r};
    return d;
}

} // namespace nastavnik::test
