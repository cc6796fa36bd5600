#include "exchange/ExchangeReader.h"

#include "util/Dates.h"

#include <QJsonDocument>
#include <QJsonParseError>

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

QString join(const QString& base, QLatin1StringView key)
{
    return base.isEmpty() ? QString(key) : base + u'.' + key;
}

QString join(const QString& base, const QString& key)
{
    return base.isEmpty() ? key : base + u'.' + key;
}

QString item(const QString& base, qsizetype index)
{
    return base + u'[' + QString::number(index) + u']';
}

QString shortened(const QString& text)
{
    constexpr qsizetype kMax = 60;
    return text.size() <= kMax ? text : text.left(kMax) + u'…';
}

QString numberText(double number)
{
    if (std::isfinite(number) && number == std::floor(number) && std::abs(number) < 1e15)
        return QString::number(qint64(number));
    return QString::number(number, 'g', 15);
}

QString codeList(const QStringList& codes)
{
    QStringList shown;
    for (const QString& c : codes)
        shown << (c.isEmpty() ? u"\"\""_s : c);
    return shown.join(u", "_s);
}

} // namespace

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

    QJsonObject root;
    if (!readHeader(json, &root))
        return std::nullopt;

    QSet<QString> known = {u"format"_s, u"version"_s};
    for (const Section& s : sections())
        known.insert(QString(s.key));
    checkKeys(root, {}, known);

    // Pass 1: the ids of every list, so that references resolve whatever the order.
    for (int i = 0; i < sections().size(); ++i) {
        const Section& s = sections().at(i);
        if (!s.ids)
            continue;
        m_section = i;
        collectIds(root.value(s.key), QString(s.key), *s.ids);
    }
    // Pass 2: everything else.
    Dataset data;
    for (int i = 0; i < sections().size(); ++i) {
        const Section& s = sections().at(i);
        m_section = i;
        m_element = -1;
        (this->*s.read)(root.value(s.key), QString(s.key), data);
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

bool ExchangeReader::readHeader(const QByteArray& json, QJsonObject* root)
{
    static const QByteArray bom("\xEF\xBB\xBF");
    const QByteArray body = json.startsWith(bom) ? json.mid(bom.size()) : json;
    if (body.trimmed().isEmpty()) {
        error(tr("the file is empty; an exchange file is one JSON object with \"format\": \"nastavnik-exchange\" "
                 "— export it again"));
        return false;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // The offset counts bytes; lines and columns count characters, as editors show them.
        qsizetype offset = std::clamp<qsizetype>(parseError.offset, 0, json.size());
        // Qt's offset is just past the offending character, except for a bad number, where it
        // is the character itself.
        if (parseError.error == QJsonParseError::IllegalNumber)
            offset = std::min(offset + 1, json.size());
        if (parseError.error == QJsonParseError::GarbageAtEnd) {
            // Point at the stray text itself, not at the blanks before it.
            qsizetype pos = std::max<qsizetype>(offset - 1, 0);
            while (pos < json.size() && QChar::isSpace(uchar(json.at(pos))))
                ++pos;
            offset = std::min(pos + 1, json.size());
        }
        int line = 1;
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i < offset; ++i) {
            if (json.at(i) == '\n') {
                ++line;
                lineStart = i + 1;
            }
        }
        if (line == 1 && json.startsWith(bom))
            lineStart = bom.size();
        int column = 0;
        for (qsizetype i = lineStart; i < offset; ++i) {
            if ((static_cast<unsigned char>(json.at(i)) & 0xC0) != 0x80)
                ++column;
        }
        QString what;
        switch (parseError.error) {
        case QJsonParseError::UnterminatedObject:
            what = tr("an object is not closed correctly: a «,» between entries or the closing «}» is missing, "
                      "or a key is not in double quotes");
            break;
        case QJsonParseError::MissingNameSeparator:
            what = tr("a «:» is missing after a key");
            break;
        case QJsonParseError::UnterminatedArray:
            what = tr("a «,» between values or the closing «]» of an array is missing");
            break;
        case QJsonParseError::MissingValueSeparator:
            what = tr("a «,» is missing between values");
            break;
        case QJsonParseError::IllegalValue:
        case QJsonParseError::IllegalNumber: // Qt's name for a bare word such as True or 'text'
            what = tr("a value is not valid JSON (texts go in double quotes; true, false and null in lower case)");
            break;
        case QJsonParseError::TerminationByNumber:
            what = tr("the file ends inside a number");
            break;
        case QJsonParseError::IllegalEscapeSequence:
            what = tr("a text holds an invalid escape after a backslash (write \\\\ for a backslash)");
            break;
        case QJsonParseError::IllegalUTF8String:
            what = tr("a text is not valid UTF-8 (save the file in the UTF-8 encoding)");
            break;
        case QJsonParseError::UnterminatedString:
            what = tr("a text is not closed with a double quote");
            break;
        case QJsonParseError::MissingObject:
            what = tr("a value is missing after a «,» (remove the comma after the last entry)");
            break;
        case QJsonParseError::DeepNesting:
            what = tr("the file is nested too deeply");
            break;
        case QJsonParseError::DocumentTooLarge:
            what = tr("the file is too large");
            break;
        case QJsonParseError::GarbageAtEnd:
            what = tr("there is more text after the end of the JSON object");
            break;
        default:
            what = parseError.errorString();
            break;
        }
        error(tr("line %1, column %2: the JSON is broken: %3. Correct the file in a text editor, or export it "
                 "again")
                  .arg(line)
                  .arg(std::max(column, 1))
                  .arg(what));
        return false;
    }
    if (document.isArray()) {
        error(tr("the file holds a JSON array […], not an object; an exchange file is one JSON object {…} with "
                 "\"format\": \"nastavnik-exchange\""));
        return false;
    }
    if (!document.isObject()) {
        error(tr("the file is not a JSON object; an exchange file is one JSON object {…} with "
                 "\"format\": \"nastavnik-exchange\""));
        return false;
    }
    *root = document.object();

    const QJsonValue format = root->value("format"_L1);
    if (format.isUndefined()) {
        error(tr("format: missing; this is not a Nastavnik exchange file, which starts with "
                 "\"format\": \"nastavnik-exchange\""));
        return false;
    }
    if (format.toString() != kFormat) {
        error(tr("format: %1 is not the format of a Nastavnik exchange file; expected \"nastavnik-exchange\"")
                  .arg(describe(format)));
        return false;
    }
    const QJsonValue version = root->value("version"_L1);
    if (version.isUndefined()) {
        error(tr("version: missing; expected \"version\": %1").arg(kVersion));
        return false;
    }
    if (!version.isDouble()) {
        wrongType(u"version"_s, tr("the number %1").arg(kVersion), version);
        return false;
    }
    const double number = version.toDouble();
    if (number == std::floor(number) && number > kVersion) {
        error(tr("version: the file is of version %1, newer than this version of Nastavnik reads (%2); update "
                 "Nastavnik, or ask the sender to export the file for version %2")
                  .arg(numberText(number))
                  .arg(kVersion));
        return false;
    }
    if (number != kVersion) {
        error(tr("version: %1 is not a version of the exchange format; expected %2")
                  .arg(numberText(number))
                  .arg(kVersion));
        return false;
    }
    return true;
}

