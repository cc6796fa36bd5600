#include "text/Declension.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace nastavnik {
namespace {

constexpr QChar kNbsp(0x00a0);

int modIndex(GrammaticalCase c)
{
    return int(c) - 1; // genitive = 0 … prepositional = 4
}

/// Applies a petrovich modification: '-' removes a letter, '.' keeps, others are appended.
QString applyMod(QString word, const QString& mod)
{
    for (const QChar ch : mod) {
        if (ch == u'.')
            continue;
        if (ch == u'-')
            word.chop(1);
        else
            word += ch;
    }
    return word;
}

/// Keeps an initial capital (and a fully capitalised word) of `original` in `declined`.
QString matchCase(const QString& original, const QString& declined)
{
    if (original.isEmpty() || declined.isEmpty())
        return declined;
    if (original.size() > 1 && original == original.toUpper())
        return declined.toUpper();
    QString result = declined;
    if (original.front().isUpper())
        result[0] = result[0].toUpper();
    return result;
}

QString initial(const QString& name)
{
    // A hyphenated first name (Анна-Мария) gives «А.-М.»; a name of one letter stays.
    QStringList parts;
    for (const QString& part : name.split(u'-', Qt::SkipEmptyParts))
        parts << part.left(1).toUpper() + u'.';
    return parts.join(u'-');
}

QString initials(const Person& p)
{
    QStringList parts;
    if (!p.firstName.trimmed().isEmpty())
        parts << initial(p.firstName.trimmed());
    // «Мамед оглы» gives one initial, of the father's name.
    if (!p.middleName.trimmed().isEmpty())
        parts << initial(p.middleName.trimmed().section(u' ', 0, 0));
    return parts.join(kNbsp);
}

// ---- Positions -------------------------------------------------------------------------

enum class NounClass {
    Hard,         // директор: -а -у -а -ом -е
    HardStressed, // врач: -а -у -а -ом -е (after a hissing letter, stressed ending)
    Hissing,      // сторож: -а -у -а -ем -е
    Soft,         // учитель: -я -ю -я -ем -е
    SoftStressed, // секретарь: -я -ю -я -ём -е
    FemA,         // глава: -ы -е -у -ой -е
    FemKa,        // студентка: -и -е -у -ой -е
    FemCa,        // учительница: -ы -е -у -ей -е
    Mother,       // мать
    Father,       // отец
};

const QHash<QString, NounClass>& titles()
{
    static const QHash<QString, NounClass> nouns = {
        {u"директор"_s, NounClass::Hard},        {u"заместитель"_s, NounClass::Soft},
        {u"руководитель"_s, NounClass::Soft},    {u"учитель"_s, NounClass::Soft},
        {u"преподаватель"_s, NounClass::Soft},   {u"воспитатель"_s, NounClass::Soft},
        {u"председатель"_s, NounClass::Soft},    {u"делопроизводитель"_s, NounClass::Soft},
        {u"водитель"_s, NounClass::Soft},        {u"родитель"_s, NounClass::Soft},
        {u"педагог"_s, NounClass::Hard},         {u"психолог"_s, NounClass::Hard},
        {u"логопед"_s, NounClass::Hard},         {u"дефектолог"_s, NounClass::Hard},
        {u"организатор"_s, NounClass::Hard},     {u"методист"_s, NounClass::Hard},
        {u"инспектор"_s, NounClass::Hard},       {u"специалист"_s, NounClass::Hard},
        {u"советник"_s, NounClass::Hard},        {u"секретарь"_s, NounClass::SoftStressed},
        {u"библиотекарь"_s, NounClass::Soft},    {u"инженер"_s, NounClass::Hard},
        {u"программист"_s, NounClass::Hard},     {u"агроном"_s, NounClass::Hard},
        {u"зоотехник"_s, NounClass::Hard},       {u"врач"_s, NounClass::HardStressed},
        {u"студент"_s, NounClass::Hard},         {u"выпускник"_s, NounClass::Hard},
        {u"консультант"_s, NounClass::Hard},     {u"начальник"_s, NounClass::Hard},
        {u"референт"_s, NounClass::Hard},        {u"эксперт"_s, NounClass::Hard},
        {u"помощник"_s, NounClass::Hard},        {u"бухгалтер"_s, NounClass::Hard},
        {u"экономист"_s, NounClass::Hard},       {u"юрист"_s, NounClass::Hard},
        {u"юрисконсульт"_s, NounClass::Hard},    {u"тьютор"_s, NounClass::Hard},
        {u"наставник"_s, NounClass::Hard},       {u"куратор"_s, NounClass::Hard},
        {u"мастер"_s, NounClass::Hard},          {u"тренер"_s, NounClass::Hard},
        {u"лаборант"_s, NounClass::Hard},        {u"администратор"_s, NounClass::Hard},
        {u"менеджер"_s, NounClass::Hard},        {u"аналитик"_s, NounClass::Hard},
        {u"техник"_s, NounClass::Hard},          {u"механик"_s, NounClass::Hard},
        {u"кассир"_s, NounClass::Hard},          {u"министр"_s, NounClass::Hard},
        {u"сторож"_s, NounClass::Hissing},       {u"глава"_s, NounClass::FemA},
        {u"студентка"_s, NounClass::FemKa},      {u"выпускница"_s, NounClass::FemCa},
        {u"учительница"_s, NounClass::FemCa},    {u"воспитательница"_s, NounClass::FemCa},
        {u"мать"_s, NounClass::Mother},          {u"отец"_s, NounClass::Father},
        {u"член"_s, NounClass::Hard},            {u"представитель"_s, NounClass::Soft},
        {u"предприниматель"_s, NounClass::Soft}, {u"ветеран"_s, NounClass::Hard},
    };
    return nouns;
}

// Adjectives used as nouns: the whole title may be just these («заведующий библиотекой»).
const QStringList& substantives()
{
    static const QStringList list = {u"заведующий"_s, u"заведующая"_s, u"обучающийся"_s, u"обучающаяся"_s,
                                     u"учащийся"_s,   u"учащаяся"_s,   u"служащий"_s,    u"служащая"_s};
    return list;
}

std::optional<QString> declineNoun(const QString& lower, GrammaticalCase c)
{
    const auto it = titles().constFind(lower);
    if (it == titles().cend())
        return std::nullopt;
    const int i = modIndex(c);
    auto pick = [&](const QString& stem, std::array<const char16_t*, 5> endings) {
        return stem + QString::fromUtf16(endings[std::size_t(i)]);
    };
    switch (*it) {
    case NounClass::Hard:
    case NounClass::HardStressed:
        return pick(lower, {u"а", u"у", u"а", u"ом", u"е"});
    case NounClass::Hissing:
        return pick(lower, {u"а", u"у", u"а", u"ем", u"е"});
    case NounClass::Soft:
        return pick(lower.chopped(1), {u"я", u"ю", u"я", u"ем", u"е"});
    case NounClass::SoftStressed:
        return pick(lower.chopped(1), {u"я", u"ю", u"я", u"ём", u"е"});
    case NounClass::FemA:
        return pick(lower.chopped(1), {u"ы", u"е", u"у", u"ой", u"е"});
    case NounClass::FemKa:
        return pick(lower.chopped(1), {u"и", u"е", u"у", u"ой", u"е"});
    case NounClass::FemCa:
        return pick(lower.chopped(1), {u"ы", u"е", u"у", u"ей", u"е"});
    case NounClass::Mother:
        return pick(u"мат"_s, {u"ери", u"ери", u"ь", u"ерью", u"ери"});
    case NounClass::Father:
        return pick(u"от"_s, {u"ца", u"цу", u"ца", u"цом", u"це"});
    }
    return std::nullopt;
}

bool isHissing(QChar ch)
{
    return QStringView(u"жшчщц").contains(ch);
}

/// An adjective (or participle) of a title in the case; nothing when the word is not one.
std::optional<QString> declineAdjective(const QString& lower, GrammaticalCase c)
{
    const int i = modIndex(c);
    auto with = [&](int chop, std::array<const char16_t*, 5> endings) {
        return lower.chopped(chop) + QString::fromUtf16(endings[std::size_t(i)]);
    };
    if (lower.size() < 4)
        return std::nullopt;
    if (lower.endsWith(u"ийся") || lower.endsWith(u"ыйся"))
        return with(4, {u"егося", u"емуся", u"егося", u"имся", u"емся"});
    if (lower.endsWith(u"аяся"))
        return with(4, {u"ейся", u"ейся", u"уюся", u"ейся", u"ейся"});
    if (lower.endsWith(u"ый") || lower.endsWith(u"ой"))
        return with(2, {u"ого", u"ому", u"ого", u"ым", u"ом"});
    if (lower.endsWith(u"ий")) {
        const QChar before = lower.at(lower.size() - 3);
        if (QStringView(u"кгх").contains(before))
            return with(2, {u"ого", u"ому", u"ого", u"им", u"ом"});
        return with(2, {u"его", u"ему", u"его", u"им", u"ем"});
    }
    if (lower.endsWith(u"ая")) {
        if (isHissing(lower.at(lower.size() - 3)))
            return with(2, {u"ей", u"ей", u"ую", u"ей", u"ей"});
        return with(2, {u"ой", u"ой", u"ую", u"ой", u"ой"});
    }
    if (lower.endsWith(u"яя"))
        return with(2, {u"ей", u"ей", u"юю", u"ей", u"ей"});
    return std::nullopt;
}

/// A title word, possibly hyphenated (педагог-психолог): every part must be a known title.
std::optional<QString> declineTitleWord(const QString& lower, GrammaticalCase c)
{
    const QStringList parts = lower.split(u'-');
    QStringList result;
    for (const QString& part : parts) {
        const auto declined = declineNoun(part, c);
        if (!declined)
            return std::nullopt;
        result << *declined;
    }
    return result.join(u'-');
}

Gender genderFromCode(const QString& code)
{
    if (code == u"male")
        return Gender::Male;
    if (code == u"female")
        return Gender::Female;
    return Gender::Unknown;
}

} // namespace

