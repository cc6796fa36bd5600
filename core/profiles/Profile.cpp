#include "profiles/Profile.h"

#include "domain/Vocabulary.h"
#include "rules/RuleEngine.h"
#include "rules/RuleIds.h"
#include "util/Dates.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace nastavnik {

namespace {

const QStringList kExperienceKinds = {u"pedagogical"_s, u"managerial"_s, u"methodical"_s};

// JSON keys of the parameters (the file format of resources/profiles/*.json).
constexpr auto kForms = u"forms";
constexpr auto kGroupForms = u"group_forms";
constexpr auto kMaxMentees = u"max_mentees";
constexpr auto kMaxMenteesByForm = u"max_mentees_by_form";
constexpr auto kDurationMax = u"duration_max_months";
constexpr auto kDurationMin = u"duration_min_months";
constexpr auto kPlanDeadline = u"plan_deadline_working_days";
constexpr auto kReportDeadline = u"report_deadline_working_days";
constexpr auto kExperience = u"experience_min";
constexpr auto kCredential = u"credential_required";
constexpr auto kValidity = u"credential_validity_months";
constexpr auto kGrounds = u"replacement_grounds";
constexpr auto kReasons = u"extension_reasons";
constexpr auto kExternal = u"external_mentor_documents";
constexpr auto kExternalPupils = u"external_mentor_documents_pupils";
constexpr auto kLabourSince = u"labour_agreement_since";
constexpr auto kNotice = u"notice_working_days";

QString key(const char16_t* k)
{
    return QString::fromUtf16(k);
}

// ---- writing ----

template <typename T>
QJsonObject meta(const Parameter<T>& p, const QJsonValue& value, const QString& valueKey = u"value"_s)
{
    QJsonObject o;
    o.insert(valueKey, value);
    o.insert(u"clause"_s, p.clause);
    if (p.secondary)
        o.insert(u"secondary"_s, true);
    if (!p.note.isEmpty())
        o.insert(u"note"_s, p.note);
    return o;
}

QJsonValue optionalInt(const std::optional<int>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

// ---- reading ----

class Reader
{
public:
    QStringList errors;

    QString typeError(const QString& path, const QString& expected)
    {
        return Profile::tr("%1 must be %2.").arg(path, expected);
    }

    /// Reads clause, secondary and note of the parameter object at `path`.
    template <typename T>
    bool metaOf(const QJsonValue& v, const QString& path, Parameter<T>* p, QJsonValue* value,
                const QString& valueKey = u"value"_s)
    {
        if (!v.isObject()) {
            errors << typeError(path, Profile::tr("an object with «%1» and «clause»").arg(valueKey));
            return false;
        }
        const QJsonObject o = v.toObject();
        *value = o.value(valueKey);
        const QJsonValue clause = o.value(u"clause"_s);
        if (!clause.isUndefined() && !clause.isString())
            errors << typeError(path + u".clause"_s, Profile::tr("text"));
        p->clause = clause.toString();
        const QJsonValue secondary = o.value(u"secondary"_s);
        if (!secondary.isUndefined() && !secondary.isBool())
            errors << typeError(path + u".secondary"_s, Profile::tr("true or false"));
        p->secondary = secondary.toBool();
        p->note = o.value(u"note"_s).toString();
        return true;
    }

    void optionalIntParam(const QJsonObject& params, const char16_t* k, Parameter<std::optional<int>>* p)
    {
        const QJsonValue v = params.value(key(k));
        if (v.isUndefined())
            return;
        const QString path = u"parameters."_s + key(k);
        QJsonValue value;
        if (!metaOf(v, path, p, &value))
            return;
        if (value.isNull() || value.isUndefined())
            p->value = std::nullopt;
        else if (isInt(value))
            p->value = value.toInt();
        else
            errors << typeError(path + u".value"_s, Profile::tr("a whole number or null"));
    }

    void intParam(const QJsonValue& v, const QString& path, Parameter<int>* p)
    {
        QJsonValue value;
        if (!metaOf(v, path, p, &value))
            return;
        if (isInt(value))
            p->value = value.toInt();
        else
            errors << typeError(path + u".value"_s, Profile::tr("a whole number"));
    }

    void listParam(const QJsonObject& params, const char16_t* k, Parameter<QStringList>* p)
    {
        const QJsonValue v = params.value(key(k));
        if (v.isUndefined())
            return;
        const QString path = u"parameters."_s + key(k);
        QJsonValue value;
        if (!metaOf(v, path, p, &value))
            return;
        p->value.clear();
        if (!value.isArray()) {
            errors << typeError(path + u".value"_s, Profile::tr("a list of codes"));
            return;
        }
        for (const QJsonValue& item : value.toArray()) {
            if (!item.isString()) {
                errors << typeError(path + u".value"_s, Profile::tr("a list of codes"));
                return;
            }
            p->value << item.toString();
        }
    }

    /// An object `form → parameter` read with `one`.
    template <typename T, typename F>
    void mapParam(const QJsonObject& params, const char16_t* k, QMap<QString, Parameter<T>>* out, F one)
    {
        const QJsonValue v = params.value(key(k));
        if (v.isUndefined())
            return;
        const QString path = u"parameters."_s + key(k);
        if (!v.isObject()) {
            errors << typeError(path, Profile::tr("an object"));
            return;
        }
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            Parameter<T> p;
            one(it.value(), path + u'.' + it.key(), &p);
            out->insert(it.key(), p);
        }
    }

    static bool isInt(const QJsonValue& v)
    {
        return v.isDouble() && v.toDouble() == double(qint64(v.toDouble())) && std::abs(v.toDouble()) < 1e9;
    }
};

} // namespace