void ExchangeReader::collectIds(const QJsonValue& value, const QString& path, IdList list)
{
    if (!value.isArray())
        return; // reported in pass 2
    const QJsonArray array = value.toArray();
    QHash<QString, qsizetype>& ids = m_ids[int(list)];
    ids.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue v = array.at(i);
        if (!v.isObject())
            continue;
        m_element = i;
        const QString at = join(item(path, i), "id"_L1);
        const QJsonValue id = v.toObject().value("id"_L1);
        if (id.isUndefined() || id.isNull()) {
            error(tr("%1: missing; every entry of «%2» needs an id: a non-empty text, unique within the list")
                      .arg(at, path));
        } else if (!id.isString()) {
            wrongType(at, tr("an id: a non-empty text in quotes"), id);
        } else if (id.toString().trimmed().isEmpty()) {
            error(tr("%1: empty; every entry of «%2» needs an id: a non-empty text, unique within the list")
                      .arg(at, path));
        } else {
            const QString text = id.toString();
            const auto existing = ids.constFind(text);
            if (existing != ids.constEnd()) {
                error(tr("%1: «%2» is already the id of %3; ids must be unique within «%4»")
                          .arg(at, text, item(path, existing.value()), path));
            } else {
                ids.insert(text, i);
            }
        }
    }
    m_element = -1;
}

