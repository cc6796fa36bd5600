// Documents of the monitoring: the roadmap (002 Приложение 1), blank questionnaires to print,
// and the director's half-yearly report with indicators, charts, SWOT analyses, missed deadlines,
// the comparison with the previous evaluation and the curator's conclusions (002 VIII).
// Documents are always Russian: the wording is written here.

#include "documents/DocumentContext.h"
#include "documents/Html.h"
#include "domain/Vocabulary.h"
#include "monitoring/Charts.h"
#include "monitoring/Indicators.h"
#include "monitoring/Period.h"
#include "monitoring/Templates.h"
#include "util/Dates.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace nastavnik {
namespace {

using namespace doc;
using GC = GrammaticalCase;

QString personShort(const Ctx& ctx, const QString& id)
{
    const Person* p = ctx.person(id);
    return p ? html::esc(p->shortName()) : QString();
}

QString dateRange(const QDate& from, const QDate& to)
{
    if (!from.isValid() && !to.isValid())
        return QString();
    if (!from.isValid() || from == to)
        return html::dateShort(to.isValid() ? to : from);
    if (!to.isValid())
        return u"с "_s + html::dateShort(from);
    return html::dateShort(from) + u" –<br/>"_s + html::dateShort(to);
}

QString statusMark(const RoadmapActivity& a)
{
    if (a.status == u"done")
        return a.done.isValid() ? u"выполнено<br/>"_s + html::dateShort(a.done) : u"выполнено"_s;
    if (a.status == u"in_progress")
        return u"выполняется"_s;
    if (a.status == u"cancelled")
        return u"отменено"_s;
    return QString();
}

/// A table of the documents' style whose rows may be a whole-width line (a stage, a group).
struct Table
{
    QStringList header;
    QList<int> widths;
    QString body;
    /// A smaller type (11 pt) for tables of many narrow columns, the roadmap's.
    bool small = false;

    QString cell(const QString& html) const
    {
        return small ? u"<span style=\"font-size: 11pt\">"_s + html + u"</span>"_s : html;
    }
    void row(const QStringList& cells)
    {
        body += u"<tr>"_s;
        for (const QString& c : cells)
            body += u"<td>"_s + cell(c) + u"</td>"_s;
        body += u"</tr>\n"_s;
    }
    void wideRow(const QString& cellHtml)
    {
        body += u"<tr><td colspan=\"%1\" bgcolor=\"#eef1f4\">%2</td></tr>\n"_s.arg(header.size()).arg(cell(cellHtml));
    }
    QString html() const
    {
        QString out = u"<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n<thead><tr>"_s;
        for (int i = 0; i < header.size(); ++i)
            out += u"<th width=\"%1%\">%2</th>"_s.arg(widths.value(i, 10)).arg(cell(header.at(i)));
        out += u"</tr></thead>\n"_s + body + u"</table>\n"_s;
        return out;
    }
};

/// The order that approves a roadmap: its own, else a roadmap approval of its school year.
const Order* approvalOf(const Ctx& ctx, const Roadmap& r)
{
    if (const Order* o = ctx.order(r.order))
        return o;
    const Order* best = nullptr;
    for (const Order& o : ctx.data.orders) {
        if (o.type != u"roadmap_approval" || !o.date.isValid())
            continue;
        const int year = o.date.month() >= 8 ? o.date.year() : o.date.year() - 1;
        if (year == r.year && (!best || o.date > best->date))
            best = &o;
    }
    return best;
}

const Roadmap* findRoadmap(const Ctx& ctx, const QString& id)
{
    if (const Roadmap* r = ctx.data.monitoring.roadmap(id))
        return r;
    // A school year: «2026/2027» or «2026».
    const QString year = id.section(u'/', 0, 0).trimmed();
    bool ok = false;
    const int y = year.toInt(&ok);
    if (!ok)
        return nullptr;
    for (const Roadmap& r : ctx.data.monitoring.roadmaps) {
        if (r.year == y)
            return &r;
    }
    return nullptr;
}

Document document(DocumentKind kind, const QString& subject, const QString& title, const QString& file,
                  const QString& clause, const QString& html)
{
    Document d;
    d.kind = kind;
    d.subject = subject;
    d.title = title;
    d.fileName = doc::fileName(file);
    d.clause = clause;
    d.html = html;
    return d;
}

QString signatureOfCurator(const Ctx& ctx)
{
    const Person* curator = ctx.curator();
    return html::signature(u"Куратор программы наставничества"_s, initialsSurname(curator), true);
}

QString bulletList(const QStringList& items)
{
    if (items.isEmpty())
        return html::para(u"—"_s, u"left"_s);
    QString out;
    for (const QString& item : items)
        out += u"<p class=\"left\">–&nbsp;"_s + html::esc(item) + u"</p>\n"_s;
    return out;
}

QString formTitle(const QString& form)
{
    if (form.isEmpty())
        return u"программа наставничества в целом"_s;
    QString name = formName(form);
    if (name.startsWith(u'«'))
        return u"форма "_s + name;
    return name;
}

QString russianNumber(double v, int decimals)
{
    const QLocale ru(QLocale::Russian, QLocale::Russia);
    const double factor = std::pow(10.0, decimals);
    const double rounded = std::round(v * factor) / factor;
    return rounded == std::floor(rounded) ? ru.toString(qint64(rounded)) : ru.toString(rounded, 'f', decimals);
}

/// «+3,5 п. п.», «−2», «без изменений», or an empty cell when either value is unknown.
QString change(const Indicator& now, const Indicator& before)
{
    if (!now.value || !before.value)
        return QString();
    const double d = *now.value - *before.value;
    const int decimals = now.unit == Indicator::Unit::Count ? 0 : 1;
    if (std::fabs(d) < 0.05)
        return u"без изменений"_s;
    const QString unit = now.unit == Indicator::Unit::Percent || now.unit == Indicator::Unit::Points ? u" п.&nbsp;п."_s
        : now.unit == Indicator::Unit::Score                                                       ? u" балла"_s
                                                                                                   : QString();
    return (d > 0 ? u"+"_s : u"−"_s) + russianNumber(std::fabs(d), decimals) + unit;
}

} // namespace

