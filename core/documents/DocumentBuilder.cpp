#include "documents/DocumentBuilder.h"

#include "documents/DocumentContext.h"
#include "documents/Html.h"
#include "util/Dates.h"

#include <QRegularExpression>

#include <functional>

using namespace Qt::StringLiterals;

namespace nastavnik {

// ---- Kinds ------------------------------------------------------------------------------

namespace documentkind {
namespace {
const std::pair<DocumentKind, const char16_t*> kCodes[] = {
    {DocumentKind::Order, u"order"},
    {DocumentKind::Plan, u"plan"},
    {DocumentKind::Roadmap, u"roadmap"},
    {DocumentKind::Report, u"report"},
    {DocumentKind::Conclusion, u"conclusion"},
    {DocumentKind::Consent, u"consent"},
    {DocumentKind::Agreement, u"agreement"},
    {DocumentKind::Questionnaire, u"questionnaire"},
    {DocumentKind::Monitoring, u"monitoring"},
    {DocumentKind::Register, u"register"},
};
} // namespace

QString code(DocumentKind kind)
{
    for (const auto& [k, c] : kCodes) {
        if (k == kind)
            return QString::fromUtf16(c);
    }
    return {};
}

std::optional<DocumentKind> fromCode(const QString& text)
{
    for (const auto& [k, c] : kCodes) {
        if (text == QStringView(c))
            return k;
    }
    return std::nullopt;
}

QStringList codes()
{
    QStringList result;
    for (const auto& entry : kCodes)
        result << QString::fromUtf16(entry.second);
    return result;
}
} // namespace documentkind

// ---- Context ----------------------------------------------------------------------------

namespace {
template <typename T>
const T* lookup(const QHash<QString, qsizetype>& index, const QList<T>& list, const QString& id)
{
    const qsizetype i = index.value(id, -1);
    return i >= 0 ? &list.at(i) : nullptr;
}
} // namespace

const Person* DocumentBuilder::Context::person(const QString& id) const
{
    return lookup(people, data.people, id);
}
const Pair* DocumentBuilder::Context::pair(const QString& id) const
{
    return lookup(pairs, data.pairs, id);
}
const Order* DocumentBuilder::Context::order(const QString& id) const
{
    return lookup(orders, data.orders, id);
}
const Consent* DocumentBuilder::Context::consent(const QString& id) const
{
    return lookup(consents, data.consents, id);
}

QString DocumentBuilder::Context::orgName() const
{
    const Organization& o = data.organization;
    return html::orBlank(o.name.trimmed().isEmpty() ? o.shortName : o.name, 40);
}

QString DocumentBuilder::Context::orgShort() const
{
    const Organization& o = data.organization;
    return html::orBlank(o.shortName.trimmed().isEmpty() ? o.name : o.shortName, 30);
}

QString DocumentBuilder::Context::provisionGenitive() const
{
    return u"Положения о наставничестве в "_s + orgShort();
}

QString DocumentBuilder::Context::clause(const QString& topic) const
{
    // The clauses of the four provisions (shared/provisions), by profile.
    static const QHash<QString, QHash<QString, QString>> clauses = {
        {u"school"_s,
         {{u"curator"_s, u"4.3"_s},
          {u"roadmap"_s, u"4.20"_s},
          {u"pairs"_s, u"4.18"_s},
          {u"cap"_s, u"4.12"_s},
          {u"term"_s, u"4.13"_s},
          {u"extension"_s, u"4.14"_s},
          {u"replacement"_s, u"4.15"_s},
          {u"period"_s, u"4.16"_s},
          {u"consents"_s, u"4.17"_s},
          {u"external"_s, u"4.19"_s},
          {u"plan"_s, u"4.4"_s},
          {u"website"_s, u"8.4"_s},
          {u"reward"_s, u"9.1"_s}}},
        {u"municipal"_s,
         {{u"pairs"_s, u"2.3"_s},
          {u"term"_s, u"2.4"_s},
          {u"cap"_s, u"2.5"_s},
          {u"consent"_s, u"2.6"_s},
          {u"plan"_s, u"4.1"_s},
          {u"report"_s, u"6.1"_s}}},
        {u"reserve"_s, {{u"pairs"_s, u"5"_s}, {u"plan"_s, u"8"_s}, {u"report"_s, u"8"_s}}},
        {u"civil-service"_s, {{u"conclusion"_s, u"5.3.3"_s}}},
    };
    return clauses.value(data.organization.profile).value(topic);
}

QString DocumentBuilder::Context::clauseRef(const QString& topic) const
{
    static const QHash<QString, QString> sources = {
        {u"school"_s, u"002"_s}, {u"municipal"_s, u"004"_s}, {u"civil-service"_s, u"000"_s}, {u"reserve"_s, u"001"_s}};
    const QString c = clause(topic);
    if (c.isEmpty())
        return {};
    return sources.value(data.organization.profile, data.organization.profile) + u" п. "_s + c;
}

QList<const Pair*> DocumentBuilder::Context::pairsOfOrder(const Order& o) const
{
    QList<const Pair*> result;
    auto add = [&](const Pair* p) {
        if (p && !result.contains(p))
            result << p;
    };
    for (const QString& id : o.pairs)
        add(pair(id));
    if (o.id.isEmpty())
        return result;
    for (const Pair& p : data.pairs) {
        if (o.type == u"pairs_approval" && p.order == o.id)
            add(&p);
        for (const PairEvent& e : p.events) {
            if (e.order == o.id)
                add(&p);
        }
    }
    return result;
}

QList<PairEvent> DocumentBuilder::Context::eventsOfOrder(const Pair& p, const Order& o, const QString& type) const
{
    QList<PairEvent> cited;
    QList<PairEvent> all;
    for (const PairEvent& e : p.events) {
        if (e.type != type)
            continue;
        all << e;
        if (!o.id.isEmpty() && e.order == o.id)
            cited << e;
    }
    if (!cited.isEmpty())
        return cited;
    // An event without an order reference: the latest of its type on or before the order's date
    // belongs to the order that lists the pair.
    if (!all.isEmpty())
        return {all.last()};
    return {};
}

const Order* DocumentBuilder::Context::approvingOrder(const Pair& p) const
{
    if (const Order* o = order(p.order))
        return o;
    for (const Order& o : data.orders) {
        if (o.type == u"pairs_approval" && o.pairs.contains(p.id))
            return &o;
    }
    return nullptr;
}

QString DocumentBuilder::Context::schoolYear(const QDate& date)
{
    if (!date.isValid())
        return u"20___/20___"_s;
    // Orders of August already prepare the school year that starts on 1 September.
    const int y = date.month() >= 8 ? date.year() : date.year() - 1;
    return u"%1/%2"_s.arg(y).arg(y + 1);
}

// ---- Shared pieces ----------------------------------------------------------------------

namespace doc {

QString fullName(const Person* p, GrammaticalCase c)
{
    return p ? html::esc(declension().fullName(*p, c)) : html::blank(30);
}

QString surnameInitials(const Person* p, GrammaticalCase c)
{
    return p ? html::esc(declension().surnameInitials(*p, c)) : html::blank(20);
}

QString initialsSurname(const Person* p, GrammaticalCase c)
{
    return p ? html::esc(declension().initialsSurname(*p, c)) : html::blank(20);
}

QString positionText(const Person& p)
{
    QString text = p.position.trimmed();
    // Pupils' positions are often typed as «обучающийся N класса» for girls too.
    if (text.startsWith(u"обучающийся ") && declension().genderOf(p) == Gender::Female)
        text.replace(0, 11, u"обучающаяся"_s);
    else if (text.startsWith(u"обучающаяся ") && declension().genderOf(p) == Gender::Male)
        text.replace(0, 11, u"обучающийся"_s);
    return text;
}

QString position(const Person* p, int blankWidth)
{
    return html::orBlank(p ? positionText(*p) : QString(), blankWidth);
}

QString declinedPosition(const Person* p, GrammaticalCase c)
{
    if (!p)
        return {};
    const auto declined = Declension::position(positionText(*p), c);
    return declined ? html::esc(*declined) : QString();
}

QString nameWithPosition(const Person* p, GrammaticalCase c)
{
    if (!p)
        return html::blank(30);
    if (c == GrammaticalCase::Nominative) {
        const QString pos = positionText(*p);
        return pos.isEmpty() ? fullName(p) : fullName(p) + u", "_s + html::esc(pos);
    }
    const QString pos = declinedPosition(p, c);
    return pos.isEmpty() ? fullName(p, c) : pos + u' ' + fullName(p, c);
}

QString formName(const QString& form)
{
    static const QHash<QString, QString> names = {
        {u"pupil_pupil"_s, u"«ученик – ученик»"_s},
        {u"teacher_teacher"_s, u"«учитель – учитель»"_s},
        {u"student_pupil"_s, u"«студент – ученик»"_s},
        {u"employer_pupil"_s, u"«работодатель – ученик»"_s},
        {u"employer_student"_s, u"«работодатель – студент»"_s},
        {u"teacher_pupil"_s, u"«учитель – ученик»"_s},
        {u"traditional"_s, u"традиционное наставничество"_s},
        {u"mentoring"_s, u"менторство"_s},
        {u"tutoring"_s, u"тьюторство"_s},
        {u"coaching"_s, u"коучинг"_s},
        {u"civil_service"_s, u"наставничество на государственной гражданской службе"_s},
        {u"reserve"_s, u"наставничество в резерве управленческих кадров"_s},
    };
    return names.value(form, html::orBlank(form, 20));
}

QString inForm(const QString& form)
{
    if (form.startsWith(u"pupil") || form.startsWith(u"teacher") || form.startsWith(u"student") || form.startsWith(u"employer"))
        return u"в форме "_s + formName(form);
    static const QHash<QString, QString> kinds = {
        {u"traditional"_s, u"в виде традиционного наставничества"_s},
        {u"mentoring"_s, u"в виде менторства"_s},
        {u"tutoring"_s, u"в виде тьюторства"_s},
        {u"coaching"_s, u"в виде коучинга"_s},
    };
    return kinds.value(form);
}

QString term(const QDate& from, const QDate& to)
{
    return u"с "_s + html::dateWords(from) + u" по "_s + html::dateWords(to);
}

QString menteeNames(const Ctx& ctx, const Pair& pair, GrammaticalCase c, bool withPositions)
{
    QStringList names;
    for (const QString& id : pair.mentees) {
        const Person* m = ctx.person(id);
        names << (withPositions ? nameWithPosition(m, c) : fullName(m, c));
    }
    if (names.isEmpty())
        names << html::blank(30);
    return html::joinAnd(names);
}

QString orderHeader(const Ctx& ctx, const Order& order, const QString& heading)
{
    QString out;
    out += html::para(ctx.orgName(), u"org"_s);
    out += html::para(u"ПРИКАЗ"_s, u"kind"_s);
    out += html::twoColumns(html::dateWords(order.date), u"№&nbsp;"_s + html::orBlank(order.number, 8));
    out += html::para(html::orBlank(ctx.data.organization.place, 15), u"center"_s);
    out += html::para(html::esc(heading), u"heading"_s);
    return out;
}

QString headTitle(const Ctx& ctx)
{
    const QString position = ctx.data.organization.headPosition.trimmed();
    return (position.isEmpty() ? u"Руководитель"_s : html::esc(position)) + u' ' + ctx.orgShort();
}

QString headSignature(const Ctx& ctx)
{
    const QString position = ctx.data.organization.headPosition.trimmed();
    return html::signature(position.isEmpty() ? u"Руководитель"_s : html::esc(position), initialsSurname(ctx.head()));
}

QString approvalBlock(const Ctx& ctx, const QDate& date)
{
    return html::rightBlock({u"УТВЕРЖДАЮ"_s,
                             headTitle(ctx),
                             html::blank(12) + u"&nbsp;"_s + initialsSurname(ctx.head()),
                             html::dateQuoted(date)});
}

QString controlPoint(const Ctx& ctx, bool keepForHead)
{
    const Person* curator = ctx.curator();
    if (keepForHead || !curator)
        return u"Контроль за исполнением настоящего приказа оставляю за собой."_s;
    const QString pos = declinedPosition(curator, GrammaticalCase::Accusative);
    return u"Контроль за исполнением настоящего приказа возложить на "_s + (pos.isEmpty() ? QString() : pos + u' ')
        + surnameInitials(curator, GrammaticalCase::Accusative) + u'.';
}

QString acknowledgementSheet(const Ctx& ctx, const Order& order, const QString& heading, const QStringList& people)
{
    QString out = html::pageBreak();
    out += html::rightBlock({u"Приложение"_s,
                             u"к приказу "_s + ctx.orgShort(),
                             u"от "_s + html::dateWords(order.date) + u" №&nbsp;"_s + html::orBlank(order.number, 8)});
    out += html::para(u"ЛИСТ ОЗНАКОМЛЕНИЯ"_s, u"title"_s);
    out += html::para(u"с приказом «"_s + html::esc(heading) + u"»"_s, u"subtitle"_s);
    QList<QStringList> rows;
    int n = 0;
    for (const QString& id : people) {
        const Person* p = ctx.person(id);
        if (!p)
            continue;
        rows << QStringList{QString::number(++n), html::esc(p->fullName()), position(p, 0), QString(), QString()};
    }
    // Room for those the list does not know (a deputy, the person who keeps the journal).
    for (int i = 0; i < 3; ++i)
        rows << QStringList{QString::number(++n), QString(), QString(), QString(), QString()};
    out += html::table({u"№<br/>п/п"_s, u"Фамилия, имя, отчество"_s, u"Должность"_s, u"Подпись"_s, u"Дата"_s},
                       rows,
                       {7, 35, 30, 14, 14});
    return out;
}

QString fileName(const QString& text)
{
    QString result;
    for (const QChar ch : text) {
        if (ch.isLetterOrNumber())
            result += ch;
        else if (!result.endsWith(u'_'))
            result += u'_';
    }
    while (result.endsWith(u'_'))
        result.chop(1);
    return result.left(80);
}

} // namespace doc

// ---- The builder ------------------------------------------------------------------------

namespace {
using Builder = std::function<Result<Document>(const DocumentBuilder::Context&, const QString&)>;

const QHash<DocumentKind, Builder>& registry()
{
    static const QHash<DocumentKind, Builder> builders = {
        {DocumentKind::Order,
         [](const DocumentBuilder::Context& ctx, const QString& id) -> Result<Document> {
             const Order* o = ctx.order(id);
             if (!o)
                 return Result<Document>::failure(DocumentBuilder::tr("There is no order «%1» in the database.").arg(id));
             Result<Document> generated = builders::order(ctx, *o);
             if (generated && !o->text.trimmed().isEmpty())
                 generated->html = o->text; // what the user edited and the head signed
             return generated;
         }},
        {DocumentKind::Plan, builders::plan},
        {DocumentKind::Report, builders::report},
        {DocumentKind::Conclusion, builders::conclusion},
        {DocumentKind::Agreement, builders::agreement},
        {DocumentKind::Consent, builders::consent},
        {DocumentKind::Register, builders::registerOfPairs},
        {DocumentKind::Roadmap, builders::roadmap},
        {DocumentKind::Questionnaire, builders::questionnaire},
        {DocumentKind::Monitoring, builders::monitoring},
    };
    return builders;
}
} // namespace

DocumentBuilder::DocumentBuilder(Dataset data, DocumentSettings settings, QDate today)
    : m_context(std::make_unique<Context>())
{
    m_context->data = std::move(data);
    m_context->settings = std::move(settings);
    m_context->today = today.isValid() ? today : QDate::currentDate();
    const Dataset& d = m_context->data;
    m_context->people.reserve(d.people.size());
    for (qsizetype i = 0; i < d.people.size(); ++i)
        m_context->people.insert(d.people.at(i).id, i);
    for (qsizetype i = 0; i < d.pairs.size(); ++i)
        m_context->pairs.insert(d.pairs.at(i).id, i);
    for (qsizetype i = 0; i < d.orders.size(); ++i)
        m_context->orders.insert(d.orders.at(i).id, i);
    for (qsizetype i = 0; i < d.consents.size(); ++i)
        m_context->consents.insert(d.consents.at(i).id, i);
}

DocumentBuilder::~DocumentBuilder() = default;

bool DocumentBuilder::isAvailable(DocumentKind kind)
{
    return registry().contains(kind);
}

Result<Document> DocumentBuilder::build(DocumentKind kind, const QString& id) const
{
    const auto it = registry().constFind(kind);
    if (it == registry().cend()) {
        return Result<Document>::failure(tr("Documents of the kind «%1» are not available yet: they come with the "
                                            "roadmap, questionnaires and monitoring.")
                                             .arg(documentkind::code(kind)));
    }
    Result<Document> document = (*it)(*m_context, id);
    if (document && !(kind == DocumentKind::Order && m_context->order(id) && !m_context->order(id)->text.trimmed().isEmpty()))
        document->html = html::tidy(document->html);
    return document;
}

Result<Document> DocumentBuilder::generateOrder(const Order& order) const
{
    Result<Document> document = builders::order(*m_context, order);
    if (document)
        document->html = html::tidy(document->html);
    return document;
}

const Dataset& DocumentBuilder::data() const
{
    return m_context->data;
}

QString DocumentBuilder::defaultHeading(const QString& type)
{
    static const QHash<QString, QString> headings = {
        {u"curator_appointment"_s, u"О назначении куратора внедрения целевой модели наставничества"_s},
        {u"roadmap_approval"_s, u"Об утверждении дорожной карты реализации целевой модели наставничества"_s},
        {u"pairs_approval"_s, u"Об утверждении наставнических пар и групп"_s},
        {u"mentor_replacement"_s, u"О замене наставника"_s},
        {u"extension"_s, u"О продлении срока наставничества"_s},
        {u"early_completion"_s, u"О досрочном завершении наставничества"_s},
        {u"reward"_s, u"О поощрении участников наставнической деятельности"_s},
        {u"final_event"_s, u"О проведении итогового мероприятия программы наставничества"_s},
    };
    return headings.value(type);
}

QStringList DocumentBuilder::peopleConcerned(const Order& order) const
{
    return doc::peopleConcerned(*m_context, order);
}

QStringList doc::peopleConcerned(const Ctx& ctx, const Order& order)
{
    QStringList result;
    auto add = [&](const QString& id) {
        if (!id.isEmpty() && ctx.person(id) && !result.contains(id))
            result << id;
    };
    // Minors do not sign the sheet (their parents are informed by the curator).
    const QDate on = order.date.isValid() ? order.date : ctx.today;
    auto adult = [&](const QString& id) {
        const Person* p = ctx.person(id);
        return p && !dates::isMinorOn(p->birthDate, on);
    };
    for (const QString& id : order.people) {
        if (adult(id))
            add(id);
    }
    if (order.type == u"curator_appointment" || order.type == u"roadmap_approval" || order.type == u"final_event"
        || order.type == u"pairs_approval")
        add(ctx.data.organization.curator);
    for (const Pair* p : ctx.pairsOfOrder(order)) {
        if (adult(p->mentor))
            add(p->mentor);
        for (const PairEvent& e : p->events) {
            if (e.type == u"replacement" && (e.order == order.id || order.type == u"mentor_replacement") && adult(e.newMentor))
                add(e.newMentor);
        }
        for (const QString& id : p->mentees) {
            if (adult(id))
                add(id);
        }
    }
    return result;
}

} // namespace nastavnik