// ---- sections ---------------------------------------------------------------------------

void ExchangeReader::readOrganization(const QJsonValue& value, const QString& path, Dataset& data)
{
    if (value.isUndefined() || value.isNull())
        return;
    if (!value.isObject()) {
        wrongType(path, tr("an object {…}"), value);
        return;
    }
    const QJsonObject o = value.toObject();
    checkKeys(o, path, organizationKeys());
    Organization& org = data.organization;
    const Organization defaults;
    org.name = text(o, path, "name"_L1);
    org.place = text(o, path, "place"_L1);
    org.head = reference(o, path, "head"_L1, IdList::People, Need::Optional);
    org.curator = reference(o, path, "curator"_L1, IdList::People, Need::Optional);
    const QJsonValue profile = o.value("profile"_L1);
    if (profile.isString()) {
        org.profile = profile.toString();
        if (!m_profiles.contains(org.profile)) {
            QStringList ids = builtInProfiles();
            for (const QString& id : m_profiles) {
                if (!ids.contains(id))
                    ids << id;
            }
            error(tr("%1: «%2» is not a known provision profile; expected one of: %3 (or a custom profile "
                     "carried in the file)")
                      .arg(join(path, "profile"_L1), org.profile, ids.join(u", "_s)));
        }
    } else if (!profile.isUndefined() && !profile.isNull()) {
        wrongType(join(path, "profile"_L1), tr("the id of a provision profile, e.g. \"school\""), profile);
    }
    org.shortName = text(o, path, "short_name"_L1);
    org.address = text(o, path, "address"_L1);
    org.headPosition = o.contains("head_position"_L1) ? text(o, path, "head_position"_L1) : defaults.headPosition;
    org.orderSuffix = o.contains("order_suffix"_L1) ? text(o, path, "order_suffix"_L1) : defaults.orderSuffix;
}

void ExchangeReader::readPeople(const QJsonValue& value, const QString& path, Dataset& data)
{
    if (value.isArray())
        data.people.reserve(value.toArray().size());
    forEachObject(value, path, true, [&](const QJsonObject& o, const QString& at, qsizetype) {
        data.people << readPerson(o, at);
    });
}

Person ExchangeReader::readPerson(const QJsonObject& o, const QString& path)
{
    checkKeys(o, path, personKeys());
    Person p;
    p.id = o.value("id"_L1).toString();

    const QJsonValue lastName = o.value("last_name"_L1);
    if (lastName.isUndefined() || lastName.isNull())
        missing(join(path, "last_name"_L1), tr("the person's last name (a non-empty text)"));
    else if (!lastName.isString())
        wrongType(join(path, "last_name"_L1), tr("the person's last name (a non-empty text)"), lastName);
    else if (lastName.toString().trimmed().isEmpty())
        error(tr("%1: empty; every person needs a last name").arg(join(path, "last_name"_L1)));
    else
        p.lastName = lastName.toString();

    p.firstName = text(o, path, "first_name"_L1);
    p.middleName = text(o, path, "middle_name"_L1);
    p.birthDate = date(o, path, "birth_date"_L1);
    p.kind = code(o, path, "kind"_L1, Vocab::PersonKind, Need::Optional, p.kind);
    p.external = flag(o, path, "external"_L1);
    p.position = text(o, path, "position"_L1);
    p.unit = text(o, path, "unit"_L1);
    p.supervisor = reference(o, path, "supervisor"_L1, IdList::People, Need::Optional);
    QJsonObject experience;
    if (object(o, path, "experience_years"_L1, &experience)) {
        const QString at = join(path, "experience_years"_L1);
        checkKeys(experience, at, experienceKeys());
        p.pedagogicalYears = years(experience, at, "pedagogical"_L1);
        p.managerialYears = years(experience, at, "managerial"_L1);
        p.methodicalYears = years(experience, at, "methodical"_L1);
    }
    p.disciplinarySanction = flag(o, path, "disciplinary_sanction"_L1);
    p.menteeCategories = strings(o, path, "mentee_categories"_L1);
    forEachObject(o.value("credentials"_L1),
                  join(path, "credentials"_L1),
                  false,
                  [&](const QJsonObject& c, const QString& at, qsizetype) { p.credentials << readCredential(c, at); });

    p.gender = code(o, path, "gender"_L1, {QString(), u"m"_s, u"f"_s}, Need::Optional);
    p.mentorBase = flag(o, path, "mentor_base"_L1);
    p.menteeBase = flag(o, path, "mentee_base"_L1);
    p.request = text(o, path, "request"_L1);
    p.competencies = text(o, path, "competencies"_L1);
    p.phone = text(o, path, "phone"_L1);
    p.email = text(o, path, "email"_L1);
    p.note = text(o, path, "note"_L1);
    p.archived = flag(o, path, "archived"_L1);
    p.nameForms = textMap(o, path, "name_forms"_L1);
    return p;
}

