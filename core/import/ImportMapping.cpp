#include "import/ImportMapping.h"

#include "import/Table.h"

#include <QHash>
#include <QMap>

using namespace Qt::StringLiterals;

namespace nastavnik::import {
namespace {

struct FieldName
{
    Field field;
    const char* label;
};

const FieldName kFields[] = {
    { Field::Ignore, QT_TRANSLATE_NOOP("ImportMapping", "— do not import —") },
    { Field::LastName, QT_TRANSLATE_NOOP("ImportMapping", "Surname") },
    { Field::FirstName, QT_TRANSLATE_NOOP("ImportMapping", "Name") },
    { Field::MiddleName, QT_TRANSLATE_NOOP("ImportMapping", "Patronymic") },
    { Field::FullName, QT_TRANSLATE_NOOP("ImportMapping", "Full name (surname name patronymic)") },
    { Field::BirthDate, QT_TRANSLATE_NOOP("ImportMapping", "Birth date") },
    { Field::Gender, QT_TRANSLATE_NOOP("ImportMapping", "Gender") },
    { Field::Kind, QT_TRANSLATE_NOOP("ImportMapping", "Kind of participant") },
    { Field::External, QT_TRANSLATE_NOOP("ImportMapping", "Staff or external") },
    { Field::Position, QT_TRANSLATE_NOOP("ImportMapping", "Position") },
    { Field::Unit, QT_TRANSLATE_NOOP("ImportMapping", "Unit or class") },
    { Field::Phone, QT_TRANSLATE_NOOP("ImportMapping", "Phone") },
    { Field::Email, QT_TRANSLATE_NOOP("ImportMapping", "E-mail") },
    { Field::PedagogicalYears, QT_TRANSLATE_NOOP("ImportMapping", "Pedagogical experience, years") },
    { Field::ManagerialYears, QT_TRANSLATE_NOOP("ImportMapping", "Managerial experience, years") },
    { Field::MethodicalYears, QT_TRANSLATE_NOOP("ImportMapping", "Methodical experience, years") },
    { Field::MenteeCategories, QT_TRANSLATE_NOOP("ImportMapping", "Mentee categories") },
    { Field::Request, QT_TRANSLATE_NOOP("ImportMapping", "Mentee's request") },
    { Field::Competencies, QT_TRANSLATE_NOOP("ImportMapping", "Mentor's competencies") },
    { Field::MentorBase, QT_TRANSLATE_NOOP("ImportMapping", "In the mentor base") },
    { Field::MenteeBase, QT_TRANSLATE_NOOP("ImportMapping", "In the mentee base") },
    { Field::DisciplinarySanction, QT_TRANSLATE_NOOP("ImportMapping", "Disciplinary sanction") },
    { Field::Note, QT_TRANSLATE_NOOP("ImportMapping", "Note") },
};

/// Lower case, ё as е, every run of punctuation and spaces as one space: «Эл. почта» →
/// «эл почта», «E-mail» → «e mail», «Ф.И.О.» → «ф и о».
QString normalize(const QString& header)
{
    QString out;
    out.reserve(header.size());
    bool space = false;
    for (QChar c : header.toLower()) {
        if (c == u'ё')
            c = u'е';
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += u' ';
            out += c;
            space = false;
        } else {
            space = true;
        }
    }
    return out;
}

bool hasWord(const QString& text, QStringView word)
{
    for (QStringView w : QStringView(text).split(u' ')) {
        if (w == word)
            return true;
    }
    return false;
}

bool containsAny(const QString& text, std::initializer_list<QStringView> parts)
{
    for (QStringView p : parts) {
        if (text.contains(p))
            return true;
    }
    return false;
}

} // namespace

QList<Field> ImportMapping::fields()
{
    QList<Field> list;
    for (const FieldName& f : kFields)
        list << f.field;
    return list;
}

QString ImportMapping::label(Field field)
{
    for (const FieldName& f : kFields) {
        if (f.field == field)
            return tr(f.label);
    }
    return {};
}

