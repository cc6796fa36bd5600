#pragma once

#include "domain/Dataset.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace nastavnik {

/// The meetings log of a pair (002 roadmap: first, trial, planning, regular, final meetings).
class MeetingRepository
{
    Q_DECLARE_TR_FUNCTIONS(MeetingRepository)

public:
    explicit MeetingRepository(const QSqlDatabase& db);

    /// The pair's meetings by date.
    Result<QList<Meeting>> list(const QString& pairId) const;
    static QStringList validate(const Meeting& meeting);

    /// Adds a meeting; returns its storage id.
    Result<qint64> add(const QString& pairId, const Meeting& meeting);
    /// Changes the meeting `meeting.rowId`.
    Status update(const Meeting& meeting);
    Status remove(qint64 rowId);
    /// Stores the pair's log as given (new ones added, changed ones updated, missing ones
    /// removed) in one transaction.
    Status save(const QString& pairId, const QList<Meeting>& meetings);

    /// The date of the last meeting on or before `today`, or invalid.
    static QDate lastMeeting(const QList<Meeting>& meetings, const QDate& today);

private:
    QSqlDatabase m_db;
};

} // namespace nastavnik