QString Profile::name() const
{
    const bool english = QLocale().language() != QLocale::Russian;
    if (english && !nameEn.isEmpty())
        return nameEn;
    return nameRu.isEmpty() ? nameEn : nameRu;
}

bool Profile::isEnabled(const QString& rule) const
{
    const auto it = rules.constFind(rule);
    return it != rules.cend() && it->value;
}

QString Profile::ruleClause(const QString& rule) const
{
    return rules.value(rule).clause;
}

bool Profile::isGroupForm(const QString& form) const
{
    return groupForms.value.contains(form);
}

std::optional<Parameter<int>> Profile::capFor(const QString& form) const
{
    if (const auto it = maxMenteesByForm.constFind(form); it != maxMenteesByForm.cend())
        return *it;
    if (!maxMentees.value)
        return std::nullopt;
    return Parameter<int>{*maxMentees.value, maxMentees.clause, maxMentees.secondary, maxMentees.note};
}

QList<ProfileRow> Profile::rows() const
{
    QList<ProfileRow> rows;
    auto add = [&rows](const QString& key, const QString& label, const QString& value, const auto& p) {
        rows << ProfileRow{key, label, value, p.clause, p.secondary, p.note};
    };
    auto labels = [](Vocab vocab, const QStringList& codes) {
        QStringList result;
        for (const QString& c : codes)
            result << vocabulary::label(vocab, c);
        return result.isEmpty() ? tr("none") : result.join(u", ");
    };
    auto months = [](const std::optional<int>& v) { return v ? tr("%n month(s)", "", *v) : tr("not limited"); };
    auto formLabel = [](const QString& form) { return vocabulary::label(Vocab::PairForm, form); };

    add(key(kForms), tr("Forms of mentoring"), labels(Vocab::PairForm, forms.value), forms);
    add(key(kGroupForms), tr("Group forms (not counted against the cap)"), labels(Vocab::PairForm, groupForms.value), groupForms);
    add(key(kMaxMentees), tr("Mentees of one mentor at once"),
        maxMentees.value ? QString::number(*maxMentees.value) : tr("not limited"), maxMentees);
    for (auto it = maxMenteesByForm.cbegin(); it != maxMenteesByForm.cend(); ++it)
        add(key(kMaxMenteesByForm) + u'.' + it.key(), tr("Mentees at once: %1").arg(formLabel(it.key())),
            QString::number(it->value), *it);
    add(key(kDurationMax), tr("Longest term"), months(durationMaxMonths.value), durationMaxMonths);
    add(key(kDurationMin), tr("Shortest term"), months(durationMinMonths.value), durationMinMonths);
    add(key(kPlanDeadline), tr("Individual plan approved"),
        planDeadlineDays.value ? tr("within %n working day(s) of the start", "", *planDeadlineDays.value) : tr("no deadline"),
        planDeadlineDays);
    add(key(kReportDeadline), tr("Report and mentee's questionnaire"),
        reportDeadlineDays.value ? tr("within %n working day(s) after the end", "", *reportDeadlineDays.value) : tr("no deadline"),
        reportDeadlineDays);
    for (auto it = experienceByForm.cbegin(); it != experienceByForm.cend(); ++it) {
        const QString kind = it->value.kind == u"pedagogical" ? tr("pedagogical")
            : it->value.kind == u"managerial"                 ? tr("managerial")
            : it->value.kind == u"methodical"                 ? tr("methodical")
                                                              : it->value.kind;
        add(key(kExperience) + u'.' + it.key(), tr("Mentor's experience: %1").arg(formLabel(it.key())),
            tr("%1, at least %n year(s)", "", it->value.years).arg(kind), *it);
    }
    for (auto it = credentialByForm.cbegin(); it != credentialByForm.cend(); ++it)
        add(key(kCredential) + u'.' + it.key(), tr("Mentor's document: %1").arg(formLabel(it.key())),
            vocabulary::label(Vocab::CredentialType, it->value), *it);
    for (auto it = credentialValidityMonths.cbegin(); it != credentialValidityMonths.cend(); ++it)
        add(key(kValidity) + u'.' + it.key(), tr("Valid from issue: %1").arg(vocabulary::label(Vocab::CredentialType, it.key())),
            tr("%n month(s)", "", it->value), *it);
    add(key(kGrounds), tr("Grounds for replacing a mentor"), labels(Vocab::ReplacementGround, replacementGrounds.value),
        replacementGrounds);
    add(key(kReasons), tr("Reasons for an extension"), labels(Vocab::ExtensionReason, extensionReasons.value), extensionReasons);
    add(key(kExternal), tr("Documents of an external mentor"), labels(Vocab::CredentialType, externalDocuments.value),
        externalDocuments);
    add(key(kExternalPupils), tr("…and for work with pupils"), labels(Vocab::CredentialType, externalDocumentsWithPupils.value),
        externalDocumentsWithPupils);
    add(key(kLabourSince), tr("Supplementary agreement of a staff mentor for pairs from"),
        labourAgreementSince.value.isValid() ? dates::toDisplay(labourAgreementSince.value) : tr("not required"),
        labourAgreementSince);
    add(key(kNotice), tr("Notice before an early completion by the employer"),
        tr("%n working day(s)", "", noticeWorkingDays.value), noticeWorkingDays);
    for (const QString& rule : rules::all()) {
        const Parameter<bool> r = rules.value(rule);
        add(u"rules."_s + rule, RuleEngine::ruleTitle(rule), r.value ? tr("checked") : tr("not checked"), r);
    }
    return rows;
}

