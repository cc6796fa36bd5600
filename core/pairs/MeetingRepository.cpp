#include "pairs/MeetingRepository.h"

#include "domain/Vocabulary.h"
#include "storage/SqlHelpers.h"
#include "storage/Transaction.h"
#include "util/Dates.h"

#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nastavnik {

MeetingRepository::MeetingRepository(const QSqlDatabase& db)
    : m_db(db)
{
}

Result<QList<Meeting>> MeetingRepository::list(const QString& pairId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, date, kind, topic, notes FROM meeting WHERE pair_id = ? ORDER BY date, id"_s);
    q.addBindValue(pairId);
    if (!q.exec())
        return Result<QList<Meeting>>::failure(
            tr("The meetings could not be read: %1").arg(sql::errorText(q)));
    QList<Meeting> result;
    while (q.next())
        result << Meeting { q.value(0).toLongLong(),
                            sql::toDate(q.value(1)),
                            q.value(2).toString(),
                            q.value(3).toString(),
                            q.value(4).toString() };
    return result;
}

QStringList MeetingRepository::validate(const Meeting& m)
{
    QStringList problems;
    const QString which = m.date.isValid() ? tr("the meeting of %1").arg(dates::toDisplay(m.date))
                                           : tr("a meeting «%1»").arg(m.topic.trimmed());
    if (!m.date.isValid())
        problems << tr("Meetings: give the date of %1.").arg(which);
    if (!vocabulary::contains(Vocab::MeetingKind, m.kind))
        problems
            << tr("Meetings, %1: the kind «%2» is unknown; choose first, trial, planning, regular or final.")
                   .arg(which, m.kind);
    return problems;
}

Result<qint64> MeetingRepository::add(const QString& pairId, const Meeting& m)
{
    if (const QStringList problems = validate(m); !problems.isEmpty())
        return Result<qint64>::failure(problems.join(u' '));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Result<qint64>::failure(tx.error());
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO meeting (pair_id, date, kind, topic, notes) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(pairId);
    q.addBindValue(sql::date(m.date));
    q.addBindValue(sql::text(m.kind));
    q.addBindValue(sql::text(m.topic.trimmed()));
    q.addBindValue(sql::text(m.notes.trimmed()));
    if (!q.exec())
        return Result<qint64>::failure(
            tr("The meeting could not be saved: %1. Check that the pair exists.").arg(sql::errorText(q)));
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = tx.commit(); !s)
        return Result<qint64>::failure(s.error());
    return id;
}

Status MeetingRepository::update(const Meeting& m)
{
    if (const QStringList problems = validate(m); !problems.isEmpty())
        return Status::failure(problems.join(u' '));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE meeting SET date = ?, kind = ?, topic = ?, notes = ? WHERE id = ?"_s);
    q.addBindValue(sql::date(m.date));
    q.addBindValue(sql::text(m.kind));
    q.addBindValue(sql::text(m.topic.trimmed()));
    q.addBindValue(sql::text(m.notes.trimmed()));
    q.addBindValue(m.rowId);
    if (!q.exec())
        return Status::failure(tr("The meeting could not be saved: %1").arg(sql::errorText(q)));
    if (q.numRowsAffected() == 0)
        return Status::failure(tr("The meeting is no longer in the database (it may have been deleted)."));
    return tx.commit();
}

Status MeetingRepository::remove(qint64 rowId)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM meeting WHERE id = ?"_s);
    q.addBindValue(rowId);
    if (!q.exec())
        return Status::failure(tr("The meeting could not be deleted: %1").arg(sql::errorText(q)));
    return tx.commit();
}

Status MeetingRepository::save(const QString& pairId, const QList<Meeting>& meetings)
{
    QStringList problems;
    for (const Meeting& m : meetings)
        problems << validate(m);
    if (!problems.isEmpty())
        return Status::failure(problems.join(u' '));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    const Result<QList<Meeting>> stored = list(pairId);
    if (!stored)
        return stored.status();
    QSet<qint64> present;
    for (const Meeting& m : stored.value())
        present.insert(m.rowId);
    QSet<qint64> keep;
    for (const Meeting& m : meetings) {
        if (m.rowId && present.contains(m.rowId)) {
            keep.insert(m.rowId);
            if (stored->contains(m))
                continue;
            if (Status s = update(m); !s)
                return s;
        } else if (Result<qint64> id = add(pairId, m); !id) {
            return id.status();
        }
    }
    for (qint64 id : std::as_const(present)) {
        if (!keep.contains(id)) {
            if (Status s = remove(id); !s)
                return s;
        }
    }
    return tx.commit();
}

QDate MeetingRepository::lastMeeting(const QList<Meeting>& meetings, const QDate& today)
{
    QDate last;
    for (const Meeting& m : meetings) {
        if (m.date.isValid() && m.date <= today && (!last.isValid() || m.date > last))
            last = m.date;
    }
    return last;
}

} // namespace nastavnik
