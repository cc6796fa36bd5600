#include "exchange/ExchangeWriter.h"

#include "exchange/Exchange.h"
#include "exchange/JsonWriter.h"

#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace nastavnik::exchange {

const QList<ExchangeWriter::Section>& ExchangeWriter::sections()
{
    static const QList<Section> list = {
        {"organization"_L1, &ExchangeWriter::writeOrganization, nullptr},
        {"people"_L1, &ExchangeWriter::writePeople, nullptr},
        {"consents"_L1, &ExchangeWriter::writeConsents, nullptr},
        {"orders"_L1, &ExchangeWriter::writeOrders, nullptr},
        {"pairs"_L1, &ExchangeWriter::writePairs, nullptr},
        // Additional sections (README, "Exchange format: additional keys"), only when not empty.
        {"roadmaps"_L1, &ExchangeWriter::writeRoadmaps, [](const Dataset& d) { return d.monitoring.roadmaps.isEmpty(); }},
        {"questionnaires"_L1, &ExchangeWriter::writeQuestionnaires,
         [](const Dataset& d) { return d.monitoring.questionnaires.isEmpty(); }},
        {"responses"_L1, &ExchangeWriter::writeResponses, [](const Dataset& d) { return d.monitoring.responses.isEmpty(); }},
        {"tests"_L1, &ExchangeWriter::writeTests, [](const Dataset& d) { return d.monitoring.tests.isEmpty(); }},
        {"test_results"_L1, &ExchangeWriter::writeTestResults,
         [](const Dataset& d) { return d.monitoring.testResults.isEmpty(); }},
        {"swot"_L1, &ExchangeWriter::writeSwots, [](const Dataset& d) { return d.monitoring.swots.isEmpty(); }},
        {"evaluations"_L1, &ExchangeWriter::writeEvaluations,
         [](const Dataset& d) { return d.monitoring.evaluations.isEmpty(); }},
    };
    return list;
}

QByteArray ExchangeWriter::write(const Dataset& data)
{
    QByteArray out;
    // A rough size, so that the buffer grows a few times at most even at the benchmark scale.
    qsizetype estimate = 4096 + data.people.size() * 900 + data.consents.size() * 130 + data.orders.size() * 400;
    for (const Pair& p : data.pairs)
        estimate += 700 + p.planItems.size() * 160 + p.meetings.size() * 110 + p.events.size() * 150;
    out.reserve(estimate);

    JsonWriter json(&out);
    json.beginObject();
    json.field("format"_L1, QString(kFormat));
    json.field("version"_L1, kVersion);
    for (const Section& s : sections()) {
        if (s.skip && s.skip(data))
            continue;
        json.key(s.key);
        s.write(json, data);
    }
    json.endObject();
    json.finish();
    return out;
}

Status ExchangeWriter::writeFile(const Dataset& data, const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QByteArray bytes = write(data);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Status::failure(tr("The file «%1» could not be written: %2. Choose a folder where you may write.")
                                   .arg(shown, file.errorString()));
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return Status::failure(tr("The file «%1» could not be written: %2. Check the free space on the disk; "
                                  "an older file of that name was left as it was.")
                                   .arg(shown, file.errorString()));
    }
    return Status::success();
}

void ExchangeWriter::writeOrganization(JsonWriter& json, const Dataset& data)
{
    const Organization& o = data.organization;
    json.beginObject();
    json.field("name"_L1, o.name);
    json.field("place"_L1, o.place);
    json.referenceField("head"_L1, o.head);
    json.referenceField("curator"_L1, o.curator);
    json.field("profile"_L1, o.profile);
    // additional
    json.field("short_name"_L1, o.shortName);
    json.field("address"_L1, o.address);
    json.field("head_position"_L1, o.headPosition);
    json.field("order_suffix"_L1, o.orderSuffix);
    json.endObject();
}

void ExchangeWriter::writePeople(JsonWriter& json, const Dataset& data)
{
    json.beginArray();
    for (const Person& p : data.people)
        writePerson(json, p);
    json.endArray();
}

