#include "import/PeopleImporter.h"

#include "domain/Vocabulary.h"
#include "storage/PeopleRepository.h"
#include "util/Dates.h"

#include <QRegularExpression>
#include <cmath>

using namespace Qt::StringLiterals;

namespace nastavnik::import {
namespace {

QString fold(const QString& text)
{
    return PeopleRepository::foldForSearch(text);
}

std::optional<bool> parseYesNo(const QString& text)
{
    static const QStringList yes = { u"да"_s, u"д"_s, u"yes"_s, u"y"_s, u"true"_s, u"истина"_s, u"1"_s,
                                     u"+"_s,  u"x"_s, u"х"_s,   u"v"_s, u"✓"_s,    u"✔"_s,      u"есть"_s };
    static const QStringList no
        = { u"нет"_s, u"н"_s, u"no"_s, u"n"_s, u"false"_s, u"ложь"_s, u"0"_s, u"-"_s, u"–"_s, u"—"_s };
    const QString t = fold(text);
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

std::optional<bool> parseExternal(const QString& text)
{
    const QString t = fold(text);
    if (t.startsWith(u"внешн") || t.startsWith(u"сторонн") || t == u"external")
        return true;
    if (t.startsWith(u"штатн") || t.startsWith(u"сотрудник") || t == u"staff" || t == u"internal")
        return false;
    return parseYesNo(text);
}

QString parseGender(const QString& text)
{
    const QString t = fold(text).remove(u'.');
    if (t == u"м" || t.startsWith(u"муж") || t == u"m" || t == u"male")
        return u"m"_s;
    if (t == u"ж" || t.startsWith(u"жен") || t == u"f" || t == u"female")
        return u"f"_s;
    return {};
}

/// Every way a kind of person is written in lists → its code.
QHash<QString, QString> kindNames()
{
    QHash<QString, QString> names;
    for (const QString& code : vocabulary::codes(Vocab::PersonKind)) {
        names.insert(fold(code), code);
        names.insert(fold(vocabulary::label(Vocab::PersonKind, code)), code);
        names.insert(fold(vocabulary::russianLabel(Vocab::PersonKind, code)), code);
    }
    const std::pair<const char16_t*, const char16_t*> synonyms[] = {
        { u"ученик", u"pupil" },
        { u"ученица", u"pupil" },
        { u"учащийся", u"pupil" },
        { u"учащаяся", u"pupil" },
        { u"обучающийся", u"pupil" },
        { u"обучающаяся", u"pupil" },
        { u"школьник", u"pupil" },
        { u"школьница", u"pupil" },
        { u"студентка", u"student" },
        { u"учитель", u"teacher" },
        { u"педагог", u"teacher" },
        { u"преподаватель", u"teacher" },
        { u"воспитатель", u"teacher" },
        { u"родитель", u"parent" },
        { u"законный представитель", u"parent" },
        { u"выпускник", u"graduate" },
        { u"выпускница", u"graduate" },
        { u"работодатель", u"employer_staff" },
        { u"представитель работодателя", u"employer_staff" },
        { u"ип", u"entrepreneur" },
        { u"ветеран", u"veteran" },
        { u"госслужащий", u"civil_servant" },
        { u"государственный служащий", u"civil_servant" },
        { u"государственный гражданский служащий", u"civil_servant" },
        { u"муниципальный служащий", u"civil_servant" },
        { u"руководитель", u"manager" },
        { u"иное", u"other" },
        { u"прочее", u"other" },
    };
    for (const auto& [name, code] : synonyms)
        names.insert(QString::fromUtf16(name), QString::fromUtf16(code));
    return names;
}

QHash<QString, QString> categoryNames()
{
    QHash<QString, QString> names;
    for (const QString& code : vocabulary::codes(Vocab::MenteeCategory)) {
        names.insert(fold(code), code);
        names.insert(fold(vocabulary::label(Vocab::MenteeCategory, code)), code);
        names.insert(fold(vocabulary::russianLabel(Vocab::MenteeCategory, code)), code);
    }
    return names;
}

/// The date part of «05.03.1987 0:00» or «1987-03-05T00:00:00», as spreadsheets export dates.
QString withoutMidnight(const QString& text)
{
    static const QRegularExpression time(u"^(\\S+)[ T]0?0:00(:00)?$"_s);
    const auto m = time.match(text);
    return m.hasMatch() ? m.captured(1) : text;
}

} // namespace

PeopleImporter::PeopleImporter(PeopleRepository& people)
    : m_people(people)
{
}

QStringList PeopleImporter::columnTitles(const Table& table, bool firstRowIsHeader)
{
    QStringList titles;
    for (int c = 0; c < table.columnCount; ++c) {
        const QString header
            = (firstRowIsHeader && !table.rows.isEmpty()) ? table.cell(0, c).simplified() : QString();
        titles << (header.isEmpty() ? tr("Column %1").arg(columnLetters(c)) : header);
    }
    return titles;
}

ImportPreview PeopleImporter::prepare(const Table& table, const ImportMapping& mapping, const QDate& today)
{
    ImportPreview preview;
    preview.mappingProblems = mapping.problems(columnTitles(table, mapping.firstRowIsHeader));
    if (!m_existing)
        m_existing = m_people.identityIndex();

    const QHash<QString, QString> kinds = kindNames();
    const QHash<QString, QString> categories = categoryNames();
    QStringList kindLabels;
    for (const QString& code : vocabulary::codes(Vocab::PersonKind))
        kindLabels << u"«%1»"_s.arg(vocabulary::label(Vocab::PersonKind, code).toLower());
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    static const QRegularExpression dateShape(
        u"^(\\d{1,2}[./]\\d{1,2}[./](\\d{2}|\\d{4})|\\d{4}-\\d{2}-\\d{2})$"_s);
    static const QRegularExpression twoDigitYear(u"[./]\\d{2}$"_s);
    static const QRegularExpression yearsSuffix(u"\\s*(лет|года|год|г\\.?|years?|yrs?)$"_s,
                                                QRegularExpression::CaseInsensitiveOption);

    // Only the mapped columns are visited for each row.
    QList<std::pair<int, Field>> mapped;
    for (int c = 0; c < mapping.columns.size(); ++c) {
        if (mapping.columns.at(c) != Field::Ignore)
            mapped << std::pair { c, mapping.columns.at(c) };
    }

    QHash<QString, int> seen; // identity key → the row number that holds it
    const int first = mapping.firstRowIsHeader ? 1 : 0;
    preview.rows.reserve(std::max(0, int(table.rows.size()) - first));
    for (int r = first; r < table.rows.size(); ++r) {
        ImportRow row;
        row.rowNumber = table.rowNumbers.at(r);
        row.tableRow = r;
        Person& p = row.person;
        p.kind = mapping.defaults.kind;
        p.external = mapping.defaults.external;
        p.mentorBase = mapping.defaults.mentorBase;
        p.menteeBase = mapping.defaults.menteeBase;
        QStringList& problems = row.problems;
        bool birthDateProblem = false;

        for (const auto& [column, field] : std::as_const(mapped)) {
            const QString text = table.cell(r, column).trimmed();
            if (text.isEmpty())
                continue;
            const QString name = ImportMapping::label(field);
            auto yearsOf = [&](std::optional<int>& years) {
                QString number = text;
                number.remove(yearsSuffix);
                number.replace(u',', u'.');
                bool ok = false;
                const double value = number.toDouble(&ok);
                if (!ok || !std::isfinite(value))
                    problems << tr("%1: «%2» is not a number of years.").arg(name, text);
                else if (value < 0)
                    problems << tr("%1: «%2» cannot be negative.").arg(name, text);
                else if (value > 80)
                    problems << tr("%1: %2 years is more than 80; check the number.").arg(name, text);
                else
                    years = int(std::floor(value)); // full years, as experience is counted
            };
            auto flag = [&](bool& target) {
                if (const auto v = parseYesNo(text))
                    target = *v;
                else
                    problems << tr("%1: «%2» is not recognised. Write «yes» or «no».").arg(name, text);
            };

            switch (field) {
            case Field::Ignore:
                break;
            case Field::LastName:
                p.lastName = text.simplified();
                break;
            case Field::FirstName:
                p.firstName = text.simplified();
                break;
            case Field::MiddleName:
                p.middleName = text.simplified();
                break;
            case Field::FullName: {
                // «Мамедов Рашид Али оглы»: everything after the name is the patronymic.
                const QStringList words = text.simplified().split(u' ');
                p.lastName = words.value(0);
                p.firstName = words.value(1);
                p.middleName = words.mid(2).join(u' ');
                break;
            }
            case Field::BirthDate: {
                const QString dateText = withoutMidnight(text);
                QDate d = dates::parseUserDate(dateText);
                // «5.3.45» is a birth date of 1945, not of 2045.
                if (d.isValid() && d > today && twoDigitYear.match(dateText).hasMatch())
                    d = d.addYears(-100);
                birthDateProblem = true;
                if (!d.isValid() && dateShape.match(dateText).hasMatch())
                    problems << tr("%1: the date «%2» does not exist.").arg(name, text);
                else if (!d.isValid())
                    problems << tr("%1: «%2» is not a date. Write it as dd.mm.yyyy, for example 05.03.1987.")
                                    .arg(name, text);
                else if (d > today)
                    problems << tr("The birth date %1 is in the future.").arg(dates::toDisplay(d));
                else if (d.year() < 1900)
                    problems << tr("The birth date %1 is before 1900.").arg(dates::toDisplay(d));
                else
                    birthDateProblem = false;
                p.birthDate = d;
                break;
            }
            case Field::Gender:
                p.gender = parseGender(text);
                if (p.gender.isEmpty())
                    problems << tr("%1: «%2» is not recognised. Write «m» or «f».").arg(name, text);
                break;
            case Field::Kind: {
                const QString code = kinds.value(fold(text));
                if (code.isEmpty())
                    problems << tr("%1: «%2» is not a known kind. Use one of: %3.")
                                    .arg(name, text, kindLabels.join(u", "_s));
                else
                    p.kind = code;
                break;
            }
            case Field::External:
                if (const auto v = parseExternal(text))
                    p.external = *v;
                else
                    problems
                        << tr("%1: «%2» is not recognised. Write «staff» or «external».").arg(name, text);
                break;
            case Field::Position:
                p.position = text;
                break;
            case Field::Unit:
                p.unit = text;
                break;
            case Field::Phone:
                p.phone = text;
                break;
            case Field::Email:
                p.email = text;
                if (!email.match(text).hasMatch())
                    problems
                        << tr("%1: «%2» does not look like an address (name@example.ru).").arg(name, text);
                break;
            case Field::PedagogicalYears:
                yearsOf(p.pedagogicalYears);
                break;
            case Field::ManagerialYears:
                yearsOf(p.managerialYears);
                break;
            case Field::MethodicalYears:
                yearsOf(p.methodicalYears);
                break;
            case Field::MenteeCategories: {
                static const QRegularExpression separators(u"[;,\\n]"_s);
                for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
                    const QString code = categories.value(fold(part));
                    if (code.isEmpty())
                        problems
                            << tr("%1: «%2» is not a known category. Use the names of the list of mentee "
                                  "categories, separated by «;».")
                                   .arg(name, part.trimmed());
                    else if (!p.menteeCategories.contains(code))
                        p.menteeCategories << code;
                }
                break;
            }
            case Field::Request:
                p.request = text;
                break;
            case Field::Competencies:
                p.competencies = text;
                break;
            case Field::MentorBase:
                flag(p.mentorBase);
                break;
            case Field::MenteeBase:
                flag(p.menteeBase);
                break;
            case Field::DisciplinarySanction:
                flag(p.disciplinarySanction);
                break;
            case Field::Note:
                p.note = text;
                break;
            }
        }
        if (p.lastName.isEmpty())
            problems.prepend(tr("The surname is empty."));

        if (!p.lastName.isEmpty() && !birthDateProblem) {
            const QString key
                = PeopleRepository::identityKey(p.lastName, p.firstName, p.middleName, p.birthDate);
            QString who = p.fullName();
            if (p.birthDate.isValid())
                who += u", "_s + dates::toDisplay(p.birthDate);
            if (m_existing->contains(key))
                problems << tr("Already in the database: %1.").arg(who);
            else if (const int earlier = seen.value(key); earlier > 0)
                problems << tr("Repeats row %1 of the file.").arg(earlier);
            else if (problems.isEmpty())
                seen.insert(key, row.rowNumber);
        }

        if (row.ok())
            ++preview.good;
        else
            ++preview.bad;
        preview.rows << std::move(row);
    }
    return preview;
}

Result<ImportSummary> PeopleImporter::import(const ImportPreview& preview)
{
    if (!preview.mappingProblems.isEmpty())
        return Result<ImportSummary>::failure(
            tr("Nothing was imported. %1").arg(preview.mappingProblems.join(u' ')));
    QList<Person> people;
    people.reserve(preview.good);
    ImportSummary summary;
    for (const ImportRow& row : preview.rows) {
        if (row.ok())
            people << row.person;
        else
            summary.skipped << row;
    }
    if (people.isEmpty()) {
        return Result<ImportSummary>::failure(tr("Nothing was imported: no row can be imported. Correct the "
                                                 "rows with errors in the file, or change "
                                                 "the columns' fields, and try again."));
    }
    Result<QStringList> ids = m_people.insertMany(people);
    if (!ids)
        return Result<ImportSummary>::failure(ids.error());
    summary.ids = std::move(ids).value();
    if (m_existing) {
        for (int i = 0; i < people.size(); ++i) {
            const Person& p = people.at(i);
            m_existing->insert(
                PeopleRepository::identityKey(p.lastName, p.firstName, p.middleName, p.birthDate),
                summary.ids.at(i));
        }
    }
    return summary;
}

} // namespace nastavnik::import