// ---- The roadmap ------------------------------------------------------------------------

Result<Document> builders::roadmap(const Ctx& ctx, const QString& id)
{
    const Roadmap* r = findRoadmap(ctx, id);
    if (!r)
        return Result<Document>::failure(DocumentBuilder::tr("There is no roadmap «%1» in the database: give the id "
                                                             "of a roadmap or its school year, e.g. 2026/2027.")
                                             .arg(id));
    QString out;
    const Order* approval = approvalOf(ctx, *r);
    out += html::rightBlock({u"УТВЕРЖДЕНО"_s,
                             u"приказом "_s + ctx.orgShort(),
                             u"от "_s + html::dateWords(approval ? approval->date : QDate()) + u" №&nbsp;"_s
                                 + html::orBlank(approval ? approval->number : QString(), 8)});
    out += html::para(QString(), u"plain"_s);
    out += html::para(u"ДОРОЖНАЯ КАРТА"_s, u"title"_s);
    out += html::para(u"реализации целевой модели наставничества в "_s + ctx.orgShort() + u" на "_s
                          + html::esc(r->schoolYear()) + u" учебный год"_s,
                      u"subtitle"_s);

    Table table;
    table.small = true;
    table.header = {u"№<br/>п/п"_s, u"Мероприятие"_s, u"Сроки"_s, u"Ответствен&shy;ный"_s, u"Результат, документ"_s,
                    u"Отметка о выполне&shy;нии"_s};
    table.widths = {5, 31, 15, 15, 19, 15};
    for (int s = 0; s < r->stages.size(); ++s) {
        const RoadmapStage& stage = r->stages.at(s);
        table.wideRow(u"<b>"_s + QString::number(s + 1) + u". "_s + html::esc(stage.title) + u"</b>"_s);
        for (int a = 0; a < stage.activities.size(); ++a) {
            const RoadmapActivity& act = stage.activities.at(a);
            table.row({QString::number(s + 1) + u'.' + QString::number(a + 1),
                       html::esc(act.title) + (act.note.isEmpty() ? QString() : u"<br/><i>"_s + html::esc(act.note) + u"</i>"_s),
                       dateRange(act.start, act.end),
                       personShort(ctx, act.responsible),
                       html::esc(act.result),
                       statusMark(act)});
        }
    }
    out += table.html();
    out += signatureOfCurator(ctx);

    const QString title = u"Дорожная карта на "_s + r->schoolYear() + u" учебный год"_s;
    return document(DocumentKind::Roadmap, r->id, title, u"Дорожная_карта_"_s + QString::number(r->year), u"002 прил. 1"_s, out);
}