// ---- Rules -----------------------------------------------------------------------------

const Declension& Declension::standard()
{
    static const Declension rules = [] {
        QFile file(u":/declension/petrovich-rules.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qWarning("Declension rules are missing from the resources; names will not be declined");
        Result<Declension> loaded = fromJson(file.readAll());
        if (!loaded)
            qWarning("%s", qPrintable(loaded.error()));
        return loaded ? std::move(loaded).value() : Declension();
    }();
    return rules;
}

Result<Declension> Declension::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return Result<Declension>::failure(tr("The declension rules are not valid JSON: %1").arg(error.errorString()));
    const QJsonObject root = doc.object();
    auto readRules = [](const QJsonArray& array) {
        QList<Rule> rules;
        for (const QJsonValue& v : array) {
            const QJsonObject o = v.toObject();
            Rule r;
            r.gender = genderFromCode(o.value(u"gender").toString());
            for (const QJsonValue& t : o.value(u"test").toArray())
                r.tests << t.toString();
            for (const QJsonValue& m : o.value(u"mods").toArray())
                r.mods << m.toString();
            for (const QJsonValue& t : o.value(u"tags").toArray())
                r.firstWordOnly = r.firstWordOnly || t.toString() == u"first_word";
            if (r.mods.size() == 5 && !r.tests.isEmpty())
                rules << r;
        }
        return rules;
    };
    Declension d;
    const std::pair<const char16_t*, RuleSet*> sets[] = {
        {u"lastname", &d.m_last}, {u"firstname", &d.m_first}, {u"middlename", &d.m_middle}};
    for (const auto& [key, set] : sets) {
        const QJsonObject o = root.value(QStringView(key)).toObject();
        if (o.isEmpty())
            return Result<Declension>::failure(tr("The declension rules have no «%1» section.").arg(QString::fromUtf16(key)));
        set->exceptions = readRules(o.value(u"exceptions").toArray());
        set->suffixes = readRules(o.value(u"suffixes").toArray());
    }
    // Patronymics with a stressed ending take -ом in the instrumental (Ильичом, Кузьмичом);
    // the rules set has no exceptions for patronymics, so they are added here.
    Rule stressed;
    stressed.gender = Gender::Male;
    stressed.tests = {u"ильич"_s, u"кузьмич"_s, u"лукич"_s, u"фомич"_s, u"саввич"_s};
    stressed.mods = {u"а"_s, u"у"_s, u"а"_s, u"ом"_s, u"е"_s};
    d.m_middle.exceptions.prepend(stressed);
    return d;
}

