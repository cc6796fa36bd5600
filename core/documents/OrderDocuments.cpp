// The texts of orders, one function per orders[].type. Documents are always Russian: the
// wording is written here, in one place per order, and never goes through translation.

#include "documents/DocumentContext.h"
#include "documents/Html.h"
#include "util/Dates.h"

using namespace Qt::StringLiterals;

namespace nastavnik {
namespace {

using namespace doc;
using GC = GrammaticalCase;

struct Point
{
    QString text;             // inner HTML, without the number
    QStringList subpoints;    // «2.1. …»
    QString after;            // HTML after the point (a table)
};

struct OrderText
{
    QString preamble;    // «В соответствии с …» without the final comma
    QList<Point> points;
    bool keepControl = true;
    QString appendix;    // «Приложение: …»
    QString basis;       // «Основание: …»
};

/// «пунктом 4.18 Положения о наставничестве в …» or «Положением о наставничестве в …».
QString provisionBy(const Ctx& ctx, const QStringList& topics)
{
    QStringList numbers;
    for (const QString& t : topics) {
        const QString c = ctx.clause(t);
        if (!c.isEmpty() && !numbers.contains(c))
            numbers << c;
    }
    const QString provision = u"Положения о наставничестве в "_s + ctx.orgShort();
    if (numbers.isEmpty())
        return u"Положением о наставничестве в "_s + ctx.orgShort();
    return (numbers.size() == 1 ? u"пунктом "_s : u"пунктами "_s) + html::joinAnd(numbers) + u' ' + provision;
}

/// «(пункт 4.19 Положения)» or nothing when the profile's provision has no such clause.
QString clauseNote(const Ctx& ctx, const QString& topic)
{
    const QString c = ctx.clause(topic);
    return c.isEmpty() ? QString() : u" (пункт "_s + c + u" Положения)"_s;
}

bool isSchool(const Ctx& ctx)
{
    return ctx.data.organization.profile == u"school";
}

QString programmeName(const Ctx& ctx)
{
    return isSchool(ctx) ? u"целевой модели наставничества"_s : u"наставничества"_s;
}

const Person* curatorOf(const Ctx& ctx, const Order& o)
{
    if (o.type == u"curator_appointment") {
        for (const QString& id : o.people) {
            if (const Person* p = ctx.person(id))
                return p;
        }
    }
    return ctx.curator();
}

QString approvedBy(const Ctx& ctx, const Pair& p)
{
    if (const Order* o = ctx.approvingOrder(p))
        return u"приказом от "_s + html::dateWords(o->date) + u" №&nbsp;"_s + html::orBlank(o->number, 8);
    return u"приказом от "_s + html::dateWords(QDate()) + u" №&nbsp;"_s + html::blank(8);
}

QString pairCell(const Ctx& ctx, const Pair& p)
{
    QStringList lines;
    if (!p.title.trimmed().isEmpty())
        lines << u"<i>"_s + html::esc(p.title.trimmed()) + u"</i>"_s;
    for (const QString& id : p.mentees)
        lines << nameWithPosition(ctx.person(id), GC::Nominative);
    if (p.mentees.isEmpty())
        lines << html::blank(25);
    return lines.join(u";<br/>"_s);
}

// ---- The orders -------------------------------------------------------------------------

OrderText curatorAppointment(const Ctx& ctx, const Order& o)
{
    const Person* curator = curatorOf(ctx, o);
    OrderText t;
    if (isSchool(ctx)) {
        t.preamble = u"В соответствии с распоряжением Министерства просвещения Российской Федерации от 25.12.2019 "
                     "№&nbsp;Р-145 «Об утверждении методологии (целевой модели) наставничества обучающихся для "
                     "организаций, осуществляющих образовательную деятельность по общеобразовательным, "
                     "дополнительным общеобразовательным и программам среднего профессионального образования, "
                     "в том числе с применением лучших практик обмена опытом между обучающимися», "_s
            + provisionBy(ctx, {u"curator"_s}) + u", в целях организации наставнической деятельности"_s;
    } else {
        t.preamble = u"В соответствии с "_s + provisionBy(ctx, {u"curator"_s})
            + u", в целях организации наставнической деятельности и координации работы наставников"_s;
    }
    t.points << Point{u"Назначить "_s + nameWithPosition(curator, GC::Accusative) + u" куратором "_s + programmeName(ctx)
                          + u" в "_s + ctx.orgShort() + u" на "_s + Ctx::schoolYear(o.date) + u" учебный год."_s,
                      {},
                      {}};
    Point duties;
    duties.text = u"Куратору "_s + programmeName(ctx) + u' ' + surnameInitials(curator, GC::Dative) + u':';
    duties.subpoints << u"сформировать и поддерживать в актуальном состоянии базу наставников и базу наставляемых;"_s
                     << u"разработать проект программы наставничества и представить его на утверждение;"_s
                     << u"организовывать и контролировать мероприятия программы наставничества, готовить проекты "
                        "документов, сопровождающих наставническую деятельность;"_s
                     << u"проводить мониторинг и оценку качества реализации программ наставничества."_s;
    t.points << duties;
    t.keepControl = true;
    return t;
}

OrderText roadmapApproval(const Ctx& ctx, const Order& o)
{
    const Person* curator = ctx.curator();
    OrderText t;
    t.preamble = u"В соответствии с "_s + provisionBy(ctx, {u"roadmap"_s})
        + u", в целях планомерной реализации "_s + programmeName(ctx) + u" в "_s + Ctx::schoolYear(o.date)
        + u" учебном году"_s;
    t.points << Point{u"Утвердить дорожную карту реализации "_s + programmeName(ctx) + u" в "_s + ctx.orgShort() + u" на "_s
                          + Ctx::schoolYear(o.date) + u" учебный год (приложение к настоящему приказу)."_s,
                      {},
                      {}};
    Point duties;
    duties.text = u"Куратору "_s + programmeName(ctx) + u' ' + surnameInitials(curator, GC::Dative) + u':';
    duties.subpoints << u"обеспечить выполнение мероприятий дорожной карты в установленные сроки;"_s
                     << u"информировать участников программы наставничества о мероприятиях дорожной карты."_s;
    t.points << duties;
    t.points << Point{u"Разместить дорожную карту на официальном сайте "_s + ctx.orgShort()
                          + u" в разделе «Наставничество»."_s,
                      {},
                      {}};
    t.appendix = u"Приложение: дорожная карта на "_s + html::blank(3) + u" л. в 1 экз."_s;
    return t;
}

OrderText pairsApproval(const Ctx& ctx, const Order& o)
{
    const QList<const Pair*> pairs = ctx.pairsOfOrder(o);
    OrderText t;
    bool anyMinor = false;
    bool anyStaff = false;
    bool anyExternal = false;
    bool externalWithPupils = false;
    QList<QStringList> rows;
    int n = 0;
    for (const Pair* p : pairs) {
        const Person* mentor = ctx.person(p->mentor);
        bool pupils = false;
        for (const QString& id : p->mentees) {
            const Person* m = ctx.person(id);
            if (m && dates::isMinorOn(m->birthDate, p->start.isValid() ? p->start : o.date))
                anyMinor = true;
            pupils = pupils || (m && m->kind == u"pupil");
        }
        if (mentor && dates::isMinorOn(mentor->birthDate, p->start.isValid() ? p->start : o.date))
            anyMinor = true;
        if (mentor && mentor->isStaff())
            anyStaff = true;
        if (mentor && (mentor->external || mentor->kind == u"student" || mentor->kind == u"graduate")) {
            anyExternal = true;
            externalWithPupils = externalWithPupils || pupils;
        }
        rows << QStringList{QString::number(++n),
                            nameWithPosition(mentor, GC::Nominative),
                            pairCell(ctx, *p),
                            formName(p->form),
                            u"с "_s + html::dateShort(p->start) + u"<br/>по "_s + html::dateShort(p->endAsOf(o.date))};
    }
    if (rows.isEmpty())
        rows << QStringList{u"1"_s, html::blank(20), html::blank(20), html::blank(10), html::blank(10)};

    t.preamble = u"В соответствии с "_s + provisionBy(ctx, {u"cap"_s, u"term"_s, u"pairs"_s})
        + u", на основании добровольного письменного согласия лиц, определённых наставниками"_s
        + (anyMinor ? u", и согласий родителей (законных представителей) несовершеннолетних участников"_s : QString());
    t.points << Point{u"Утвердить наставнические пары и группы и сроки наставничества на "_s + Ctx::schoolYear(o.date)
                          + u" учебный год:"_s,
                      {},
                      html::table({u"№<br/>п/п"_s, u"Наставник"_s, u"Наставляемый (наставляемые)"_s,
                                   u"Форма"_s, u"Срок"_s},
                                  rows,
                                  {6, 31, 32, 15, 16})};
    Point mentors;
    mentors.text = u"Наставникам:"_s;
    const QString planDeadline = ctx.data.organization.profile == u"municipal"
        ? u" в течение пяти рабочих дней с начала срока наставничества"_s
        : QString();
    mentors.subpoints << u"совместно с наставляемыми разработать индивидуальные планы развития"_s + planDeadline
                             + clauseNote(ctx, u"plan"_s) + u" и представить их куратору;"_s
                      << u"осуществлять наставническую деятельность в соответствии с Положением о наставничестве "
                         "и индивидуальными планами;"_s
                      << u"по окончании срока наставничества представить отчёт о результатах наставничества."_s;
    t.points << mentors;
    if (anyStaff) {
        t.points << Point{u"Заключить с наставниками из числа работников "_s + ctx.orgShort()
                              + u" дополнительные соглашения к трудовым договорам о выполнении работы наставника "
                                "(статья 351.8 Трудового кодекса Российской Федерации)."_s,
                          {},
                          {}};
    }
    if (anyExternal) {
        QString text = u"Заключить с наставниками, приглашёнными из внешней среды, договоры о сотрудничестве на "
                       "безвозмездной основе"_s
            + clauseNote(ctx, u"external"_s);
        if (externalWithPupils && isSchool(ctx))
            text += u" и обеспечить представление ими справок об отсутствии судимости и медицинских справок "
                    "(пункт 6.1 Положения)"_s;
        t.points << Point{text + u'.', {}, {}};
    }
    t.points << Point{u"Куратору "_s + programmeName(ctx) + u' ' + surnameInitials(ctx.curator(), GC::Dative)
                          + u" обеспечить организационное и методическое сопровождение работы наставнических пар "
                            "и групп, вести базу наставников и базу наставляемых."_s,
                      {},
                      {}};
    return t;
}

QString groundPhrase(const Ctx& ctx, const QString& ground)
{
    if (ground == u"dismissal")
        return u"в связи с прекращением наставником трудовых отношений с "_s + ctx.orgShort();
    if (ground == u"incompatibility")
        return u"в связи с психологической несовместимостью наставника и наставляемого"_s;
    if (ground == u"non_performance")
        return u"в связи с систематическим неисполнением наставником своих обязанностей"_s;
    if (ground == u"disciplinary")
        return u"в связи с привлечением наставника к дисциплинарной ответственности"_s;
    if (ground == u"request")
        return u"на основании обоснованной просьбы, изложенной в заявлении"_s;
    return u"в связи с "_s + html::blank(40);
}

OrderText mentorReplacement(const Ctx& ctx, const Order& o)
{
    OrderText t;
    QStringList grounds;
    for (const Pair* p : ctx.pairsOfOrder(o)) {
        const QList<PairEvent> events = ctx.eventsOfOrder(*p, o, u"replacement"_s);
        for (const PairEvent& e : events) {
            const QDate from = e.date.isValid() ? e.date : o.date;
            const Person* oldMentor = ctx.person(p->mentorOn(from.addDays(-1)));
            const Person* newMentor = ctx.person(e.newMentor);
            const QString mentees = menteeNames(ctx, *p, GC::Genitive, true);
            if (!grounds.contains(e.ground))
                grounds << e.ground;
            t.points << Point{u"Освободить "_s + nameWithPosition(oldMentor, GC::Accusative)
                                  + u" от обязанностей наставника "_s + mentees + u" с "_s + html::dateWords(from) + u'.',
                              {},
                              {}};
            t.points << Point{u"Назначить "_s + nameWithPosition(newMentor, GC::Accusative) + u" наставником "_s
                                  + mentees + u" с "_s + html::dateWords(from) + u'.',
                              {},
                              {}};
            t.points << Point{u"Установить, что период наставничества, утверждённый "_s + approvedBy(ctx, *p)
                                  + u", не меняется: "_s + term(p->start, p->endAsOf(from)) + clauseNote(ctx, u"period"_s) + u'.',
                              {},
                              {}};
            if (oldMentor && oldMentor->isStaff()) {
                t.points << Point{u"Прекратить с "_s + html::dateWords(from)
                                      + u" выполнение работы наставника по дополнительному соглашению к трудовому "
                                        "договору с "_s
                                      + fullName(oldMentor, GC::Instrumental) + u'.',
                                  {},
                                  {}};
            }
            if (newMentor && newMentor->isStaff()) {
                t.points << Point{u"Заключить с "_s + fullName(newMentor, GC::Instrumental)
                                      + u" дополнительное соглашение к трудовому договору о выполнении работы "
                                        "наставника (статья 351.8 Трудового кодекса Российской Федерации)."_s,
                                  {},
                                  {}};
            }
            t.points << Point{u"Наставнику "_s + surnameInitials(newMentor, GC::Dative)
                                  + u" совместно с наставляемым внести изменения в индивидуальный план развития."_s,
                              {},
                              {}};
        }
    }
    if (t.points.isEmpty()) {
        t.points << Point{u"Освободить "_s + html::blank(30) + u" от обязанностей наставника "_s + html::blank(30) + u'.', {}, {}};
        t.points << Point{u"Назначить "_s + html::blank(30) + u" наставником "_s + html::blank(30) + u'.', {}, {}};
    }
    t.preamble = u"В соответствии с "_s + provisionBy(ctx, {u"replacement"_s, u"period"_s}) + u", "_s
        + groundPhrase(ctx, grounds.size() == 1 ? grounds.first() : QString());
    t.keepControl = false;
    t.basis = grounds.contains(u"request"_s)
        ? u"Основание: заявление "_s + html::blank(30) + u" от "_s + html::dateQuoted(QDate()) + u'.'
        : u"Основание: "_s + html::blank(50) + u'.';
    return t;
}

QString reasonPhrase(const QString& reason)
{
    if (reason == u"sick_leave")
        return u"временной нетрудоспособностью"_s;
    if (reason == u"business_trip")
        return u"командировкой"_s;
    if (reason == u"absence")
        return u"продолжительным отсутствием по уважительной причине"_s;
    return html::blank(30);
}

OrderText extension(const Ctx& ctx, const Order& o)
{
    OrderText t;
    bool staff = false;
    for (const Pair* p : ctx.pairsOfOrder(o)) {
        const QList<PairEvent> events = ctx.eventsOfOrder(*p, o, u"extension"_s);
        for (const PairEvent& e : events) {
            const Person* mentor = ctx.person(p->mentorOn(e.date.isValid() ? e.date : o.date));
            t.points << Point{u"Продлить до "_s + html::dateWords(e.newEnd) + u" срок наставничества в отношении "_s
                                  + menteeNames(ctx, *p, GC::Genitive, true) + u" (наставник — "_s + fullName(mentor)
                                  + u"), установленный "_s + approvedBy(ctx, *p) + u", в связи с "_s
                                  + reasonPhrase(e.reason) + u'.',
                              {},
                              {}};
            t.points << Point{u"Наставнику "_s + surnameInitials(mentor, GC::Dative)
                                  + u" внести соответствующие изменения в индивидуальный план развития."_s,
                              {},
                              {}};
            if (mentor && mentor->isStaff()) {
                staff = true;
                t.points << Point{u"Внести изменения в дополнительное соглашение к трудовому договору с "_s
                                      + fullName(mentor, GC::Instrumental) + u" в части срока наставничества."_s,
                                  {},
                                  {}};
            }
        }
    }
    if (t.points.isEmpty())
        t.points << Point{u"Продлить до "_s + html::dateWords(QDate()) + u" срок наставничества в отношении "_s + html::blank(40) + u'.', {}, {}};
    t.preamble = u"В соответствии с "_s + provisionBy(ctx, {u"extension"_s})
        + (staff ? u", статьёй 351.8 Трудового кодекса Российской Федерации"_s : QString());
    t.keepControl = false;
    t.basis = u"Основание: служебная записка куратора от "_s + html::dateQuoted(QDate()) + u'.';
    return t;
}

OrderText earlyCompletion(const Ctx& ctx, const Order& o)
{
    OrderText t;
    bool staff = false;
    QStringList initiators;
    for (const Pair* p : ctx.pairsOfOrder(o)) {
        const QList<PairEvent> events = ctx.eventsOfOrder(*p, o, u"early_completion"_s);
        for (const PairEvent& e : events) {
            const QDate when = e.date.isValid() ? e.date : (p->actualEnd.isValid() ? p->actualEnd : o.date);
            const Person* mentor = ctx.person(p->mentorOn(when));
            if (!initiators.contains(e.initiator))
                initiators << e.initiator;
            t.points << Point{u"Завершить досрочно "_s + html::dateWords(when) + u" наставничество "_s
                                  + nameWithPosition(mentor, GC::Genitive) + u" в отношении "_s
                                  + menteeNames(ctx, *p, GC::Genitive, true) + u", установленное "_s
                                  + approvedBy(ctx, *p) + u" на срок "_s + term(p->start, p->plannedEnd) + u'.',
                              {},
                              {}};
            if (mentor && mentor->isStaff()) {
                staff = true;
                QString text = u"Прекратить с "_s + html::dateWords(when) + u" выполнение "_s
                    + fullName(mentor, GC::Instrumental)
                    + u" работы наставника, предусмотренной дополнительным соглашением к трудовому договору."_s;
                if (e.initiator == u"employer")
                    text += u" Письменное уведомление о досрочном прекращении выполнения работы наставника вручено "
                            "наставнику "_s
                        + html::dateWords(e.noticeDate)
                        + u", не позднее чем за три рабочих дня (статья 351.8 Трудового кодекса Российской Федерации)."_s;
                else if (e.initiator == u"mentor")
                    text += u" Письменное заявление наставника о досрочном прекращении выполнения работы наставника "
                            "получено "_s
                        + html::dateWords(e.noticeDate) + u'.';
                t.points << Point{text, {}, {}};
            }
            const QString deadline = ctx.data.organization.profile == u"municipal"
                ? u" в течение пяти рабочих дней (пункт 6.1 Положения)"_s
                : QString();
            t.points << Point{u"Наставнику "_s + surnameInitials(mentor, GC::Dative)
                                  + u" представить отчёт о результатах наставничества"_s + deadline + u'.',
                              {},
                              {}};
        }
    }
    if (t.points.isEmpty())
        t.points << Point{u"Завершить досрочно "_s + html::dateWords(QDate()) + u" наставничество в отношении "_s + html::blank(40) + u'.', {}, {}};
    QString reason;
    if (initiators.size() == 1) {
        const QString& i = initiators.first();
        if (i == u"mentor")
            reason = u", на основании заявления наставника"_s;
        else if (i == u"employer")
            reason = u", по инициативе работодателя"_s;
        else if (i == u"agreement")
            reason = u", по согласованию с наставником и куратором, в связи с быстрым и успешным освоением "
                     "наставляемым необходимых компетенций"_s;
    }
    t.preamble = u"В соответствии с "_s + provisionBy(ctx, {u"extension"_s})
        + (staff ? u", статьёй 351.8 Трудового кодекса Российской Федерации"_s : QString()) + reason;
    t.keepControl = false;
    t.basis = initiators.contains(u"mentor"_s)
        ? u"Основание: заявление наставника от "_s + html::dateQuoted(QDate()) + u'.'
        : u"Основание: служебная записка куратора от "_s + html::dateQuoted(QDate()) + u'.';
    return t;
}

OrderText reward(const Ctx& ctx, const Order& o)
{
    OrderText t;
    QStringList people = o.people;
    if (people.isEmpty()) {
        for (const Pair* p : ctx.pairsOfOrder(o)) {
            const QString m = p->currentMentor();
            if (!people.contains(m))
                people << m;
        }
    }
    Point thanks;
    thanks.text = u"Объявить благодарность за высокие результаты наставнической деятельности:"_s;
    for (int i = 0; i < people.size(); ++i) {
        if (const Person* p = ctx.person(people.at(i)))
            thanks.subpoints << nameWithPosition(p, GC::Dative) + (i + 1 < people.size() ? u";"_s : u"."_s);
    }
    if (thanks.subpoints.isEmpty())
        thanks.subpoints << html::blank(50) + u'.';
    t.preamble = u"В соответствии с "_s + provisionBy(ctx, {u"reward"_s})
        + u", за высокие результаты наставнической деятельности в "_s + Ctx::schoolYear(o.date) + u" учебном году"_s;
    t.points << thanks;
    t.points << Point{u"Куратору "_s + programmeName(ctx) + u' ' + surnameInitials(ctx.curator(), GC::Dative)
                          + u" разместить информацию о поощрении участников наставнической деятельности на "
                            "официальном сайте "_s
                          + ctx.orgShort()
                          + u" при наличии их согласия на обработку персональных данных, разрешённых для "
                            "распространения."_s,
                      {},
                      {}};
    return t;
}

OrderText finalEvent(const Ctx& ctx, const Order& o)
{
    OrderText t;
    t.preamble = u"В соответствии с дорожной картой реализации "_s + programmeName(ctx) + u" в "_s + ctx.orgShort()
        + u", в целях подведения итогов реализации программы наставничества в "_s + Ctx::schoolYear(o.date)
        + u" учебном году"_s;
    t.points << Point{u"Провести "_s + html::dateWords(QDate()) + u" итоговое мероприятие программы наставничества "
                                                                  "(подведение итогов работы наставнических пар и групп, "
                                                                  "презентация их результатов) в "_s
                          + html::blank(25) + u'.',
                      {},
                      {}};
    Point duties;
    duties.text = u"Куратору "_s + programmeName(ctx) + u' ' + surnameInitials(ctx.curator(), GC::Dative) + u':';
    duties.subpoints << u"подготовить программу итогового мероприятия;"_s
                     << u"обобщить результаты анкетирования удовлетворённости наставников и наставляемых;"_s
                     << u"подготовить отчёт об итогах реализации программы наставничества;"_s
                     << u"пригласить на итоговое мероприятие наставников, наставляемых, родителей (законных "
                        "представителей) и социальных партнёров."_s;
    t.points << duties;
    t.points << Point{u"Наставникам подготовить презентации результатов работы наставнических пар и групп."_s, {}, {}};
    return t;
}

QString clauseOfType(const Ctx& ctx, const QString& type)
{
    if (type == u"pairs_approval") {
        const QString c = ctx.clauseRef(u"pairs"_s);
        return c.isEmpty() ? u"002 п. 4.18"_s : c;
    }
    static const QHash<QString, QString> clauses = {
        {u"curator_appointment"_s, u"002 п. 4.3"_s},
        {u"roadmap_approval"_s, u"002 прил. 1"_s},
        {u"mentor_replacement"_s, u"002 пп. 4.15–4.16"_s},
        {u"extension"_s, u"002 п. 4.14"_s},
        {u"early_completion"_s, u"002 п. 4.14; ТК РФ ст. 351.8"_s},
        {u"reward"_s, u"002 разд. IX"_s},
        {u"final_event"_s, u"002 прил. 1"_s},
    };
    return clauses.value(type);
}

} // namespace

Result<Document> builders::order(const Ctx& ctx, const Order& o)
{
    OrderText t;
    if (o.type == u"curator_appointment")
        t = curatorAppointment(ctx, o);
    else if (o.type == u"roadmap_approval")
        t = roadmapApproval(ctx, o);
    else if (o.type == u"pairs_approval")
        t = pairsApproval(ctx, o);
    else if (o.type == u"mentor_replacement")
        t = mentorReplacement(ctx, o);
    else if (o.type == u"extension")
        t = extension(ctx, o);
    else if (o.type == u"early_completion")
        t = earlyCompletion(ctx, o);
    else if (o.type == u"reward")
        t = reward(ctx, o);
    else if (o.type == u"final_event")
        t = finalEvent(ctx, o);
    else
        return Result<Document>::failure(DocumentBuilder::tr("The order «%1» is of the type «%2», which has no form. "
                                                             "Choose one of the order types in the journal.")
                                             .arg(o.id, o.type));

    const QString heading = o.heading.trimmed().isEmpty() ? DocumentBuilder::defaultHeading(o.type) : o.heading.trimmed();
    QString out;
    out.reserve(8192);
    out += orderHeader(ctx, o, heading);
    out += html::para(t.preamble + u',');
    out += html::para(u"ПРИКАЗЫВАЮ:"_s, u"order"_s);
    int n = 0;
    for (const Point& p : std::as_const(t.points)) {
        const QString number = QString::number(++n);
        out += html::point(number, p.text);
        for (int i = 0; i < p.subpoints.size(); ++i)
            out += html::point(number + u'.' + QString::number(i + 1), p.subpoints.at(i));
        out += p.after;
    }
    out += html::point(QString::number(++n), controlPoint(ctx, t.keepControl));
    if (!t.appendix.isEmpty())
        out += html::para(t.appendix, u"space"_s);
    if (!t.basis.isEmpty())
        out += html::para(t.basis, t.appendix.isEmpty() ? u"space"_s : u"plain"_s);
    out += headSignature(ctx);
    out += acknowledgementSheet(ctx, o, heading, peopleConcerned(ctx, o));

    Document d;
    d.kind = DocumentKind::Order;
    d.subject = o.id;
    d.title = u"Приказ от %1 № %2 «%3»"_s.arg(dates::toDisplay(o.date), o.number, heading);
    d.fileName = fileName(u"Приказ_"_s + o.number + u'_' + dates::toIso(o.date));
    d.clause = clauseOfType(ctx, o.type);
    d.html = out;
    return d;
}

} // namespace nastavnik
