// Consent forms: personal data of an adult and of a parent for a minor (152-ФЗ art. 9 part 4),
// the separate consent to distribution (art. 10.1; the website, 002 8.4), and the mentor's
// written consent to mentoring (Labour Code art. 351.8, 004 2.6).

#include "documents/DocumentContext.h"
#include "documents/Html.h"
#include "util/Dates.h"

using namespace Qt::StringLiterals;

namespace nastavnik {
namespace {

using namespace doc;
using GC = GrammaticalCase;

QString byGender(const Person* p, const QString& male, const QString& female)
{
    if (!p)
        return male + u'(' + female.mid(male.size()) + u')';
    return declension().genderOf(*p) == Gender::Female ? female : male;
}

QString lawReference()
{
    return u"Федерального закона от 27.07.2006 №&nbsp;152-ФЗ «О персональных данных»"_s;
}

QString operatorText(const Ctx& ctx)
{
    // «даю согласие оператору — …»: the name stays in the nominative, whatever its grammar.
    return u"оператору персональных данных — "_s + ctx.orgName() + u" (далее — Оператор), адрес: "_s
        + html::orBlank(ctx.data.organization.address, 45);
}

QString identity(const Person* p)
{
    return u"проживающ"_s + byGender(p, u"ий"_s, u"ая"_s) + u" по адресу: "_s + html::blank(45)
        + u", основной документ, удостоверяющий личность: "_s + html::blank(12) + u" серия "_s + html::blank(6)
        + u" №&nbsp;"_s + html::blank(8) + u", выдан "_s + html::blank(35) + u' ' + html::dateQuoted(QDate());
}

bool isMentor(const Ctx& ctx, const QString& personId)
{
    for (const Pair& p : ctx.data.pairs) {
        if (p.mentor == personId)
            return true;
        for (const PairEvent& e : p.events) {
            if (e.type == u"replacement" && e.newMentor == personId)
                return true;
        }
    }
    return false;
}

QString dataList(const Ctx& ctx, const Person& subject)
{
    QStringList items{u"фамилия, имя, отчество"_s, u"дата рождения"_s};
    if (subject.kind == u"pupil" || subject.kind == u"student") {
        items << u"место учёбы, класс (курс, группа)"_s << u"сведения об образовательных результатах, достижениях и "
                                                           "участии в мероприятиях"_s;
    } else {
        items << u"место работы, должность, подразделение"_s
              << u"сведения об образовании, квалификации, стаже педагогической, управленческой и методической "
                 "работы, о статусах, удостоверениях и наградах"_s;
    }
    if (subject.external && isMentor(ctx, subject.id))
        items << u"сведения о наличии (отсутствии) судимости и о состоянии здоровья в объёме медицинской справки, "
                 "необходимой для работы с обучающимися"_s;
    items << u"запрос на наставничество, сведения об участии в программе наставничества (наставническая пара, "
             "индивидуальный план, встречи, отчёты)"_s
          << u"результаты анкетирования и тестирования в рамках программы наставничества"_s
          << u"контактный телефон, адрес электронной почты"_s;
    return items.join(u"; "_s);
}

QString commonConditions(const Ctx& ctx, const QString& whose)
{
    QString out;
    out += html::point(u"1"_s, u"Цель обработки: организация и осуществление наставнической деятельности в "_s + ctx.orgShort()
                                   + u" в соответствии с Положением о наставничестве: ведение базы наставников и базы "
                                     "наставляемых, формирование наставнических пар и групп, подготовка документов, "
                                     "мониторинг и оценка результатов программы наставничества."_s);
    out += html::point(u"2"_s, u"Перечень персональных данных"_s + whose + u", на обработку которых даётся согласие:"_s);
    return out;
}

QString actionsAndTerm()
{
    QString out;
    out += html::point(u"3"_s, u"Перечень действий с персональными данными: сбор, запись, систематизация, накопление, "
                               "хранение, уточнение (обновление, изменение), извлечение, использование, передача "
                               "(предоставление, доступ) в случаях, предусмотренных законодательством Российской "
                               "Федерации, обезличивание, блокирование, удаление, уничтожение. Обработка "
                               "осуществляется с использованием средств автоматизации и без их использования."_s);
    out += html::point(u"4"_s, u"Согласие действует со дня его подписания до окончания участия в программе "
                               "наставничества и истечения сроков хранения документов, установленных "
                               "законодательством Российской Федерации об архивном деле."_s);
    out += html::point(u"5"_s, u"Согласие может быть отозвано в любое время путём направления Оператору письменного "
                               "заявления. В случае отзыва согласия Оператор прекращает обработку персональных данных "
                               "и уничтожает их в срок, не превышающий тридцати дней с даты поступления отзыва, если "
                               "иное не предусмотрено федеральным законом."_s);
    return out;
}

QString dateAndSignature(const QDate& date, const Person* signer)
{
    return html::twoColumns(html::dateQuoted(date),
                            html::blank(14) + u" / "_s + initialsSurname(signer) + u" /"_s,
                            45);
}

QString titleBlock(const QString& subtitle)
{
    return html::para(u"СОГЛАСИЕ"_s, u"title"_s) + html::para(subtitle, u"subtitle"_s) + html::para(QString(), u"plain"_s);
}

// ---- Personal data ----------------------------------------------------------------------

QString adultConsent(const Ctx& ctx, const Consent& c, const Person& subject)
{
    QString out = titleBlock(u"на обработку персональных данных"_s);
    out += html::para(u"Я, "_s + fullName(&subject) + u", "_s + html::dateShort(subject.birthDate) + u" года рождения, "_s
                      + identity(&subject) + u", в соответствии со статьёй 9 "_s + lawReference()
                      + u" свободно, своей волей и в своём интересе даю согласие "_s + operatorText(ctx)
                      + u", на обработку моих персональных данных на следующих условиях."_s);
    out += commonConditions(ctx, QString());
    out += html::para(dataList(ctx, subject) + u'.');
    out += actionsAndTerm();
    out += html::para(QString(), u"space"_s);
    out += dateAndSignature(c.date, &subject);
    return out;
}

QString parentConsent(const Ctx& ctx, const Consent& c, const Person& child, const Person* parent)
{
    QString out = titleBlock(u"родителя (законного представителя) на обработку персональных данных "
                             "несовершеннолетнего"_s);
    const bool girl = declension().genderOf(child) == Gender::Female;
    out += html::para(u"Я, "_s + fullName(parent) + u", "_s + identity(parent) + u", являясь родителем (законным "
                                                                                "представителем) несовершеннолетне"_s
                      + (girl ? u"й "_s : u"го "_s) + fullName(&child, GC::Genitive) + u", "_s
                      + html::dateShort(child.birthDate) + u" года рождения, на основании "_s
                      + u"свидетельства о рождении серия "_s + html::blank(6) + u" №&nbsp;"_s + html::blank(8)
                      + u" (иного документа, подтверждающего полномочия законного представителя: "_s + html::blank(25)
                      + u"), в соответствии со статьёй 9 "_s + lawReference()
                      + u" свободно, своей волей и в интересе моего ребёнка даю согласие "_s + operatorText(ctx)
                      + u", на обработку персональных данных моего ребёнка на следующих условиях."_s);
    out += commonConditions(ctx, u" ребёнка"_s);
    out += html::para(dataList(ctx, child) + u'.');
    out += actionsAndTerm();
    out += html::para(QString(), u"space"_s);
    out += dateAndSignature(c.date, parent);
    return out;
}

// ---- Distribution -----------------------------------------------------------------------

QString distributionConsent(const Ctx& ctx, const Consent& c, const Person& subject, const Person* signer, bool minor)
{
    QString out = titleBlock(u"на обработку персональных данных, разрешённых субъектом персональных данных для "
                             "распространения"_s);
    QString contacts = QStringList{subject.phone.trimmed(), subject.email.trimmed()}.join(u", "_s);
    if (contacts == u", ")
        contacts.clear();
    if (contacts.startsWith(u", "))
        contacts = contacts.mid(2);
    if (contacts.endsWith(u", "))
        contacts.chop(2);
    const QString website = ctx.settings.website.trimmed();
    const QString siteClause = ctx.clause(u"website"_s).isEmpty() ? QString()
                                                                  : u" (пункт "_s + ctx.clause(u"website"_s) + u" Положения)"_s;
    QString who;
    if (minor) {
        who = u"Я, "_s + fullName(signer) + u", являясь родителем (законным представителем) несовершеннолетне"_s
            + (declension().genderOf(subject) == Gender::Female ? u"й "_s : u"го "_s) + fullName(&subject, GC::Genitive);
    } else {
        who = u"Я, "_s + fullName(&subject);
    }
    out += html::para(who + u", контактная информация: "_s + html::orBlank(contacts, 30) + u", в соответствии со статьёй 10.1 "_s
                      + lawReference() + u" даю согласие "_s + operatorText(ctx) + u", ИНН "_s + html::blank(12)
                      + u", ОГРН "_s + html::blank(14) + u", на распространение "_s
                      + (minor ? u"персональных данных моего ребёнка"_s : u"моих персональных данных"_s)
                      + u" с целью размещения сведений о наставниках (реестр наставников, портфолио наставников) "
                        "на официальном сайте Оператора в информационно-телекоммуникационной сети «Интернет»"_s
                      + siteClause + u": "_s + html::orBlank(website, 30) + u", в следующем порядке:"_s);
    const QList<QStringList> rows = {
        {u"Общие"_s, u"фамилия, имя, отчество"_s, QString(), QString(), QString()},
        {u"Общие"_s, u"место работы (учёбы), должность"_s, QString(), QString(), QString()},
        {u"Общие"_s, u"сведения об образовании, квалификации, стаже работы"_s, QString(), QString(), QString()},
        {u"Общие"_s, u"сведения о наставнической деятельности и её результатах, достижения, награды"_s, QString(), QString(), QString()},
        {u"Биометрические"_s, u"фотографическое изображение"_s, QString(), QString(), QString()},
    };
    out += html::table({u"Категория персональных данных"_s, u"Перечень персональных данных"_s,
                        u"Разрешаю к распространению (да/нет)"_s, u"Разрешаю неограниченному кругу лиц (да/нет)"_s,
                        u"Условия и запреты"_s},
                       rows,
                       {16, 32, 16, 16, 20});
    out += html::para(u"Условия, при которых полученные персональные данные могут передаваться Оператором только по его "
                      "внутренней сети, либо с использованием информационно-телекоммуникационных сетей, либо без "
                      "передачи полученных персональных данных: "_s
                      + html::blank(30) + u'.');
    out += html::para(u"Настоящее согласие действует со дня его подписания до дня его отзыва. Требование о прекращении "
                      "распространения персональных данных может быть направлено Оператору в письменной форме в любое "
                      "время; с момента его поступления распространение прекращается."_s);
    out += html::para(QString(), u"space"_s);
    out += dateAndSignature(c.date, minor ? signer : &subject);
    return out;
}

// ---- Mentor's consent -------------------------------------------------------------------

const Pair* pairOfMentor(const Ctx& ctx, const Consent& c)
{
    const Pair* best = nullptr;
    for (const Pair& p : ctx.data.pairs) {
        QDate from = p.start;
        bool leads = p.mentor == c.person;
        for (const PairEvent& e : p.events) {
            if (e.type == u"replacement" && e.newMentor == c.person) {
                leads = true;
                from = e.date;
            }
        }
        if (!leads)
            continue;
        // The pair the consent was given for: the first starting on or after the consent.
        if (c.date.isValid() && from.isValid() && from < c.date)
            continue;
        if (!best || (from.isValid() && from < best->start))
            best = &p;
    }
    return best;
}

QString mentorConsent(const Ctx& ctx, const Consent& c, const Person& mentor)
{
    QString out;
    const Person* head = ctx.head();
    const QString headPosition = Declension::position(ctx.data.organization.headPosition, GC::Dative)
                                     .value_or(ctx.data.organization.headPosition);
    const QString fromPosition = declinedPosition(&mentor, GC::Genitive);
    out += html::rightBlock({html::esc(headPosition.isEmpty() ? u"Руководителю"_s : headPosition) + u' ' + ctx.orgShort(),
                             initialsSurname(head, GC::Dative),
                             u"от "_s + (fromPosition.isEmpty() ? QString() : fromPosition + u' ') + fullName(&mentor, GC::Genitive)});
    out += html::para(QString(), u"plain"_s);
    out += titleBlock(u"на выполнение работы наставника"_s);

    const Pair* pair = pairOfMentor(ctx, c);
    QString subject;
    if (pair) {
        const QString form = inForm(pair->form);
        subject = u" в отношении "_s + menteeNames(ctx, *pair, GC::Genitive, true)
            + (form.isEmpty() ? QString() : u' ' + form) + u" на срок "_s + term(pair->start, pair->end());
    } else {
        subject = u" в отношении "_s + html::blank(45) + u" на срок "_s + term(QDate(), QDate());
    }
    QString basis;
    if (mentor.isStaff())
        basis = u" в соответствии со статьёй 351.8 Трудового кодекса Российской Федерации"_s;
    const QString clause = ctx.clause(u"consent"_s);
    if (!clause.isEmpty())
        basis += (basis.isEmpty() ? u" в соответствии с пунктом "_s : u" и пунктом "_s) + clause + u' ' + ctx.provisionGenitive();
    out += html::para(u"Я, "_s + nameWithPosition(&mentor, GC::Nominative) + u", даю согласие на выполнение работы наставника"_s
                      + subject + basis + u'.');
    if (mentor.isStaff()) {
        out += html::para(u"Мне разъяснено, что содержание, срок и форма наставничества и размер доплаты за выполнение "
                          "работы наставника определяются дополнительным соглашением к трудовому договору и что каждая "
                          "из сторон вправе досрочно прекратить выполнение работы наставника, предупредив другую "
                          "сторону в письменной форме не позднее чем за три рабочих дня."_s);
    }
    out += html::para(u"С "_s + ctx.provisionGenitive().replace(0, 9, u"Положением"_s) + u", правами и обязанностями наставника "_s
                      + byGender(&mentor, u"ознакомлен"_s, u"ознакомлена"_s) + u'.');
    out += html::para(QString(), u"space"_s);
    out += dateAndSignature(c.date, &mentor);
    return out;
}

} // namespace

Result<Document> builders::consent(const Ctx& ctx, const QString& consentId)
{
    const Consent* c = ctx.consent(consentId);
    if (!c)
        return Result<Document>::failure(DocumentBuilder::tr("There is no consent «%1» in the database.").arg(consentId));
    const Person* subject = ctx.person(c->person);
    if (!subject)
        return Result<Document>::failure(DocumentBuilder::tr("The person of the consent «%1» is not in the database.").arg(consentId));
    const bool minor = dates::isMinorOn(subject->birthDate, c->date.isValid() ? c->date : ctx.today);
    // A minor's consent is signed by a parent: the signer when it is someone else; a blank otherwise.
    const Person* representative = c->signedBy != c->person ? ctx.person(c->signedBy) : nullptr;

    Document d;
    d.kind = DocumentKind::Consent;
    d.subject = c->id;
    if (c->type == u"personal_data") {
        d.html = minor ? parentConsent(ctx, *c, *subject, representative) : adultConsent(ctx, *c, *subject);
        d.title = u"Согласие на обработку персональных данных — "_s + subject->shortName();
        d.clause = u"152-ФЗ ст. 9"_s;
    } else if (c->type == u"distribution") {
        d.html = distributionConsent(ctx, *c, *subject, representative, minor);
        d.title = u"Согласие на распространение персональных данных — "_s + subject->shortName();
        d.clause = u"152-ФЗ ст. 10.1; 002 п. 8.4"_s;
    } else if (c->type == u"mentor_role") {
        d.html = mentorConsent(ctx, *c, *subject);
        d.title = u"Согласие на выполнение работы наставника — "_s + subject->shortName();
        d.clause = u"ТК РФ ст. 351.8; 004 п. 2.6"_s;
    } else {
        return Result<Document>::failure(
            DocumentBuilder::tr("The consent «%1» is of the type «%2», which has no form.").arg(c->id, c->type));
    }
    d.fileName = fileName(u"Согласие_"_s + c->id + u'_' + subject->lastName);
    return d;
}

// ---- Register of pairs ------------------------------------------------------------------

Result<Document> builders::registerOfPairs(const Ctx& ctx, const QString& id)
{
    if (!id.isEmpty() && id != u"all")
        return Result<Document>::failure(DocumentBuilder::tr("The register lists all pairs: give «all» as its id."));
    QString out;
    out.reserve(256 + ctx.data.pairs.size() * 360);
    out += html::para(ctx.orgName(), u"org"_s);
    out += html::para(QString(), u"plain"_s);
    out += html::para(u"РЕЕСТР НАСТАВНИЧЕСКИХ ПАР И ГРУПП"_s, u"title"_s);
    out += html::para(u"по состоянию на "_s + html::dateWords(ctx.today), u"subtitle"_s);

    QList<QStringList> rows;
    rows.reserve(ctx.data.pairs.size());
    int n = 0;
    for (const Pair& p : ctx.data.pairs) {
        QString mentor = fullName(ctx.person(p.currentMentor()));
        if (p.currentMentor() != p.mentor) {
            for (const PairEvent& e : p.events) {
                if (e.type == u"replacement" && e.newMentor == p.currentMentor())
                    mentor += u"<br/>(с "_s + html::dateShort(e.date) + u"; ранее — "_s
                        + surnameInitials(ctx.person(p.mentor)) + u')';
            }
        }
        QStringList mentees;
        if (!p.title.trimmed().isEmpty())
            mentees << u"<i>"_s + html::esc(p.title.trimmed()) + u"</i>"_s;
        for (const QString& m : p.mentees)
            mentees << fullName(ctx.person(m));
        QString status;
        if (!p.start.isValid() || ctx.today < p.start)
            status = u"не начата"_s;
        else if (p.isActiveOn(ctx.today))
            status = p.hasExtension() ? u"действует (продлена)"_s : u"действует"_s;
        else if (p.completedEarly())
            status = u"завершена досрочно"_s;
        else
            status = u"завершена"_s;
        rows << QStringList{QString::number(++n),
                            mentor,
                            mentees.join(u"<br/>"_s),
                            formName(p.form),
                            html::dateShort(p.start) + u"–<br/>"_s + html::dateShort(p.end()),
                            status};
    }
    out += html::table({u"№"_s, u"Наставник"_s, u"Наставляемые"_s, u"Форма (вид)"_s, u"Срок"_s, u"Статус"_s},
                       rows,
                       {8, 24, 24, 15, 15, 14});
    out += html::para(u"Всего: "_s + QString::number(n) + u'.', u"plain"_s);
    const Person* curator = ctx.curator();
    out += html::signature(curator && !curator->position.trimmed().isEmpty()
                               ? html::esc(curator->position.trimmed().left(1).toUpper() + curator->position.trimmed().mid(1))
                               : u"Куратор"_s,
                           initialsSurname(curator),
                           true);

    Document d;
    d.kind = DocumentKind::Register;
    d.subject = u"all"_s;
    d.title = u"Реестр наставнических пар и групп на "_s + dates::toDisplay(ctx.today);
    d.fileName = fileName(u"Реестр_пар_"_s + dates::toIso(ctx.today));
    d.clause = u"002 п. 8.4"_s;
    d.html = out;
    return d;
}

} // namespace nastavnik