const Declension::Rule* Declension::find(const QList<Rule>& rules, const QString& lowerName, Gender gender, bool wholeWord, bool firstWord)
{
    for (const Rule& rule : rules) {
        if (rule.firstWordOnly && !firstWord)
            continue;
        if (rule.gender != Gender::Unknown && rule.gender != gender)
            continue;
        for (const QString& test : rule.tests) {
            if (wholeWord ? lowerName == test : lowerName.endsWith(test))
                return &rule;
        }
    }
    return nullptr;
}

QString Declension::declineWord(const QString& word, const RuleSet& rules, Gender gender, GrammaticalCase c, bool firstWord) const
{
    const QString lower = word.toLower();
    const Rule* rule = find(rules.exceptions, lower, gender, true, firstWord);
    if (!rule)
        rule = find(rules.suffixes, lower, gender, false, firstWord);
    if (!rule)
        return word;
    return matchCase(word, applyMod(lower, rule->mods.at(modIndex(c))));
}

const Declension::RuleSet& Declension::rulesFor(NamePart part) const
{
    switch (part) {
    case NamePart::Last:
        return m_last;
    case NamePart::First:
        return m_first;
    case NamePart::Middle:
        return m_middle;
    }
    return m_last;
}

QString Declension::decline(const QString& name, NamePart part, Gender gender, GrammaticalCase c) const
{
    const QString trimmed = name.trimmed();
    if (c == GrammaticalCase::Nominative || trimmed.isEmpty())
        return trimmed;
    // «Мамед оглы», «Лейла кызы»: the Turkic patronymic does not decline.
    if (part == NamePart::Middle && trimmed.contains(u' '))
        return trimmed;
    QStringList words = trimmed.split(u' ', Qt::SkipEmptyParts);
    for (QString& w : words) {
        QStringList parts = w.split(u'-');
        for (int i = 0; i < parts.size(); ++i) {
            if (parts.at(i).isEmpty())
                continue;
            parts[i] = declineWord(parts.at(i), rulesFor(part), gender, c, i == 0 && parts.size() > 1);
        }
        w = parts.join(u'-');
    }
    return words.join(u' ');
}

