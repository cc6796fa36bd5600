#pragma once

// Small datasets for the rule engine, «Сегодня» and `check` tests: a clean pair under each
// profile that every row then breaks in one way.

#include "domain/Dataset.h"
#include "profiles/Profile.h"
#include "util/Dates.h"

#include <cstdlib>
#include <functional>

namespace nastavnik::test {

using DataChange = std::function<void(Dataset&)>;
using ProfileChange = std::function<void(Profile&)>;

inline QDate day(const char* iso)
{
    return dates::parseIso(QString::fromLatin1(iso));
}

inline Person& person(Dataset& d, const QString& id)
{
    for (Person& p : d.people) {
        if (p.id == id)
            return p;
    }
    qFatal("no person %s", qPrintable(id));
    std::abort();
}

inline Pair& pair(Dataset& d, const QString& id)
{
    for (Pair& p : d.pairs) {
        if (p.id == id)
            return p;
    }
    qFatal("no pair %s", qPrintable(id));
    std::abort();
}

inline Order& order(Dataset& d, const QString& id)
{
    for (Order& o : d.orders) {
        if (o.id == id)
            return o;
    }
    qFatal("no order %s", qPrintable(id));
    std::abort();
}

/// The consent of `type` of `person` (the first one).
inline Consent& consent(Dataset& d, const QString& personId, const QString& type)
{
    for (Consent& c : d.consents) {
        if (c.person == personId && c.type == type)
            return c;
    }
    qFatal("no consent %s of %s", qPrintable(type), qPrintable(personId));
    std::abort();
}

inline void removeConsents(Dataset& d, const QString& personId, const QString& type)
{
    d.consents.removeIf([&](const Consent& c) { return c.person == personId && c.type == type; });
}

inline void addConsent(Dataset& d, const QString& personId, const QString& type, const QDate& date,
                       const QString& signedBy = {}, const QDate& withdrawn = {})
{
    Consent c;
    c.id = QStringLiteral("c%1").arg(d.consents.size() + 1);
    c.person = personId;
    c.type = type;
    c.signedBy = signedBy.isEmpty() ? personId : signedBy;
    c.date = date;
    c.withdrawn = withdrawn;
    d.consents << c;
}

inline Credential& credential(Dataset& d, const QString& personId, const QString& type)
{
    for (Credential& c : person(d, personId).credentials) {
        if (c.type == type)
            return c;
    }
    qFatal("no credential %s of %s", qPrintable(type), qPrintable(personId));
    std::abort();
}

inline void removeCredentials(Dataset& d, const QString& personId, const QString& type)
{
    person(d, personId).credentials.removeIf([&](const Credential& c) { return c.type == type; });
}

inline void addCredential(Dataset& d, const QString& personId, const QString& type, const QDate& issued,
                          const QDate& validUntil = {})
{
    person(d, personId).credentials << Credential{0, type, QStringLiteral("№ %1").arg(type.size()), issued, validUntil, {}};
}

/// The form a clean pair has under `profile`.
inline QString formOf(const QString& profile)
{
    if (profile == u"municipal")
        return QStringLiteral("traditional");
    if (profile == u"civil-service")
        return QStringLiteral("civil_service");
    if (profile == u"reserve")
        return QStringLiteral("reserve");
    return QStringLiteral("teacher_teacher");
}

/// A pair like g1, listed in the approving order o1, with its plan, report and questionnaire.
inline Pair& addPair(Dataset& d, const QString& id, const QString& mentor, const QStringList& mentees, const QDate& start,
                     const QDate& end)
{
    Pair p;
    p.id = id;
    p.form = d.pairs.isEmpty() ? QStringLiteral("teacher_teacher") : d.pairs.first().form;
    p.mentor = mentor;
    p.mentees = mentees;
    p.start = start;
    p.plannedEnd = end;
    p.hasPlan = true;
    p.planApproved = start.isValid() ? start.addDays(2) : QDate();
    p.reportDate = end.isValid() ? end.addDays(3) : QDate();
    p.menteeQuestionnaire = p.reportDate;
    p.order = QStringLiteral("o1");
    d.pairs << p;
    order(d, QStringLiteral("o1")).pairs << id;
    return d.pairs.last();
}

/// The pair has no individual plan at all.
inline void removePlan(Dataset& d, const QString& pairId)
{
    Pair& p = pair(d, pairId);
    p.hasPlan = false;
    p.planApproved = QDate();
    p.planItems.clear();
}

/// Replaces the mentor of `pairId` from `date` (ground and order as given).
inline void replace(Dataset& d, const QString& pairId, const QDate& date, const QString& newMentor,
                    const QString& ground = QStringLiteral("request"), const QString& orderId = QStringLiteral("o2"))
{
    PairEvent e;
    e.type = QStringLiteral("replacement");
    e.date = date;
    e.newMentor = newMentor;
    e.ground = ground;
    e.order = orderId;
    pair(d, pairId).events << e;
}

inline void extend(Dataset& d, const QString& pairId, const QDate& date, const QDate& newEnd, const QString& reason)
{
    PairEvent e;
    e.type = QStringLiteral("extension");
    e.date = date;
    e.newEnd = newEnd;
    e.reason = reason;
    Pair& p = pair(d, pairId);
    p.events << e;
    p.reportDate = newEnd.addDays(1);
    p.menteeQuestionnaire = p.reportDate;
}

/// Ends `pairId` early on `date`; the report and questionnaire come the same day.
inline void completeEarly(Dataset& d, const QString& pairId, const QDate& date, const QDate& notice, const QString& initiator)
{
    PairEvent e;
    e.type = QStringLiteral("early_completion");
    e.date = date;
    e.noticeDate = notice;
    e.initiator = initiator;
    Pair& p = pair(d, pairId);
    p.events << e;
    p.actualEnd = date;
    p.reportDate = date;
    p.menteeQuestionnaire = date;
}

/// Everyone in order under `profile`: the mentor p1 (Иванова Мария Петровна) leads p2 (Петров
/// Пётр Петрович) in pair g1 from 15.09.2025 to 29.05.2026, approved by order o1. p3–p8 are
/// more mentees, p9 (Сидорова Анна Ивановна) another mentor, p10 a pupil whose parent p11
/// signs for him. Documents are dated 10.01.2023.
inline Dataset baseline(const QString& profile)
{
    Dataset d;
    d.organization.name = QStringLiteral("МБОУ «СОШ № 1»");
    d.organization.profile = profile;
    struct Who
    {
        const char16_t* id;
        const char16_t* last;
        const char16_t* first;
        const char16_t* middle;
        const char16_t* kind;
        QDate birth;
    };
    const Who people[] = {
        {u"p1", u"Иванова", u"Мария", u"Петровна", u"teacher", day("1980-05-01")},
        {u"p2", u"Петров", u"Пётр", u"Петрович", u"teacher", day("1998-02-10")},
        {u"p3", u"Смирнов", u"Алексей", u"Иванович", u"teacher", day("1999-03-11")},
        {u"p4", u"Кузнецова", u"Ольга", u"Сергеевна", u"teacher", day("1997-04-12")},
        {u"p5", u"Попов", u"Денис", u"Юрьевич", u"teacher", day("2000-05-13")},
        {u"p6", u"Васильева", u"Анна", u"Олеговна", u"teacher", day("2001-06-14")},
        {u"p7", u"Соколов", u"Илья", u"Павлович", u"teacher", day("1996-07-15")},
        {u"p8", u"Михайлова", u"Елена", u"Игоревна", u"teacher", day("1995-08-16")},
        {u"p9", u"Сидорова", u"Анна", u"Ивановна", u"teacher", day("1975-09-17")},
        {u"p10", u"Козлов", u"Илья", u"Андреевич", u"pupil", day("2012-04-01")},
        {u"p11", u"Козлова", u"Ольга", u"Николаевна", u"parent", day("1985-01-20")},
    };
    const QDate documents = day("2023-01-10");
    for (const Who& w : people) {
        Person p;
        p.id = QString::fromUtf16(w.id);
        p.lastName = QString::fromUtf16(w.last);
        p.firstName = QString::fromUtf16(w.first);
        p.middleName = QString::fromUtf16(w.middle);
        p.kind = QString::fromUtf16(w.kind);
        p.birthDate = w.birth;
        if (p.id == u"p1" || p.id == u"p9") {
            p.pedagogicalYears = 12;
            p.managerialYears = 6;
            p.methodicalYears = 6;
            p.credentials << Credential{0, QStringLiteral("labour_agreement"), QStringLiteral("ДС-1"), documents, {}, {}}
                          << Credential{0, QStringLiteral("mentor_status"), QStringLiteral("15"), documents, {}, {}}
                          << Credential{0, QStringLiteral("tutor_certificate"), QStringLiteral("Т-7"), day("2024-09-01"), {}, {}}
                          << Credential{0, QStringLiteral("coach_training"), QStringLiteral("К-3"), documents, {}, {}};
        }
        d.people << p;
        if (p.kind != u"parent")
            addConsent(d, p.id, QStringLiteral("personal_data"), documents, p.kind == u"pupil" ? QStringLiteral("p11") : QString());
    }
    addConsent(d, QStringLiteral("p1"), QStringLiteral("mentor_role"), documents);
    addConsent(d, QStringLiteral("p9"), QStringLiteral("mentor_role"), documents);

    Order o1;
    o1.id = QStringLiteral("o1");
    o1.number = QStringLiteral("12-о");
    o1.date = day("2023-01-09");
    o1.type = QStringLiteral("pairs_approval");
    Order o2;
    o2.id = QStringLiteral("o2");
    o2.number = QStringLiteral("3-о");
    o2.date = day("2026-01-09");
    o2.type = QStringLiteral("mentor_replacement");
    d.orders << o1 << o2;

    Pair& g1 = addPair(d, QStringLiteral("g1"), QStringLiteral("p1"), {QStringLiteral("p2")}, day("2025-09-15"),
                       day("2026-05-29"));
    g1.form = formOf(profile);
    g1.reportDate = day("2026-06-01");
    g1.menteeQuestionnaire = day("2026-06-01");
    return d;
}

/// The built-in profile `id`.
inline Profile profile(const QString& id)
{
    const Result<Profile> p = Profiles::find(Profiles::builtIn(), id);
    if (!p) {
        qFatal("no profile %s", qPrintable(id));
        std::abort();
    }
    return p.value();
}

} // namespace nastavnik::test

Q_DECLARE_METATYPE(nastavnik::test::DataChange)
Q_DECLARE_METATYPE(nastavnik::test::ProfileChange)
