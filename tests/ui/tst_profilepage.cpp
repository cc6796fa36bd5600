#include "../core/RuleTestData.h"
#include "ChecksTestSupport.h"
#include "WidgetTestSupport.h"
#include "rules/RuleIds.h"
#include "settings/OrganizationEditor.h"
#include "settings/ProfileEditor.h"
#include "settings/ProfilePage.h"
#include "settings/ProfileRowsModel.h"
#include "settings/SettingsDialog.h"
#include "storage/OrganizationRepository.h"
#include "storage/ProfileRepository.h"
#include "widgets/EditorDialog.h"
#include "widgets/MessageArea.h"
#include "widgets/MessageBox.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

using namespace nastavnik;
using namespace nastavnik::ui;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 3, 2);

struct Fixture : test::ContextFixture
{
    ProfilePage page{context.get()};

    Fixture()
        : test::ContextFixture(kToday, test::baseline(u"school"_s))
    {
        page.resize(900, 600);
        page.show();
    }

    ProfileRepository repo() const { return ProfileRepository(db.connection()); }
    QString stored() const { return OrganizationRepository(db.connection()).load().value().profile; }
};

QListWidgetItem* item(QListWidget* list, int row)
{
    return list->item(row);
}

void check(QListWidget* list, const QString& code, bool on)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == code)
            list->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace

class TestProfilePage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        MessageBox::setNextAnswer(MessageBox::NoButton);
    }

    void showsEveryProfileWithItsClauses()
    {
        Fixture f;
        QAbstractItemModelTester tester(f.page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(f.page.list()->count(), 4);
        QCOMPARE(f.page.activeProfile(), u"school"_s);
        QCOMPARE(f.page.shownProfile(), u"school"_s);
        QVERIFY(item(f.page.list(), 0)->text().startsWith(u"✓ "_s));
        QVERIFY(!f.page.activateButton()->isEnabled());
        QVERIFY(!f.page.editButton()->isEnabled());
        QVERIFY(!f.page.deleteButton()->isEnabled());

        const Profile school = test::profile(u"school"_s);
        QCOMPARE(f.page.model()->rowCount(), int(school.rows().size()));
        const int first = 0;
        QCOMPARE(f.page.model()->index(first, ProfileRowsModel::LabelColumn).data().toString(), school.rows().first().label);
        QCOMPARE(f.page.model()->index(first, ProfileRowsModel::ClauseColumn).data().toString(), school.rows().first().clause);

        // The civil service's values of Decree № 1296 are marked.
        QVERIFY(f.page.showProfile(u"civil-service"_s));
        int secondary = 0;
        for (int row = 0; row < f.page.model()->rowCount(); ++row) {
            const QModelIndex clause = f.page.model()->index(row, ProfileRowsModel::ClauseColumn);
            if (clause.data(ProfileRowsModel::SecondaryRole).toBool()) {
                ++secondary;
                QVERIFY2(clause.data().toString().endsWith(u"by secondary sources — confirm"_s),
                         qPrintable(clause.data().toString()));
                QVERIFY(clause.data(Qt::BackgroundRole).isValid());
            }
        }
        QVERIFY(secondary >= 4);
        QVERIFY(f.page.activateButton()->isEnabled());
    }

    void choosingTheActiveProfileIsSavedWithTheDialog()
    {
        Fixture f;
        SettingsDialog dialog(f.context.get(), f.settings);
        dialog.show();
        ProfilePage* page = dialog.profilePage();
        OrganizationEditor* org = dialog.organizationEditor();
        QVERIFY(org->profileLabel()->text().contains(test::profile(u"school"_s).name()));
        QVERIFY(page->showProfile(u"municipal"_s));
        page->makeShownActive();
        QVERIFY(page->isModified());
        QVERIFY(org->profileLabel()->text().contains(test::profile(u"municipal"_s).name()));
        QCOMPARE(f.stored(), u"school"_s);
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(f.stored(), u"municipal"_s);

        // The link on the organisation's page leads to the profile page.
        SettingsDialog again(f.context.get(), f.settings);
        again.show();
        emit again.organizationEditor()->profileLabel()->linkActivated(u"profile"_s);
        QCOMPARE(again.currentPage(), SettingsDialog::Page::Profile);
        QCOMPARE(again.profilePage()->activeProfile(), u"municipal"_s);
        again.reject();
    }

    void createEditAndSaveAnOwnProfile()
    {
        Fixture f;
        EditorDialog* dialog = f.page.createFrom(u"municipal"_s);
        QVERIFY(dialog);
        auto* editor = static_cast<ProfileEditor*>(dialog->editor());
        QVERIFY(editor->isNew());
        QCOMPARE(editor->idEdit()->text(), u"municipal-own"_s);
        QVERIFY(editor->nameEdit()->text().contains(u"own provision"_s));
        QCOMPARE(editor->maxMenteesSpin()->value(), 2);
        QCOMPARE(editor->durationMaxSpin()->value(), 36);
        QCOMPARE(editor->planDeadlineSpin()->value(), 5);

        editor->nameEdit()->setText(u"Положение СОШ № 1"_s);
        editor->idEdit()->setText(u"sosh1"_s);
        editor->ownClauseEdit()->setText(u"Положение СОШ № 1, п. 3"_s);
        editor->maxMenteesSpin()->setValue(3);
        editor->durationMaxSpin()->setValue(24);
        check(editor->reasonsList(), u"sick_leave"_s, true);
        check(editor->rulesList(), QString::fromUtf16(rules::ExtensionReason), true);
        dialog->accept();
        QVERIFY2(!dialog->isVisible(), qPrintable(editor->messageArea()->messages(u"validation"_s).join(u'\n')));

        const Profile saved = f.repo().load(u"sosh1"_s).value();
        const Profile base = test::profile(u"municipal"_s);
        QCOMPARE(saved.base, u"municipal"_s);
        QCOMPARE(saved.nameRu, u"Положение СОШ № 1"_s);
        QCOMPARE(*saved.maxMentees.value, 3);
        QCOMPARE(saved.maxMentees.clause, u"Положение СОШ № 1, п. 3"_s);
        QCOMPARE(*saved.durationMaxMonths.value, 24);
        QCOMPARE(saved.durationMaxMonths.clause, u"Положение СОШ № 1, п. 3"_s);
        QVERIFY(saved.isEnabled(QString::fromUtf16(rules::ExtensionReason)));
        QCOMPARE(saved.extensionReasons.value, QStringList{u"sick_leave"_s});
        // What was not changed keeps the clause of the provision it comes from.
        QCOMPARE(saved.durationMinMonths, base.durationMinMonths);
        QCOMPARE(saved.planDeadlineDays, base.planDeadlineDays);
        QCOMPARE(saved.experienceByForm, base.experienceByForm);
        QCOMPARE(saved.credentialByForm, base.credentialByForm);
        QCOMPARE(saved.maxMenteesByForm, base.maxMenteesByForm);
        QCOMPARE(saved.rules.value(QString::fromUtf16(rules::PlanDeadline)),
                 base.rules.value(QString::fromUtf16(rules::PlanDeadline)));

        // The list shows it, as an own profile; it can be edited again.
        QCOMPARE(f.page.shownProfile(), u"sosh1"_s);
        QCOMPARE(f.page.list()->count(), 5);
        QVERIFY(f.page.editButton()->isEnabled());
        EditorDialog* edit = f.page.editCustom(u"sosh1"_s);
        auto* again = static_cast<ProfileEditor*>(edit->editor());
        QVERIFY(!again->isNew());
        QVERIFY(!again->isModified());
        QVERIFY(again->idEdit()->isReadOnly());
        QCOMPARE(again->ownClauseEdit()->text(), u"Положение СОШ № 1, п. 3"_s);
        again->maxMenteesSpin()->setValue(2);
        edit->accept();
        QVERIFY(!edit->isVisible());
        // Back to the built-in value: back to its clause.
        QCOMPARE(f.repo().load(u"sosh1"_s).value().maxMentees, base.maxMentees);
    }

    void invalidProfilesAreNotSaved_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("message");
        QTest::newRow("no name") << u"name"_s << u"Give the profile a name."_s;
        QTest::newRow("a bad id") << u"id"_s << u"may contain only lower-case Latin letters"_s;
        QTest::newRow("a built-in id") << u"builtin-id"_s << u"is the id of a built-in profile"_s;
        QTest::newRow("a rule without its number") << u"plan-deadline"_s << u"The rule plan.deadline is on"_s;
        QTest::newRow("the shortest term longer than the longest") << u"terms"_s << u"is longer than the longest"_s;
        QTest::newRow("no form") << u"forms"_s << u"at least one form of mentoring"_s;
        QTest::newRow("no clause for changed values") << u"clause"_s << u"Clause of changed values"_s;
    }
    void invalidProfilesAreNotSaved()
    {
        QFETCH(QString, problem);
        QFETCH(QString, message);
        Fixture f;
        EditorDialog* dialog = f.page.createFrom(u"municipal"_s);
        auto* editor = static_cast<ProfileEditor*>(dialog->editor());
        if (problem == u"name")
            editor->nameEdit()->clear();
        else if (problem == u"id")
            editor->idEdit()->setText(u"Наш профиль"_s);
        else if (problem == u"builtin-id")
            editor->idEdit()->setText(u"school"_s);
        else if (problem == u"plan-deadline")
            editor->planDeadlineSpin()->setValue(-1);
        else if (problem == u"terms")
            editor->durationMinSpin()->setValue(40);
        else if (problem == u"forms")
            for (int i = 0; i < editor->formsList()->count(); ++i)
                editor->formsList()->item(i)->setCheckState(Qt::Unchecked);
        else if (problem == u"clause")
            editor->ownClauseEdit()->clear();
        dialog->accept();
        QVERIFY(dialog->isVisible());
        const QString shown = editor->messageArea()->messages(u"validation"_s).join(u'\n');
        QVERIFY2(shown.contains(message), qPrintable(shown));
        QVERIFY(f.repo().custom().value().isEmpty());
        MessageBox::setNextAnswer(MessageBox::Discard);
        dialog->reject();
    }

    void theActiveProfileCannotBeDeleted()
    {
        Fixture f;
        EditorDialog* dialog = f.page.createFrom(u"school"_s);
        dialog->accept();
        QVERIFY(!dialog->isVisible());
        const QString id = f.page.shownProfile();
        QCOMPARE(id, u"school-own"_s);

        // Chosen (not saved yet): refused.
        f.page.makeShownActive();
        MessageBox::setNextAnswer(MessageBox::Ok);
        f.page.deleteCustom(id);
        QVERIFY(MessageBox::lastText().contains(u"Choose another profile for the organisation first"_s));
        QVERIFY(f.repo().load(id).ok());

        // Saved as the organisation's: refused by the repository, with its message.
        QVERIFY(f.page.commit());
        QCOMPARE(f.stored(), id);
        MessageBox::setNextAnswer(MessageBox::Ok);
        f.page.deleteCustom(id);
        QVERIFY2(MessageBox::lastText().contains(u"is the organisation's active profile and cannot be deleted"_s),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(f.repo().load(id).ok());

        // Another profile active: asked, then deleted.
        QVERIFY(f.page.showProfile(u"school"_s));
        f.page.makeShownActive();
        QVERIFY(f.page.commit());
        MessageBox::setNextAnswer(MessageBox::Cancel);
        f.page.deleteCustom(id);
        QVERIFY(f.repo().load(id).ok());
        MessageBox::setNextAnswer(MessageBox::Delete);
        f.page.deleteCustom(id);
        QVERIFY(!f.repo().load(id).ok());
        QCOMPARE(f.page.list()->count(), 4);
    }

    void aSecondCopyGetsAnIdOfItsOwn()
    {
        Fixture f;
        f.page.createFrom(u"school"_s)->accept();
        EditorDialog* second = f.page.createFrom(u"school"_s);
        auto* editor = static_cast<ProfileEditor*>(second->editor());
        QCOMPARE(editor->idEdit()->text(), u"school-own-2"_s);
        QVERIFY(editor->nameEdit()->text().endsWith(u"own provision 2"_s));
        second->accept();
        QCOMPARE(f.repo().custom().value().size(), 2);
    }
};

QTEST_MAIN(TestProfilePage)
#include "tst_profilepage.moc"