void ExchangeWriter::writePerson(JsonWriter& json, const Person& p)
{
    json.beginObject();
    json.field("id"_L1, p.id);
    json.field("last_name"_L1, p.lastName);
    json.field("first_name"_L1, p.firstName);
    json.field("middle_name"_L1, p.middleName);
    json.dateField("birth_date"_L1, p.birthDate);
    json.field("kind"_L1, p.kind);
    json.field("external"_L1, p.external);
    json.field("position"_L1, p.position);
    json.field("unit"_L1, p.unit);
    json.referenceField("supervisor"_L1, p.supervisor);
    json.key("experience_years"_L1);
    json.beginObject(true);
    json.key("pedagogical"_L1);
    json.years(p.pedagogicalYears);
    json.key("managerial"_L1);
    json.years(p.managerialYears);
    json.key("methodical"_L1);
    json.years(p.methodicalYears);
    json.endObject();
    json.field("disciplinary_sanction"_L1, p.disciplinarySanction);
    json.stringArrayField("mentee_categories"_L1, p.menteeCategories);
    json.key("credentials"_L1);
    json.beginArray(p.credentials.isEmpty());
    for (const Credential& c : p.credentials) {
        json.beginObject(true);
        json.field("type"_L1, c.type);
        json.field("number"_L1, c.number);
        json.dateField("issued"_L1, c.issued);
        json.dateField("valid_until"_L1, c.validUntil);
        if (!c.note.isEmpty())
            json.field("note"_L1, c.note);
        json.endObject();
    }
    json.endArray();

    // additional keys, when they differ from a new person's
    if (!p.gender.isEmpty())
        json.field("gender"_L1, p.gender);
    if (p.mentorBase)
        json.field("mentor_base"_L1, true);
    if (p.menteeBase)
        json.field("mentee_base"_L1, true);
    if (!p.request.isEmpty())
        json.field("request"_L1, p.request);
    if (!p.competencies.isEmpty())
        json.field("competencies"_L1, p.competencies);
    if (!p.phone.isEmpty())
        json.field("phone"_L1, p.phone);
    if (!p.email.isEmpty())
        json.field("email"_L1, p.email);
    if (!p.note.isEmpty())
        json.field("note"_L1, p.note);
    if (p.archived)
        json.field("archived"_L1, true);
    if (!p.nameForms.isEmpty()) {
        json.key("name_forms"_L1);
        json.beginObject(true);
        for (auto it = p.nameForms.cbegin(); it != p.nameForms.cend(); ++it) {
            json.key(it.key());
            json.value(it.value());
        }
        json.endObject();
    }
    json.endObject();
}

void ExchangeWriter::writeConsents(JsonWriter& json, const Dataset& data)
{
    json.beginArray();
    for (const Consent& c : data.consents) {
        json.beginObject(true);
        json.field("id"_L1, c.id);
        json.field("person"_L1, c.person);
        json.field("type"_L1, c.type);
        json.referenceField("signed_by"_L1, c.signedBy);
        json.dateField("date"_L1, c.date);
        json.dateField("withdrawn"_L1, c.withdrawn);
        if (!c.note.isEmpty())
            json.field("note"_L1, c.note);
        json.endObject();
    }
    json.endArray();
}

void ExchangeWriter::writeOrders(JsonWriter& json, const Dataset& data)
{
    const Order defaults;
    json.beginArray();
    for (const Order& o : data.orders) {
        json.beginObject();
        json.field("id"_L1, o.id);
        json.field("number"_L1, o.number);
        json.dateField("date"_L1, o.date);
        json.field("type"_L1, o.type);
        json.stringArrayField("pairs"_L1, o.pairs);
        // additional
        if (!o.heading.isEmpty())
            json.field("heading"_L1, o.heading);
        if (o.status != defaults.status)
            json.field("status"_L1, o.status);
        if (!o.people.isEmpty())
            json.stringArrayField("people"_L1, o.people);
        if (!o.text.isEmpty())
            json.field("text"_L1, o.text);
        json.endObject();
    }
    json.endArray();
}

