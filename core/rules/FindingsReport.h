#pragma once

#include "profiles/Profile.h"
#include "rules/Finding.h"
#include "storage/ValidationRepository.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <atomic>

namespace nastavnik {

/// The findings of one database at one moment, with the names the views show them by.
///
/// The rule engine needs the whole Dataset, which at region scale takes a second to read;
/// the views («Проверка», «Сегодня», the editors' panels) get this report instead, computed
/// once per change of the data, and never touch the Dataset themselves.
struct FindingsReport
{
    Q_DECLARE_TR_FUNCTIONS(FindingsReport)

public:
    QList<Finding> findings; ///< RuleEngine::check's result, in its order
    Profile profile;         ///< the profile checked under
    QDate today;             ///< the date checked on
    /// «Иванова Мария Петровна» for every person a finding concerns.
    QHash<QString, QString> personNames;
    /// «Иванова М. П. – Петров П. П.» for every pair a finding concerns.
    QHash<QString, QString> pairLabels;

    /// The person's full name, or the id in quotes for an unknown one.
    QString personName(const QString& id) const;
    /// The pair's label, or the id in quotes for an unknown one.
    QString pairLabel(const QString& id) const;

    /// Checks `in` under its profile on `today` and collects the names.
    static FindingsReport compute(const ValidationInput& in, const QDate& today);

    /// Reads the database at `path` through a connection of its own (ReadConnection, so it
    /// may run in a worker thread) and computes the report. `cancel`, when given and set,
    /// stops early with a failure: the result is not wanted any more.
    static Result<FindingsReport> computeFile(const QString& path, const QDate& today,
                                              const std::atomic<bool>* cancel = nullptr);
};

} // namespace nastavnik
