#include "ChecksTestSupport.h"
#include "WidgetTestSupport.h"
#include "checks/ChecksSection.h"
#include "checks/FindingsModel.h"
#include "rules/RuleEngine.h"
#include "rules/RuleIds.h"
#include "widgets/FileDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTextBrowser>
#include <QTreeView>
#include <QtTest>

using namespace nastavnik;
using namespace nastavnik::ui;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 3, 2);

struct Fixture : test::ContextFixture
{
    ChecksSection section;

    explicit Fixture(const Dataset& data = demo::school(kToday))
        : test::ContextFixture(kToday, data)
    {
        section.resize(1100, 700);
        section.setContext(context.get());
        section.show();
        if (!test::settle(findings()))
            qWarning("the check did not finish");
    }
    ~Fixture() { section.setContext(nullptr); }

    FindingsModel* model() const { return section.model(); }

    int childCount() const
    {
        int n = 0;
        for (int g = 0; g < model()->rowCount(); ++g)
            n += model()->rowCount(model()->index(g, 0));
        return n;
    }
    /// The first finding (its index) whose subject is of `kind`.
    QModelIndex firstOf(Finding::SubjectKind kind) const
    {
        for (int g = 0; g < model()->rowCount(); ++g) {
            const QModelIndex group = model()->index(g, 0);
            for (int r = 0; r < model()->rowCount(group); ++r) {
                const QModelIndex i = model()->index(r, 0, group);
                if (model()->finding(i)->subjectKind == kind)
                    return i;
            }
        }
        return {};
    }
};

} // namespace