void ExchangeWriter::writePairs(JsonWriter& json, const Dataset& data)
{
    json.beginArray();
    for (const Pair& p : data.pairs)
        writePair(json, p);
    json.endArray();
}

void ExchangeWriter::writePair(JsonWriter& json, const Pair& p)
{
    const PlanItem defaultItem;
    json.beginObject();
    json.field("id"_L1, p.id);
    json.field("form"_L1, p.form);
    json.field("mentor"_L1, p.mentor);
    json.stringArrayField("mentees"_L1, p.mentees);
    json.dateField("start"_L1, p.start);
    json.dateField("planned_end"_L1, p.plannedEnd);
    json.dateField("actual_end"_L1, p.actualEnd);
    json.referenceField("order"_L1, p.order);

    json.key("plan"_L1);
    // A plan's items or approval date are never dropped, even if the flag was not set.
    if (p.hasPlan || p.planApproved.isValid() || !p.planItems.isEmpty()) {
        json.beginObject();
        json.dateField("approved"_L1, p.planApproved);
        json.key("items"_L1);
        json.beginArray(p.planItems.isEmpty());
        for (const PlanItem& i : p.planItems) {
            json.beginObject(true);
            json.field("title"_L1, i.title);
            json.dateField("due"_L1, i.due);
            json.dateField("done"_L1, i.done);
            json.field("result"_L1, i.result);
            if (!i.expected.isEmpty())
                json.field("expected"_L1, i.expected);
            if (i.status != defaultItem.status)
                json.field("status"_L1, i.status);
            json.endObject();
        }
        json.endArray();
        json.endObject();
    } else {
        json.null();
    }

    json.key("report"_L1);
    json.beginObject(true);
    json.dateField("date"_L1, p.reportDate);
    json.endObject();
    json.dateField("mentee_questionnaire"_L1, p.menteeQuestionnaire);
    json.key("events"_L1);
    json.beginArray(p.events.isEmpty());
    for (const PairEvent& e : p.events)
        writeEvent(json, e);
    json.endArray();

    // additional
    if (!p.title.isEmpty())
        json.field("title"_L1, p.title);
    if (!p.note.isEmpty())
        json.field("note"_L1, p.note);
    if (!p.meetings.isEmpty()) {
        json.key("meetings"_L1);
        json.beginArray();
        for (const Meeting& m : p.meetings) {
            json.beginObject(true);
            json.dateField("date"_L1, m.date);
            json.field("kind"_L1, m.kind);
            json.field("topic"_L1, m.topic);
            json.field("notes"_L1, m.notes);
            json.endObject();
        }
        json.endArray();
    }
    json.endObject();
}

void ExchangeWriter::writeEvent(JsonWriter& json, const PairEvent& e)
{
    json.beginObject(true);
    json.field("type"_L1, e.type);
    json.dateField("date"_L1, e.date);
    // The contract's keys of the type always; an order on every type (extensions and early
    // completions have orders too); any other field only when it holds something, so that
    // nothing in the data is dropped.
    const bool replacement = e.type == u"replacement";
    const bool extension = e.type == u"extension";
    const bool completion = e.type == u"early_completion";
    if (replacement || !e.newMentor.isEmpty())
        json.referenceField("new_mentor"_L1, e.newMentor);
    if (replacement || !e.ground.isEmpty())
        json.field("ground"_L1, e.ground);
    if (extension || e.newEnd.isValid())
        json.dateField("new_end"_L1, e.newEnd);
    if (extension || !e.reason.isEmpty())
        json.field("reason"_L1, e.reason);
    if (completion || e.noticeDate.isValid())
        json.dateField("notice_date"_L1, e.noticeDate);
    if (completion || !e.initiator.isEmpty())
        json.field("initiator"_L1, e.initiator);
    json.referenceField("order"_L1, e.order);
    if (!e.note.isEmpty())
        json.field("note"_L1, e.note);
    json.endObject();
}

} // namespace nastavnik::exchange