Gender Declension::genderFromPatronymic(const QString& middleName)
{
    const QString m = middleName.trimmed().toLower();
    if (m.isEmpty())
        return Gender::Unknown;
    if (m.endsWith(u"оглы") || m.endsWith(u"улы") || m.endsWith(u"уулу"))
        return Gender::Male;
    if (m.endsWith(u"кызы") || m.endsWith(u"гызы"))
        return Gender::Female;
    if (m.endsWith(u"ич"))
        return Gender::Male;
    if (m.endsWith(u"вна") || m.endsWith(u"ична") || m.endsWith(u"инична"))
        return Gender::Female;
    return Gender::Unknown;
}

Gender Declension::genderFromFirstName(const QString& firstName) const
{
    const QString n = firstName.trimmed().toLower().section(u'-', 0, 0);
    if (n.isEmpty())
        return Gender::Unknown;
    // The rules' exceptions carry a gender of their own (Лев, Пётр, Павел, Рашель…).
    for (const Rule& rule : m_first.exceptions) {
        if (rule.gender != Gender::Unknown && rule.tests.contains(n))
            return rule.gender;
    }
    static const QStringList maleInA = {u"никита"_s, u"илья"_s,   u"фома"_s,   u"кузьма"_s,  u"лука"_s,
                                        u"савва"_s,  u"данила"_s, u"гаврила"_s, u"фока"_s,   u"добрыня"_s,
                                        u"иона"_s,   u"михайла"_s, u"ерёма"_s,  u"мустафа"_s, u"муса"_s};
    static const QStringList femaleInSoftSign = {u"любовь"_s, u"нинель"_s, u"адель"_s,  u"ассоль"_s, u"рашель"_s,
                                                 u"николь"_s, u"юдифь"_s,  u"эсфирь"_s, u"руфь"_s,   u"шарлотта"_s};
    if (maleInA.contains(n))
        return Gender::Male;
    if (femaleInSoftSign.contains(n))
        return Gender::Female;
    if (n.endsWith(u'а') || n.endsWith(u'я'))
        return Gender::Female;
    const QChar last = n.back();
    if (last == u'ь' || last == u'й' || !QStringView(u"аеёиоуыэюя").contains(last))
        return Gender::Male;
    return Gender::Unknown;
}

Gender Declension::genderOf(const Person& person) const
{
    if (const Gender g = genderFromPatronymic(person.middleName); g != Gender::Unknown)
        return g;
    if (person.gender == u"m")
        return Gender::Male;
    if (person.gender == u"f")
        return Gender::Female;
    return genderFromFirstName(person.firstName);
}