Credential ExchangeReader::readCredential(const QJsonObject& o, const QString& path)
{
    checkKeys(o, path, credentialKeys());
    Credential c;
    c.type = code(o, path, "type"_L1, Vocab::CredentialType, Need::Required);
    c.number = text(o, path, "number"_L1);
    c.issued = date(o, path, "issued"_L1);
    c.validUntil = date(o, path, "valid_until"_L1);
    c.note = text(o, path, "note"_L1);
    return c;
}

void ExchangeReader::readConsents(const QJsonValue& value, const QString& path, Dataset& data)
{
    forEachObject(value, path, true, [&](const QJsonObject& o, const QString& at, qsizetype) {
        checkKeys(o, at, consentKeys());
        Consent c;
        c.id = o.value("id"_L1).toString();
        c.person = reference(o, at, "person"_L1, IdList::People, Need::Required);
        c.type = code(o, at, "type"_L1, Vocab::ConsentType, Need::Required);
        c.signedBy = reference(o, at, "signed_by"_L1, IdList::People, Need::Optional);
        c.date = date(o, at, "date"_L1);
        c.withdrawn = date(o, at, "withdrawn"_L1);
        c.note = text(o, at, "note"_L1);
        data.consents << c;
    });
}

void ExchangeReader::readOrders(const QJsonValue& value, const QString& path, Dataset& data)
{
    forEachObject(value, path, true, [&](const QJsonObject& o, const QString& at, qsizetype) {
        checkKeys(o, at, orderKeys());
        Order order;
        order.id = o.value("id"_L1).toString();
        order.number = text(o, at, "number"_L1);
        order.date = date(o, at, "date"_L1);
        order.type = code(o, at, "type"_L1, Vocab::OrderType, Need::Required);
        order.pairs = references(o, at, "pairs"_L1, IdList::Pairs);
        order.heading = text(o, at, "heading"_L1);
        order.status = code(o, at, "status"_L1, Vocab::OrderStatus, Need::Optional, order.status);
        order.people = references(o, at, "people"_L1, IdList::People);
        order.text = text(o, at, "text"_L1);
        data.orders << order;
    });
}

void ExchangeReader::readPairs(const QJsonValue& value, const QString& path, Dataset& data)
{
    if (value.isArray())
        data.pairs.reserve(value.toArray().size());
    forEachObject(value, path, true, [&](const QJsonObject& o, const QString& at, qsizetype) {
        data.pairs << readPair(o, at);
    });
}

