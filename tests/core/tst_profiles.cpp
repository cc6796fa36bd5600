#include "TestSupport.h"
#include "profiles/Profile.h"
#include "rules/RuleIds.h"
#include "storage/OrganizationRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/DatasetRepository.h"
#include "storage/ValidationRepository.h"
#include "demo/DemoData.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QtTest>

#include <functional>

using namespace nastavnik;
using namespace Qt::StringLiterals;

using ProfileChange = std::function<void(Profile&)>;
Q_DECLARE_METATYPE(ProfileChange)

namespace {

Profile builtIn(const QString& id)
{
    const Result<Profile> p = Profiles::find(Profiles::builtIn(), id);
    if (!p)
        qFatal("no built-in profile %s", qPrintable(id));
    return p.value();
}

Profile custom(const QString& base = u"municipal"_s)
{
    Profile p = builtIn(base);
    p.id = u"our-school"_s;
    p.base = base;
    p.nameRu = u"Положение МБОУ СОШ № 5"_s;
    p.nameEn = p.nameRu;
    p.builtIn = false;
    return p;
}

} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT

private slots:
    void builtInsLoad()
    {
        const QList<Profile> profiles = Profiles::builtIn();
        QStringList ids;
        for (const Profile& p : profiles) {
            ids << p.id;
            QVERIFY(p.builtIn);
            QCOMPARE(p.base, p.id);
            QVERIFY(!p.nameRu.isEmpty());
            QVERIFY(!p.nameEn.isEmpty());
            QVERIFY(!p.source.isEmpty());
            QVERIFY2(p.validate().isEmpty(), qPrintable(p.validate().join(u' ')));
            QVERIFY(!p.forms.clause.isEmpty());
            // Every rule of the contract is listed; every enabled rule cites a clause.
            for (const QString& rule : rules::all()) {
                QVERIFY2(p.rules.contains(rule), qPrintable(p.id + u' ' + rule));
                if (p.isEnabled(rule))
                    QVERIFY2(!p.ruleClause(rule).isEmpty(), qPrintable(p.id + u' ' + rule));
            }
        }
        QCOMPARE(ids, (QStringList{u"school"_s, u"municipal"_s, u"civil-service"_s, u"reserve"_s}));
    }

    void parameters_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("clause");
        QTest::addColumn<bool>("secondary");
        QTest::newRow("school forms") << u"school"_s << u"forms"_s
                                      << u"pupil_pupil teacher_teacher student_pupil employer_pupil employer_student teacher_pupil"_s
                                      << u"002 п. 4.4"_s << false;
        QTest::newRow("school group forms") << u"school"_s << u"groupForms"_s << u""_s << u"002 п. 4.12"_s << false;
        QTest::newRow("school cap") << u"school"_s << u"maxMentees"_s << u"2"_s << u"002 п. 4.12"_s << false;
        QTest::newRow("school longest term") << u"school"_s << u"durationMax"_s << u"12"_s << u"002 п. 4.13"_s << false;
        QTest::newRow("school shortest term") << u"school"_s << u"durationMin"_s << u"-"_s << u""_s << false;
        QTest::newRow("school grounds") << u"school"_s << u"grounds"_s
                                        << u"dismissal incompatibility non_performance disciplinary request"_s
                                        << u"002 п. 4.15"_s << false;
        QTest::newRow("school reasons") << u"school"_s << u"reasons"_s << u"sick_leave business_trip absence"_s
                                        << u"002 п. 4.14"_s << false;
        QTest::newRow("school external") << u"school"_s << u"external"_s << u"cooperation_agreement"_s << u"002 п. 4.19"_s
                                         << false;
        QTest::newRow("school external with pupils") << u"school"_s << u"externalPupils"_s
                                                     << u"no_criminal_record medical_certificate"_s << u"002 п. 6.1"_s << false;
        QTest::newRow("school notice") << u"school"_s << u"notice"_s << u"3"_s << u"ТК РФ ст. 351.8"_s << false;
        QTest::newRow("school labour agreement") << u"school"_s << u"labourSince"_s << u"2025-03-01"_s
                                                 << u"ТК РФ ст. 351.8"_s << false;
        QTest::newRow("municipal forms") << u"municipal"_s << u"forms"_s << u"traditional mentoring tutoring coaching"_s
                                         << u"004 п. 2.1"_s << false;
        QTest::newRow("municipal cap") << u"municipal"_s << u"maxMentees"_s << u"2"_s << u"004 п. 2.5"_s << false;
        QTest::newRow("municipal cap of mentoring") << u"municipal"_s << u"cap:mentoring"_s << u"5"_s << u"004 п. 2.1"_s << false;
        QTest::newRow("municipal longest term") << u"municipal"_s << u"durationMax"_s << u"36"_s << u"004 п. 2.4"_s << false;
        QTest::newRow("municipal shortest term") << u"municipal"_s << u"durationMin"_s << u"6"_s << u"004 п. 2.4"_s << false;
        QTest::newRow("municipal plan deadline") << u"municipal"_s << u"plan"_s << u"5"_s << u"004 п. 4.1"_s << false;
        QTest::newRow("municipal report deadline") << u"municipal"_s << u"report"_s << u"5"_s << u"004 п. 6.1"_s << false;
        QTest::newRow("municipal traditional experience") << u"municipal"_s << u"experience:traditional"_s
                                                          << u"pedagogical 10"_s << u"004 п. 2.1"_s << false;
        QTest::newRow("municipal mentoring experience") << u"municipal"_s << u"experience:mentoring"_s << u"managerial 5"_s
                                                        << u"004 п. 2.1"_s << false;
        QTest::newRow("municipal tutoring experience") << u"municipal"_s << u"experience:tutoring"_s << u"methodical 5"_s
                                                       << u"004 п. 2.1"_s << false;
        QTest::newRow("municipal mentoring credential") << u"municipal"_s << u"credential:mentoring"_s << u"mentor_status"_s
                                                        << u"004 п. 2.1"_s << false;
        QTest::newRow("municipal tutoring credential") << u"municipal"_s << u"credential:tutoring"_s << u"tutor_certificate"_s
                                                       << u"004 п. 2.1"_s << false;
        QTest::newRow("municipal coaching credential") << u"municipal"_s << u"credential:coaching"_s << u"coach_training"_s
                                                       << u"004 п. 2.1"_s << false;
        QTest::newRow("municipal tutor certificate validity") << u"municipal"_s << u"validity:tutor_certificate"_s << u"36"_s
                                                              << u"004 п. 2.1"_s << false;
        QTest::newRow("municipal grounds") << u"municipal"_s << u"grounds"_s
                                           << u"dismissal incompatibility non_performance disciplinary request"_s
                                           << u"002 п. 4.15"_s << false;
        QTest::newRow("civil-service forms") << u"civil-service"_s << u"forms"_s << u"civil_service"_s << u"000 п. 5.3"_s << false;
        QTest::newRow("civil-service cap, secondary") << u"civil-service"_s << u"maxMentees"_s << u"2"_s
                                                      << u"ПП РФ № 1296 (2019)"_s << true;
        QTest::newRow("civil-service longest, secondary") << u"civil-service"_s << u"durationMax"_s << u"12"_s
                                                          << u"ПП РФ № 1296 (2019)"_s << true;
        QTest::newRow("civil-service shortest, secondary") << u"civil-service"_s << u"durationMin"_s << u"1"_s
                                                           << u"ПП РФ № 1296 (2019)"_s << true;
        QTest::newRow("civil-service supervisor, secondary") << u"civil-service"_s << u"rule:mentor.supervisor"_s << u"on"_s
                                                             << u"ПП РФ № 1296 (2019)"_s << true;
        QTest::newRow("civil-service disciplinary, secondary") << u"civil-service"_s << u"rule:mentor.disciplinary"_s << u"on"_s
                                                               << u"ПП РФ № 1296 (2019)"_s << true;
        QTest::newRow("reserve forms") << u"reserve"_s << u"forms"_s << u"reserve"_s << u"001 п. 4"_s << false;
        QTest::newRow("reserve has no cap") << u"reserve"_s << u"maxMentees"_s << u"-"_s << u"001 п. 7"_s << false;
        QTest::newRow("reserve order") << u"reserve"_s << u"rule:pair.order"_s << u"on"_s << u"001 п. 5"_s << false;
        QTest::newRow("municipal consent") << u"municipal"_s << u"rule:mentor.consent"_s << u"on"_s << u"004 п. 2.6"_s << false;
        QTest::newRow("school personal data") << u"school"_s << u"rule:consent.personal_data"_s << u"on"_s << u"002 п. 4.17"_s
                                              << false;
        QTest::newRow("school order") << u"school"_s << u"rule:pair.order"_s << u"on"_s << u"002 п. 4.18"_s << false;
    }
    void parameters()
    {
        QFETCH(QString, profile);
        QFETCH(QString, parameter);
        QFETCH(QString, value);
        QFETCH(QString, clause);
        QFETCH(bool, secondary);
        const Profile p = builtIn(profile);
        QString actualValue;
        QString actualClause;
        bool actualSecondary = false;
        auto take = [&](const auto& param, const QString& v) {
            actualValue = v;
            actualClause = param.clause;
            actualSecondary = param.secondary;
        };
        auto optional = [](const std::optional<int>& v) { return v ? QString::number(*v) : u"-"_s; };
        const QString key = parameter.section(u':', 1);
        if (parameter == u"forms")
            take(p.forms, p.forms.value.join(u' '));
        else if (parameter == u"groupForms")
            take(p.groupForms, p.groupForms.value.join(u' '));
        else if (parameter == u"maxMentees")
            take(p.maxMentees, optional(p.maxMentees.value));
        else if (parameter == u"durationMax")
            take(p.durationMaxMonths, optional(p.durationMaxMonths.value));
        else if (parameter == u"durationMin")
            take(p.durationMinMonths, optional(p.durationMinMonths.value));
        else if (parameter == u"plan")
            take(p.planDeadlineDays, optional(p.planDeadlineDays.value));
        else if (parameter == u"report")
            take(p.reportDeadlineDays, optional(p.reportDeadlineDays.value));
        else if (parameter == u"grounds")
            take(p.replacementGrounds, p.replacementGrounds.value.join(u' '));
        else if (parameter == u"reasons")
            take(p.extensionReasons, p.extensionReasons.value.join(u' '));
        else if (parameter == u"external")
            take(p.externalDocuments, p.externalDocuments.value.join(u' '));
        else if (parameter == u"externalPupils")
            take(p.externalDocumentsWithPupils, p.externalDocumentsWithPupils.value.join(u' '));
        else if (parameter == u"notice")
            take(p.noticeWorkingDays, QString::number(p.noticeWorkingDays.value));
        else if (parameter == u"labourSince")
            take(p.labourAgreementSince, p.labourAgreementSince.value.toString(Qt::ISODate));
        else if (parameter.startsWith(u"cap:"))
            take(p.maxMenteesByForm.value(key), QString::number(p.maxMenteesByForm.value(key).value));
        else if (parameter.startsWith(u"experience:"))
            take(p.experienceByForm.value(key),
                 p.experienceByForm.value(key).value.kind + u' ' + QString::number(p.experienceByForm.value(key).value.years));
        else if (parameter.startsWith(u"credential:"))
            take(p.credentialByForm.value(key), p.credentialByForm.value(key).value);
        else if (parameter.startsWith(u"validity:"))
            take(p.credentialValidityMonths.value(key), QString::number(p.credentialValidityMonths.value(key).value));
        else if (parameter.startsWith(u"rule:"))
            take(p.rules.value(key), p.rules.value(key).value ? u"on"_s : u"off"_s);
        else
            QFAIL("unknown parameter in the test table");
        QCOMPARE(actualValue, value);
        QCOMPARE(actualClause, clause);
        QCOMPARE(actualSecondary, secondary);
    }

    void enabledRules_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QStringList>("enabled");
        const QStringList all4 = {u"mentor.consent"_s, u"consent.personal_data"_s, u"pair.order"_s, u"replacement.ground"_s,
                                  u"early_completion.notice"_s};
        QTest::newRow("school") << u"school"_s
                                << (all4
                                    + QStringList{u"mentor.max_mentees"_s, u"pair.duration_max"_s, u"external_mentor.documents"_s,
                                                  u"extension.reason"_s});
        QTest::newRow("municipal") << u"municipal"_s
                                   << (all4
                                       + QStringList{u"mentor.max_mentees"_s, u"pair.duration_max"_s, u"pair.duration_min"_s,
                                                     u"plan.deadline"_s, u"report.deadline"_s, u"mentor.experience"_s,
                                                     u"mentor.credential"_s});
        QTest::newRow("civil-service") << u"civil-service"_s
                                       << (all4
                                           + QStringList{u"mentor.max_mentees"_s, u"pair.duration_max"_s, u"pair.duration_min"_s,
                                                         u"mentor.supervisor"_s, u"mentor.disciplinary"_s});
        QTest::newRow("reserve") << u"reserve"_s << all4;
    }
    void enabledRules()
    {
        QFETCH(QString, profile);
        QFETCH(QStringList, enabled);
        const Profile p = builtIn(profile);
        for (const QString& rule : rules::all())
            QVERIFY2(p.isEnabled(rule) == enabled.contains(rule), qPrintable(rule));
    }

    void rowsForDisplay_data()
    {
        QTest::addColumn<QString>("profile");
        for (const QString& id : Profiles::builtInIds())
            QTest::newRow(qPrintable(id)) << id;
    }
    void rowsForDisplay()
    {
        QFETCH(QString, profile);
        const Profile p = builtIn(profile);
        const QList<ProfileRow> rows = p.rows();
        QStringList keys;
        for (const ProfileRow& r : rows) {
            QVERIFY2(!r.label.isEmpty() && !r.value.isEmpty(), qPrintable(r.key));
            QVERIFY2(!keys.contains(r.key), qPrintable(r.key));
            keys << r.key;
        }
        for (const QString& rule : rules::all())
            QVERIFY(keys.contains(u"rules."_s + rule));
        QVERIFY(keys.contains(u"max_mentees"_s));
        if (profile == u"municipal") {
            const auto it = std::find_if(rows.cbegin(), rows.cend(),
                                         [](const ProfileRow& r) { return r.key == u"experience_min.traditional"; });
            QVERIFY(it != rows.cend());
            QCOMPARE(it->clause, u"004 п. 2.1"_s);
            QVERIFY2(it->value.contains(u"10"_s), qPrintable(it->value));
        }
        if (profile == u"civil-service") {
            const auto it = std::find_if(rows.cbegin(), rows.cend(), [](const ProfileRow& r) { return r.key == u"max_mentees"; });
            QVERIFY(it->secondary);
        }
    }

    void jsonRoundTrip_data()
    {
        QTest::addColumn<QString>("profile");
        for (const QString& id : Profiles::builtInIds())
            QTest::newRow(qPrintable(id)) << id;
    }
    void jsonRoundTrip()
    {
        QFETCH(QString, profile);
        Profile p = builtIn(profile);
        p.builtIn = false;
        const Result<Profile> back = Profile::fromJson(p.toJson(), u"test"_s);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back.value(), p);
    }

    void fromJsonErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cap is text") << u"parameters/max_mentees/value"_s << QJsonValue(u"two"_s) << u"parameters.max_mentees.value"_s;
        QTest::newRow("cap is fractional") << u"parameters/max_mentees/value"_s << QJsonValue(2.5) << u"parameters.max_mentees.value"_s;
        QTest::newRow("forms not a list") << u"parameters/forms/value"_s << QJsonValue(u"traditional"_s) << u"parameters.forms.value"_s;
        QTest::newRow("clause not text") << u"parameters/forms/clause"_s << QJsonValue(4) << u"parameters.forms.clause"_s;
        QTest::newRow("rule flag not boolean") << u"rules/pair.order/enabled"_s << QJsonValue(u"yes"_s) << u"rules.pair.order.enabled"_s;
        QTest::newRow("bad date") << u"parameters/labour_agreement_since/value"_s << QJsonValue(u"2025-02-30"_s)
                                  << u"parameters.labour_agreement_since.value"_s;
        QTest::newRow("experience without years") << u"parameters/experience_min/traditional/value"_s
                                                  << QJsonValue(QJsonObject{{u"kind"_s, u"pedagogical"_s}})
                                                  << u"parameters.experience_min.traditional.value"_s;
        QTest::newRow("wrong format") << u"format"_s << QJsonValue(u"something"_s) << u"format"_s;
    }
    void fromJsonErrors()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        // Replace the value at `path` (keys separated by '/') in the municipal profile.
        std::function<QJsonObject(QJsonObject, QStringList)> set = [&](QJsonObject o, QStringList keys) {
            const QString key = keys.takeFirst();
            if (keys.isEmpty())
                o.insert(key, value);
            else
                o.insert(key, set(o.value(key).toObject(), keys));
            return o;
        };
        const QJsonObject json = set(builtIn(u"municipal"_s).toJson(), path.split(u'/'));
        const Result<Profile> p = Profile::fromJson(json, u"«test.json»"_s);
        QVERIFY(!p.ok());
        QVERIFY2(p.error().contains(expected), qPrintable(p.error()));
        QVERIFY2(p.error().contains(u"«test.json»"_s), qPrintable(p.error()));
    }

    void validate_data()
    {
        QTest::addColumn<ProfileChange>("change");
        QTest::addColumn<QString>("expected");
        QTest::newRow("valid copy") << ProfileChange([](Profile&) {}) << QString();
        QTest::newRow("no forms") << ProfileChange([](Profile& p) { p.forms.value.clear(); }) << u"at least one form"_s;
        QTest::newRow("unknown form") << ProfileChange([](Profile& p) { p.forms.value << u"buddy"_s; }) << u"buddy"_s;
        QTest::newRow("group form not a form") << ProfileChange([](Profile& p) { p.groupForms.value << u"pupil_pupil"_s; })
                                               << u"pupil_pupil"_s;
        QTest::newRow("zero cap") << ProfileChange([](Profile& p) { p.maxMentees.value = 0; }) << u"at least 1"_s;
        QTest::newRow("negative cap of a form") << ProfileChange([](Profile& p) { p.maxMenteesByForm[u"mentoring"_s].value = -1; })
                                                << u"mentoring"_s;
        QTest::newRow("min above max") << ProfileChange([](Profile& p) { p.durationMinMonths.value = 40; }) << u"40"_s;
        QTest::newRow("negative plan deadline") << ProfileChange([](Profile& p) { p.planDeadlineDays.value = -1; })
                                                << u"plan deadline"_s;
        QTest::newRow("negative experience") << ProfileChange([](Profile& p) { p.experienceByForm[u"traditional"_s].value.years = -2; })
                                             << u"traditional"_s;
        QTest::newRow("unknown experience kind")
            << ProfileChange([](Profile& p) { p.experienceByForm[u"traditional"_s].value.kind = u"sports"_s; }) << u"sports"_s;
        QTest::newRow("unknown credential") << ProfileChange([](Profile& p) { p.credentialByForm[u"coaching"_s].value = u"diploma"_s; })
                                            << u"diploma"_s;
        QTest::newRow("unknown ground") << ProfileChange([](Profile& p) { p.replacementGrounds.value << u"mood"_s; }) << u"mood"_s;
        QTest::newRow("unknown rule") << ProfileChange([](Profile& p) { p.rules.insert(u"mentor.mood"_s, {true, {}, false, {}}); })
                                      << u"mentor.mood"_s;
        QTest::newRow("rule on without its number")
            << ProfileChange([](Profile& p) { p.planDeadlineDays.value = std::nullopt; }) << u"plan.deadline"_s;
        QTest::newRow("bad id") << ProfileChange([](Profile& p) { p.id = u"Наша школа"_s; }) << u"Наша школа"_s;
        QTest::newRow("no name") << ProfileChange([](Profile& p) { p.nameRu.clear(); p.nameEn.clear(); }) << u"name"_s;
    }
    void validate()
    {
        QFETCH(ProfileChange, change);
        QFETCH(QString, expected);
        Profile p = custom();
        change(p);
        const QStringList problems = p.validate();
        if (expected.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u' ')));
            return;
        }
        QVERIFY(!problems.isEmpty());
        QVERIFY2(problems.join(u' ').contains(expected), qPrintable(problems.join(u' ')));
    }

    void unknownProfile()
    {
        const Result<Profile> p = Profiles::find(Profiles::builtIn(), u"lyceum"_s);
        QVERIFY(!p.ok());
        QVERIFY(p.error().contains(u"lyceum"_s));
        for (const QString& id : Profiles::builtInIds())
            QVERIFY2(p.error().contains(id), qPrintable(p.error()));
    }

    // ---- ProfileRepository ----

    void customSaveLoadDelete()
    {
        test::TempDatabase t;
        ProfileRepository repo(t.connection());
        QCOMPARE(repo.list().value().size(), 4);

        Result<Profile> copy = repo.copyOf(u"municipal"_s, u"our-school"_s, u"Положение МБОУ СОШ № 5"_s);
        QVERIFY(copy.ok());
        QCOMPARE(copy->base, u"municipal"_s);
        QVERIFY(!copy->builtIn);
        copy->maxMentees.value = 3;
        copy->maxMentees.clause = u"Положение МБОУ СОШ № 5, п. 3.2"_s;
        copy->planDeadlineDays.value = 10;
        const Status saved = repo.save(copy.value());
        QVERIFY2(saved.ok(), qPrintable(saved.error()));

        const QList<Profile> all = repo.list().value();
        QCOMPARE(all.size(), 5);
        QCOMPARE(all.last().id, u"our-school"_s);
        const Profile loaded = repo.load(u"our-school"_s).value();
        QCOMPARE(loaded, copy.value());
        QCOMPARE(loaded.name(), u"Положение МБОУ СОШ № 5"_s);

        // Saving again replaces it.
        Profile changed = loaded;
        changed.maxMentees.value = 4;
        QVERIFY(repo.save(changed).ok());
        QCOMPARE(*repo.load(u"our-school"_s).value().maxMentees.value, 4);
        QCOMPARE(repo.custom().value().size(), 1);

        QVERIFY(repo.remove(u"our-school"_s).ok());
        QCOMPARE(repo.list().value().size(), 4);
        QVERIFY(!repo.load(u"our-school"_s).ok());
        QVERIFY(!repo.remove(u"our-school"_s).ok());
    }

    void customValidationRefuses_data()
    {
        QTest::addColumn<ProfileChange>("change");
        QTest::addColumn<QString>("expected");
        QTest::newRow("the id of a built-in profile") << ProfileChange([](Profile& p) { p.id = u"school"_s; }) << u"built-in"_s;
        QTest::newRow("based on a custom profile") << ProfileChange([](Profile& p) { p.base = u"other"_s; }) << u"other"_s;
        QTest::newRow("negative number") << ProfileChange([](Profile& p) { p.reportDeadlineDays.value = -5; }) << u"report deadline"_s;
    }
    void customValidationRefuses()
    {
        QFETCH(ProfileChange, change);
        QFETCH(QString, expected);
        test::TempDatabase t;
        ProfileRepository repo(t.connection());
        Profile p = custom();
        change(p);
        const Status s = repo.save(p);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(expected), qPrintable(s.error()));
        QVERIFY(repo.custom().value().isEmpty());
    }

    void deleteRefused()
    {
        test::TempDatabase t;
        ProfileRepository repo(t.connection());
        QVERIFY(repo.save(custom()).ok());
        OrganizationRepository orgs(t.connection());
        Organization org = orgs.load().value();
        org.profile = u"our-school"_s;
        QVERIFY(orgs.save(org).ok());
        QCOMPARE(repo.active().value().id, u"our-school"_s);

        const Status active = repo.remove(u"our-school"_s);
        QVERIFY(!active.ok());
        QVERIFY2(active.error().contains(u"active"_s), qPrintable(active.error()));
        QCOMPARE(repo.custom().value().size(), 1);

        const Status builtInDelete = repo.remove(u"school"_s);
        QVERIFY(!builtInDelete.ok());
        QVERIFY(builtInDelete.error().contains(u"built-in"_s));
    }

    void loadUnknownListsKnown()
    {
        test::TempDatabase t;
        ProfileRepository repo(t.connection());
        QVERIFY(repo.save(custom()).ok());
        const Result<Profile> p = repo.load(u"lyceum"_s);
        QVERIFY(!p.ok());
        QVERIFY(p.error().contains(u"lyceum"_s));
        QVERIFY(p.error().contains(u"our-school"_s));
        QVERIFY(p.error().contains(u"civil-service"_s));
    }

    void validationInput()
    {
        test::TempDatabase t;
        const Dataset demo = demo::school(QDate(2026, 11, 22));
        QVERIFY(DatasetRepository(t.connection()).replaceAll(demo).ok());
        QVERIFY(ProfileRepository(t.connection()).save(custom()).ok());
        ValidationRepository repo(t.connection());
        Result<ValidationInput> in = repo.load();
        QVERIFY2(in.ok(), qPrintable(in.error()));
        QCOMPARE(in->profile.id, u"school"_s);
        QCOMPARE(in->profiles.size(), 5);
        QCOMPARE(in->data.pairs.size(), demo.pairs.size());
        QVERIFY(in->calendar.isConfirmed(2026));
        in = repo.load(u"our-school"_s);
        QVERIFY(in.ok());
        QCOMPARE(in->profile.id, u"our-school"_s);
        in = repo.load(u"lyceum"_s);
        QVERIFY(!in.ok());
        QVERIFY(in.error().contains(u"our-school"_s));
    }

    void damagedRowReported()
    {
        test::TempDatabase t;
        QSqlQuery q(t.connection());
        QVERIFY(q.exec(u"INSERT INTO profile (id, name, base, parameters) VALUES ('broken', 'Сломанный', 'school', '{oops')"_s));
        ProfileRepository repo(t.connection());
        const Result<QList<Profile>> all = repo.list();
        QVERIFY(!all.ok());
        QVERIFY2(all.error().contains(u"broken"_s), qPrintable(all.error()));
        // Built-in profiles can still be loaded by id.
        QVERIFY(repo.load(u"school"_s).ok());
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