QStringList Profile::validate() const
{
    QStringList problems;
    static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9_-]*$"_s);
    if (id.isEmpty())
        problems << tr("Give the profile an id (Latin letters, digits, «-» or «_»).");
    else if (!idPattern.match(id).hasMatch())
        problems << tr("The profile id «%1» may contain only lower-case Latin letters, digits, «-» and «_».").arg(id);
    if (nameRu.trimmed().isEmpty() && nameEn.trimmed().isEmpty())
        problems << tr("Give the profile a name.");

    auto checkCodes = [&problems](const QStringList& list, Vocab vocab, const QString& what) {
        for (const QString& code : list) {
            if (!vocabulary::contains(vocab, code))
                problems << tr("%1: «%2» is not a known code (known: %3).").arg(what, code, vocabulary::codes(vocab).join(u", "));
        }
    };
    if (forms.value.isEmpty())
        problems << tr("The profile needs at least one form of mentoring.");
    checkCodes(forms.value, Vocab::PairForm, tr("Forms of mentoring"));
    checkCodes(groupForms.value, Vocab::PairForm, tr("Group forms"));
    for (const QString& form : groupForms.value) {
        if (vocabulary::contains(Vocab::PairForm, form) && !forms.value.contains(form))
            problems << tr("The group form «%1» is not among the profile's forms.").arg(form);
    }
    if (maxMentees.value && *maxMentees.value < 1)
        problems << tr("The cap on mentees must be at least 1 (leave it empty for no cap).");
    for (auto it = maxMenteesByForm.cbegin(); it != maxMenteesByForm.cend(); ++it) {
        if (!vocabulary::contains(Vocab::PairForm, it.key()))
            problems << tr("The cap on mentees is given for «%1», which is not a known form.").arg(it.key());
        if (it->value < 1)
            problems << tr("The cap on mentees for «%1» must be at least 1.").arg(it.key());
    }
    if (durationMaxMonths.value && *durationMaxMonths.value < 1)
        problems << tr("The longest term must be at least 1 month.");
    if (durationMinMonths.value && *durationMinMonths.value < 0)
        problems << tr("The shortest term cannot be negative.");
    if (durationMaxMonths.value && durationMinMonths.value && *durationMinMonths.value > *durationMaxMonths.value)
        problems << tr("The shortest term (%1 months) is longer than the longest (%2 months).")
                        .arg(*durationMinMonths.value)
                        .arg(*durationMaxMonths.value);
    if (planDeadlineDays.value && *planDeadlineDays.value < 0)
        problems << tr("The plan deadline cannot be negative.");
    if (reportDeadlineDays.value && *reportDeadlineDays.value < 0)
        problems << tr("The report deadline cannot be negative.");
    for (auto it = experienceByForm.cbegin(); it != experienceByForm.cend(); ++it) {
        if (!vocabulary::contains(Vocab::PairForm, it.key()))
            problems << tr("A minimum of experience is given for «%1», which is not a known form.").arg(it.key());
        if (!kExperienceKinds.contains(it->value.kind))
            problems << tr("The experience required for «%1» must be pedagogical, managerial or methodical, not «%2».")
                            .arg(it.key(), it->value.kind);
        if (it->value.years < 0)
            problems << tr("The years of experience required for «%1» cannot be negative.").arg(it.key());
    }
    for (auto it = credentialByForm.cbegin(); it != credentialByForm.cend(); ++it) {
        if (!vocabulary::contains(Vocab::PairForm, it.key()))
            problems << tr("A credential is required for «%1», which is not a known form.").arg(it.key());
        if (!vocabulary::contains(Vocab::CredentialType, it->value))
            problems << tr("The credential required for «%1» is «%2», which is not a known type.").arg(it.key(), it->value);
    }
    for (auto it = credentialValidityMonths.cbegin(); it != credentialValidityMonths.cend(); ++it) {
        if (!vocabulary::contains(Vocab::CredentialType, it.key()))
            problems << tr("A validity is given for «%1», which is not a known credential type.").arg(it.key());
        if (it->value < 1)
            problems << tr("The validity of «%1» must be at least 1 month.").arg(it.key());
    }
    checkCodes(replacementGrounds.value, Vocab::ReplacementGround, tr("Grounds for replacement"));
    checkCodes(extensionReasons.value, Vocab::ExtensionReason, tr("Reasons for extension"));
    checkCodes(externalDocuments.value, Vocab::CredentialType, tr("Documents of external mentors"));
    checkCodes(externalDocumentsWithPupils.value, Vocab::CredentialType, tr("Documents of external mentors of pupils"));
    if (noticeWorkingDays.value < 0)
        problems << tr("The notice before an early completion cannot be negative.");

    const QStringList known = rules::all();
    for (auto it = rules.cbegin(); it != rules.cend(); ++it) {
        if (!known.contains(it.key()))
            problems << tr("«%1» is not a rule of the application (known: %2).").arg(it.key(), known.join(u", "));
    }
    // A rule that is on must have the numbers it checks against.
    auto needs = [&](const char16_t* rule, bool present, const QString& what) {
        if (isEnabled(QString::fromUtf16(rule)) && !present)
            problems << tr("The rule %1 is on, but %2 is not set.").arg(QString::fromUtf16(rule), what);
    };
    needs(rules::DurationMax, durationMaxMonths.value.has_value(), tr("the longest term"));
    needs(rules::DurationMin, durationMinMonths.value.has_value(), tr("the shortest term"));
    needs(rules::PlanDeadline, planDeadlineDays.value.has_value(), tr("the plan deadline"));
    needs(rules::ReportDeadline, reportDeadlineDays.value.has_value(), tr("the report deadline"));
    needs(rules::ReplacementGround, !replacementGrounds.value.isEmpty(), tr("the list of grounds for replacement"));
    needs(rules::ExtensionReason, !extensionReasons.value.isEmpty(), tr("the list of reasons for extension"));
    needs(rules::MentorConsent, labourAgreementSince.value.isValid(), tr("the date from which the supplementary agreement is required"));
    return problems;
}