Pair ExchangeReader::readPair(const QJsonObject& o, const QString& path)
{
    checkKeys(o, path, pairKeys());
    Pair p;
    p.id = o.value("id"_L1).toString();
    p.form = code(o, path, "form"_L1, Vocab::PairForm, Need::Required);
    p.mentor = reference(o, path, "mentor"_L1, IdList::People, Need::Required);

    const QString menteesPath = join(path, "mentees"_L1);
    const QJsonValue mentees = o.value("mentees"_L1);
    if (mentees.isUndefined() || mentees.isNull()) {
        missing(menteesPath, tr("a list of the mentees' person ids, at least one"));
    } else {
        p.mentees = references(o, path, "mentees"_L1, IdList::People);
        if (mentees.isArray() && mentees.toArray().isEmpty())
            error(tr("%1: the list is empty; a pair needs at least one mentee (a person id)").arg(menteesPath));
        if (!p.mentor.isEmpty()) {
            if (const qsizetype i = p.mentees.indexOf(p.mentor); i >= 0)
                error(tr("%1: «%2» is the pair's mentor; a mentor cannot be their own mentee")
                          .arg(item(menteesPath, i), p.mentor));
        }
    }

    p.start = date(o, path, "start"_L1);
    p.plannedEnd = date(o, path, "planned_end"_L1);
    checkEnd(p.start, p.plannedEnd, join(path, "planned_end"_L1), false);
    p.actualEnd = date(o, path, "actual_end"_L1);
    checkEnd(p.start, p.actualEnd, join(path, "actual_end"_L1), false);
    p.order = reference(o, path, "order"_L1, IdList::Orders, Need::Optional);

    QJsonObject plan;
    if (object(o, path, "plan"_L1, &plan)) {
        const QString at = join(path, "plan"_L1);
        checkKeys(plan, at, planKeys());
        p.hasPlan = true;
        p.planApproved = date(plan, at, "approved"_L1);
        forEachObject(plan.value("items"_L1),
                      join(at, "items"_L1),
                      false,
                      [&](const QJsonObject& i, const QString& itemPath, qsizetype) {
                          p.planItems << readPlanItem(i, itemPath);
                      });
    }
    QJsonObject report;
    if (object(o, path, "report"_L1, &report)) {
        const QString at = join(path, "report"_L1);
        checkKeys(report, at, reportKeys());
        p.reportDate = date(report, at, "date"_L1);
    }
    p.menteeQuestionnaire = date(o, path, "mentee_questionnaire"_L1);
    forEachObject(o.value("events"_L1),
                  join(path, "events"_L1),
                  false,
                  [&](const QJsonObject& e, const QString& at, qsizetype) { p.events << readEvent(e, at, p); });
    forEachObject(o.value("meetings"_L1),
                  join(path, "meetings"_L1),
                  false,
                  [&](const QJsonObject& m, const QString& at, qsizetype) { p.meetings << readMeeting(m, at); });
    p.title = text(o, path, "title"_L1);
    p.note = text(o, path, "note"_L1);
    return p;
}

PairEvent ExchangeReader::readEvent(const QJsonObject& o, const QString& path, const Pair& pair)
{
    checkKeys(o, path, eventKeys());
    PairEvent e;
    e.type = code(o, path, "type"_L1, Vocab::EventType, Need::Required);
    e.date = date(o, path, "date"_L1);
    // Every event reads every field: the contract names them per type, but an order, say,
    // belongs to an extension as much as to a replacement. Grounds, reasons and initiators
    // outside their lists are rule findings (`replacement.ground`, …), not import errors.
    e.newMentor = reference(o, path, "new_mentor"_L1, IdList::People, Need::Optional);
    e.ground = text(o, path, "ground"_L1);
    e.order = reference(o, path, "order"_L1, IdList::Orders, Need::Optional);
    e.newEnd = date(o, path, "new_end"_L1);
    checkEnd(pair.start, e.newEnd, join(path, "new_end"_L1), true);
    e.reason = text(o, path, "reason"_L1);
    e.noticeDate = date(o, path, "notice_date"_L1);
    e.initiator = text(o, path, "initiator"_L1);
    e.note = text(o, path, "note"_L1);
    return e;
}

PlanItem ExchangeReader::readPlanItem(const QJsonObject& o, const QString& path)
{
    checkKeys(o, path, planItemKeys());
    PlanItem i;
    i.title = text(o, path, "title"_L1);
    i.due = date(o, path, "due"_L1);
    i.done = date(o, path, "done"_L1);
    i.result = text(o, path, "result"_L1);
    i.expected = text(o, path, "expected"_L1);
    i.status = code(o, path, "status"_L1, Vocab::PlanItemStatus, Need::Optional, i.status);
    return i;
}

Meeting ExchangeReader::readMeeting(const QJsonObject& o, const QString& path)
{
    checkKeys(o, path, meetingKeys());
    Meeting m;
    m.date = date(o, path, "date"_L1, Need::Required);
    m.kind = code(o, path, "kind"_L1, Vocab::MeetingKind, Need::Optional, m.kind);
    m.topic = text(o, path, "topic"_L1);
    m.notes = text(o, path, "notes"_L1);
    return m;
}

// ---- fields -----------------------------------------------------------------------------

