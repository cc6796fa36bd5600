#pragma once

#include "domain/Dataset.h"
#include "storage/Cursor.h"

#include <QSqlQuery>
#include <QString>

namespace nastavnik::record {

// The person table's columns in one place, shared by the single-person repository and the
// bulk loader/writer of whole datasets, so the two can never disagree.

/// Columns of `person` after the id, in the order `bindPerson` binds and `readPerson` reads.
QString personColumns();
/// The columns `readPerson` reads, in its order (`personColumns` without the derived search text).
QString personReadColumns();
/// "?, ?, …" for the columns above plus the id.
QString personPlaceholders();
/// "last_name = ?, …" for an UPDATE (the id is bound last).
QString personAssignments();
/// Binds every column (in `personColumns` order), then the id.
void bindPerson(QSqlQuery& query, const Person& person);
/// The values `bindPerson` binds, in its order.
QVariantList personValues(const Person& person);
/// The names of the columns `personValues` gives, the id last (for a sql::BulkInsert).
QStringList personColumnList();
/// Reads the columns starting at `first`; credentials are not read.
Person readPerson(const QSqlQuery& query, int first);
/// The same from a sql::Cursor.
Person readPerson(const sql::Cursor& cursor, int first);
/// "id, type, number, issued, valid_until, note" of `credential`, in the order `readCredential`
/// reads them.
QString credentialColumns();
/// Reads the columns of `credentialColumns` starting at `first`. Without `withNote` the note is
/// left empty.
Credential readCredential(const QSqlQuery& query, int first, bool withNote = true);
/// The same from a sql::Cursor.
Credential readCredential(const sql::Cursor& cursor, int first, bool withNote = true);
/// "id, person_id, type, signed_by, date, withdrawn, note" of `consent`, in the order
/// `readConsent` reads them.
QString consentColumns();
/// Reads the columns of `consentColumns` starting at `first`. Without `withNote` the note is
/// left empty.
Consent readConsent(const QSqlQuery& query, int first, bool withNote = true);
/// The same from a sql::Cursor.
Consent readConsent(const sql::Cursor& cursor, int first, bool withNote = true);

QString categoriesToJson(const QStringList& list);
QStringList categoriesFromJson(const QString& json);
QString nameFormsToJson(const QMap<QString, QString>& forms);
QMap<QString, QString> nameFormsFromJson(const QString& json);

} // namespace nastavnik::record
