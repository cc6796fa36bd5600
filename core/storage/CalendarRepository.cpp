#include "storage/CalendarRepository.h"

#include "storage/SqlHelpers.h"
#include "storage/Transaction.h"
#include "util/Dates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nastavnik {

namespace {

QString toJson(QList<QDate> list)
{
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    QJsonArray array;
    for (const QDate& d : std::as_const(list))
        array.append(dates::toIso(d));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

/// False when the text is not a JSON array of ISO dates.
bool fromJson(const QString& text, QList<QDate>* out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return false;
    for (const QJsonValue& v : doc.array()) {
        const QDate d = dates::parseIso(v.toString());
        if (!d.isValid())
            return false;
        *out << d;
    }
    return true;
}

} // namespace

CalendarRepository::CalendarRepository(const QSqlDatabase& db)
    : m_db(db)
{
}

Result<QList<CalendarYear>> CalendarRepository::userYears() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT year, non_working, working, source FROM calendar_year ORDER BY year"_s))
        return Result<QList<CalendarYear>>::failure(tr("The working-day calendar could not be read: %1").arg(sql::errorText(q)));
    QList<CalendarYear> years;
    while (q.next()) {
        CalendarYear y;
        y.year = q.value(0).toInt();
        y.source = q.value(3).toString();
        y.origin = CalendarYear::Origin::User;
        if (!fromJson(q.value(1).toString(), &y.nonWorking) || !fromJson(q.value(2).toString(), &y.working)) {
            return Result<QList<CalendarYear>>::failure(
                tr("The working-day calendar of %1 stored in the database is damaged (the dates are not a list of "
                   "YYYY-MM-DD). Enter that year again in Settings → Calendar.")
                    .arg(y.year));
        }
        if (const QStringList problems = WorkCalendar::validate(y); !problems.isEmpty()) {
            return Result<QList<CalendarYear>>::failure(
                tr("The working-day calendar of %1 stored in the database is not valid: %2 Correct it in Settings → Calendar.")
                    .arg(QString::number(y.year), problems.join(u' ')));
        }
        years << y;
    }
    return years;
}

Result<WorkCalendar> CalendarRepository::loadCalendar() const
{
    const Result<QList<CalendarYear>> years = userYears();
    if (!years)
        return years.status();
    return WorkCalendar().withUserYears(years.value());
}

Status CalendarRepository::save(const CalendarYear& year)
{
    if (const QStringList problems = WorkCalendar::validate(year); !problems.isEmpty())
        return Status::failure(tr("The calendar of %1 was not saved. %2").arg(QString::number(year.year), problems.join(u' ')));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO calendar_year (year, non_working, working, source) VALUES (?, ?, ?, ?) "
              "ON CONFLICT (year) DO UPDATE SET non_working = excluded.non_working, working = excluded.working, "
              "source = excluded.source"_s);
    q.addBindValue(year.year);
    q.addBindValue(sql::text(toJson(year.nonWorking)));
    q.addBindValue(sql::text(toJson(year.working)));
    q.addBindValue(sql::text(year.source.trimmed()));
    if (!q.exec())
        return Status::failure(tr("The calendar of %1 could not be saved: %2").arg(QString::number(year.year), sql::errorText(q)));
    return tx.commit();
}

Status CalendarRepository::remove(int year)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM calendar_year WHERE year = ?"_s);
    q.addBindValue(year);
    if (!q.exec())
        return Status::failure(tr("The calendar of %1 could not be deleted: %2").arg(QString::number(year), sql::errorText(q)));
    if (q.numRowsAffected() == 0)
        return Status::failure(tr("There is no calendar of %1 entered by the user to delete.").arg(year));
    return tx.commit();
}

} // namespace nastavnik