Field ImportMapping::guess(const QString& header)
{
    const QString h = normalize(header);
    if (h.isEmpty())
        return Field::Ignore;

    // The order matters: the more specific headers first («Дата рождения» before «Имя»,
    // «Категории наставляемых» before «Категория участника», «Стаж в должности» before «Должность»).
    if (h.contains(u"фио") || h == u"ф и о" || (h.contains(u"фамилия") && hasWord(h, u"имя"))
        || h.contains(u"full name") || h == u"name" || h == u"ф и о полностью")
        return Field::FullName;
    if (h.contains(u"фамили") || h.contains(u"surname") || h.contains(u"last name")
        || h.contains(u"family name"))
        return Field::LastName;
    if (h.contains(u"отчеств") || h.contains(u"patronymic") || h.contains(u"middle name"))
        return Field::MiddleName;
    if (h.contains(u"рожд") || h.contains(u"birth") || h == u"др" || h == u"д р" || h == u"dob")
        return Field::BirthDate;
    if (hasWord(h, u"имя") || h.contains(u"first name") || h.contains(u"given name"))
        return Field::FirstName;
    if (h == u"пол" || h == u"gender" || h == u"sex")
        return Field::Gender;
    if (h.contains(u"стаж") || h.contains(u"experience") || h.contains(u"опыт")) {
        if (containsAny(h, { u"управлен", u"руковод", u"административ", u"manag" }))
            return Field::ManagerialYears;
        if (containsAny(h, { u"методич", u"method" }))
            return Field::MethodicalYears;
        return Field::PedagogicalYears;
    }
    if (h.contains(u"баз") || h.contains(u"base")) {
        if (h.contains(u"наставляем") || h.contains(u"mentee"))
            return Field::MenteeBase;
        if (h.contains(u"наставник") || h.contains(u"mentor"))
            return Field::MentorBase;
    }
    if ((h.contains(u"категори") && h.contains(u"наставляем")) || h.contains(u"mentee categor"))
        return Field::MenteeCategories;
    if (h.contains(u"запрос") || h.contains(u"request"))
        return Field::Request;
    if (h.contains(u"компетенц") || h.contains(u"competenc"))
        return Field::Competencies;
    if (h.contains(u"взыскан") || h.contains(u"disciplin"))
        return Field::DisciplinarySanction;
    if (h.contains(u"почта") || h.contains(u"email") || h.contains(u"e mail") || h == u"mail")
        return Field::Email;
    if (h.contains(u"телефон") || hasWord(h, u"тел") || h.contains(u"phone") || h.contains(u"мобильн"))
        return Field::Phone;
    if (h.contains(u"внешн") || h.contains(u"external"))
        return Field::External;
    if ((h.contains(u"категори") || h.contains(u"вид") || h.contains(u"тип")) && h.contains(u"участник"))
        return Field::Kind;
    if (h == u"вид" || h == u"kind")
        return Field::Kind;
    if (h.contains(u"должност") || h.contains(u"position") || h.contains(u"job title"))
        return Field::Position;
    // «Классный руководитель» names a teacher, not the pupil's class.
    if ((h.contains(u"класс") && !h.contains(u"руковод")) || h.contains(u"подразделен")
        || h.contains(u"отдел") || h.contains(u"кафедр") || h.contains(u"методическое объединение")
        || h == u"мо" || h == u"группа" || h.contains(u"unit") || h.contains(u"department") || h == u"class")
        return Field::Unit;
    if (h.contains(u"примечан") || h.contains(u"комментар") || h == u"note" || h == u"notes"
        || h == u"comment")
        return Field::Note;
    return Field::Ignore;
}

QList<Field> ImportMapping::guess(const QStringList& header)
{
    QList<Field> result;
    for (const QString& text : header) {
        const Field f = guess(text);
        result << (f != Field::Ignore && result.contains(f) ? Field::Ignore : f);
    }
    const bool separate = result.contains(Field::LastName) || result.contains(Field::FirstName)
        || result.contains(Field::MiddleName);
    if (separate && result.contains(Field::FullName))
        result[result.indexOf(Field::FullName)] = Field::Ignore;
    return result;
}

QString ImportMapping::suggestedKind(const QStringList& header)
{
    for (const QString& text : header) {
        const QString h = normalize(text);
        if ((h.contains(u"класс") && !h.contains(u"руковод")) || h == u"class" || h.contains(u"обучающ")
            || h.contains(u"учени"))
            return u"pupil"_s;
    }
    return u"teacher"_s;
}

QStringList ImportMapping::problems(const QStringList& columnTitles) const
{
    QStringList result;
    auto title = [&](int column) {
        return column < columnTitles.size() ? columnTitles.at(column) : columnLetters(column);
    };
    if (!maps(Field::LastName) && !maps(Field::FullName)) {
        result << tr("Choose the column with the surname (or with the full name): without it nobody can be "
                     "imported.");
    }
    if (maps(Field::FullName)
        && (maps(Field::LastName) || maps(Field::FirstName) || maps(Field::MiddleName))) {
        result << tr("The full name and separate surname, name or patronymic columns are chosen together. "
                     "Keep either the full name or the separate columns.");
    }
    QMap<int, QList<int>> columnsOf; // by field, in menu order
    for (int c = 0; c < columns.size(); ++c) {
        if (columns.at(c) != Field::Ignore)
            columnsOf[int(columns.at(c))] << c;
    }
    for (auto it = columnsOf.cbegin(); it != columnsOf.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        QStringList names;
        for (int c : it.value())
            names << u"«%1»"_s.arg(title(c));
        result << tr("«%1» is chosen for several columns (%2). Keep it for one column and set the others to "
                     "«%3».")
                      .arg(label(Field(it.key())), names.join(u", "_s), label(Field::Ignore));
    }
    return result;
}

} // namespace nastavnik::import
