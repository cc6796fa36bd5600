// The registers are documents for other organisations: their headers and values are Russian
// whatever the UI language, like every document.

#include "exports/Registers.h"

#include "domain/Vocabulary.h"
#include "util/Dates.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace nastavnik {
namespace {

QString day(const QDate& d)
{
    return dates::toDisplay(d);
}

QString kindRu(const QString& kind)
{
    return vocabulary::russianLabel(Vocab::PersonKind, kind);
}

QString formRu(const QString& form)
{
    return vocabulary::russianLabel(Vocab::PairForm, form);
}

QString stateRu(const Pair& p, const QDate& today)
{
    if (p.start.isValid() && p.start > today)
        return u"не началась"_s;
    const QDate end = p.end();
    if (p.completedEarly() && end.isValid() && end <= today)
        return u"завершена досрочно"_s;
    if (end.isValid() && end < today)
        return u"завершена"_s;
    return u"действует"_s;
}

bool hasPersonalDataConsent(const Dataset& data, const QString& person, const QDate& on)
{
    for (const Consent& c : data.consents) {
        if (c.person == person && c.type == u"personal_data" && (!c.date.isValid() || c.date <= on)
            && !(c.withdrawn.isValid() && c.withdrawn <= on))
            return true;
    }
    return false;
}

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

Status save(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Status::failure(Registers::tr("«%1» could not be written: %2. Choose another folder or file name.")
                                   .arg(nativePath(path), file.errorString()));
    }
    return Status::success();
}

} // namespace

