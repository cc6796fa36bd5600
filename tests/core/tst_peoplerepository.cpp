#include "TestSupport.h"
#include "storage/DatasetRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/PeopleRepository.h"

#include <QSqlQuery>
#include <QtTest>

using namespace nastavnik;
using namespace Qt::StringLiterals;

namespace {
Person teacher()
{
    Person p;
    p.lastName = u"Иванова"_s;
    p.firstName = u"Мария"_s;
    p.middleName = u"Петровна"_s;
    p.birthDate = QDate(1980, 5, 1);
    p.kind = u"teacher"_s;
    p.position = u"учитель математики"_s;
    p.unit = u"МО естественных наук"_s;
    p.pedagogicalYears = 12;
    p.managerialYears = 0;
    p.mentorBase = true;
    p.competencies = u"подготовка к ОГЭ"_s;
    p.credentials << Credential{0, u"mentor_status"_s, u"123"_s, QDate(2024, 1, 10), {}, {}};
    return p;
}
} // namespace

class TestPeopleRepository : public QObject
{
    Q_OBJECT

private slots:
    void savesAndLoadsEveryField()
    {
        test::TempDatabase t;
        PeopleRepository repo(t.connection());
        Person p = teacher();
        p.gender = u"f"_s;
        p.menteeCategories = {u"young_specialist"_s};
        p.request = u"дисциплина"_s;
        p.phone = u"+7 912 000-00-00"_s;
        p.email = u"ivanova@example.ru"_s;
        p.note = u"заметка"_s;
        p.disciplinarySanction = true;
        p.methodicalYears = 3;
        p.nameForms = {{u"genitive"_s, u"Ивановой Марии Петровны"_s}};
        const Result<QString> id = repo.save(p);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(id.value(), u"p1"_s);
        Result<Person> loaded = repo.load(id.value());
        QVERIFY(loaded.ok());
        p.id = id.value();
        QCOMPARE(loaded->credentials.size(), 1);
        QVERIFY(loaded->credentials.first().rowId > 0);
        loaded->credentials.first().rowId = 0;
        QCOMPARE(loaded.value(), p);
    }

    void updatesAndReplacesCredentials()
    {
        test::TempDatabase t;
        PeopleRepository repo(t.connection());
        const QString id = repo.save(teacher()).value();
        Person p = repo.load(id).value();
        p.position = u"заместитель директора"_s;
        p.credentials.clear();
        p.credentials << Credential{0, u"labour_agreement"_s, u"ДС-1"_s, QDate(2025, 9, 1), {}, {}};
        QVERIFY(repo.save(p).ok());
        const Person again = repo.load(id).value();
        QCOMPARE(again.position, u"заместитель директора"_s);
        QCOMPARE(again.credentials.size(), 1);
        QCOMPARE(again.credentials.first().type, u"labour_agreement"_s);
        QSqlQuery q(t.connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM credential"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void namesWithQuotesAndEmoji()
    {
        test::TempDatabase t;
        PeopleRepository repo(t.connection());
        Person p = teacher();
        p.lastName = u"О'Нил-Петрова \"Маша\" 🙂"_s;
        p.firstName = u"Мария'); DROP TABLE person; --"_s;
        const QString id = repo.save(p).value();
        const Person loaded = repo.load(id).value();
        QCOMPARE(loaded.lastName, p.lastName);
        QCOMPARE(loaded.firstName, p.firstName);
        QVERIFY(repo.exists(id));
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expectedWords");
        QTest::newRow("empty surname") << u"surname"_s << u"surname"_s;
        QTest::newRow("birth in the future") << u"birth"_s << u"future"_s;
        QTest::newRow("bad e-mail") << u"email"_s << u"e-mail"_s;
        QTest::newRow("negative experience") << u"years"_s << u"experience"_s;
        QTest::newRow("document valid before issue") << u"credential"_s << u"before the issue date"_s;
        QTest::newRow("unknown supervisor") << u"supervisor"_s << u"supervisor"_s;
        QTest::newRow("unknown kind") << u"kind"_s << u"kind"_s;
    }
    void rejectsBadInput()
    {
        QFETCH(QString, field);
        QFETCH(QString, expectedWords);
        test::TempDatabase t;
        PeopleRepository repo(t.connection());
        Person p = teacher();
        if (field == u"surname")
            p.lastName = u"   "_s;
        else if (field == u"birth")
            p.birthDate = QDate::currentDate().addDays(10);
        else if (field == u"email")
            p.email = u"ivanova@"_s;
        else if (field == u"years")
            p.pedagogicalYears = -1;
        else if (field == u"credential")
            p.credentials.first().validUntil = QDate(2020, 1, 1);
        else if (field == u"supervisor")
            p.supervisor = u"p404"_s;
        else if (field == u"kind")
            p.kind = u"wizard"_s;
        const Result<QString> r = repo.save(p);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(expectedWords), qPrintable(r.error()));
        QVERIFY(!repo.exists(u"p1"_s));
    }

    void consents()
    {
        test::TempDatabase t;
        PeopleRepository repo(t.connection());
        Person child = teacher();
        child.kind = u"pupil"_s;
        child.birthDate = QDate(2013, 4, 2);
        child.credentials.clear();
        const QString childId = repo.save(child).value();
        Person mother = teacher();
        mother.kind = u"parent"_s;
        mother.credentials.clear();
        const QString motherId = repo.save(mother).value();

        QList<Consent> list;
        list << Consent{{}, childId, u"personal_data"_s, motherId, QDate(2026, 1, 10), {}, {}};
        list << Consent{{}, childId, u"distribution"_s, motherId, QDate(2026, 1, 10), QDate(2026, 2, 1), {}};
        QVERIFY(repo.saveConsents(childId, list).ok());
        QList<Consent> loaded = repo.consentsOf(childId);
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(0).signedBy, motherId);
        QCOMPARE(loaded.at(1).withdrawn, QDate(2026, 2, 1));
        QVERIFY(!loaded.at(0).id.isEmpty());

        // Removing one keeps the other with its id.
        const QString keptId = loaded.at(0).id;
        loaded.removeAt(1);
        QVERIFY(repo.saveConsents(childId, loaded).ok());
        QCOMPARE(repo.consentsOf(childId).size(), 1);
        QCOMPARE(repo.consentsOf(childId).first().id, keptId);

        // A consent withdrawn before it was signed is refused; nothing changes.
        loaded.first().withdrawn = QDate(2025, 1, 1);
        const Status s = repo.saveConsents(childId, loaded);
        QVERIFY(!s.ok());
        QVERIFY(repo.consentsOf(childId).first().withdrawn.isNull());

        // The mother signed for the child: she cannot be deleted silently.
        const Status removal = repo.remove(motherId);
        QVERIFY(!removal.ok());
        QVERIFY2(removal.error().contains(u"Archive"_s), qPrintable(removal.error()));
        QVERIFY(repo.exists(motherId));
        QVERIFY(repo.setArchived(motherId, true).ok());
        QVERIFY(repo.load(motherId)->archived);
    }

