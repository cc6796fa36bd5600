#pragma once

#include "domain/Monitoring.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace nastavnik {

/// The data model of a mentorship programme. It mirrors the exchange format
/// (`shared/exchange-format.md`) field by field: ids are the exchange ids, references are ids,
/// an invalid QDate is "not known / not done". The same structures are the snapshot the rule
/// engine checks, what the exchange reads and writes, and what repositories load and save.

struct Credential
{
    qint64 rowId = 0; ///< storage id; 0 when not stored yet
    QString type;     ///< mentor_status, tutor_certificate, coach_training, no_criminal_record, …
    QString number;
    QDate issued;
    QDate validUntil;
    QString note;

    bool operator==(const Credential&) const = default;
};

struct Person
{
    QString id;
    QString lastName;
    QString firstName;
    QString middleName;
    QDate birthDate;
    QString kind = QStringLiteral("other"); ///< pupil, student, teacher, parent, graduate, …
    bool external = false;
    QString position;
    QString unit;
    QString supervisor; ///< id of the direct supervisor, or empty
    std::optional<int> pedagogicalYears;
    std::optional<int> managerialYears;
    std::optional<int> methodicalYears;
    bool disciplinarySanction = false;
    QStringList menteeCategories;
    QList<Credential> credentials;

    // Beyond the contract's minimum; exported as extra keys (README, "Exchange format").
    QString gender;          ///< "m", "f", or empty = decided from the patronymic
    bool mentorBase = false; ///< listed in «база наставников»
    bool menteeBase = false; ///< listed in «база наставляемых»
    QString request;         ///< a mentee's request («запрос»)
    QString competencies;    ///< what a mentor offers
    QString phone;
    QString email;
    QString note;
    bool archived = false;
    QMap<QString, QString> nameForms; ///< grammatical case → full name, overriding declension

    QString fullName() const;  ///< «Иванова Мария Петровна»
    QString shortName() const; ///< «Иванова М. П.»
    /// A staff person: not external, and not a pupil, student, parent or graduate.
    bool isStaff() const;

    bool operator==(const Person&) const = default;
};

struct Consent
{
    QString id;
    QString person;
    QString type;     ///< personal_data, distribution, mentor_role
    QString signedBy; ///< the person themselves or a legal representative
    QDate date;
    QDate withdrawn;
    QString note;

    bool operator==(const Consent&) const = default;
};

struct Order
{
    QString id;
    QString number;
    QDate date;
    QString type; ///< curator_appointment, roadmap_approval, pairs_approval, …
    QStringList pairs;
    // Journal fields beyond the contract's minimum.
    QString heading;
    QString status = QStringLiteral("draft"); ///< draft, signed
    QStringList people;                       ///< people acquainted with the order
    QString text;                             ///< the stored final text (HTML)

    bool operator==(const Order&) const = default;
};

struct PlanItem
{
    qint64 rowId = 0;
    QString title;
    QDate due;
    QDate done;
    QString result;   ///< actual result
    QString expected; ///< expected result
    QString status = QStringLiteral("planned"); ///< planned, in_progress, done, cancelled

    bool operator==(const PlanItem&) const = default;
};

struct PairEvent
{
    qint64 rowId = 0;
    QString type; ///< replacement, extension, early_completion
    QDate date;
    // replacement
    QString newMentor;
    QString ground;
    QString order;
    // extension
    QDate newEnd;
    QString reason;
    // early completion
    QDate noticeDate;
    QString initiator;
    QString note;

    bool operator==(const PairEvent&) const = default;
};

struct Meeting
{
    qint64 rowId = 0;
    QDate date;
    QString kind = QStringLiteral("regular"); ///< first, trial, planning, regular, final
    QString topic;
    QString notes;

    bool operator==(const Meeting&) const = default;
};

struct Pair
{
    QString id;
    QString form;
    QString mentor; ///< the mentor at the start; replacements are events
    QStringList mentees;
    QDate start;
    QDate plannedEnd;
    QDate actualEnd;
    QString order; ///< the approving order

    bool hasPlan = false;
    QDate planApproved;
    QList<PlanItem> planItems;

    QDate reportDate;
    QDate menteeQuestionnaire;
    QList<PairEvent> events; ///< in chronological order
    QList<Meeting> meetings;

    QString title; ///< optional name of a group
    QString note;

    /// `actual_end` if set, else the `new_end` of the last extension, else `planned_end`.
    QDate end() const;
    /// The planned term's end as it stood on `date`: the `new_end` of the last extension dated
    /// on or before it, else `planned_end` (what an order of that date states).
    QDate endAsOf(const QDate& date) const;
    /// The mentor leading the pair on `date`, after replacements up to that date.
    QString mentorOn(const QDate& date) const;
    /// The mentor leading the pair now (after every replacement).
    QString currentMentor() const;
    bool isActiveOn(const QDate& date) const;
    bool hasExtension() const;
    bool completedEarly() const;

    bool operator==(const Pair&) const = default;
};

struct Organization
{
    QString name;
    QString shortName;
    QString place;
    QString address;
    QString head;    ///< person id
    QString headPosition = QStringLiteral("Директор");
    QString curator; ///< person id
    QString profile = QStringLiteral("school");
    QString orderSuffix = QStringLiteral("о"); ///< the journal's index: «12-о»

    bool operator==(const Organization&) const = default;
};

/// A whole database (or a whole exchange file) in memory.
struct Dataset
{
    Organization organization;
    QList<Person> people;
    QList<Consent> consents;
    QList<Order> orders;
    QList<Pair> pairs;
    /// Roadmaps, questionnaires, tests, SWOT and evaluations (domain/Monitoring.h).
    MonitoringData monitoring;

    bool operator==(const Dataset&) const = default;
};

} // namespace nastavnik