// ---- A blank questionnaire --------------------------------------------------------------

Result<Document> builders::questionnaire(const Ctx& ctx, const QString& id)
{
    const Questionnaire* q = QuestionnaireLibrary::lookup(ctx.data.monitoring, id);
    if (!q)
        return Result<Document>::failure(
            DocumentBuilder::tr("There is no questionnaire «%1» in the database or among the built-in ones.").arg(id));
    QString out;
    out += html::para(ctx.orgName(), u"org"_s);
    out += html::para(QString(), u"plain"_s);
    out += html::para(html::esc(q->title).toUpper(), u"title"_s);
    if (q->version > 1 || !q->clause.isEmpty()) {
        QStringList note;
        if (!q->clause.isEmpty())
            note << html::esc(q->clause);
        if (q->version > 1)
            note << u"редакция "_s + QString::number(q->version);
        out += html::para(u"<span style=\"font-size: 11pt\">("_s + note.join(u", "_s) + u")</span>"_s, u"subtitle"_s);
    }
    out += html::para(QString(), u"plain"_s);
    // Who answers.
    QString who = u"Фамилия, имя, отчество: "_s + html::blank(48);
    if (q->respondent == u"mentee")
        out += html::para(u"Наставляемый (ФИО): "_s + html::blank(50), u"left"_s)
            + html::para(u"Наставник (ФИО): "_s + html::blank(53), u"left"_s);
    else if (q->respondent == u"mentor")
        out += html::para(u"Наставник (ФИО): "_s + html::blank(53), u"left"_s)
            + html::para(u"Наставляемый (наставляемые): "_s + html::blank(41), u"left"_s);
    else if (q->respondent == u"curator")
        out += html::para(u"Куратор (ФИО): "_s + html::orBlank(ctx.curator() ? ctx.curator()->fullName() : QString(), 55), u"left"_s);
    else
        out += html::para(who, u"left"_s) + html::para(u"Роль в программе, пара или группа: "_s + html::blank(36), u"left"_s);
    out += html::para(u"Дата заполнения: "_s + html::dateQuoted(QDate()), u"left"_s);
    if (!q->intro.trimmed().isEmpty())
        out += u"<p class=\"plain\" style=\"margin-top: 10px; margin-bottom: 6px\"><i>"_s + html::esc(q->intro) + u"</i></p>\n"_s;

    bool scaleExplained = false;
    for (int i = 0; i < q->questions.size(); ++i) {
        const Question& question = q->questions.at(i);
        out += u"<p class=\"left\" style=\"margin-top: 10px\"><b>"_s + QString::number(i + 1) + u". "_s
            + html::esc(question.text) + u"</b></p>\n"_s;
        if (question.kind == u"scale") {
            if (!scaleExplained) {
                out += u"<p class=\"left\"><span style=\"font-size: 11pt\">Обведите одну цифру: 1 — совсем нет, "
                       "10 — полностью да.</span></p>\n"_s;
                scaleExplained = true;
            }
            out += u"<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr>"_s;
            for (int n = 1; n <= 10; ++n)
                out += u"<td width=\"40\" align=\"center\">%1</td>"_s.arg(n);
            out += u"</tr></table>\n"_s;
        } else if (question.kind == u"single" || question.kind == u"multiple") {
            const bool single = question.kind == u"single";
            out += u"<p class=\"left\"><span style=\"font-size: 11pt\">"_s
                + (single ? u"Отметьте один вариант."_s : u"Отметьте все подходящие варианты."_s) + u"</span></p>\n"_s;
            for (const QString& option : question.options)
                out += u"<p class=\"left\">"_s + (single ? u"○"_s : u"□"_s) + u"&nbsp;&nbsp;"_s + html::esc(option)
                    + u"</p>\n"_s;
        } else {
            for (int line = 0; line < 3; ++line)
                out += html::para(html::blank(68), u"plain"_s);
        }
    }
    out += html::signature(u"Подпись"_s, html::blank(20), false);
    out += html::para(u"Благодарим за участие в анкетировании!"_s, u"center"_s);

    return document(DocumentKind::Questionnaire, q->id, q->title, u"Анкета_"_s + q->id, q->clause, out);
}