QString Declension::fullName(const Person& person, GrammaticalCase c) const
{
    if (c != GrammaticalCase::Nominative) {
        const QString own = person.nameForms.value(caseKey(c)).simplified();
        if (!own.isEmpty())
            return own;
    }
    const Gender g = genderOf(person);
    QStringList parts;
    if (!person.lastName.trimmed().isEmpty())
        parts << decline(person.lastName, NamePart::Last, g, c);
    if (!person.firstName.trimmed().isEmpty())
        parts << decline(person.firstName, NamePart::First, g, c);
    if (!person.middleName.trimmed().isEmpty())
        parts << decline(person.middleName, NamePart::Middle, g, c);
    return parts.join(u' ');
}

std::optional<QString> Declension::overriddenSurname(const Person& person, GrammaticalCase c) const
{
    if (c == GrammaticalCase::Nominative)
        return std::nullopt;
    const QString own = person.nameForms.value(caseKey(c)).simplified();
    if (own.isEmpty())
        return std::nullopt;
    // The given names take as many words in every case as in the nominative.
    const qsizetype given = (person.firstName + u' ' + person.middleName).split(u' ', Qt::SkipEmptyParts).size();
    QStringList words = own.split(u' ', Qt::SkipEmptyParts);
    if (words.size() <= given)
        return own;
    return QStringList(words.mid(0, words.size() - given)).join(u' ');
}

QString Declension::surnameInitials(const Person& person, GrammaticalCase c) const
{
    const QString surname = overriddenSurname(person, c).value_or(decline(person.lastName, NamePart::Last, genderOf(person), c));
    const QString i = initials(person);
    return i.isEmpty() ? surname : surname + kNbsp + i;
}

QString Declension::initialsSurname(const Person& person, GrammaticalCase c) const
{
    const QString surname = overriddenSurname(person, c).value_or(decline(person.lastName, NamePart::Last, genderOf(person), c));
    const QString i = initials(person);
    return i.isEmpty() ? surname : i + kNbsp + surname;
}

std::optional<QString> Declension::position(const QString& position, GrammaticalCase c)
{
    const QString text = position.simplified();
    if (text.isEmpty())
        return std::nullopt;
    if (c == GrammaticalCase::Nominative)
        return text;
    // A list of positions or a remark cannot be declined word by word reliably.
    if (text.contains(u',') || text.contains(u';') || text.contains(u'('))
        return std::nullopt;
    QStringList words = text.split(u' ');
    int i = 0;
    bool declinedAny = false;
    QString lastAdjective;
    // Leading adjectives: «главный», «старший», «социальный», «заведующий»…
    while (i < words.size()) {
        const QString lower = words.at(i).toLower();
        if (titles().contains(lower) || lower.contains(u'-'))
            break;
        const auto adjective = declineAdjective(lower, c);
        if (!adjective)
            break;
        words[i] = matchCase(words.at(i), *adjective);
        lastAdjective = lower;
        declinedAny = true;
        ++i;
    }
    if (i < words.size()) {
        if (const auto noun = declineTitleWord(words.at(i).toLower(), c)) {
            words[i] = matchCase(words.at(i), *noun);
            declinedAny = true;
            ++i;
        } else if (lastAdjective.isEmpty() || !substantives().contains(lastAdjective)) {
            return std::nullopt;
        }
    } else if (!substantives().contains(lastAdjective)) {
        return std::nullopt;
    }
    if (!declinedAny)
        return std::nullopt;
    // Two titles joined by «и» («учитель и педагог-психолог») would need both declined.
    for (int k = i; k + 1 < words.size(); ++k) {
        if (words.at(k) == u"и" && declineTitleWord(words.at(k + 1).toLower(), c))
            return std::nullopt;
    }
    return words.join(u' ');
}

QString Declension::caseKey(GrammaticalCase c)
{
    switch (c) {
    case GrammaticalCase::Nominative:
        return u"nominative"_s;
    case GrammaticalCase::Genitive:
        return u"genitive"_s;
    case GrammaticalCase::Dative:
        return u"dative"_s;
    case GrammaticalCase::Accusative:
        return u"accusative"_s;
    case GrammaticalCase::Instrumental:
        return u"instrumental"_s;
    case GrammaticalCase::Prepositional:
        return u"prepositional"_s;
    }
    return {};
}

QList<GrammaticalCase> Declension::obliqueCases()
{
    return {GrammaticalCase::Genitive,
            GrammaticalCase::Dative,
            GrammaticalCase::Accusative,
            GrammaticalCase::Instrumental,
            GrammaticalCase::Prepositional};
}

} // namespace nastavnik
