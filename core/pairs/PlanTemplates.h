#pragma once

#include "calendar/WorkCalendar.h"
#include "domain/Dataset.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace nastavnik {

/// A starting individual plan for a form of mentoring, shipped as a resource
/// (resources/plans/*.json). Items are due a number of days after the start of mentoring.
struct PlanTemplate
{
    struct Item
    {
        QString title; ///< the activity, in Russian
        QString expected; ///< the expected result
        int offsetDays = 0;

        bool operator==(const Item&) const = default;
    };

    QString id;
    QString name; ///< in Russian (plans are Russian documents)
    QString description; ///< who it is for and what it covers
    QString source; ///< the provision it follows («002 п. 4.4»)
    QStringList forms; ///< the forms it suits (`Vocab::PairForm` codes)
    QList<Item> items;

    bool operator==(const PlanTemplate&) const = default;
};

/// The built-in plan templates and their use.
class PlanTemplates
{
    Q_DECLARE_TR_FUNCTIONS(PlanTemplates)

public:
    /// Every built-in template, in a fixed order (by id).
    static QList<PlanTemplate> all();
    /// The templates suited to `form`, best first; the others are still usable.
    static QList<PlanTemplate> forForm(const QString& form);
    /// The template `id`, or a message naming the known ones.
    static Result<PlanTemplate> find(const QString& id);

    /// The items of `tpl` for a pair starting on `start`: each due `offsetDays` after it, moved
    /// to the next working day when that day is not one.
    static QList<PlanItem>
    instantiate(const PlanTemplate& tpl, const QDate& start, const WorkCalendar& calendar);

    /// Reads a template file's JSON; `where` names the file in messages.
    static Result<PlanTemplate> fromJson(const QJsonObject& json, const QString& where);
};

} // namespace nastavnik
