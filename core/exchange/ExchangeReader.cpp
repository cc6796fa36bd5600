#include "exchange/ExchangeReader.h"

#include "util/Dates.h"

#include <QVarLengthArray>

#include <algorithm>
#include <climits>
#include <cmath>

using namespace Qt::StringLiterals;

namespace nastavnik::exchange {
namespace {

// The keys each kind of object may hold: the contract's, then the application's own
// (README, "Exchange format: additional keys"). Anything else is warned about and ignored.
QSet<QString> keySet(std::initializer_list<const char16_t*> keys)
{
    QSet<QString> set;
    for (const char16_t* k : keys)
        set.insert(QString::fromUtf16(k));
    return set;
}

const QSet<QString>& organizationKeys()
{
    static const QSet<QString> keys = keySet({u"name", u"place", u"head", u"curator", u"profile",
                                              // additional
                                              u"short_name", u"address", u"head_position", u"order_suffix"});
    return keys;
}

const QSet<QString>& personKeys()
{
    static const QSet<QString> keys = keySet({u"id", u"last_name", u"first_name", u"middle_name", u"birth_date",
                                              u"kind", u"external", u"position", u"unit", u"supervisor",
                                              u"experience_years", u"disciplinary_sanction", u"mentee_categories",
                                              u"credentials",
                                              // additional
                                              u"gender", u"mentor_base", u"mentee_base", u"request",
                                              u"competencies", u"phone", u"email", u"note", u"archived",
                                              u"name_forms"});
    return keys;
}

const QSet<QString>& experienceKeys()
{
    static const QSet<QString> keys = keySet({u"pedagogical", u"managerial", u"methodical"});
    return keys;
}

const QSet<QString>& credentialKeys()
{
    static const QSet<QString> keys = keySet({u"type", u"number", u"issued", u"valid_until",
                                              // additional
                                              u"note"});
    return keys;
}

const QSet<QString>& consentKeys()
{
    static const QSet<QString> keys = keySet({u"id", u"person", u"type", u"signed_by", u"date", u"withdrawn",
                                              // additional
                                              u"note"});
    return keys;
}

const QSet<QString>& orderKeys()
{
    static const QSet<QString> keys = keySet({u"id", u"number", u"date", u"type", u"pairs",
                                              // additional
                                              u"heading", u"status", u"people", u"text"});
    return keys;
}

const QSet<QString>& pairKeys()
{
    static const QSet<QString> keys = keySet({u"id", u"form", u"mentor", u"mentees", u"start", u"planned_end",
                                              u"actual_end", u"order", u"plan", u"report",
                                              u"mentee_questionnaire", u"events",
                                              // additional
                                              u"title", u"note", u"meetings"});
    return keys;
}

const QSet<QString>& planKeys()
{
    static const QSet<QString> keys = keySet({u"approved", u"items"});
    return keys;
}

const QSet<QString>& planItemKeys()
{
    static const QSet<QString> keys = keySet({u"title", u"due", u"done", u"result",
                                              // additional
                                              u"expected", u"status"});
    return keys;
}

const QSet<QString>& reportKeys()
{
    static const QSet<QString> keys = keySet({u"date"});
    return keys;
}

const QSet<QString>& eventKeys()
{
    static const QSet<QString> keys = keySet({u"type", u"date", u"new_mentor", u"ground", u"order", u"new_end",
                                              u"reason", u"notice_date", u"initiator",
                                              // additional
                                              u"note"});
    return keys;
}

const QSet<QString>& meetingKeys()
{
    static const QSet<QString> keys = keySet({u"date", u"kind", u"topic", u"notes"});
    return keys;
}

// The built-in provision profiles (shared/product.md). A custom profile is valid when the
// file carries it; the file has no section for profiles yet.
const QStringList& builtInProfiles()
{
    static const QStringList ids = {u"school"_s, u"municipal"_s, u"civil-service"_s, u"reserve"_s};
    return ids;
}

QString shortened(const QString& text)
{
    constexpr qsizetype kMax = 60;
    return text.size() <= kMax ? text : text.left(kMax) + u'…';
}

QString codeList(const QStringList& codes)
{
    QStringList shown;
    for (const QString& c : codes)
        shown << (c.isEmpty() ? u"\"\""_s : c);
    return shown.join(u", "_s);
}

} // namespace


QString JsonPath::toString() const
{
    QVarLengthArray<const JsonPath*, 8> chain;
    for (const JsonPath* p = this; p && p->m_parent; p = p->m_parent)
        chain.append(p);
    QString result;
    for (auto it = chain.crbegin(); it != chain.crend(); ++it) {
        const JsonPath* p = *it;
        if (p->m_index >= 0) {
            result += u'[' + QString::number(p->m_index) + u']';
            continue;
        }
        if (!result.isEmpty())
            result += u'.';
        if (p->m_textKey)
            result += *p->m_textKey;
        else
            result += p->m_key;
    }
    return result;
}

JsonNode ExchangeReader::Fields::get(QLatin1StringView key)
{
    JsonNode v = object.value(key);
    if (!v.isUndefined())
        ++seen;
    return v;
}

ExchangeReader::ExchangeReader()
{
    for (const QString& id : builtInProfiles())
        m_profiles.insert(id);
}

const QList<ExchangeReader::Section>& ExchangeReader::sections()
{
    // The order of the file as the writer writes it; problems are reported in this order.
    static const QList<Section> list = {
        {"organization"_L1, std::nullopt, &ExchangeReader::readOrganization},
        {"people"_L1, IdList::People, &ExchangeReader::readPeople},
        {"consents"_L1, IdList::Consents, &ExchangeReader::readConsents},
        {"orders"_L1, IdList::Orders, &ExchangeReader::readOrders},
        {"pairs"_L1, IdList::Pairs, &ExchangeReader::readPairs},
        // Additional sections (README, "Exchange format: additional keys"); questionnaires come
        // before the responses that are checked against their questions.
        {"roadmaps"_L1, IdList::Roadmaps, &ExchangeReader::readRoadmaps},
        {"questionnaires"_L1, IdList::Questionnaires, &ExchangeReader::readQuestionnaires},
        {"responses"_L1, IdList::Responses, &ExchangeReader::readResponses},
        {"tests"_L1, IdList::Tests, &ExchangeReader::readTests},
        {"test_results"_L1, std::nullopt, &ExchangeReader::readTestResults},
        {"swot"_L1, std::nullopt, &ExchangeReader::readSwots},
        {"evaluations"_L1, IdList::Evaluations, &ExchangeReader::readEvaluations},
    };
    return list;
}

QStringList ExchangeReader::errors() const
{
    QStringList result;
    result.reserve(m_errors.size());
    for (const Problem& p : m_errors)
        result << p.text;
    return result;
}

std::optional<Dataset> ExchangeReader::read(const QByteArray& json)
{
    m_errors.clear();
    m_warnings.clear();
    for (auto& ids : m_ids)
        ids.clear();

    JsonTree tree;
    if (!readHeader(json, tree))
        return std::nullopt;
    const JsonNode root = tree.root();

    const JsonPath top;
    {
        QSet<QString> known = {u"format"_s, u"version"_s};
        for (const Section& s : sections())
            known.insert(QString(s.key));
        Fields f{root, top, 0};
        for (const Section& s : sections())
            f.seen += root.value(s.key).isUndefined() ? 0 : 1;
        f.seen += 2; // format and version, checked by readHeader
        checkKeys(f, known);
    }

    // Pass 1: the ids of every list, so that references resolve whatever the order.
    for (int i = 0; i < sections().size(); ++i) {
        const Section& s = sections().at(i);
        if (!s.ids)
            continue;
        m_section = i;
        collectIds(root.value(s.key), JsonPath(top, s.key), s.key, *s.ids);
    }
    // Pass 2: everything else.
    Dataset data;
    for (int i = 0; i < sections().size(); ++i) {
        const Section& s = sections().at(i);
        m_section = i;
        m_element = -1;
        (this->*s.read)(root.value(s.key), JsonPath(top, s.key), data);
    }
    m_section = -1;
    m_element = -1;

    if (!m_errors.isEmpty()) {
        std::stable_sort(m_errors.begin(), m_errors.end(), [](const Problem& a, const Problem& b) {
            return a.section != b.section ? a.section < b.section : a.element < b.element;
        });
        return std::nullopt;
    }
    return data;
}

bool ExchangeReader::readHeader(const QByteArray& json, JsonTree& tree)
{
    static const QByteArray bom("\xEF\xBB\xBF");
    const qsizetype bodyStart = json.startsWith(bom) ? bom.size() : 0;
    const bool blank = std::all_of(json.cbegin() + bodyStart, json.cend(), [](char c) {
        return QChar::isSpace(uchar(c));
    });
    if (blank) {
        error(tr("the file is empty; an exchange file is one JSON object with \"format\": \"nastavnik-exchange\" "
                 "— export it again"));
        return false;
    }

    JsonTree::Failure failure;
    if (!tree.parse(json, &failure)) {
        // The failure is at a byte; lines and columns count characters, as editors show them.
        const qsizetype offset = std::clamp<qsizetype>(failure.offset, 0, json.size());
        int line = 1;
        qsizetype lineStart = bodyStart;
        for (qsizetype i = 0; i < offset; ++i) {
            if (json.at(i) == '\n') {
                ++line;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (qsizetype i = lineStart; i < offset; ++i) {
            if ((static_cast<unsigned char>(json.at(i)) & 0xC0) != 0x80)
                ++column;
        }
        QString what;
        switch (failure.error) {
        case JsonTree::Error::UnexpectedEnd:
            what = tr("the file ends too early: a closing «}» or «]» is missing");
            break;
        case JsonTree::Error::ExpectedCommaOrBrace:
            what = tr("a «,» between entries or the closing «}» of an object is missing");
            break;
        case JsonTree::Error::ExpectedCommaOrBracket:
            what = tr("a «,» between values or the closing «]» of an array is missing");
            break;
        case JsonTree::Error::ExpectedColon:
            what = tr("a «:» is missing after a key");
            break;
        case JsonTree::Error::KeyNotString:
            what = tr("a key is not in double quotes");
            break;
        case JsonTree::Error::TrailingComma:
            what = tr("a value is missing after a «,» (remove the comma after the last entry)");
            break;
        case JsonTree::Error::InvalidValue:
            what = tr("a value is not valid JSON (texts go in double quotes; true, false and null in lower case)");
            break;
        case JsonTree::Error::InvalidNumber:
            what = tr("a number is not valid (write numbers as 12 or 2.5, without leading zeros or units)");
            break;
        case JsonTree::Error::InvalidEscape:
            what = tr("a text holds an invalid escape after a backslash (write \\\\ for a backslash)");
            break;
        case JsonTree::Error::ControlCharacter:
            what = tr("a text holds a line break or a tab; write it as \\n or \\t");
            break;
        case JsonTree::Error::InvalidUtf8:
            what = tr("a text is not valid UTF-8 (save the file in the UTF-8 encoding)");
            break;
        case JsonTree::Error::UnterminatedString:
            what = tr("a text is not closed with a double quote");
            break;
        case JsonTree::Error::GarbageAtEnd:
            what = tr("there is more text after the end of the JSON object");
            break;
        case JsonTree::Error::TooDeep:
            what = tr("the file is nested too deeply");
            break;
        case JsonTree::Error::TooLarge:
        case JsonTree::Error::None:
            what = tr("the file is too large");
            break;
        }
        error(tr("line %1, column %2: the JSON is broken: %3. Correct the file in a text editor, or export it "
                 "again")
                  .arg(line)
                  .arg(column)
                  .arg(what));
        return false;
    }
    const JsonNode root = tree.root();
    if (root.isArray()) {
        error(tr("the file holds a JSON array […], not an object; an exchange file is one JSON object {…} with "
                 "\"format\": \"nastavnik-exchange\""));
        return false;
    }
    if (!root.isObject()) {
        error(tr("the file is not a JSON object; an exchange file is one JSON object {…} with "
                 "\"format\": \"nastavnik-exchange\""));
        return false;
    }

    const JsonNode format = root.value("format"_L1);
    if (format.isUndefined()) {
        error(tr("format: missing; this is not a Nastavnik exchange file, which starts with "
                 "\"format\": \"nastavnik-exchange\""));
        return false;
    }
    if (!format.equals(kFormat)) {
        error(tr("format: %1 is not the format of a Nastavnik exchange file; expected \"nastavnik-exchange\"")
                  .arg(describe(format)));
        return false;
    }
    const JsonNode version = root.value("version"_L1);
    if (version.isUndefined()) {
        error(tr("version: missing; expected \"version\": %1").arg(kVersion));
        return false;
    }
    if (!version.isDouble()) {
        error(tr("version: expected the number %1, found %2").arg(kVersion).arg(describe(version)));
        return false;
    }
    const double number = version.toDouble();
    if (number == std::floor(number) && number > kVersion) {
        error(tr("version: the file is of version %1, newer than this version of Nastavnik reads (%2); update "
                 "Nastavnik, or ask the sender to export the file for version %2")
                  .arg(version.numberText())
                  .arg(kVersion));
        return false;
    }
    if (number != kVersion) {
        error(tr("version: %1 is not a version of the exchange format; expected %2")
                  .arg(version.numberText())
                  .arg(kVersion));
        return false;
    }
    return true;
}

void ExchangeReader::collectIds(const JsonNode& value, const JsonPath& path, QLatin1StringView name, IdList list)
{
    if (!value.isArray())
        return; // reported in pass 2
    QHash<QString, qsizetype>& ids = m_ids[int(list)];
    ids.reserve(value.size());
    value.forEachElement([&](qsizetype i, const JsonNode& v) {
        if (!v.isObject())
            return;
        m_element = i;
        const JsonPath entry(path, i);
        const JsonPath at(entry, "id"_L1);
        const JsonNode id = v.value("id"_L1);
        if (id.isUndefined() || id.isNull()) {
            error(tr("%1: missing; every entry of «%2» needs an id: a non-empty text, unique within the list")
                      .arg(at.toString(), name));
        } else if (!id.isString()) {
            wrongType(at, tr("an id: a non-empty text in quotes"), id);
        } else {
            const QString text = id.toString();
            if (text.trimmed().isEmpty()) {
                error(tr("%1: empty; every entry of «%2» needs an id: a non-empty text, unique within the list")
                          .arg(at.toString(), name));
                return;
            }
            const auto existing = ids.constFind(text);
            if (existing != ids.constEnd()) {
                error(tr("%1: «%2» is already the id of %3; ids must be unique within «%4»")
                          .arg(at.toString(), text, JsonPath(path, existing.value()).toString(), name));
            } else {
                ids.insert(text, i);
            }
        }
    });
    m_element = -1;
}

// ---- sections ---------------------------------------------------------------------------

template <typename Each>
void ExchangeReader::forEachObject(const JsonNode& value, const JsonPath& path, bool topLevel, Each each)
{
    if (value.isUndefined() || value.isNull())
        return;
    if (!value.isArray()) {
        wrongType(path, tr("an array […]"), value);
        return;
    }
    value.forEachElement([&](qsizetype i, const JsonNode& v) {
        if (topLevel)
            m_element = i;
        const JsonPath at(path, i);
        if (!v.isObject()) {
            wrongType(at, tr("an object {…}"), v);
            return;
        }
        each(v, at);
    });
    if (topLevel)
        m_element = -1;
}

void ExchangeReader::readOrganization(const JsonNode& value, const JsonPath& path, Dataset& data)
{
    if (value.isUndefined() || value.isNull())
        return;
    if (!value.isObject()) {
        wrongType(path, tr("an object {…}"), value);
        return;
    }
    const JsonNode& o = value;
    Fields f{o, path};
    Organization& org = data.organization;
    const Organization defaults;
    org.name = text(f, "name"_L1);
    org.place = text(f, "place"_L1);
    org.head = reference(f, "head"_L1, IdList::People, Need::Optional);
    org.curator = reference(f, "curator"_L1, IdList::People, Need::Optional);
    const JsonNode profile = f.get("profile"_L1);
    const JsonPath profilePath(path, "profile"_L1);
    if (profile.isString()) {
        org.profile = profile.toString();
        if (!m_profiles.contains(org.profile)) {
            QStringList ids = builtInProfiles();
            for (const QString& id : std::as_const(m_profiles)) {
                if (!ids.contains(id))
                    ids << id;
            }
            error(tr("%1: «%2» is not a known provision profile; expected one of: %3 (or a custom profile "
                     "carried in the file)")
                      .arg(profilePath.toString(), shortened(org.profile), ids.join(u", "_s)));
        }
    } else if (!profile.isUndefined() && !profile.isNull()) {
        wrongType(profilePath, tr("the id of a provision profile, e.g. \"school\""), profile);
    }
    org.shortName = text(f, "short_name"_L1);
    org.address = text(f, "address"_L1);
    // Absent means the default, so that a file without these keys gets a usable journal.
    if (const JsonNode v = o.value("head_position"_L1); !v.isUndefined())
        org.headPosition = text(f, "head_position"_L1);
    else
        org.headPosition = defaults.headPosition;
    if (const JsonNode v = o.value("order_suffix"_L1); !v.isUndefined())
        org.orderSuffix = text(f, "order_suffix"_L1);
    else
        org.orderSuffix = defaults.orderSuffix;
    checkKeys(f, organizationKeys());
}

void ExchangeReader::readPeople(const JsonNode& value, const JsonPath& path, Dataset& data)
{
    if (value.isArray())
        data.people.reserve(value.size());
    forEachObject(value, path, true, [&](const JsonNode& o, const JsonPath& at) { data.people << readPerson(o, at); });
}

Person ExchangeReader::readPerson(const JsonNode& o, const JsonPath& path)
{
    Fields f{o, path};
    Person p;
    p.id = f.get("id"_L1).toString(); // checked in pass 1

    const JsonNode lastName = f.get("last_name"_L1);
    const JsonPath lastNamePath(path, "last_name"_L1);
    if (lastName.isUndefined() || lastName.isNull())
        missing(lastNamePath, tr("the person's last name (a non-empty text)"));
    else if (!lastName.isString())
        wrongType(lastNamePath, tr("the person's last name (a non-empty text)"), lastName);
    else if (lastName.toString().trimmed().isEmpty())
        error(tr("%1: empty; every person needs a last name").arg(lastNamePath.toString()));
    else
        p.lastName = lastName.toString();

    p.firstName = text(f, "first_name"_L1);
    p.middleName = text(f, "middle_name"_L1);
    p.birthDate = date(f, "birth_date"_L1);
    p.kind = code(f, "kind"_L1, Vocab::PersonKind, Need::Optional, p.kind);
    p.external = flag(f, "external"_L1);
    p.position = text(f, "position"_L1);
    p.unit = text(f, "unit"_L1);
    p.supervisor = reference(f, "supervisor"_L1, IdList::People, Need::Optional);
    JsonNode experience;
    if (object(f, "experience_years"_L1, &experience)) {
        const JsonPath at(path, "experience_years"_L1);
        Fields e{experience, at};
        p.pedagogicalYears = years(e, "pedagogical"_L1);
        p.managerialYears = years(e, "managerial"_L1);
        p.methodicalYears = years(e, "methodical"_L1);
        checkKeys(e, experienceKeys());
    }
    p.disciplinarySanction = flag(f, "disciplinary_sanction"_L1);
    p.menteeCategories = strings(f, "mentee_categories"_L1);
    forEachObject(f.get("credentials"_L1), JsonPath(path, "credentials"_L1), false,
                  [&](const JsonNode& c, const JsonPath& at) { p.credentials << readCredential(c, at); });

    p.gender = code(f, "gender"_L1, {QString(), u"m"_s, u"f"_s}, Need::Optional);
    p.mentorBase = flag(f, "mentor_base"_L1);
    p.menteeBase = flag(f, "mentee_base"_L1);
    p.request = text(f, "request"_L1);
    p.competencies = text(f, "competencies"_L1);
    p.phone = text(f, "phone"_L1);
    p.email = text(f, "email"_L1);
    p.note = text(f, "note"_L1);
    p.archived = flag(f, "archived"_L1);
    p.nameForms = textMap(f, "name_forms"_L1);
    checkKeys(f, personKeys());
    return p;
}

Credential ExchangeReader::readCredential(const JsonNode& o, const JsonPath& path)
{
    Fields f{o, path};
    Credential c;
    c.type = code(f, "type"_L1, Vocab::CredentialType, Need::Required);
    c.number = text(f, "number"_L1);
    c.issued = date(f, "issued"_L1);
    c.validUntil = date(f, "valid_until"_L1);
    c.note = text(f, "note"_L1);
    checkKeys(f, credentialKeys());
    return c;
}

void ExchangeReader::readConsents(const JsonNode& value, const JsonPath& path, Dataset& data)
{
    if (value.isArray())
        data.consents.reserve(value.size());
    forEachObject(value, path, true, [&](const JsonNode& o, const JsonPath& at) {
        data.consents << readConsent(o, at);
    });
}

Consent ExchangeReader::readConsent(const JsonNode& o, const JsonPath& path)
{
    Fields f{o, path};
    Consent c;
    c.id = f.get("id"_L1).toString();
    c.person = reference(f, "person"_L1, IdList::People, Need::Required);
    c.type = code(f, "type"_L1, Vocab::ConsentType, Need::Required);
    c.signedBy = reference(f, "signed_by"_L1, IdList::People, Need::Optional);
    c.date = date(f, "date"_L1);
    c.withdrawn = date(f, "withdrawn"_L1);
    c.note = text(f, "note"_L1);
    checkKeys(f, consentKeys());
    return c;
}

void ExchangeReader::readOrders(const JsonNode& value, const JsonPath& path, Dataset& data)
{
    forEachObject(value, path, true, [&](const JsonNode& o, const JsonPath& at) { data.orders << readOrder(o, at); });
}

Order ExchangeReader::readOrder(const JsonNode& o, const JsonPath& path)
{
    Fields f{o, path};
    Order order;
    order.id = f.get("id"_L1).toString();
    order.number = text(f, "number"_L1);
    order.date = date(f, "date"_L1);
    order.type = code(f, "type"_L1, Vocab::OrderType, Need::Required);
    order.pairs = references(f.get("pairs"_L1), JsonPath(path, "pairs"_L1), IdList::Pairs);
    order.heading = text(f, "heading"_L1);
    order.status = code(f, "status"_L1, Vocab::OrderStatus, Need::Optional, order.status);
    order.people = references(f.get("people"_L1), JsonPath(path, "people"_L1), IdList::People);
    order.text = text(f, "text"_L1);
    checkKeys(f, orderKeys());
    return order;
}

void ExchangeReader::readPairs(const JsonNode& value, const JsonPath& path, Dataset& data)
{
    if (value.isArray())
        data.pairs.reserve(value.size());
    forEachObject(value, path, true, [&](const JsonNode& o, const JsonPath& at) { data.pairs << readPair(o, at); });
}

Pair ExchangeReader::readPair(const JsonNode& o, const JsonPath& path)
{
    Fields f{o, path};
    Pair p;
    p.id = f.get("id"_L1).toString();
    p.form = code(f, "form"_L1, Vocab::PairForm, Need::Required);
    p.mentor = reference(f, "mentor"_L1, IdList::People, Need::Required);

    const JsonPath menteesPath(path, "mentees"_L1);
    const JsonNode mentees = f.get("mentees"_L1);
    if (mentees.isUndefined() || mentees.isNull()) {
        missing(menteesPath, tr("a list of the mentees' person ids, at least one"));
    } else {
        p.mentees = references(mentees, menteesPath, IdList::People);
        if (mentees.isArray() && mentees.size() == 0)
            error(tr("%1: the list is empty; a pair needs at least one mentee (a person id)")
                      .arg(menteesPath.toString()));
        if (!p.mentor.isEmpty()) {
            if (const qsizetype i = p.mentees.indexOf(p.mentor); i >= 0)
                error(tr("%1: «%2» is the pair's mentor; a mentor cannot be their own mentee")
                          .arg(JsonPath(menteesPath, i).toString(), p.mentor));
        }
    }

    p.start = date(f, "start"_L1);
    p.plannedEnd = date(f, "planned_end"_L1);
    checkEnd(p.start, p.plannedEnd, JsonPath(path, "planned_end"_L1), false);
    p.actualEnd = date(f, "actual_end"_L1);
    checkEnd(p.start, p.actualEnd, JsonPath(path, "actual_end"_L1), false);
    p.order = reference(f, "order"_L1, IdList::Orders, Need::Optional);

    JsonNode plan;
    if (object(f, "plan"_L1, &plan)) {
        const JsonPath at(path, "plan"_L1);
        Fields pf{plan, at};
        p.hasPlan = true;
        p.planApproved = date(pf, "approved"_L1);
        forEachObject(pf.get("items"_L1), JsonPath(at, "items"_L1), false,
                      [&](const JsonNode& i, const JsonPath& itemPath) { p.planItems << readPlanItem(i, itemPath); });
        checkKeys(pf, planKeys());
    }
    JsonNode report;
    if (object(f, "report"_L1, &report)) {
        const JsonPath at(path, "report"_L1);
        Fields rf{report, at};
        p.reportDate = date(rf, "date"_L1);
        checkKeys(rf, reportKeys());
    }
    p.menteeQuestionnaire = date(f, "mentee_questionnaire"_L1);
    forEachObject(f.get("events"_L1), JsonPath(path, "events"_L1), false,
                  [&](const JsonNode& e, const JsonPath& at) { p.events << readEvent(e, at, p); });
    forEachObject(f.get("meetings"_L1), JsonPath(path, "meetings"_L1), false,
                  [&](const JsonNode& m, const JsonPath& at) { p.meetings << readMeeting(m, at); });
    p.title = text(f, "title"_L1);
    p.note = text(f, "note"_L1);
    checkKeys(f, pairKeys());
    return p;
}

PairEvent ExchangeReader::readEvent(const JsonNode& o, const JsonPath& path, const Pair& pair)
{
    Fields f{o, path};
    PairEvent e;
    e.type = code(f, "type"_L1, Vocab::EventType, Need::Required);
    e.date = date(f, "date"_L1);
    // Every event reads every field: the contract names them per type, but an order, say,
    // belongs to an extension as much as to a replacement. Grounds, reasons and initiators
    // outside their lists are rule findings (`replacement.ground`, …), not import errors.
    e.newMentor = reference(f, "new_mentor"_L1, IdList::People, Need::Optional);
    e.ground = text(f, "ground"_L1);
    e.order = reference(f, "order"_L1, IdList::Orders, Need::Optional);
    e.newEnd = date(f, "new_end"_L1);
    checkEnd(pair.start, e.newEnd, JsonPath(path, "new_end"_L1), true);
    e.reason = text(f, "reason"_L1);
    e.noticeDate = date(f, "notice_date"_L1);
    e.initiator = text(f, "initiator"_L1);
    e.note = text(f, "note"_L1);
    checkKeys(f, eventKeys());
    return e;
}

PlanItem ExchangeReader::readPlanItem(const JsonNode& o, const JsonPath& path)
{
    Fields f{o, path};
    PlanItem i;
    i.title = text(f, "title"_L1);
    i.due = date(f, "due"_L1);
    i.done = date(f, "done"_L1);
    i.result = text(f, "result"_L1);
    i.expected = text(f, "expected"_L1);
    i.status = code(f, "status"_L1, Vocab::PlanItemStatus, Need::Optional, i.status);
    checkKeys(f, planItemKeys());
    return i;
}

Meeting ExchangeReader::readMeeting(const JsonNode& o, const JsonPath& path)
{
    Fields f{o, path};
    Meeting m;
    m.date = date(f, "date"_L1, Need::Required);
    m.kind = code(f, "kind"_L1, Vocab::MeetingKind, Need::Optional, m.kind);
    m.topic = text(f, "topic"_L1);
    m.notes = text(f, "notes"_L1);
    checkKeys(f, meetingKeys());
    return m;
}

// ---- fields -----------------------------------------------------------------------------

QString ExchangeReader::text(Fields& f, QLatin1StringView key)
{
    const JsonNode v = f.get(key);
    if (v.isString())
        return v.toString();
    if (!v.isUndefined() && !v.isNull())
        wrongType(JsonPath(f.path, key), tr("a text in quotes, or null"), v);
    return {};
}

QString ExchangeReader::code(Fields& f, QLatin1StringView key, Vocab list, Need need, const QString& fallback)
{
    const JsonNode v = f.get(key);
    if (v.isString()) {
        QString value = v.toString();
        if (vocabulary::contains(list, value))
            return value;
    }
    // The slow path, with the list of allowed codes for the message.
    const QStringList allowed = vocabulary::codes(list);
    Fields again{f.object, f.path};
    return code(again, key, allowed, need, fallback);
}

QString ExchangeReader::code(Fields& f,
                             QLatin1StringView key,
                             const QStringList& allowed,
                             Need need,
                             const QString& fallback)
{
    const JsonNode v = f.get(key);
    const JsonPath at(f.path, key);
    const QString expected = tr("one of: %1").arg(codeList(allowed));
    if (v.isUndefined() || v.isNull()) {
        if (need == Need::Required)
            missing(at, expected);
        return fallback;
    }
    if (!v.isString()) {
        wrongType(at, expected, v);
        return fallback;
    }
    const QString value = v.toString();
    if (!allowed.contains(value)) {
        error(tr("%1: «%2» is not an allowed value; expected one of: %3")
                  .arg(at.toString(), shortened(value), codeList(allowed)));
    }
    return value;
}

bool ExchangeReader::flag(Fields& f, QLatin1StringView key, bool fallback)
{
    const JsonNode v = f.get(key);
    if (v.isBool())
        return v.toBool();
    if (!v.isUndefined() && !v.isNull())
        wrongType(JsonPath(f.path, key), tr("true or false"), v);
    return fallback;
}

QDate ExchangeReader::date(Fields& f, QLatin1StringView key, Need need)
{
    const JsonNode v = f.get(key);
    if (v.isUndefined() || v.isNull()) {
        if (need == Need::Required)
            missing(JsonPath(f.path, key), tr("a date as text \"YYYY-MM-DD\""));
        return {};
    }
    const JsonPath at(f.path, key);
    if (!v.isString()) {
        wrongType(at,
                  need == Need::Required ? tr("a date as text \"YYYY-MM-DD\"")
                                         : tr("a date as text \"YYYY-MM-DD\", or null"),
                  v);
        return {};
    }
    const QString s = v.toString();
    const QDate d = dates::parseIso(s);
    if (d.isValid())
        return d;
    const bool isoShape = s.size() == 10 && s.at(4) == u'-' && s.at(7) == u'-'
                          && std::all_of(s.cbegin(), s.cend(), [](QChar c) {
                                 return c == u'-' || (c >= u'0' && c <= u'9');
                             });
    if (isoShape) {
        error(tr("%1: «%2» is not a real date; expected YYYY-MM-DD").arg(at.toString(), s));
    } else if (const QDate guess = dates::parseUserDate(s); guess.isValid()) {
        error(tr("%1: «%2» is not in the form YYYY-MM-DD; write it as %3")
                  .arg(at.toString(), s, dates::toIso(guess)));
    } else {
        error(tr("%1: «%2» is not a date; expected YYYY-MM-DD, e.g. 2026-09-01").arg(at.toString(), shortened(s)));
    }
    return {};
}

std::optional<int> ExchangeReader::years(Fields& f, QLatin1StringView key)
{
    const JsonNode v = f.get(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.isDouble()) {
        const double n = v.toDouble();
        if (n >= 0 && n <= INT_MAX && n == std::floor(n))
            return int(n);
    }
    error(tr("%1: expected a whole number of years (0 or more) or null, found %2")
              .arg(JsonPath(f.path, key).toString(), describe(v)));
    return std::nullopt;
}

QString ExchangeReader::reference(Fields& f, QLatin1StringView key, IdList list, Need need)
{
    const JsonNode v = f.get(key);
    if (v.isString() && m_ids[int(list)].contains(v.toString()))
        return v.toString();
    const JsonPath at(f.path, key);
    if (v.isUndefined() || v.isNull()) {
        if (need == Need::Required)
            missing(at, tr("the id of %1").arg(listName(list)));
        return {};
    }
    if (!v.isString()) {
        wrongType(at, tr("the id of %1 (a text in quotes)").arg(listName(list)), v);
        return {};
    }
    const QString id = v.toString();
    if (id.isEmpty()) {
        // An optional reference written as "" means "none", as null does.
        if (need == Need::Required)
            error(tr("%1: empty; expected the id of %2").arg(at.toString(), listName(list)));
        return {};
    }
    unresolved(list, at, id);
    return id;
}

QStringList ExchangeReader::references(const JsonNode& v, const JsonPath& at, IdList list)
{
    QStringList result;
    if (v.isUndefined() || v.isNull())
        return result;
    if (!v.isArray()) {
        wrongType(at,
                  tr("an array of ids of %1, e.g. [\"%2\"]")
                      .arg(listName(list), list == IdList::Pairs ? u"g1"_s : u"p1"_s),
                  v);
        return result;
    }
    result.reserve(v.size());
    // Lists are short (the mentees of a group), except an order that approves thousands of
    // pairs: look back linearly in a short list, through a hash in a long one.
    const bool longList = v.size() > 8;
    QHash<QString, qsizetype> firstIndex;
    QVarLengthArray<std::pair<QString, qsizetype>, 8> earlier;
    v.forEachElement([&](qsizetype i, const JsonNode& e) {
        const JsonPath elementPath(at, i);
        if (!e.isString()) {
            wrongType(elementPath, tr("the id of %1 (a text in quotes)").arg(listName(list)), e);
            return;
        }
        const QString id = e.toString();
        if (id.isEmpty()) {
            error(tr("%1: empty; expected the id of %2").arg(elementPath.toString(), listName(list)));
            return;
        }
        if (!m_ids[int(list)].contains(id))
            unresolved(list, elementPath, id);
        qsizetype first = -1;
        if (longList) {
            const auto it = firstIndex.constFind(id);
            if (it != firstIndex.constEnd())
                first = it.value();
            else
                firstIndex.insert(id, i);
        } else {
            for (const auto& [earlierId, index] : earlier) {
                if (earlierId == id) {
                    first = index;
                    break;
                }
            }
            if (first < 0)
                earlier.append({id, i});
        }
        if (first >= 0) {
            error(tr("%1: «%2» is already listed at %3; list each id once")
                      .arg(elementPath.toString(), id, JsonPath(at, first).toString()));
        }
        result << id;
    });
    return result;
}

QStringList ExchangeReader::strings(Fields& f, QLatin1StringView key)
{
    const JsonNode v = f.get(key);
    QStringList result;
    if (v.isUndefined() || v.isNull())
        return result;
    const JsonPath at(f.path, key);
    if (!v.isArray()) {
        wrongType(at, tr("an array of texts, e.g. [\"young_specialist\"]"), v);
        return result;
    }
    v.forEachElement([&](qsizetype i, const JsonNode& e) {
        if (e.isString())
            result << e.toString();
        else
            wrongType(JsonPath(at, i), tr("a text in quotes"), e);
    });
    return result;
}

QMap<QString, QString> ExchangeReader::textMap(Fields& f, QLatin1StringView key)
{
    QMap<QString, QString> result;
    JsonNode map;
    if (!object(f, key, &map))
        return result;
    const JsonPath at(f.path, key);
    map.forEachMember([&](const JsonNode& name, const JsonNode& value) {
        const QString text = name.toString();
        if (value.isString())
            result.insert(text, value.toString());
        else
            wrongType(JsonPath(at, text), tr("a text in quotes"), value);
    });
    return result;
}

bool ExchangeReader::object(Fields& f, QLatin1StringView key, JsonNode* out)
{
    const JsonNode v = f.get(key);
    if (v.isObject()) {
        *out = v;
        return true;
    }
    if (!v.isUndefined() && !v.isNull())
        wrongType(JsonPath(f.path, key), tr("an object {…}, or null"), v);
    return false;
}

void ExchangeReader::checkEnd(const QDate& start, const QDate& end, const JsonPath& at, bool againstPairStart)
{
    if (!start.isValid() || !end.isValid() || end >= start)
        return;
    if (againstPairStart) {
        error(tr("%1: %2 is before the pair's start %3; correct one of the two dates")
                  .arg(at.toString(), dates::toIso(end), dates::toIso(start)));
    } else {
        error(tr("%1: %2 is before start %3; correct one of the two dates")
                  .arg(at.toString(), dates::toIso(end), dates::toIso(start)));
    }
}

void ExchangeReader::checkKeys(const Fields& f, const QSet<QString>& known)
{
    // Every known key was read through `get`: only an object with more keys has unknown ones.
    if (f.object.size() <= f.seen)
        return;
    QSet<QString> keys;
    f.object.forEachMember([&](const JsonNode& name, const JsonNode&) {
        const QString key = name.toString();
        if (keys.contains(key)) {
            // Readers disagree on which of the two counts; this one would take the first.
            error(tr("%1: the key appears twice in the same object; keep only one")
                      .arg(JsonPath(f.path, key).toString()));
            return;
        }
        keys.insert(key);
        if (!known.contains(key))
            m_warnings << tr("%1: unknown key, ignored").arg(JsonPath(f.path, key).toString());
    });
}

void ExchangeReader::unresolved(IdList list, const JsonPath& at, const QString& id)
{
    const QString path = at.toString();
    switch (list) {
    case IdList::People:
        error(tr("%1: «%2» does not match any person id; add the person to «people» or correct the id")
                  .arg(path, shortened(id)));
        break;
    case IdList::Consents:
        error(tr("%1: «%2» does not match any consent id; correct the id").arg(path, shortened(id)));
        break;
    case IdList::Orders:
        error(tr("%1: «%2» does not match any order id; add the order to «orders» or correct the id")
                  .arg(path, shortened(id)));
        break;
    case IdList::Pairs:
    case IdList::Count:
        error(tr("%1: «%2» does not match any pair id; add the pair to «pairs» or correct the id")
                  .arg(path, shortened(id)));
        break;
    case IdList::Questionnaires:
        error(tr("%1: «%2» does not match any questionnaire id; add it to «questionnaires» or correct the id")
                  .arg(path, shortened(id)));
        break;
    case IdList::Tests:
        error(tr("%1: «%2» does not match any test id; add the test to «tests» or correct the id")
                  .arg(path, shortened(id)));
        break;
    case IdList::Roadmaps:
    case IdList::Responses:
    case IdList::Evaluations:
        error(tr("%1: «%2» does not match any id; correct the id").arg(path, shortened(id)));
        break;
    }
}

QString ExchangeReader::listName(IdList list)
{
    switch (list) {
    case IdList::People:
        return tr("a person");
    case IdList::Consents:
        return tr("a consent");
    case IdList::Orders:
        return tr("an order");
    case IdList::Questionnaires:
        return tr("a questionnaire");
    case IdList::Tests:
        return tr("a test");
    case IdList::Roadmaps:
    case IdList::Responses:
    case IdList::Evaluations:
    case IdList::Pairs:
    case IdList::Count:
        break;
    }
    return tr("a pair");
}

void ExchangeReader::error(const QString& text)
{
    m_errors.append({m_section, m_element, text});
}

void ExchangeReader::wrongType(const JsonPath& at, const QString& expected, const JsonNode& found)
{
    error(tr("%1: expected %2, found %3").arg(at.toString(), expected, describe(found)));
}

void ExchangeReader::missing(const JsonPath& at, const QString& expected)
{
    error(tr("%1: required, but missing or null; expected %2").arg(at.toString(), expected));
}

QString ExchangeReader::describe(const JsonNode& value)
{
    switch (value.type()) {
    case JsonNode::Type::String:
        return tr("the text «%1»").arg(shortened(value.toString()));
    case JsonNode::Type::Number:
        return tr("the number %1").arg(value.numberText());
    case JsonNode::Type::True:
        return u"true"_s;
    case JsonNode::Type::False:
        return u"false"_s;
    case JsonNode::Type::Null:
        return u"null"_s;
    case JsonNode::Type::Array:
        return tr("an array […]");
    case JsonNode::Type::Object:
        return tr("an object {…}");
    case JsonNode::Type::Undefined:
        break;
    }
    return tr("nothing");
}

} // namespace nastavnik::exchange