QJsonObject Profile::toJson() const
{
    auto list = [](const QStringList& l) { return QJsonArray::fromStringList(l); };
    QJsonObject params;
    params.insert(key(kForms), meta(forms, list(forms.value)));
    params.insert(key(kGroupForms), meta(groupForms, list(groupForms.value)));
    params.insert(key(kMaxMentees), meta(maxMentees, optionalInt(maxMentees.value)));
    QJsonObject byForm;
    for (auto it = maxMenteesByForm.cbegin(); it != maxMenteesByForm.cend(); ++it)
        byForm.insert(it.key(), meta(*it, it->value));
    params.insert(key(kMaxMenteesByForm), byForm);
    params.insert(key(kDurationMax), meta(durationMaxMonths, optionalInt(durationMaxMonths.value)));
    params.insert(key(kDurationMin), meta(durationMinMonths, optionalInt(durationMinMonths.value)));
    params.insert(key(kPlanDeadline), meta(planDeadlineDays, optionalInt(planDeadlineDays.value)));
    params.insert(key(kReportDeadline), meta(reportDeadlineDays, optionalInt(reportDeadlineDays.value)));
    QJsonObject experience;
    for (auto it = experienceByForm.cbegin(); it != experienceByForm.cend(); ++it)
        experience.insert(it.key(), meta(*it, QJsonObject{{u"kind"_s, it->value.kind}, {u"years"_s, it->value.years}}));
    params.insert(key(kExperience), experience);
    QJsonObject credentials;
    for (auto it = credentialByForm.cbegin(); it != credentialByForm.cend(); ++it)
        credentials.insert(it.key(), meta(*it, it->value));
    params.insert(key(kCredential), credentials);
    QJsonObject validity;
    for (auto it = credentialValidityMonths.cbegin(); it != credentialValidityMonths.cend(); ++it)
        validity.insert(it.key(), meta(*it, it->value));
    params.insert(key(kValidity), validity);
    params.insert(key(kGrounds), meta(replacementGrounds, list(replacementGrounds.value)));
    params.insert(key(kReasons), meta(extensionReasons, list(extensionReasons.value)));
    params.insert(key(kExternal), meta(externalDocuments, list(externalDocuments.value)));
    params.insert(key(kExternalPupils), meta(externalDocumentsWithPupils, list(externalDocumentsWithPupils.value)));
    params.insert(key(kLabourSince),
                  meta(labourAgreementSince,
                       labourAgreementSince.value.isValid() ? QJsonValue(dates::toIso(labourAgreementSince.value))
                                                            : QJsonValue(QJsonValue::Null)));
    params.insert(key(kNotice), meta(noticeWorkingDays, noticeWorkingDays.value));

    QJsonObject ruleObject;
    for (auto it = rules.cbegin(); it != rules.cend(); ++it)
        ruleObject.insert(it.key(), meta(*it, it->value, u"enabled"_s));

    QJsonObject o;
    o.insert(u"format"_s, u"nastavnik-profile"_s);
    o.insert(u"version"_s, 1);
    o.insert(u"id"_s, id);
    o.insert(u"base"_s, base);
    o.insert(u"name"_s, QJsonObject{{u"ru"_s, nameRu}, {u"en"_s, nameEn}});
    o.insert(u"source"_s, source);
    o.insert(u"parameters"_s, params);
    o.insert(u"rules"_s, ruleObject);
    return o;
}