class TestChecksSection : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        QVERIFY(!FileDialog::hasNextFileName());
    }

    void groupsByRule()
    {
        Fixture f;
        QAbstractItemModelTester tester(f.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<Finding>& all = f.findings().findings();
        QVERIFY(!all.isEmpty());
        QCOMPARE(f.model()->shownCount(), int(all.size()));
        QCOMPARE(f.childCount(), int(all.size()));
        QSet<QString> ruleIds;
        for (const Finding& finding : all)
            ruleIds.insert(finding.rule);
        QCOMPARE(f.model()->rowCount(), int(ruleIds.size()));
        // In the contract's order, each titled by the rule with its count and clause.
        int last = -1;
        for (int g = 0; g < f.model()->rowCount(); ++g) {
            const QModelIndex group = f.model()->index(g, 0);
            const QString rule = group.data(FindingsModel::RuleRole).toString();
            QVERIFY(rules::all().indexOf(rule) > last);
            last = int(rules::all().indexOf(rule));
            const int count = f.model()->rowCount(group);
            QCOMPARE(group.data().toString(), u"%1 (%2)"_s.arg(RuleEngine::ruleTitle(rule)).arg(count));
            QCOMPARE(f.model()->index(g, FindingsModel::ClauseColumn).data().toString(),
                     f.findings().report().profile.ruleClause(rule));
            for (int r = 0; r < count; ++r) {
                const QModelIndex i = f.model()->index(r, 0, group);
                const Finding* finding = f.model()->finding(i);
                QCOMPARE(finding->rule, rule);
                QCOMPARE(i.data().toString(), finding->message);
                QVERIFY(i.data(Qt::ToolTipRole).toString().contains(finding->hint));
                QCOMPARE(f.model()->index(r, FindingsModel::ClauseColumn, group).data().toString(), finding->clause);
            }
            QVERIFY(f.section.tree()->isExpanded(group));
        }
        QVERIFY2(f.section.summaryLabel()->text().contains(u"%1 finding(s)"_s.arg(all.size())),
                 qPrintable(f.section.summaryLabel()->text()));
    }

    void groupsByParticipantOrPair()
    {
        Fixture f;
        QAbstractItemModelTester tester(f.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        f.section.bySubjectButton()->setChecked(true);
        QCOMPARE(f.model()->grouping(), FindingsModel::Grouping::BySubject);
        QCOMPARE(f.model()->headerData(FindingsModel::RelatedColumn, Qt::Horizontal).toString(), u"Rule"_s);
        QCOMPARE(f.childCount(), int(f.findings().findings().size()));
        bool pairsStarted = false;
        for (int g = 0; g < f.model()->rowCount(); ++g) {
            const QModelIndex group = f.model()->index(g, 0);
            const auto kind = Finding::SubjectKind(group.data(FindingsModel::SubjectKindRole).toInt());
            const QString subject = group.data(FindingsModel::SubjectRole).toString();
            // People first, then pairs.
            if (kind == Finding::SubjectKind::Pair)
                pairsStarted = true;
            else
                QVERIFY(!pairsStarted);
            const QString name = kind == Finding::SubjectKind::Person ? f.findings().report().personName(subject)
                                                                       : u"Pair "_s + f.findings().report().pairLabel(subject);
            QVERIFY2(group.data().toString().startsWith(name), qPrintable(group.data().toString()));
            for (int r = 0; r < f.model()->rowCount(group); ++r) {
                const QModelIndex i = f.model()->index(r, 0, group);
                QCOMPARE(f.model()->finding(i)->subject, subject);
                QCOMPARE(f.model()->index(r, FindingsModel::RelatedColumn, group).data().toString(),
                         RuleEngine::ruleTitle(f.model()->finding(i)->rule));
            }
        }
        f.section.byRuleButton()->setChecked(true);
        QCOMPARE(f.model()->grouping(), FindingsModel::Grouping::ByRule);
    }

    void filters_data()
    {
        QTest::addColumn<bool>("bySubject");
        QTest::newRow("grouped by rule") << false;
        QTest::newRow("grouped by subject") << true;
    }
    void filters()
    {
        QFETCH(bool, bySubject);
        Fixture f;
        QAbstractItemModelTester tester(f.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        f.section.bySubjectButton()->setChecked(bySubject);
        const int total = f.model()->shownCount();
        const QModelIndex person = f.firstOf(Finding::SubjectKind::Person);
        QVERIFY(person.isValid());
        const QString surname = f.findings().report().personName(f.model()->finding(person)->subject).section(u' ', 0, 0);
        test::typeText(f.section.filterBox(), surname.toLower());
        QVERIFY(f.model()->shownCount() > 0);
        QVERIFY(f.model()->shownCount() < total);
        QCOMPARE(f.childCount(), f.model()->shownCount());
        for (int g = 0; g < f.model()->rowCount(); ++g) {
            const QModelIndex group = f.model()->index(g, 0);
            QVERIFY(group.data().toString().endsWith(u"(%1)"_s.arg(f.model()->rowCount(group))));
        }
        QVERIFY(f.section.summaryLabel()->text().contains(u"Shown: %1."_s.arg(f.model()->shownCount())));

        // Words match anywhere, all of them: a clause and a name.
        f.section.filterBox()->setText(u"nothing like this at all"_s);
        QCOMPARE(f.model()->shownCount(), 0);
        QVERIFY(f.section.findChild<QLabel*>(u"checkEmpty"_s)->text().contains(u"nothing like this at all"_s));
        f.section.filterBox()->clear();
        QCOMPARE(f.model()->shownCount(), total);
    }

    void doubleClickOpensThePersonOrThePair()
    {
        Fixture f;
        QSignalSpy opened(f.context.get(), &AppContext::openRequested);
        const QModelIndex person = f.firstOf(Finding::SubjectKind::Person);
        QVERIFY(person.isValid());
        QVERIFY(f.section.tree()->isExpanded(person.parent()));
        f.section.tree()->scrollTo(person);
        // As a mouse does it: a click, then the second click of the double-click.
        const QPoint at = f.section.tree()->visualRect(person).center();
        QTest::mouseClick(f.section.tree()->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(f.section.tree()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.last().at(0).value<AppContext::Item>(), AppContext::Item::Person);
        QCOMPARE(opened.last().at(1).toString(), f.model()->finding(person)->subject);

        // A pair's finding: its first person while no section opens pairs…
        const QModelIndex pair = f.firstOf(Finding::SubjectKind::Pair);
        QVERIFY(pair.isValid());
        f.section.openIndex(pair);
        QCOMPARE(opened.last().at(0).value<AppContext::Item>(), AppContext::Item::Person);
        QCOMPARE(opened.last().at(1).toString(), f.model()->finding(pair)->people.first());
        // …the pair once one does.
        f.context->setOpenableItems({AppContext::Item::Person, AppContext::Item::Pair});
        f.section.openIndex(pair);
        QCOMPARE(opened.last().at(0).value<AppContext::Item>(), AppContext::Item::Pair);
        QCOMPARE(opened.last().at(1).toString(), f.model()->finding(pair)->subject);

        // A rule's group opens nothing (double-click folds it).
        const int before = int(opened.count());
        f.section.openIndex(f.model()->index(0, 0));
        QCOMPARE(opened.count(), before);
    }

    void detailsNameWhatToDo()
    {
        Fixture f;
        const QModelIndex pair = f.firstOf(Finding::SubjectKind::Pair);
        f.section.tree()->setCurrentIndex(pair);
        const Finding* finding = f.model()->finding(pair);
        const QString html = f.section.details()->toHtml();
        // The document shows non-breaking spaces as spaces.
        const QString text = f.section.details()->toPlainText().replace(QChar(0xA0), u' ');
        auto plain = [](QString s) { return s.replace(QChar(0xA0), u' '); };
        QVERIFY(text.contains(plain(finding->message)));
        QVERIFY(text.contains(plain(u"What to do: "_s + finding->hint)));
        QVERIFY(text.contains(plain(finding->clause)));
        // People are links; the pair is plain text while no section opens pairs.
        QVERIFY(html.contains(u"href=\"person:"_s));
        QVERIFY(!html.contains(u"href=\"pair:"_s));
        QSignalSpy opened(f.context.get(), &AppContext::openRequested);
        emit f.section.details()->anchorClicked(QUrl(u"person:"_s + finding->people.first()));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.last().at(1).toString(), finding->people.first());
    }

    void openingARuleShowsItsGroup()
    {
        Fixture f;
        f.section.bySubjectButton()->setChecked(true);
        f.section.filterBox()->setText(u"zzz"_s);
        const QString rule = f.findings().findings().last().rule;
        f.section.open(AppContext::Item::Rule, rule);
        QVERIFY(f.section.byRuleButton()->isChecked());
        QVERIFY(f.section.filterBox()->text().isEmpty());
        const QModelIndex current = f.section.tree()->currentIndex();
        QCOMPARE(current.data(FindingsModel::RuleRole).toString(), rule);
        QVERIFY(current.data(FindingsModel::IsGroupRole).toBool());
        QVERIFY(f.section.tree()->isExpanded(current));
        QVERIFY(f.section.canOpen(AppContext::Item::Rule));
        QVERIFY(!f.section.canOpen(AppContext::Item::Person));
    }

    void openingARuleBeforeTheCheckIsDone()
    {
        test::ContextFixture f(kToday);
        ChecksSection section;
        section.setContext(f.context.get());
        section.show();
        QVERIFY(f.findings().isChecking());
        section.open(AppContext::Item::Rule, u"pair.order"_s);
        QVERIFY(test::settle(f.findings()));
        QCOMPARE(section.tree()->currentIndex().data(FindingsModel::RuleRole).toString(), u"pair.order"_s);
        section.setContext(nullptr);
    }

    void findingsAsText()
    {
        Fixture f;
        f.section.copyText();
        const QString text = QGuiApplication::clipboard()->text();
        QVERIFY(text.startsWith(u"Check of the rules of the profile «"_s));
        QVERIFY(text.contains(u"on 02.03.2026"_s));
        for (const Finding& finding : f.findings().findings())
            QVERIFY2(text.contains(finding.message), qPrintable(finding.message));

        const QString path = f.dir.filePath(u"findings"_s);
        FileDialog::setNextFileName(path);
        f.section.saveText();
        const QByteArray saved = test::readFile(path + u".txt"_s);
        QVERIFY(saved.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(QString::fromUtf8(saved.mid(3)), f.model()->toText());
    }

    void refreshesAfterEveryChange()
    {
        Fixture f;
        const int before = f.model()->shownCount();
        QSqlQuery q(f.db.connection());
        QVERIFY(q.exec(u"DELETE FROM consent WHERE type = 'personal_data'"_s));
        f.context->notifyDataChanged();
        QVERIFY(f.section.findChild<QLabel*>(u"checkState"_s)->text().contains(u"Checking"_s));
        QVERIFY(test::settle(f.findings()));
        QVERIFY(f.model()->shownCount() > before);
        QVERIFY(f.section.findChild<QLabel*>(u"checkState"_s)->text().isEmpty());
        QVERIFY(f.model()->groupOfRule(u"consent.personal_data"_s).isValid());
    }

    void noFindingsSaysSo()
    {
        Fixture f(Dataset{});
        QCOMPARE(f.model()->rowCount(), 0);
        QVERIFY(f.section.findChild<QLabel*>(u"checkEmpty"_s)->text().startsWith(u"No findings"_s));
        QVERIFY(!f.section.filterBox()->isEnabled());
    }
};

QTEST_MAIN(TestChecksSection)
#include "tst_checkssection.moc"