QString ExchangeReader::text(const QJsonObject& o, const QString& base, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (!v.isUndefined() && !v.isNull())
        wrongType(join(base, key), tr("a text in quotes, or null"), v);
    return {};
}

QString ExchangeReader::code(const QJsonObject& o,
                             const QString& base,
                             QLatin1StringView key,
                             const QStringList& allowed,
                             Need need,
                             const QString& fallback)
{
    const QJsonValue v = o.value(key);
    const QString expected = tr("one of: %1").arg(codeList(allowed));
    if (v.isUndefined() || v.isNull()) {
        if (need == Need::Required)
            missing(join(base, key), expected);
        return fallback;
    }
    if (!v.isString()) {
        wrongType(join(base, key), expected, v);
        return fallback;
    }
    const QString value = v.toString();
    if (!allowed.contains(value)) {
        error(tr("%1: «%2» is not an allowed value; expected one of: %3")
                  .arg(join(base, key), shortened(value), codeList(allowed)));
    }
    return value;
}

QString ExchangeReader::code(const QJsonObject& o,
                             const QString& base,
                             QLatin1StringView key,
                             Vocab list,
                             Need need,
                             const QString& fallback)
{
    // Fast path: a known code needs no list of all codes.
    const QJsonValue v = o.value(key);
    if (v.isString() && vocabulary::contains(list, v.toString()))
        return v.toString();
    return code(o, base, key, vocabulary::codes(list), need, fallback);
}

bool ExchangeReader::flag(const QJsonObject& o, const QString& base, QLatin1StringView key, bool fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isBool())
        return v.toBool();
    if (!v.isUndefined() && !v.isNull())
        wrongType(join(base, key), tr("true or false"), v);
    return fallback;
}

QDate ExchangeReader::date(const QJsonObject& o, const QString& base, QLatin1StringView key, Need need)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (need == Need::Required)
            missing(join(base, key), tr("a date as text \"YYYY-MM-DD\""));
        return {};
    }
    if (!v.isString()) {
        wrongType(join(base, key),
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
                          && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c == u'-' || (c >= u'0' && c <= u'9'); });
    if (isoShape) {
        error(tr("%1: «%2» is not a real date; expected YYYY-MM-DD").arg(join(base, key), s));
    } else if (const QDate guess = dates::parseUserDate(s); guess.isValid()) {
        error(tr("%1: «%2» is not in the form YYYY-MM-DD; write it as %3")
                  .arg(join(base, key), s, dates::toIso(guess)));
    } else {
        error(tr("%1: «%2» is not a date; expected YYYY-MM-DD, e.g. 2026-09-01").arg(join(base, key), shortened(s)));
    }
    return {};
}

std::optional<int> ExchangeReader::years(const QJsonObject& o, const QString& base, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.isDouble()) {
        const double n = v.toDouble();
        if (n >= 0 && n <= INT_MAX && n == std::floor(n))
            return int(n);
    }
    error(tr("%1: expected a whole number of years (0 or more) or null, found %2")
              .arg(join(base, key), describe(v)));
    return std::nullopt;
}

QString ExchangeReader::reference(const QJsonObject& o,
                                  const QString& base,
                                  QLatin1StringView key,
                                  IdList list,
                                  Need need)
{
    const QJsonValue v = o.value(key);
    const QString at = join(base, key);
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
            error(tr("%1: empty; expected the id of %2").arg(at, listName(list)));
        return {};
    }
    if (!resolves(list, id))
        unresolved(list, at, id);
    return id;
}

QStringList ExchangeReader::references(const QJsonObject& o,
                                       const QString& base,
                                       QLatin1StringView key,
                                       IdList list)
{
    const QJsonValue v = o.value(key);
    const QString at = join(base, key);
    QStringList result;
    if (v.isUndefined() || v.isNull())
        return result;
    if (!v.isArray()) {
        wrongType(at, tr("an array of ids of %1, e.g. [\"%2\"]").arg(listName(list), list == IdList::Pairs ? u"g1"_s : u"p1"_s), v);
        return result;
    }
    const QJsonArray array = v.toArray();
    result.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue e = array.at(i);
        const QString elementPath = item(at, i);
        if (!e.isString()) {
            wrongType(elementPath, tr("the id of %1 (a text in quotes)").arg(listName(list)), e);
            continue;
        }
        const QString id = e.toString();
        if (id.isEmpty()) {
            error(tr("%1: empty; expected the id of %2").arg(elementPath, listName(list)));
            continue;
        }
        if (!resolves(list, id))
            unresolved(list, elementPath, id);
        if (const qsizetype first = result.indexOf(id); first >= 0)
            error(tr("%1: «%2» is already listed at %3; list each id once").arg(elementPath, id, item(at, first)));
        result << id;
    }
    return result;
}