Registers::Sheet Registers::build(Kind kind, const Dataset& data, const QDate& today)
{
    QHash<QString, const Person*> people;
    for (const Person& p : data.people)
        people.insert(p.id, &p);
    auto name = [&](const QString& id) {
        const Person* p = people.value(id);
        return p ? p->fullName() : id;
    };
    QHash<QString, const Order*> orders;
    for (const Order& o : data.orders)
        orders.insert(o.id, &o);

    Sheet sheet;
    switch (kind) {
    case Kind::Mentors: {
        sheet.name = u"Наставники"_s;
        sheet.header = {u"№"_s, u"Фамилия"_s, u"Имя"_s, u"Отчество"_s, u"Дата рождения"_s, u"Категория"_s,
                        u"Штатный / внешний"_s, u"Должность, место работы (учёбы)"_s, u"Подразделение"_s,
                        u"Педагогический стаж, лет"_s, u"Компетенции"_s, u"Действующих пар и групп"_s,
                        u"Наставляемые (действующие пары)"_s, u"Формы наставничества"_s,
                        u"Согласие на обработку ПДн"_s, u"Телефон"_s, u"Эл. почта"_s};
        sheet.widths = {5, 16, 13, 16, 12, 16, 12, 34, 24, 12, 36, 12, 40, 26, 12, 18, 26};
        sheet.dateColumns = {4};
        QHash<QString, QList<const Pair*>> led;
        for (const Pair& p : data.pairs) {
            QSet<QString> mentors{p.mentor, p.currentMentor()};
            for (const QString& m : mentors)
                led[m] << &p;
        }
        int n = 0;
        for (const Person& p : data.people) {
            if (p.archived || (!p.mentorBase && !led.contains(p.id)))
                continue;
            QStringList mentees;
            QStringList forms;
            int active = 0;
            for (const Pair* pair : led.value(p.id)) {
                if (!pair->isActiveOn(today) || pair->currentMentor() != p.id)
                    continue;
                ++active;
                for (const QString& m : pair->mentees)
                    mentees << name(m);
                if (!forms.contains(formRu(pair->form)))
                    forms << formRu(pair->form);
            }
            sheet.rows << QStringList{QString::number(++n), p.lastName, p.firstName, p.middleName, day(p.birthDate),
                                      kindRu(p.kind), p.external ? u"внешний"_s : u"штатный"_s, p.position, p.unit,
                                      p.pedagogicalYears ? QString::number(*p.pedagogicalYears) : QString(),
                                      p.competencies, QString::number(active), mentees.join(u"; "_s),
                                      forms.join(u"; "_s),
                                      hasPersonalDataConsent(data, p.id, today) ? u"есть"_s : u"нет"_s, p.phone, p.email};
        }
        break;
    }
    case Kind::Mentees: {
        sheet.name = u"Наставляемые"_s;
        sheet.header = {u"№"_s, u"Фамилия"_s, u"Имя"_s, u"Отчество"_s, u"Дата рождения"_s, u"Категория"_s,
                        u"Класс, должность"_s, u"Подразделение"_s, u"Категория наставляемого"_s, u"Запрос"_s,
                        u"Наставник"_s, u"Форма наставничества"_s, u"Начало"_s, u"Окончание"_s, u"Состояние"_s,
                        u"Согласие на обработку ПДн"_s};
        sheet.widths = {5, 16, 13, 16, 12, 14, 24, 22, 30, 34, 30, 22, 12, 12, 18, 12};
        sheet.dateColumns = {4, 12, 13};
        // The pair that counts: active today, else the latest.
        QHash<QString, const Pair*> pairOf;
        for (const Pair& p : data.pairs) {
            for (const QString& m : p.mentees) {
                const Pair* known = pairOf.value(m);
                const bool better = !known || (p.isActiveOn(today) && !known->isActiveOn(today))
                    || (p.isActiveOn(today) == known->isActiveOn(today) && known->start < p.start);
                if (better)
                    pairOf.insert(m, &p);
            }
        }
        int n = 0;
        for (const Person& p : data.people) {
            if (p.archived || (!p.menteeBase && !pairOf.contains(p.id)))
                continue;
            QStringList categories;
            for (const QString& c : p.menteeCategories)
                categories << vocabulary::russianLabel(Vocab::MenteeCategory, c);
            const Pair* pair = pairOf.value(p.id);
            sheet.rows << QStringList{QString::number(++n), p.lastName, p.firstName, p.middleName, day(p.birthDate),
                                      kindRu(p.kind), p.position, p.unit, categories.join(u"; "_s), p.request,
                                      pair ? name(pair->currentMentor()) : QString(), pair ? formRu(pair->form) : QString(),
                                      pair ? day(pair->start) : QString(), pair ? day(pair->end()) : QString(),
                                      pair ? stateRu(*pair, today) : u"без пары"_s,
                                      hasPersonalDataConsent(data, p.id, today) ? u"есть"_s : u"нет"_s};
        }
        break;
    }
    case Kind::Pairs: {
        sheet.name = u"Пары и группы"_s;
        sheet.header = {u"№"_s, u"Код"_s, u"Форма наставничества"_s, u"Наставник"_s, u"Наставляемые"_s,
                        u"Название группы"_s, u"Начало"_s, u"Окончание по плану"_s, u"Окончание фактическое"_s,
                        u"Приказ об утверждении"_s, u"План утверждён"_s, u"Пунктов плана выполнено"_s,
                        u"Встреч проведено"_s, u"Замена наставника"_s, u"Состояние"_s};
        sheet.widths = {5, 8, 22, 30, 40, 24, 12, 12, 12, 22, 12, 14, 10, 30, 18};
        sheet.dateColumns = {6, 7, 8, 10};
        int n = 0;
        for (const Pair& p : data.pairs) {
            QStringList mentees;
            for (const QString& m : p.mentees)
                mentees << name(m);
            QString order;
            if (const Order* o = orders.value(p.order))
                order = u"№ "_s + o->number + u" от "_s + day(o->date);
            int done = 0;
            for (const PlanItem& i : p.planItems)
                done += i.status == u"done" ? 1 : 0;
            QStringList replacements;
            for (const PairEvent& e : p.events) {
                if (e.type == u"replacement")
                    replacements << day(e.date) + u": "_s + name(e.newMentor);
            }
            int meetings = 0;
            for (const Meeting& m : p.meetings)
                meetings += m.date.isValid() && m.date <= today ? 1 : 0;
            sheet.rows << QStringList{QString::number(++n), p.id, formRu(p.form), name(p.currentMentor()),
                                      mentees.join(u"; "_s), p.title, day(p.start), day(p.plannedEnd), day(p.actualEnd),
                                      order, day(p.planApproved),
                                      p.planItems.isEmpty() ? QString()
                                                            : u"%1 из %2"_s.arg(done).arg(p.planItems.size()),
                                      QString::number(meetings), replacements.join(u"; "_s), stateRu(p, today)};
        }
        break;
    }
    }
    return sheet;
}