Result<Profile> Profile::fromJson(const QJsonObject& json, const QString& where)
{
    Reader r;
    Profile p;
    if (json.value(u"format"_s).toString() != u"nastavnik-profile")
        r.errors << tr("«format» must be «nastavnik-profile».");
    if (const QJsonValue version = json.value(u"version"_s); version.toInt() != 1)
        r.errors << tr("«version» must be 1 (this version of the application reads version 1).");
    p.id = json.value(u"id"_s).toString();
    p.base = json.value(u"base"_s).toString();
    if (p.base.isEmpty())
        p.base = p.id;
    const QJsonObject name = json.value(u"name"_s).toObject();
    p.nameRu = name.value(u"ru"_s).toString();
    p.nameEn = name.value(u"en"_s).toString();
    p.source = json.value(u"source"_s).toString();

    const QJsonObject params = json.value(u"parameters"_s).toObject();
    r.listParam(params, kForms, &p.forms);
    r.listParam(params, kGroupForms, &p.groupForms);
    r.optionalIntParam(params, kMaxMentees, &p.maxMentees);
    r.mapParam(params, kMaxMenteesByForm, &p.maxMenteesByForm,
               [&r](const QJsonValue& v, const QString& path, Parameter<int>* out) { r.intParam(v, path, out); });
    r.optionalIntParam(params, kDurationMax, &p.durationMaxMonths);
    r.optionalIntParam(params, kDurationMin, &p.durationMinMonths);
    r.optionalIntParam(params, kPlanDeadline, &p.planDeadlineDays);
    r.optionalIntParam(params, kReportDeadline, &p.reportDeadlineDays);
    r.mapParam(params, kExperience, &p.experienceByForm,
               [&r](const QJsonValue& v, const QString& path, Parameter<ExperienceRequirement>* out) {
                   QJsonValue value;
                   if (!r.metaOf(v, path, out, &value))
                       return;
                   const QJsonObject o = value.toObject();
                   if (!value.isObject() || !o.value(u"kind"_s).isString() || !Reader::isInt(o.value(u"years"_s))) {
                       r.errors << r.typeError(path + u".value"_s, tr("an object with «kind» and «years»"));
                       return;
                   }
                   out->value = {o.value(u"kind"_s).toString(), o.value(u"years"_s).toInt()};
               });
    r.mapParam(params, kCredential, &p.credentialByForm,
               [&r](const QJsonValue& v, const QString& path, Parameter<QString>* out) {
                   QJsonValue value;
                   if (!r.metaOf(v, path, out, &value))
                       return;
                   if (!value.isString())
                       r.errors << r.typeError(path + u".value"_s, tr("a credential type"));
                   out->value = value.toString();
               });
    r.mapParam(params, kValidity, &p.credentialValidityMonths,
               [&r](const QJsonValue& v, const QString& path, Parameter<int>* out) { r.intParam(v, path, out); });
    r.listParam(params, kGrounds, &p.replacementGrounds);
    r.listParam(params, kReasons, &p.extensionReasons);
    r.listParam(params, kExternal, &p.externalDocuments);
    r.listParam(params, kExternalPupils, &p.externalDocumentsWithPupils);
    if (const QJsonValue v = params.value(key(kLabourSince)); !v.isUndefined()) {
        const QString path = u"parameters."_s + key(kLabourSince);
        QJsonValue value;
        if (r.metaOf(v, path, &p.labourAgreementSince, &value)) {
            p.labourAgreementSince.value = dates::parseIso(value.toString());
            if (!value.isNull() && !p.labourAgreementSince.value.isValid())
                r.errors << r.typeError(path + u".value"_s, tr("a date YYYY-MM-DD or null"));
        }
    }
    if (const QJsonValue v = params.value(key(kNotice)); !v.isUndefined())
        r.intParam(v, u"parameters."_s + key(kNotice), &p.noticeWorkingDays);

    const QJsonValue rulesValue = json.value(u"rules"_s);
    if (!rulesValue.isObject()) {
        r.errors << r.typeError(u"rules"_s, tr("an object: rule id → {enabled, clause}"));
    } else {
        const QJsonObject o = rulesValue.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            Parameter<bool> rule;
            QJsonValue enabled;
            const QString path = u"rules."_s + it.key();
            if (!r.metaOf(it.value(), path, &rule, &enabled, u"enabled"_s))
                continue;
            if (!enabled.isBool())
                r.errors << r.typeError(path + u".enabled"_s, tr("true or false"));
            rule.value = enabled.toBool();
            p.rules.insert(it.key(), rule);
        }
    }
    if (!r.errors.isEmpty())
        return Result<Profile>::failure(tr("The provision profile %1 cannot be read: %2").arg(where, r.errors.join(u' ')));
    return p;
}