QStringList ExchangeReader::strings(const QJsonObject& o, const QString& base, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    QStringList result;
    if (v.isUndefined() || v.isNull())
        return result;
    if (!v.isArray()) {
        wrongType(join(base, key), tr("an array of texts, e.g. [\"young_specialist\"]"), v);
        return result;
    }
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (array.at(i).isString())
            result << array.at(i).toString();
        else
            wrongType(item(join(base, key), i), tr("a text in quotes"), array.at(i));
    }
    return result;
}

QMap<QString, QString> ExchangeReader::textMap(const QJsonObject& o, const QString& base, QLatin1StringView key)
{
    QMap<QString, QString> result;
    QJsonObject map;
    if (!object(o, base, key, &map))
        return result;
    const QString at = join(base, key);
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (it.value().isString())
            result.insert(it.key(), it.value().toString());
        else
            wrongType(join(at, it.key()), tr("a text in quotes"), it.value());
    }
    return result;
}

bool ExchangeReader::object(const QJsonObject& o, const QString& base, QLatin1StringView key, QJsonObject* out)
{
    const QJsonValue v = o.value(key);
    if (v.isObject()) {
        *out = v.toObject();
        return true;
    }
    if (!v.isUndefined() && !v.isNull())
        wrongType(join(base, key), tr("an object {…}, or null"), v);
    return false;
}

void ExchangeReader::forEachObject(const QJsonValue& value,
                                   const QString& path,
                                   bool topLevel,
                                   const std::function<void(const QJsonObject&, const QString&, qsizetype)>& each)
{
    if (value.isUndefined() || value.isNull())
        return;
    if (!value.isArray()) {
        wrongType(path, tr("an array […]"), value);
        return;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (topLevel)
            m_element = i;
        const QJsonValue v = array.at(i);
        const QString at = item(path, i);
        if (!v.isObject()) {
            wrongType(at, tr("an object {…}"), v);
            continue;
        }
        each(v.toObject(), at, i);
    }
    if (topLevel)
        m_element = -1;
}

void ExchangeReader::checkEnd(const QDate& start, const QDate& end, const QString& path, bool againstPairStart)
{
    if (!start.isValid() || !end.isValid() || end >= start)
        return;
    if (againstPairStart) {
        error(tr("%1: %2 is before the pair's start %3; correct one of the two dates")
                  .arg(path, dates::toIso(end), dates::toIso(start)));
    } else {
        error(tr("%1: %2 is before start %3; correct one of the two dates")
                  .arg(path, dates::toIso(end), dates::toIso(start)));
    }
}

void ExchangeReader::checkKeys(const QJsonObject& o, const QString& base, const QSet<QString>& known)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString key = it.key();
        if (!known.contains(key))
            m_warnings << tr("%1: unknown key, ignored").arg(join(base, key));
    }
}

bool ExchangeReader::resolves(IdList list, const QString& id) const
{
    return m_ids[int(list)].contains(id);
}

void ExchangeReader::unresolved(IdList list, const QString& path, const QString& id)
{
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

void ExchangeReader::wrongType(const QString& path, const QString& expected, const QJsonValue& found)
{
    error(tr("%1: expected %2, found %3").arg(path, expected, describe(found)));
}

void ExchangeReader::missing(const QString& path, const QString& expected)
{
    error(tr("%1: required, but missing or null; expected %2").arg(path, expected));
}

QString ExchangeReader::describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return tr("the text «%1»").arg(shortened(value.toString()));
    case QJsonValue::Double:
        return tr("the number %1").arg(numberText(value.toDouble()));
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Array:
        return tr("an array […]");
    case QJsonValue::Object:
        return tr("an object {…}");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

} // namespace nastavnik::exchange