QByteArray Registers::csv(const Sheet& sheet)
{
    auto field = [](const QString& text) {
        const bool quote = text.contains(u';') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')
            || text.startsWith(u' ') || text.endsWith(u' ');
        if (!quote)
            return text;
        QString escaped = text;
        escaped.replace(u"\""_s, u"\"\""_s);
        return u'"' + escaped + u'"';
    };
    QString out;
    auto line = [&](const QStringList& cells) {
        QStringList fields;
        for (const QString& c : cells)
            fields << field(c);
        out += fields.join(u';') + u"\r\n"_s;
    };
    line(sheet.header);
    for (const QStringList& row : sheet.rows)
        line(row);
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

Status Registers::writeCsv(Kind kind, const Dataset& data, const QDate& today, const QString& path)
{
    return save(path, csv(build(kind, data, today)));
}

Status Registers::writeXlsx(const Dataset& data, const QDate& today, const QString& path)
{
    QTemporaryDir temp;
    if (!temp.isValid())
        return Status::failure(tr("A temporary folder for the workbook could not be made: %1.").arg(temp.errorString()));
    const QString scratch = temp.filePath(u"registers.xlsx"_s);
    const QByteArray scratchName = QFile::encodeName(scratch);
    lxw_workbook_options options = {};
    const QByteArray tmpdir = QFile::encodeName(temp.path());
    options.tmpdir = const_cast<char*>(tmpdir.constData());
    lxw_workbook* workbook = workbook_new_opt(scratchName.constData(), &options);
    if (!workbook)
        return Status::failure(tr("The workbook could not be started."));
    lxw_format* header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
    format_set_bg_color(header, 0xDCE6F1);
    format_set_border(header, LXW_BORDER_THIN);
    lxw_format* cell = workbook_add_format(workbook);
    format_set_text_wrap(cell);
    format_set_align(cell, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* dateCell = workbook_add_format(workbook);
    format_set_num_format(dateCell, "dd.mm.yyyy");
    format_set_align(dateCell, LXW_ALIGN_VERTICAL_TOP);

    for (Kind kind : {Kind::Mentors, Kind::Mentees, Kind::Pairs}) {
        const Sheet sheet = build(kind, data, today);
        const QByteArray name = sheet.name.toUtf8();
        lxw_worksheet* ws = workbook_add_worksheet(workbook, name.constData());
        if (!ws) {
            workbook_close(workbook);
            return Status::failure(tr("The sheet «%1» could not be added to the workbook.").arg(sheet.name));
        }
        for (int c = 0; c < sheet.header.size(); ++c) {
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), sheet.widths.value(c, 14), nullptr);
            worksheet_write_string(ws, 0, lxw_col_t(c), sheet.header.at(c).toUtf8().constData(), header);
        }
        worksheet_freeze_panes(ws, 1, 0);
        for (int r = 0; r < sheet.rows.size(); ++r) {
            const QStringList& row = sheet.rows.at(r);
            for (int c = 0; c < row.size(); ++c) {
                const QString& value = row.at(c);
                if (value.isEmpty())
                    continue;
                const lxw_row_t rowIndex = lxw_row_t(r + 1);
                if (sheet.dateColumns.contains(c)) {
                    const QDate d = dates::parseUserDate(value);
                    if (d.isValid()) {
                        lxw_datetime dt = {d.year(), d.month(), d.day(), 0, 0, 0};
                        worksheet_write_datetime(ws, rowIndex, lxw_col_t(c), &dt, dateCell);
                        continue;
                    }
                }
                if (c == 0) {
                    worksheet_write_number(ws, rowIndex, 0, value.toDouble(), cell);
                    continue;
                }
                worksheet_write_string(ws, rowIndex, lxw_col_t(c), value.toUtf8().constData(), cell);
            }
        }
        if (!sheet.rows.isEmpty())
            worksheet_autofilter(ws, 0, 0, lxw_row_t(sheet.rows.size()), lxw_col_t(sheet.header.size() - 1));
    }
    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR)
        return Status::failure(tr("The workbook could not be written: %1.").arg(QString::fromUtf8(lxw_strerror(closed))));
    QFile written(scratch);
    if (!written.open(QIODevice::ReadOnly))
        return Status::failure(tr("The workbook could not be read back: %1.").arg(written.errorString()));
    return save(path, written.readAll());
}

