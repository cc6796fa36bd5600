#include "../core/RuleTestData.h"
#include "ChecksTestSupport.h"
#include "people/PeopleSection.h"
#include "people/PersonEditor.h"
#include "rules/RuleIds.h"
#include "widgets/EditorDialog.h"
#include "widgets/FindingsPanel.h"

#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QtTest>

using namespace nastavnik;
using namespace nastavnik::ui;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 3, 2);

/// The school of the rule tests; Петров Пётр Петрович (p2), mentee of g1, has no consent to
/// the processing of his personal data.
Dataset school()
{
    Dataset d = test::baseline(u"school"_s);
    test::removeConsents(d, u"p2"_s, u"personal_data"_s);
    return d;
}

bool hasRule(const QList<Finding>& findings, const QString& rule, const QString& subject)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [&](const Finding& f) { return f.rule == rule && f.subject == subject; });
}

struct Fixture : test::ContextFixture
{
    PeopleSection section;

    Fixture()
        : test::ContextFixture(kToday, school())
    {
        section.setContext(context.get());
        section.show();
        if (!test::settle(findings()))
            qWarning("the check did not finish");
    }
    ~Fixture() { section.setContext(nullptr); }
};

} // namespace

class TestPersonFindings : public QObject
{
    Q_OBJECT

private slots:
    void theEditorShowsThePersonsFindings()
    {
        Fixture f;
        const QString rule = QString::fromUtf16(rules::PersonalData);
        QVERIFY(hasRule(f.findings().findings(), rule, u"p2"_s));
        EditorDialog* dialog = f.section.openEditor(u"p2"_s);
        auto* editor = static_cast<PersonEditor*>(dialog->editor());
        FindingsPanel* panel = editor->findingsPanel();
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->findings(), f.findings().concerningPerson(u"p2"_s));
        QVERIFY(hasRule(panel->findings(), rule, u"p2"_s));
        // The panel's document shows non-breaking spaces as spaces.
        auto plain = [](QString s) { return s.replace(QChar(0xA0), u' '); };
        const QString text = plain(panel->text());
        QVERIFY2(text.startsWith(u"The check found %1 problem(s) to correct"_s.arg(panel->findings().size())), qPrintable(text));
        for (const Finding& finding : panel->findings()) {
            QVERIFY(text.contains(plain(finding.message)));
            QVERIFY(text.contains(plain(u"Clause: "_s + finding.clause)));
            QVERIFY(text.contains(plain(u"What to do: "_s + finding.hint)));
        }

        // The consent is added and saved: after the check of the new data, the finding goes.
        editor->tabs()->setCurrentIndex(PersonEditor::ConsentsTab);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"addConsent"_s), Qt::LeftButton);
        QVERIFY(editor->commit());
        QVERIFY(f.findings().isChecking());
        QVERIFY(panel->text().contains(u"checking again"_s));
        QVERIFY(test::settle(f.findings()));
        QVERIFY(!hasRule(panel->findings(), rule, u"p2"_s));
        QCOMPARE(panel->findings(), f.findings().concerningPerson(u"p2"_s));
        if (panel->findings().isEmpty())
            QVERIFY(panel->text().startsWith(u"The check finds nothing to correct here"_s));
        dialog->reject();
    }

    void aMentorSeesTheFindingsOfThePairsTheyLead()
    {
        Fixture f;
        EditorDialog* dialog = f.section.openEditor(u"p1"_s);
        auto* editor = static_cast<PersonEditor*>(dialog->editor());
        // p2's consent is a finding about p2, which concerns the pair's mentor too.
        QCOMPARE(editor->findingsPanel()->findings(), f.findings().concerningPerson(u"p1"_s));
        dialog->reject();
    }

    void aNewPersonHasNoPanel()
    {
        Fixture f;
        EditorDialog* dialog = f.section.openEditor(QString());
        auto* editor = static_cast<PersonEditor*>(dialog->editor());
        QVERIFY(!editor->findingsPanel()->isVisible());
        dialog->reject();
    }

    void beforeTheFirstCheck()
    {
        test::ContextFixture f(kToday, school());
        PersonEditor editor(f.context.get());
        editor.edit(u"p2"_s);
        editor.show();
        QVERIFY(editor.findingsPanel()->text().startsWith(u"Checking the rules of the provision"_s));
        QVERIFY(test::settle(f.findings()));
        QVERIFY(!editor.findingsPanel()->findings().isEmpty());
    }
};

QTEST_MAIN(TestPersonFindings)
#include "tst_personfindings.moc"