// ---- Profiles ----

QList<Profile> Profiles::builtIn()
{
    static const QList<Profile> profiles = [] {
        QList<Profile> result;
        for (const QString& id : builtInIds()) {
            QFile file(u":/profiles/"_s + id + u".json"_s);
            if (!file.open(QIODevice::ReadOnly)) {
                qWarning("The built-in profile %s is missing from the resources", qPrintable(id));
                continue;
            }
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
            Result<Profile> p = Profile::fromJson(doc.object(), file.fileName());
            if (error.error != QJsonParseError::NoError || !p) {
                qWarning("The built-in profile %s is invalid: %s %s", qPrintable(id), qPrintable(error.errorString()),
                         qPrintable(p.error()));
                continue;
            }
            p->builtIn = true;
            if (const QStringList problems = p->validate(); !problems.isEmpty())
                qWarning("The built-in profile %s is invalid: %s", qPrintable(id), qPrintable(problems.join(u' ')));
            result << p.value();
        }
        return result;
    }();
    return profiles;
}

QStringList Profiles::builtInIds()
{
    return {u"school"_s, u"municipal"_s, u"civil-service"_s, u"reserve"_s};
}

bool Profiles::isBuiltIn(const QString& id)
{
    return builtInIds().contains(id);
}

Result<Profile> Profiles::find(const QList<Profile>& profiles, const QString& id)
{
    QStringList known;
    for (const Profile& p : profiles) {
        if (p.id == id)
            return p;
        known << p.id;
    }
    if (id.isEmpty())
        return Result<Profile>::failure(tr("No provision profile is chosen. Known profiles: %1.").arg(known.join(u", ")));
    return Result<Profile>::failure(tr("Unknown provision profile «%1». Known profiles: %2.").arg(id, known.join(u", ")));
}

} // namespace nastavnik