    void removesUnreferencedPersonWithDocuments()
    {
        test::TempDatabase t;
        PeopleRepository repo(t.connection());
        const QString id = repo.save(teacher()).value();
        QVERIFY(repo.saveConsents(id, {Consent{{}, id, u"personal_data"_s, id, QDate(2026, 1, 10), {}, {}}}).ok());
        QVERIFY(repo.referencesTo(id).isEmpty());
        QVERIFY(repo.remove(id).ok());
        QVERIFY(!repo.exists(id));
        QSqlQuery q(t.connection());
        QVERIFY(q.exec(u"SELECT (SELECT count(*) FROM credential) + (SELECT count(*) FROM consent)"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void referencesOfSupervisorAndHead()
    {
        test::TempDatabase t;
        PeopleRepository repo(t.connection());
        const QString boss = repo.save(teacher()).value();
        Person staff = teacher();
        staff.lastName = u"Петров"_s;
        staff.supervisor = boss;
        repo.save(staff);
        OrganizationRepository orgs(t.connection());
        Organization o = orgs.load().value();
        o.head = boss;
        QVERIFY(orgs.save(o).ok());
        const QStringList refs = repo.referencesTo(boss);
        QCOMPARE(refs.size(), 2);
        QVERIFY(!repo.remove(boss).ok());
    }

    void duplicateCheck()
    {
        test::TempDatabase t;
        PeopleRepository repo(t.connection());
        const QString id = repo.save(teacher()).value();
        QCOMPARE(repo.findByNameAndBirth(u"Иванова"_s, u"Мария"_s, u"Петровна"_s, QDate(1980, 5, 1)), id);
        QVERIFY(repo.findByNameAndBirth(u"Иванова"_s, u"Мария"_s, u"Петровна"_s, QDate(1981, 5, 1)).isEmpty());
        QVERIFY(repo.findByNameAndBirth(u"Иванова"_s, u"Мария"_s, u"Петровна"_s, QDate()).isEmpty());
    }

    void searchTextFoldsCaseAndYo()
    {
        Person p = teacher();
        p.lastName = u"Ёлкина"_s;
        QCOMPARE(PeopleRepository::searchText(p), u"елкина мария петровна учитель математики"_s);
        QCOMPARE(PeopleRepository::foldForSearch(u"  ЁЛКИНА  "_s), u"елкина"_s);
    }
};

QTEST_GUILESS_MAIN(TestPeopleRepository)
#include "tst_peoplerepository.moc"
