#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace nastavnik {

/// One answer of the preference survey after the group meeting (002, roadmap: «анкетирование
/// на предмет предпочитаемого наставника/наставляемого»): `person` would like to work with
/// `preferred`; rank 1 is the first choice.
struct Preference
{
    qint64 rowId = 0;
    QString person;
    QString preferred;
    int rank = 1;
    QDate date;

    bool operator==(const Preference&) const = default;
};

/// The answers of the preference survey (table `preference`).
class PreferenceRepository
{
    Q_DECLARE_TR_FUNCTIONS(PreferenceRepository)

public:
    explicit PreferenceRepository(const QSqlDatabase& db);

    /// Every answer, by person and rank.
    Result<QList<Preference>> list() const;
    /// The answers of `personId`, by rank.
    Result<QList<Preference>> of(const QString& personId) const;

    /// Problems of one person's answers: people exist, nobody prefers themselves or names the
    /// same person twice.
    QStringList validate(const QString& personId, const QList<Preference>& answers) const;
    /// Replaces the answers of `personId` with `answers` (ranks as given). One transaction.
    Status setFor(const QString& personId, const QList<Preference>& answers);
    /// Adds many answers at once (the demo, imports), replacing those of the same pairs of people.
    Status insertMany(const QList<Preference>& answers);
    /// Removes one answer.
    Status remove(qint64 rowId);

private:
    QSqlDatabase m_db;
};

} // namespace nastavnik