bool Registers::mayPublish(const Person& person, const Dataset& data, const QDate& on)
{
    for (const Consent& c : data.consents) {
        if (c.person != person.id || c.type != u"distribution")
            continue;
        if (c.date.isValid() && c.date > on)
            continue;
        if (c.withdrawn.isValid() && c.withdrawn <= on)
            continue;
        // A minor's consent is valid only when a parent (legal representative) signed it.
        const bool signedThemselves = c.signedBy.isEmpty() || c.signedBy == person.id;
        if (signedThemselves && dates::isMinorOn(person.birthDate, c.date.isValid() ? c.date : on))
            continue;
        return true;
    }
    return false;
}

QString Registers::websiteHtml(const Dataset& data, const QDate& today)
{
    QSet<QString> leading;
    for (const Pair& p : data.pairs) {
        if (p.isActiveOn(today))
            leading.insert(p.currentMentor());
    }
    const Organization& o = data.organization;
    const QString org = o.shortName.trimmed().isEmpty() ? o.name : o.shortName;
    QString rows;
    int n = 0;
    for (const Person& p : data.people) {
        if (p.archived || (!p.mentorBase && !leading.contains(p.id)) || !mayPublish(p, data, today))
            continue;
        rows += u"<tr><td class=\"n\">%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n"_s.arg(++n)
                    .arg(p.fullName().toHtmlEscaped(), p.position.toHtmlEscaped(), p.competencies.toHtmlEscaped());
    }
    QString html = uR"(<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Реестр наставников — %1</title>
<style>
body { font-family: "PT Sans", Arial, sans-serif; margin: 2em auto; max-width: 60em; padding: 0 1em; color: #222; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; }
p.note { color: #555; margin-top: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #c8cdd2; padding: 0.4em 0.6em; text-align: left; vertical-align: top; }
th { background: #eef1f4; }
td.n { text-align: right; width: 2.5em; }
</style>
</head>
<body>
<h1>Реестр наставников</h1>
<p class="note">%2 — по состоянию на %3. Сведения размещены с согласия наставников на распространение персональных данных (п. 8.4 Положения о наставничестве).</p>
<table>
<thead><tr><th>№</th><th>Фамилия, имя, отчество</th><th>Должность</th><th>Компетенции</th></tr></thead>
<tbody>
%4</tbody>
</table>
</body>
</html>
)"_s;
    return html.arg(org.toHtmlEscaped(), org.toHtmlEscaped(), dates::toDisplay(today),
                    rows.isEmpty() ? u"<tr><td colspan=\"4\">Нет наставников с согласием на размещение сведений.</td></tr>\n"_s
                                   : rows);
}

Status Registers::writeWebsiteHtml(const Dataset& data, const QDate& today, const QString& path)
{
    return save(path, websiteHtml(data, today).toUtf8());
}

} // namespace nastavnik