// ---- The director's report --------------------------------------------------------------

Result<Document> builders::monitoring(const Ctx& ctx, const QString& id)
{
    const MonitoringData& m = ctx.data.monitoring;
    // The id: an evaluation, or a period code with an optional form after a colon.
    const Evaluation* evaluation = nullptr;
    for (const Evaluation& e : m.evaluations) {
        if (e.id == id)
            evaluation = &e;
    }
    QString periodCode = evaluation ? evaluation->period : id.section(u':', 0, 0);
    QString form = evaluation ? evaluation->form : id.section(u':', 1, 1);
    const std::optional<Period> period = Period::parse(periodCode);
    if (!period)
        return Result<Document>::failure(DocumentBuilder::tr("«%1» is neither a period (2026-H2, 2026/2027, 2026, "
                                                             "2026-09-01..2026-12-31, with «:form» if needed) nor a saved "
                                                             "evaluation.")
                                             .arg(id));
    if (!form.isEmpty() && !vocabulary::contains(Vocab::PairForm, form))
        return Result<Document>::failure(DocumentBuilder::tr("«%1» is not a form of mentoring.").arg(form));
    if (!evaluation) {
        // The latest evaluation saved for the period and form: its conclusions belong to the report.
        for (const Evaluation& e : m.evaluations) {
            if (e.period == period->code() && e.form == form && (!evaluation || e.date >= evaluation->date))
                evaluation = &e;
        }
    }
    // The previous evaluation: the latest of the same form for an earlier period.
    auto endOf = [](const Evaluation& e) {
        const std::optional<Period> p = Period::parse(e.period);
        return p ? p->to : QDate();
    };
    const Evaluation* previous = nullptr;
    for (const Evaluation& e : m.evaluations) {
        const QDate end = endOf(e);
        if (!end.isValid() || e.form != form || end >= period->from || &e == evaluation)
            continue;
        if (!previous || endOf(*previous) < end || (endOf(*previous) == end && previous->date < e.date))
            previous = &e;
    }

    const MonitoringResult result = Indicators::compute(ctx.data, *period, form, ctx.today);
    // A saved evaluation keeps its numbers: the report shows what was evaluated.
    QList<Indicator> indicators = result.indicators;
    const bool saved = evaluation && evaluation->id == id;
    if (saved) {
        for (Indicator& i : indicators) {
            if (const SavedIndicator* v = evaluation->indicator(i.id))
                i = Indicator::fromSaved(*v);
        }
    }

    QString out;
    // Title page.
    out += html::para(ctx.orgName(), u"org"_s);
    out += u"<p class=\"center\" style=\"margin-top: 180px\"><b><span style=\"font-size: 18pt\">ОТЧЁТ</span></b></p>\n"_s;
    out += u"<p class=\"center\" style=\"margin-top: 12px\"><b>о реализации целевой модели наставничества<br/>за "_s
        + html::esc(period->russianLabel()) + u"</b></p>\n"_s;
    out += html::para(u"мониторинг и оценка эффективности (раздел VIII "_s + ctx.provisionGenitive() + u")"_s, u"center"_s);
    if (!form.isEmpty())
        out += html::para(u"Форма наставничества: "_s + formName(form), u"center"_s);
    out += u"<p class=\"center\" style=\"margin-top: 24px\">Период: с "_s + html::dateShort(period->from) + u" по "_s
        + html::dateShort(period->to) + u"<br/>Состояние на "_s + html::dateShort(result.asOf) + u"</p>\n"_s;
    const Person* curator = ctx.curator();
    out += u"<table class=\"line\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top: 200px\"><tr>"
           "<td width=\"50%\"></td><td width=\"50%\">Подготовил куратор программы наставничества:<br/>"_s
        + nameWithPosition(curator, GC::Nominative) + u"</td></tr></table>\n"_s;
    out += u"<p class=\"center\" style=\"margin-top: 40px\">"_s + html::orBlank(ctx.data.organization.place, 15) + u", "_s
        + QString::number(ctx.today.year()) + u"</p>\n"_s;
    out += html::pageBreak();

    // 1. Summary.
    int chapter = 0;
    auto heading = [&](const QString& text) { out += html::para(QString::number(++chapter) + u". "_s + text, u"section"_s); };
    heading(u"Общие сведения"_s);
    const Indicator* total = result.indicator(u"pairs.total"_s);
    const Indicator* active = result.indicator(u"pairs.active"_s);
    QStringList forms;
    for (const auto& [f, counts] : result.pairsByForm)
        forms << formName(f);
    int mentees = 0;
    for (const auto& [f, n] : result.menteesByForm)
        mentees += n;
    QString summary = u"Наставнических пар и групп, работавших в отчётном периоде ("_s + html::esc(period->russianLabel())
        + u"), — "_s + russianNumber(total && total->value ? *total->value : 0, 0) + u", из них действуют на "_s
        + html::dateShort(result.asOf) + u" — "_s + russianNumber(active && active->value ? *active->value : 0, 0)
        + u". Наставляемых в этих парах и группах — "_s + QString::number(mentees) + u'.';
    if (!forms.isEmpty())
        summary += u" Реализуемые формы наставничества: "_s + forms.join(u", "_s) + u'.';
    out += html::para(summary);
    out += html::para(u"Показатели рассчитаны программой «Наставник» по данным базы наставников и наставляемых, "
                      "журнала встреч, индивидуальных планов, анкет и результатов тестирования. Определения "
                      "показателей приведены в разделе 3."_s);

    // 2. Indicators with the comparison.
    heading(u"Показатели эффективности"_s);
    QString compared;
    if (previous) {
        compared = u"Сравнение — с оценкой за "_s + html::esc(Period::parse(previous->period)->russianLabel())
            + u", сохранённой "_s + html::dateShort(previous->date) + u'.';
    } else {
        compared = u"Сохранённой оценки за предыдущий период нет: сравнение будет доступно в следующем полугодии."_s;
    }
    out += html::para(compared);
    {
        Table t;
        t.header = {u"№<br/>п/п"_s, u"Показатель"_s, u"Значение"_s, u"Предыдущая оценка"_s, u"Измене&shy;ние"_s};
        t.widths = {6, 36, 22, 20, 16};
        int n = 0;
        for (const Indicator& i : std::as_const(indicators)) {
            const SavedIndicator* before = previous ? previous->indicator(i.id) : nullptr;
            const Indicator prior = before ? Indicator::fromSaved(*before) : Indicator();
            t.row({QString::number(++n), html::esc(i.russianTitle()), html::esc(i.russianText()),
                   before ? html::esc(prior.russianText()) : u"—"_s, before ? change(i, prior) : QString()});
        }
        out += t.html();
    }
    if (saved) {
        out += html::para(u"<i>Значения показателей — как они сохранены при оценке "_s + html::dateShort(evaluation->date)
                              + u"; диаграммы построены по данным на "_s + html::dateShort(ctx.today) + u".</i>"_s,
                          u"plain"_s);
    }
    if (const Indicator* retention = result.indicator(u"retention.newcomers"_s); retention && retention->value) {
        out += html::para(u"Доля новых сотрудников, ушедших в течение первого года наставничества, составила "_s
                          + russianNumber(100.0 - *retention->value, 1)
                          + u"&nbsp;%. Практика наставничества мэрии Казани (003) показала снижение этой доли на 30&nbsp;% "
                            "за три года; сравнивайте значение с сохранёнными оценками прошлых периодов."_s);
    }

    // 3. Definitions.
    heading(u"Как рассчитаны показатели"_s);
    {
        Table t;
        t.header = {u"Показатель"_s, u"Определение"_s};
        t.widths = {30, 70};
        for (const Indicator& i : std::as_const(indicators))
            t.row({html::esc(i.russianTitle()), u"<span style=\"font-size: 11pt\">"_s + html::esc(i.russianDefinition()) + u"</span>"_s});
        out += t.html();
    }

    // 4. Charts.
    heading(u"Диаграммы"_s);
    int figure = 0;
    for (const charts::Chart& chart : charts::monitoringCharts(result, true)) {
        // Three charts to a page.
        // The caption below names the figure: the image itself goes without its title.
        charts::Chart untitled = chart;
        untitled.title.clear();
        const QSizeF size(660, chart.type == charts::Chart::Type::Pie ? 195 : 220);
        const QImage image = charts::paint(untitled, size, 3.0, true);
        out += u"<p class=\"center\" style=\"margin-top: 10px\"><img src=\""_s + charts::dataUri(image)
            + u"\" width=\"%1\" height=\"%2\"/></p>\n"_s.arg(int(size.width())).arg(int(size.height()));
        out += u"<p class=\"center\" style=\"margin-bottom: 8px\"><span style=\"font-size: 12pt\">Рисунок "_s
            + QString::number(++figure) + u" — "_s + html::esc(chart.title) + u"</span></p>\n"_s;
    }

    // 5. SWOT by form.
    heading(u"SWOT-анализ по формам наставничества"_s);
    int swots = 0;
    for (const Swot& s : m.swots) {
        if (s.period != period->code() || (!form.isEmpty() && s.form != form && !s.form.isEmpty()))
            continue;
        ++swots;
        QString name = formTitle(s.form);
        name[0] = name.at(0).toUpper();
        out += html::para(u"<b>"_s + name + u"</b>"_s + (s.date.isValid() ? u" (составлен "_s + html::dateShort(s.date) + u')' : QString()),
                          u"left"_s);
        out += u"<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
               "<tr><th width=\"50%\">Сильные стороны (S)</th><th width=\"50%\">Слабые стороны (W)</th></tr><tr><td>"_s
            + bulletList(s.strengths) + u"</td><td>"_s + bulletList(s.weaknesses)
            + u"</td></tr><tr><th>Возможности (O)</th><th>Угрозы (T)</th></tr><tr><td>"_s + bulletList(s.opportunities)
            + u"</td><td>"_s + bulletList(s.threats) + u"</td></tr></table>\n"_s;
    }
    if (swots == 0)
        out += html::para(u"SWOT-анализ за "_s + html::esc(period->russianLabel()) + u" куратором не составлен."_s);

    // 6. Missed deadlines.
    heading(u"Сроки, нарушенные в отчётном периоде"_s);
    if (result.missed.isEmpty()) {
        out += html::para(u"Все мероприятия дорожной карты и пункты индивидуальных планов со сроками в отчётном периоде "
                          "выполнены в срок."_s);
    } else {
        Table t;
        t.header = {u"№<br/>п/п"_s, u"Срок"_s, u"Мероприятие, пункт плана"_s, u"Ответственный, пара"_s, u"Отметка"_s};
        t.widths = {6, 13, 45, 22, 14};
        int n = 0;
        for (const MissedDeadline& d : result.missed) {
            const QString what = (d.kind == MissedDeadline::Kind::RoadmapActivity ? u"Дорожная карта: "_s
                                                                                  : u"Индивидуальный план: "_s)
                + html::esc(d.title);
            t.row({QString::number(++n), html::dateShort(d.due), what, html::esc(d.who),
                   d.done.isValid() ? u"выполнено "_s + html::dateShort(d.done) : u"не выполнено"_s});
        }
        out += t.html();
    }

    // 7. Conclusions.
    heading(u"Выводы куратора"_s);
    if (evaluation && !evaluation->conclusions.trimmed().isEmpty()) {
        for (const QString& paragraph : evaluation->conclusions.split(u'\n', Qt::SkipEmptyParts))
            out += html::para(html::esc(paragraph.trimmed()));
    } else {
        for (int i = 0; i < 6; ++i)
            out += html::para(html::blank(68), u"plain"_s);
    }
    out += signatureOfCurator(ctx);
    out += html::para(u"С отчётом ознакомлен(а):"_s, u"space"_s);
    out += html::signature(headTitle(ctx), initialsSurname(ctx.head()), true);

    const QString title = u"Отчёт о реализации целевой модели наставничества за "_s + period->russianLabel()
        + (form.isEmpty() ? QString() : u" («"_s + vocabulary::russianLabel(Vocab::PairForm, form) + u"»)"_s);
    return document(DocumentKind::Monitoring, id, title, u"Отчёт_мониторинг_"_s + period->code() + (form.isEmpty() ? QString() : u'_' + form),
                    u"002 разд. VIII"_s, out);
}

} // namespace nastavnik
