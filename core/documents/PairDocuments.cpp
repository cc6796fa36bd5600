// Documents of one pair: the individual plan, the mentor's report, the conclusion on the results,
// the supplementary agreement (staff mentor) or the cooperation agreement (external mentor).

#include "documents/DocumentContext.h"
#include "documents/Html.h"
#include "util/Dates.h"

using namespace Qt::StringLiterals;

namespace nastavnik {
namespace {

using namespace doc;
using GC = GrammaticalCase;

QString plural(int n, const QString& one, const QString& few, const QString& many)
{
    const int mod100 = n % 100;
    const int mod10 = n % 10;
    if (mod100 >= 11 && mod100 <= 14)
        return many;
    if (mod10 == 1)
        return one;
    if (mod10 >= 2 && mod10 <= 4)
        return few;
    return many;
}

/// Lines to fill in by hand, full width.
QString handLines(int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out += html::para(html::blank(68), u"plain"_s);
    return out;
}

QString labelled(const QString& label, const QString& valueHtml)
{
    return html::para(u"<b>"_s + label + u":</b> "_s + valueHtml, u"plain"_s);
}

QString statusText(const PlanItem& item)
{
    if (item.status == u"done")
        return item.done.isValid() ? u"выполнено "_s + dates::toDisplay(item.done) : u"выполнено"_s;
    if (item.status == u"in_progress")
        return u"выполняется"_s;
    if (item.status == u"cancelled")
        return u"отменено"_s;
    return u"запланировано"_s;
}

QString termWithChanges(const Ctx& ctx, const Pair& p)
{
    QString text = term(p.start, p.end());
    QStringList notes;
    for (const PairEvent& e : p.events) {
        if (e.type == u"extension" && e.newEnd.isValid())
            notes << u"срок продлён до "_s + html::dateWords(e.newEnd);
        else if (e.type == u"early_completion")
            notes << u"наставничество завершено досрочно "_s + html::dateWords(e.date.isValid() ? e.date : p.actualEnd);
        else if (e.type == u"replacement")
            notes << u"с "_s + html::dateWords(e.date) + u" наставник — "_s + fullName(ctx.person(e.newMentor));
    }
    if (!notes.isEmpty())
        text += u" ("_s + notes.join(u"; "_s) + u')';
    return text;
}

QString basisOf(const Ctx& ctx, const Pair& p)
{
    if (const Order* o = ctx.approvingOrder(p))
        return u"приказ от "_s + html::dateWords(o->date) + u" №&nbsp;"_s + html::orBlank(o->number, 8);
    return u"приказ от "_s + html::dateWords(QDate()) + u" №&nbsp;"_s + html::blank(8);
}

QString participants(const Ctx& ctx, const Pair& p)
{
    QString out;
    out += labelled(u"Наставник"_s, nameWithPosition(ctx.person(p.currentMentor()), GC::Nominative));
    QStringList mentees;
    for (const QString& id : p.mentees)
        mentees << nameWithPosition(ctx.person(id), GC::Nominative);
    if (!p.title.trimmed().isEmpty())
        out += labelled(u"Группа"_s, html::esc(p.title.trimmed()));
    out += labelled(mentees.size() > 1 ? u"Наставляемые"_s : u"Наставляемый"_s,
                    mentees.isEmpty() ? html::blank(40) : mentees.join(u"; "_s));
    out += labelled(p.form.startsWith(u"pupil") || p.form.startsWith(u"teacher") || p.form.startsWith(u"student")
                            || p.form.startsWith(u"employer")
                        ? u"Форма наставничества"_s
                        : u"Вид наставничества"_s,
                    formName(p.form));
    out += labelled(u"Срок наставничества"_s, termWithChanges(ctx, p));
    out += labelled(u"Основание"_s, basisOf(ctx, p));
    return out;
}

QString planTable(const Pair& p, bool withActual)
{
    QList<QStringList> rows;
    int n = 0;
    for (const PlanItem& item : p.planItems) {
        QStringList row{QString::number(++n), html::esc(item.title), html::dateShort(item.due), html::esc(item.expected)};
        if (withActual)
            row << html::esc(item.result) << statusText(item);
        rows << row;
    }
    const int empty = p.planItems.isEmpty() ? 6 : 0;
    for (int i = 0; i < empty; ++i)
        rows << QStringList{QString::number(++n), QString(), QString(), QString(), QString(), QString()};
    return html::table({u"№<br/>п/п"_s, u"Мероприятие"_s, u"Срок"_s, u"Ожидаемый результат"_s,
                        u"Фактический результат"_s, u"Отметка о выполнении"_s},
                       rows,
                       {5, 27, 12, 18, 18, 20});
}

Result<const Pair*> findPair(const Ctx& ctx, const QString& id)
{
    if (const Pair* p = ctx.pair(id))
        return p;
    return Result<const Pair*>::failure(DocumentBuilder::tr("There is no pair «%1» in the database.").arg(id));
}

QString capitalised(const QString& text)
{
    if (text.isEmpty())
        return text;
    return text.left(1).toUpper() + text.mid(1);
}

bool anyPupil(const Ctx& ctx, const Pair& p)
{
    for (const QString& id : p.mentees) {
        const Person* m = ctx.person(id);
        if (m && m->kind == u"pupil")
            return true;
    }
    return false;
}

QString genderWord(const Person* p, const QString& male, const QString& female)
{
    if (!p)
        return male + u'(' + female.mid(male.size()) + u')';
    return declension().genderOf(*p) == Gender::Female ? female : male;
}

Document document(DocumentKind kind, const Pair& p, const QString& title, const QString& file, const QString& clause, QString htmlText)
{
    Document d;
    d.kind = kind;
    d.subject = p.id;
    d.title = title;
    d.fileName = fileName(file);
    d.clause = clause;
    d.html = std::move(htmlText);
    return d;
}

} // namespace

// ---- Individual plan --------------------------------------------------------------------

Result<Document> builders::plan(const Ctx& ctx, const QString& pairId)
{
    const Result<const Pair*> found = findPair(ctx, pairId);
    if (!found)
        return found.status();
    const Pair& p = *found.value();
    const Person* mentor = ctx.person(p.currentMentor());
    const QString profile = ctx.data.organization.profile;

    QString out = approvalBlock(ctx, p.planApproved);
    if (profile == u"reserve") {
        out += html::para(u"ПЛАН ИНДИВИДУАЛЬНОЙ ПОДГОТОВКИ РЕЗЕРВИСТА"_s, u"title"_s);
    } else if (profile == u"municipal" || profile == u"civil-service") {
        out += html::para(u"ИНДИВИДУАЛЬНЫЙ ПЛАН НАСТАВНИЧЕСТВА"_s, u"title"_s);
    } else {
        out += html::para(u"ИНДИВИДУАЛЬНЫЙ ПЛАН РАЗВИТИЯ"_s, u"title"_s);
        out += html::para(u"наставляемого под руководством наставника"_s, u"subtitle"_s);
    }
    out += html::para(term(p.start, p.end()), u"subtitle"_s);
    out += html::para(QString(), u"plain"_s);
    out += participants(ctx, p);
    out += planTable(p, true);
    out += html::signature(u"Наставник"_s, initialsSurname(mentor), true);
    QStringList mentees;
    for (const QString& id : p.mentees)
        mentees << initialsSurname(ctx.person(id));
    out += html::signature(p.mentees.size() > 1 ? u"Наставляемые"_s : u"Наставляемый"_s,
                           mentees.isEmpty() ? html::blank(20) : mentees.join(u"<br/>"_s),
                           true);
    out += html::signature(u"Куратор"_s, initialsSurname(ctx.curator()), true);

    const QString clause = ctx.clauseRef(u"plan"_s).isEmpty() ? u"002 п. 4.4"_s : ctx.clauseRef(u"plan"_s);
    return document(DocumentKind::Plan, p, u"Индивидуальный план — "_s + (mentor ? mentor->shortName() : p.id),
                    u"План_"_s + p.id, clause, out);
}

// ---- Mentor's report --------------------------------------------------------------------

Result<Document> builders::report(const Ctx& ctx, const QString& pairId)
{
    const Result<const Pair*> found = findPair(ctx, pairId);
    if (!found)
        return found.status();
    const Pair& p = *found.value();
    const Person* mentor = ctx.person(p.currentMentor());

    QString out = approvalBlock(ctx, QDate());
    out += html::para(u"ОТЧЁТ"_s, u"title"_s);
    out += html::para(u"о результатах наставничества"_s, u"subtitle"_s);
    out += html::para(QString(), u"plain"_s);
    out += participants(ctx, p);

    int done = 0, inProgress = 0, planned = 0, cancelled = 0;
    for (const PlanItem& item : p.planItems) {
        if (item.status == u"done")
            ++done;
        else if (item.status == u"in_progress")
            ++inProgress;
        else if (item.status == u"cancelled")
            ++cancelled;
        else
            ++planned;
    }
    const int total = int(p.planItems.size());
    out += html::para(u"1. Выполнение индивидуального плана"_s, u"section"_s);
    if (total > 0) {
        out += html::para(u"Индивидуальный план утверждён "_s + html::dateWords(p.planApproved) + u". Из "_s
                              + QString::number(total) + u' ' + plural(total, u"мероприятия"_s, u"мероприятий"_s, u"мероприятий"_s)
                              + u" выполнено "_s + QString::number(done) + u", выполняется "_s + QString::number(inProgress)
                              + u", не начато "_s + QString::number(planned) + u", отменено "_s + QString::number(cancelled)
                              + u'.');
        out += planTable(p, true);
    } else {
        out += html::para(u"Индивидуальный план не составлен."_s);
    }

    out += html::para(u"2. Встречи наставника и наставляемого"_s, u"section"_s);
    const int meetings = int(p.meetings.size());
    if (meetings > 0) {
        QStringList kinds;
        static const std::pair<const char16_t*, const char16_t*> names[] = {
            {u"first", u"первая (организационная) встреча"},
            {u"trial", u"пробная рабочая встреча"},
            {u"planning", u"встреча-планирование"},
            {u"final", u"итоговая встреча"},
        };
        for (const auto& [kind, name] : names) {
            for (const Meeting& m : p.meetings) {
                if (m.kind == QStringView(kind)) {
                    kinds << QString::fromUtf16(name) + u" — "_s + html::dateWords(m.date);
                    break;
                }
            }
        }
        int regular = 0;
        for (const Meeting& m : p.meetings)
            regular += m.kind == u"regular" ? 1 : 0;
        if (regular > 0)
            kinds << u"текущих встреч по плану — "_s + QString::number(regular);
        out += html::para(u"Проведено "_s + QString::number(meetings) + u' '
                          + plural(meetings, u"встреча"_s, u"встречи"_s, u"встреч"_s) + u", в том числе: "_s
                          + kinds.join(u"; "_s) + u'.');
    } else {
        out += html::para(u"Сведения о встречах не внесены: "_s + html::blank(40));
    }

    out += html::para(u"3. Результаты наставничества"_s, u"section"_s);
    out += handLines(4);
    out += html::para(u"4. Рекомендации наставляемому по дальнейшему повышению профессионального уровня"_s, u"section"_s);
    out += handLines(3);
    QString submitted = u"Отчёт представлен "_s + html::dateWords(p.reportDate);
    if (ctx.data.organization.profile == u"municipal")
        submitted += u" (в течение пяти рабочих дней по окончании срока наставничества, пункт 6.1 Положения)"_s;
    out += html::para(submitted + u'.', u"space"_s);
    out += html::signature(u"Наставник"_s, initialsSurname(mentor), true);
    QStringList mentees;
    for (const QString& id : p.mentees)
        mentees << initialsSurname(ctx.person(id));
    out += html::signature(u"С отчётом ознакомлен(а)"_s, mentees.isEmpty() ? html::blank(20) : mentees.join(u"<br/>"_s), true);

    return document(DocumentKind::Report, p, u"Отчёт наставника — "_s + (mentor ? mentor->shortName() : p.id),
                    u"Отчёт_"_s + p.id, u"004 п. 6.1"_s, out);
}

// ---- Conclusion on the results ----------------------------------------------------------

Result<Document> builders::conclusion(const Ctx& ctx, const QString& pairId)
{
    const Result<const Pair*> found = findPair(ctx, pairId);
    if (!found)
        return found.status();
    const Pair& p = *found.value();
    const Person* mentor = ctx.person(p.currentMentor());

    QString out;
    out += html::para(ctx.orgName(), u"org"_s);
    out += html::para(QString(), u"plain"_s);
    out += html::para(u"ЗАКЛЮЧЕНИЕ"_s, u"title"_s);
    out += html::para(u"об итогах наставничества"_s, u"subtitle"_s);
    out += html::para(QString(), u"plain"_s);
    out += participants(ctx, p);

    int done = 0;
    int counted = 0;
    for (const PlanItem& item : p.planItems) {
        if (item.status == u"cancelled")
            continue;
        ++counted;
        done += item.status == u"done" ? 1 : 0;
    }
    out += html::para(u"1. Выполнение индивидуального плана наставничества"_s, u"section"_s);
    if (counted > 0) {
        const int percent = int(std::lround(100.0 * done / counted));
        out += html::para(u"Выполнено "_s + QString::number(done) + u" из "_s + QString::number(counted) + u' '
                          + plural(counted, u"мероприятия"_s, u"мероприятий"_s, u"мероприятий"_s) + u" ("_s
                          + QString::number(percent) + u"&nbsp;%)."_s);
    } else {
        out += html::para(u"Индивидуальный план не составлен."_s);
    }
    out += html::para(u"2. Результаты входного и итогового тестирования наставляемого"_s, u"section"_s);
    out += html::para(u"Входное тестирование: "_s + html::blank(10) + u" баллов; итоговое тестирование: "_s + html::blank(10)
                      + u" баллов."_s);
    out += html::para(u"3. Анкета наставляемого о процессе прохождения наставничества"_s, u"section"_s);
    out += html::para(p.menteeQuestionnaire.isValid() ? u"Представлена "_s + html::dateWords(p.menteeQuestionnaire) + u'.'
                                                      : u"Не представлена."_s);
    out += html::para(u"4. Отчёт наставника о результатах наставничества"_s, u"section"_s);
    out += html::para(p.reportDate.isValid() ? u"Представлен "_s + html::dateWords(p.reportDate) + u'.'
                                             : u"Не представлен."_s);
    out += html::para(u"5. Вывод"_s, u"section"_s);
    QString verdict;
    if (counted > 0 && done == counted)
        verdict = u"Индивидуальный план наставничества выполнен в полном объёме. "_s;
    else if (counted > 0 && done * 2 >= counted)
        verdict = u"Индивидуальный план наставничества выполнен частично. "_s;
    out += html::para(verdict + u"Наставляемый "_s + html::blank(45));
    out += handLines(2);
    out += html::para(u"6. Предложения"_s, u"section"_s);
    out += handLines(2);

    const Person* author = ctx.curator();
    const QString authorPosition = author && !author->position.trimmed().isEmpty()
        ? html::esc(capitalised(author->position.trimmed()))
        : u"Куратор"_s;
    out += html::twoColumns(html::dateQuoted(QDate()), QString());
    out += html::signature(authorPosition, initialsSurname(author), true);
    out += html::para(u"С заключением ознакомлены:"_s, u"space"_s);
    out += html::signature(u"Наставник"_s, initialsSurname(mentor), true);
    QStringList mentees;
    for (const QString& id : p.mentees)
        mentees << initialsSurname(ctx.person(id));
    out += html::signature(p.mentees.size() > 1 ? u"Наставляемые"_s : u"Наставляемый"_s,
                           mentees.isEmpty() ? html::blank(20) : mentees.join(u"<br/>"_s),
                           true);

    return document(DocumentKind::Conclusion, p, u"Заключение об итогах наставничества — "_s + p.id,
                    u"Заключение_"_s + p.id, u"000 п. 5.3.3"_s, out);
}

// ---- Agreements -------------------------------------------------------------------------

namespace {

const Credential* credentialOf(const Person* p, const QString& type)
{
    if (!p)
        return nullptr;
    const Credential* found = nullptr;
    for (const Credential& c : p->credentials) {
        if (c.type == type)
            found = &c; // the latest
    }
    return found;
}

QString partiesTable(const Ctx& ctx, const Person* mentor, const QString& orgRole, const QString& personRole)
{
    const QString headPosition = ctx.data.organization.headPosition.trimmed().isEmpty()
        ? u"Руководитель"_s
        : html::esc(ctx.data.organization.headPosition.trimmed());
    const QString left = u"<b>"_s + orgRole + u":</b><br/>"_s + ctx.orgName() + u"<br/>Адрес: "_s
        + html::orBlank(ctx.data.organization.address, 30) + u"<br/><br/>"_s + headPosition + u"<br/><br/>"_s
        + html::blank(14) + u" "_s + initialsSurname(ctx.head()) + u"<br/>М.&nbsp;П."_s;
    const QString right = u"<b>"_s + personRole + u":</b><br/>"_s + fullName(mentor) + u"<br/>Паспорт: серия "_s
        + html::blank(6) + u" № "_s + html::blank(8) + u"<br/>Адрес: "_s + html::blank(30) + u"<br/><br/><br/>"_s
        + html::blank(14) + u" "_s + initialsSurname(mentor);
    return u"<table class=\"line\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" style=\"margin-top: 18px\"><tr>"
           "<td width=\"50%\" valign=\"top\">"_s
        + left + u"</td><td width=\"50%\" valign=\"top\">"_s + right + u"</td></tr></table>\n"_s;
}

QString headInPerson(const Ctx& ctx)
{
    const QString position = Declension::position(ctx.data.organization.headPosition, GC::Genitive).value_or(u"руководителя"_s);
    return u"в лице "_s + html::esc(position.toLower()) + u' ' + fullName(ctx.head(), GC::Genitive)
        + u", действующего на основании Устава"_s;
}

QString contentOf(const Pair& p)
{
    if (p.form == u"teacher_teacher" || p.form == u"traditional")
        return u"оказание наставляемому помощи в профессиональной адаптации, освоении трудовых функций и "
               "повышении профессионального мастерства"_s;
    if (p.form == u"teacher_pupil" || p.form == u"pupil_pupil" || p.form == u"student_pupil")
        return u"оказание наставляемому помощи в достижении образовательных результатов, раскрытии личностного "
               "потенциала и самоопределении"_s;
    if (p.form == u"employer_pupil" || p.form == u"employer_student")
        return u"профессиональная ориентация наставляемого, помощь в освоении профессиональных навыков и "
               "выборе профессии"_s;
    if (p.form == u"reserve")
        return u"подготовка наставляемого к замещению управленческой должности по плану индивидуальной подготовки"_s;
    return u"оказание наставляемому помощи в освоении профессиональных компетенций"_s;
}

QString supplementaryAgreement(const Ctx& ctx, const Pair& p, const Person* mentor)
{
    const Credential* labour = credentialOf(mentor, u"labour_agreement"_s);
    QString out;
    out += html::para(u"ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ №&nbsp;"_s + html::orBlank(labour ? labour->number : QString(), 6), u"title"_s);
    out += html::para(u"к трудовому договору от "_s + html::dateQuoted(QDate()) + u" №&nbsp;"_s + html::blank(6), u"subtitle"_s);
    out += html::para(u"о выполнении работы наставника"_s, u"subtitle"_s);
    out += html::para(QString(), u"plain"_s);
    out += html::twoColumns(html::orBlank(ctx.data.organization.place, 15), html::dateQuoted(labour ? labour->issued : QDate()), 50);
    out += html::para(QString(), u"plain"_s);
    out += html::para(ctx.orgName() + u" (далее — Работодатель) "_s + headInPerson(ctx) + u", с одной стороны, и "_s
                      + fullName(mentor) + u" (далее — Работник), с другой стороны, заключили настоящее дополнительное "
                                           "соглашение к трудовому договору о нижеследующем."_s);
    const QString pay = ctx.settings.mentorPay.trimmed();
    const QString mentees = menteeNames(ctx, p, GC::Genitive, true);
    QStringList points;
    points << u"Работник с его письменного согласия выполняет дополнительно к работе, определённой трудовым "
              "договором, без освобождения от основной работы работу наставника (статья 351.8 Трудового кодекса "
              "Российской Федерации)."_s
           << u"Содержание наставничества: "_s + contentOf(p)
                  + u". Наставничество осуществляется по индивидуальному плану в порядке, установленном "
                    "Положением о наставничестве в "_s
                  + ctx.orgShort() + u'.'
           << u"Наставничество осуществляется в отношении "_s + mentees + (doc::inForm(p.form).isEmpty() ? QString() : u' ' + doc::inForm(p.form)) + u'.'
           << u"Срок наставничества: "_s + term(p.start, p.end()) + u'.'
           << u"За выполнение работы наставника Работнику устанавливается доплата в размере "_s
                  + (pay.isEmpty() ? html::blank(10) : html::esc(pay)) + u" рублей в месяц на период наставничества."_s
           << u"Работник и Работодатель вправе досрочно прекратить выполнение Работником работы наставника, "
              "предупредив об этом другую сторону в письменной форме не позднее чем за три рабочих дня."_s
           << u"Настоящее дополнительное соглашение вступает в силу со дня его подписания сторонами, является "
              "неотъемлемой частью трудового договора и составлено в двух экземплярах, имеющих одинаковую "
              "юридическую силу, по одному для каждой из сторон."_s;
    for (int i = 0; i < points.size(); ++i)
        out += html::point(QString::number(i + 1), points.at(i));
    out += partiesTable(ctx, mentor, u"Работодатель"_s, u"Работник"_s);
    out += html::para(u"Экземпляр дополнительного соглашения "_s + genderWord(mentor, u"получил"_s, u"получила"_s) + u": "_s
                          + html::blank(14) + u' ' + html::dateQuoted(QDate()),
                      u"space"_s);
    return out;
}

QString cooperationAgreement(const Ctx& ctx, const Pair& p, const Person* mentor)
{
    const Credential* cooperation = credentialOf(mentor, u"cooperation_agreement"_s);
    QString out;
    out += html::para(u"ДОГОВОР №&nbsp;"_s + html::orBlank(cooperation ? cooperation->number : QString(), 6), u"title"_s);
    out += html::para(u"о сотрудничестве в осуществлении наставничества на безвозмездной основе"_s, u"subtitle"_s);
    out += html::para(QString(), u"plain"_s);
    out += html::twoColumns(html::orBlank(ctx.data.organization.place, 15),
                            html::dateQuoted(cooperation ? cooperation->issued : QDate()),
                            50);
    out += html::para(QString(), u"plain"_s);
    out += html::para(ctx.orgName() + u" (далее — Организация) "_s + headInPerson(ctx) + u", с одной стороны, и "_s
                      + nameWithPosition(mentor, GC::Nominative)
                      + u" (далее — Наставник), с другой стороны, совместно именуемые Стороны, заключили настоящий "
                        "договор о нижеследующем."_s);
    const QString mentees = menteeNames(ctx, p, GC::Genitive, true);
    const QString form = doc::inForm(p.form);
    out += html::para(u"1. Предмет договора"_s, u"section"_s);
    out += html::point(u"1.1"_s, u"Наставник на безвозмездной основе осуществляет наставничество в отношении "_s + mentees
                                     + (form.isEmpty() ? QString() : u' ' + form) + u" в рамках реализации "_s
                                     + (ctx.data.organization.profile == u"school" ? u"целевой модели наставничества"_s
                                                                                   : u"программы наставничества"_s)
                                     + u" в "_s + ctx.orgShort() + u", а Организация содействует Наставнику в его "
                                                                   "наставнической деятельности."_s);
    out += html::point(u"1.2"_s, u"Срок наставничества: "_s + term(p.start, p.end()) + u'.');
    out += html::para(u"2. Обязанности Сторон"_s, u"section"_s);
    QString mentorDuties = u"Наставник обязуется: совместно с наставляемым разработать индивидуальный план развития и "
                           "контролировать его выполнение; лично встречаться с наставляемым в соответствии с программой "
                           "наставничества; соблюдать "_s
        + ctx.provisionGenitive().replace(0, 9, u"Положение"_s)
        + u" и правила внутреннего распорядка Организации; не разглашать персональные данные участников программы "
          "наставничества, ставшие ему известными"_s;
    if (anyPupil(ctx, p))
        mentorDuties += u"; представить справку о наличии (отсутствии) судимости и медицинскую справку, необходимые для "
                        "осуществления наставнической деятельности в отношении обучающихся (пункт 6.1 Положения)"_s;
    out += html::point(u"2.1"_s, mentorDuties + u'.');
    out += html::point(u"2.2"_s, u"Организация обязуется: назначить куратора, оказывающего Наставнику информационную, "
                                 "методическую и консультационную поддержку; предоставлять помещение и условия для "
                                 "встреч с наставляемым; информировать Наставника о мероприятиях программы "
                                 "наставничества."_s);
    out += html::para(u"3. Прочие условия"_s, u"section"_s);
    out += html::point(u"3.1"_s, u"Наставничество по настоящему договору осуществляется безвозмездно; вознаграждение "
                                 "Наставнику не выплачивается"_s
                                     + (ctx.clause(u"external"_s).isEmpty()
                                            ? QString()
                                            : u" (пункт "_s + ctx.clause(u"external"_s) + u" Положения)"_s)
                                     + u'.');
    out += html::point(u"3.2"_s, u"Договор вступает в силу со дня его подписания Сторонами и действует до окончания "
                                 "срока наставничества. Каждая из Сторон вправе досрочно расторгнуть договор, письменно "
                                 "уведомив об этом другую Сторону."_s);
    out += html::point(u"3.3"_s, u"Договор составлен в двух экземплярах, имеющих одинаковую юридическую силу, по одному "
                                 "для каждой из Сторон."_s);
    out += html::para(u"4. Подписи Сторон"_s, u"section"_s);
    out += partiesTable(ctx, mentor, u"Организация"_s, u"Наставник"_s);
    return out;
}

} // namespace

Result<Document> builders::agreement(const Ctx& ctx, const QString& pairId)
{
    const Result<const Pair*> found = findPair(ctx, pairId);
    if (!found)
        return found.status();
    const Pair& p = *found.value();
    const Person* mentor = ctx.person(p.currentMentor());
    if (!mentor)
        return Result<Document>::failure(DocumentBuilder::tr("The mentor of the pair «%1» is not in the database.").arg(p.id));
    if (mentor->isStaff()) {
        return document(DocumentKind::Agreement, p, u"Дополнительное соглашение — "_s + mentor->shortName(),
                        u"Доп_соглашение_"_s + p.id, u"ТК РФ ст. 351.8"_s, supplementaryAgreement(ctx, p, mentor));
    }
    if (mentor->external || mentor->kind == u"student" || mentor->kind == u"graduate") {
        return document(DocumentKind::Agreement, p, u"Договор о сотрудничестве — "_s + mentor->shortName(),
                        u"Договор_"_s + p.id, u"002 п. 4.19"_s, cooperationAgreement(ctx, p, mentor));
    }
    return Result<Document>::failure(
        DocumentBuilder::tr("The mentor of the pair «%1», %2, is neither an employee nor an external mentor, so no "
                            "agreement is made with them (a pupil mentors under the school's provision and the "
                            "parents' consent).")
            .arg(p.id, mentor->fullName()));
}

} // namespace nastavnik
