#include "storage/PersonRecord.h"

#include "storage/PeopleRepository.h"
#include "storage/SqlHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace nastavnik::record {
namespace {
const QStringList& columns()
{
    static const QStringList list = {
        u"last_name"_s,         u"first_name"_s,       u"middle_name"_s,      u"birth_date"_s,
        u"gender"_s,            u"kind"_s,             u"external"_s,         u"position"_s,
        u"unit"_s,              u"supervisor_id"_s,    u"pedagogical_years"_s, u"managerial_years"_s,
        u"methodical_years"_s,  u"disciplinary_sanction"_s, u"mentee_categories"_s, u"mentor_base"_s,
        u"mentee_base"_s,       u"request"_s,          u"competencies"_s,     u"phone"_s,
        u"email"_s,             u"note"_s,             u"archived"_s,         u"name_forms"_s,
        u"search_text"_s,
    };
    return list;
}
} // namespace

QString personColumns()
{
    return columns().join(u", "_s);
}

QString personReadColumns()
{
    static const QString list = [] {
        QStringList read = columns();
        read.removeOne(u"search_text"_s);
        return read.join(u", "_s);
    }();
    return list;
}

QString personPlaceholders()
{
    QStringList marks(columns().size() + 1, u"?"_s);
    return marks.join(u", "_s);
}

QString personAssignments()
{
    QStringList parts;
    for (const QString& c : columns())
        parts << c + u" = ?"_s;
    return parts.join(u", "_s);
}

QVariantList personValues(const Person& p)
{
    return {sql::text(p.lastName), sql::text(p.firstName), sql::text(p.middleName), sql::date(p.birthDate),
            sql::text(p.gender), sql::text(p.kind), p.external, sql::text(p.position), sql::text(p.unit),
            sql::ref(p.supervisor), sql::optionalInt(p.pedagogicalYears), sql::optionalInt(p.managerialYears),
            sql::optionalInt(p.methodicalYears), p.disciplinarySanction, categoriesToJson(p.menteeCategories),
            p.mentorBase, p.menteeBase, sql::text(p.request), sql::text(p.competencies), sql::text(p.phone),
            sql::text(p.email), sql::text(p.note), p.archived, nameFormsToJson(p.nameForms),
            PeopleRepository::searchText(p), p.id};
}

QStringList personColumnList()
{
    return columns() + QStringList{u"id"_s};
}

void bindPerson(QSqlQuery& q, const Person& p)
{
    const QVariantList values = personValues(p);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
}

namespace {

/// One reader for both row sources (sql::QueryRow, sql::Cursor).
template<typename Row>
Person readPersonRow(const Row& row, int i)
{
    Person p;
    p.lastName = row.text(i++);
    p.firstName = row.text(i++);
    p.middleName = row.text(i++);
    p.birthDate = row.date(i++);
    p.gender = row.text(i++);
    p.kind = row.text(i++);
    p.external = row.integer(i++) != 0;
    p.position = row.text(i++);
    p.unit = row.text(i++);
    p.supervisor = row.text(i++);
    p.pedagogicalYears = row.optionalInteger(i++);
    p.managerialYears = row.optionalInteger(i++);
    p.methodicalYears = row.optionalInteger(i++);
    p.disciplinarySanction = row.integer(i++) != 0;
    p.menteeCategories = categoriesFromJson(row.text(i++));
    p.mentorBase = row.integer(i++) != 0;
    p.menteeBase = row.integer(i++) != 0;
    p.request = row.text(i++);
    p.competencies = row.text(i++);
    p.phone = row.text(i++);
    p.email = row.text(i++);
    p.note = row.text(i++);
    p.archived = row.integer(i++) != 0;
    p.nameForms = nameFormsFromJson(row.text(i++));
    return p;
}

} // namespace

Person readPerson(const QSqlQuery& q, int i)
{
    return readPersonRow(sql::QueryRow{q}, i);
}

Person readPerson(const sql::Cursor& cursor, int i)
{
    return readPersonRow(cursor, i);
}

QString categoriesToJson(const QStringList& list)
{
    if (list.isEmpty())
        return u"[]"_s;
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList categoriesFromJson(const QString& json)
{
    QStringList result;
    if (json.size() <= 2)
        return result;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array())
        result << v.toString();
    return result;
}

QString nameFormsToJson(const QMap<QString, QString>& forms)
{
    if (forms.isEmpty())
        return u"{}"_s;
    QJsonObject o;
    for (auto it = forms.cbegin(); it != forms.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> nameFormsFromJson(const QString& json)
{
    QMap<QString, QString> result;
    if (json.size() <= 2)
        return result;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        result.insert(it.key(), it.value().toString());
    return result;
}

QString credentialColumns()
{
    return u"id, type, number, issued, valid_until, note"_s;
}

namespace {

/// One reader for both row sources (sql::QueryRow, sql::Cursor).
template<typename Row>
Credential readCredentialRow(const Row& row, int i, bool withNote)
{
    Credential c;
    c.rowId = row.integer(i);
    c.type = row.text(i + 1);
    c.number = row.text(i + 2);
    c.issued = row.date(i + 3);
    c.validUntil = row.date(i + 4);
    if (withNote)
        c.note = row.text(i + 5);
    return c;
}

} // namespace

Credential readCredential(const QSqlQuery& q, int i, bool withNote)
{
    return readCredentialRow(sql::QueryRow{q}, i, withNote);
}

Credential readCredential(const sql::Cursor& cursor, int i, bool withNote)
{
    return readCredentialRow(cursor, i, withNote);
}

QString consentColumns()
{
    return u"id, person_id, type, signed_by, date, withdrawn, note"_s;
}

namespace {

/// One reader for both row sources (sql::QueryRow, sql::Cursor).
template<typename Row>
Consent readConsentRow(const Row& row, int i, bool withNote)
{
    Consent c;
    c.id = row.text(i);
    c.person = row.text(i + 1);
    c.type = row.text(i + 2);
    c.signedBy = row.text(i + 3);
    c.date = row.date(i + 4);
    c.withdrawn = row.date(i + 5);
    if (withNote)
        c.note = row.text(i + 6);
    return c;
}

} // namespace

Consent readConsent(const QSqlQuery& q, int i, bool withNote)
{
    return readConsentRow(sql::QueryRow{q}, i, withNote);
}

Consent readConsent(const sql::Cursor& cursor, int i, bool withNote)
{
    return readConsentRow(cursor, i, withNote);
}

} // namespace nastavnik::record
