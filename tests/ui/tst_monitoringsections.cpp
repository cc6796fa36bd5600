#include "AppContext.h"
#include "MainWindow.h"
#include "../core/MonitoringTestData.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "demo/DemoData.h"
#include "documents/DocumentEditorDialog.h"
#include "i18n/Translations.h"
#include "monitoring/IndicatorsModel.h"
#include "monitoring/MonitoringSection.h"
#include "questionnaires/AnswerEntry.h"
#include "questionnaires/QuestionnaireEditor.h"
#include "questionnaires/QuestionnaireListModel.h"
#include "questionnaires/QuestionnairesSection.h"
#include "questionnaires/ResponsesModel.h"
#include "questionnaires/TestResultsModel.h"
#include "questionnaires/TestsPanel.h"
#include "roadmap/ActivityEditor.h"
#include "roadmap/RoadmapModel.h"
#include "roadmap/RoadmapSection.h"
#include "roadmap/RoadmapTimeline.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"
#include "storage/DatasetRepository.h"
#include "storage/MonitoringRepository.h"
#include "util/Zip.h"
#include "widgets/DateEdit.h"
#include "widgets/EditorDialog.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageArea.h"
#include "widgets/MessageBox.h"
#include "widgets/PersonChooser.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QtTest>

#include <memory>

using namespace nastavnik;
using namespace nastavnik::ui;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 11, 22);

/// Screenshots for the documentation when NASTAVNIK_SCREENSHOTS names a folder.
void shot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("NASTAVNIK_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QApplication::processEvents();
    widget->grab().save(QDir(folder).filePath(name + u".png"_s));
}

template <typename S>
struct Fixture
{
    test::TempDatabase db;
    QTemporaryDir dir;
    AppSettings settings{dir.filePath(u"settings.ini"_s)};
    AppContext context{db.db(), settings};
    S section;

    explicit Fixture(const Dataset& data)
    {
        if (!DatasetRepository(db.connection()).replaceAll(data).ok())
            qFatal("the test data could not be written");
        context.setToday(kToday);
        section.setContext(&context);
        section.resize(1280, 800);
        section.show();
        QApplication::processEvents();
    }
    ~Fixture()
    {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (qobject_cast<QDialog*>(w) && w->isVisible()) {
                // A failed check may leave an editor with changes: never wait for an answer.
                MessageBox::setNextAnswer(MessageBox::Discard);
                w->close();
            }
        }
        section.setContext(nullptr);
    }
    Dataset load() { return DatasetRepository(db.connection()).load().value(); }
};

template <typename T>
T* visible()
{
    T* found = nullptr;
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* t = qobject_cast<T*>(w); t && t->isVisible())
            found = t;
    }
    return found;
}

Dataset schoolWithoutMonitoring()
{
    Dataset d = demo::school(kToday);
    d.monitoring = MonitoringData();
    return d;
}

} // namespace

class TestMonitoringSections : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!qEnvironmentVariableIsEmpty("NASTAVNIK_SCREENSHOTS"))
            i18n::install(*QCoreApplication::instance(), u"ru"_s);
    }

    void cleanup()
    {
        MessageBox::setNextAnswer(MessageBox::NoButton);
    }

    // ---- The sections in the main window ----
    void sectionsInTheMainWindow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.sqlite"_s);
        {
            Database db;
            QVERIFY(db.open(path, Database::Mode::CreateIfMissing).ok());
            QVERIFY(DatasetRepository(db.connection()).replaceAll(demo::school(kToday)).ok());
        }
        AppSettings settings(dir.filePath(u"settings.ini"_s));
        MainWindow window(settings);
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openDatabase(path));
        window.context()->setToday(kToday);
        window.context()->notifyDataChanged();
        for (const QString& id : {u"roadmap"_s, u"questionnaires"_s, u"monitoring"_s}) {
            QVERIFY2(window.section(id), qPrintable(id));
            QVERIFY(window.showSection(id));
            shot(&window, u"window-"_s + id);
        }
        // «Сегодня» opens a roadmap activity through the context.
        QVERIFY(window.context()->canOpen(AppContext::Item::RoadmapActivity));
        window.context()->requestOpen(AppContext::Item::RoadmapActivity, u"ra1"_s);
        QCOMPARE(window.currentSection()->id(), u"roadmap"_s);
        EditorDialog* dialog = visible<EditorDialog>();
        QVERIFY(dialog);
        dialog->reject();
        window.close();
    }

    // ---- «Дорожная карта» ----
    void roadmapFromTemplate()
    {
        Fixture<RoadmapSection> f(schoolWithoutMonitoring());
        QAbstractItemModelTester tester(f.section.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(f.section.model()->rowCount(), 0);
        QVERIFY(f.section.currentRoadmapId().isEmpty());
        shot(&f.section, u"roadmap-empty"_s);

        QVERIFY(f.section.createFromTemplate(2026).ok());
        QCOMPARE(f.section.model()->rowCount(), 13);
        QCOMPARE(f.section.roadmapBox()->currentText(), u"2026/2027"_s);
        // The same year again is refused, the roadmap stays.
        QVERIFY(!f.section.createFromTemplate(2026).ok());
        QCOMPARE(f.load().monitoring.roadmaps.size(), 1);

        // On 22.11.2026 everything due before is overdue until marked done.
        const QModelIndex first = f.section.model()->index(0, 0, f.section.model()->index(0, 0));
        QVERIFY(first.data(RoadmapModel::OverdueRole).toBool());
        QVERIFY(f.section.summary()->text().contains(u"0"_s));
        QVERIFY(f.section.timeline()->sizeHint().width() > 800);
        QVERIFY(f.section.timeline()->monthCount() >= 10);
    }

    void roadmapEditing()
    {
        Fixture<RoadmapSection> f(demo::school(kToday));
        QAbstractItemModelTester tester(f.section.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(f.section.currentRoadmapId(), u"r1"_s);
        f.section.tree()->expandAll();
        shot(&f.section, u"roadmap-activities"_s);
        f.section.views()->setCurrentIndex(1);
        shot(&f.section, u"roadmap-timeline"_s);
        f.section.views()->setCurrentIndex(0);

        // The demo's overdue activity: the training of mentors.
        QString overdue;
        const Dataset loaded = f.load();
        for (const RoadmapStage& s : loaded.monitoring.roadmaps.first().stages) {
            for (const RoadmapActivity& a : s.activities) {
                if (a.isOverdueOn(kToday))
                    overdue = a.id;
            }
        }
        QVERIFY(!overdue.isEmpty());
        QVERIFY(f.section.model()->indexOfActivity(overdue).data(RoadmapModel::OverdueRole).toBool());

        // Opened from «Сегодня» through the context: selected, the editor shown.
        QVERIFY(f.section.canOpen(AppContext::Item::RoadmapActivity));
        f.section.open(AppContext::Item::RoadmapActivity, overdue);
        EditorDialog* dialog = visible<EditorDialog>();
        QVERIFY(dialog);
        shot(dialog, u"roadmap-activity-editor"_s);
        auto* editor = qobject_cast<ActivityEditor*>(dialog->editor());
        QVERIFY(editor);
        editor->statusBox()->setCurrentIndex(editor->statusBox()->findData(u"done"_s));
        QVERIFY(editor->doneEdit()->date().isValid());
        dialog->accept();
        QVERIFY(!f.section.model()->indexOfActivity(overdue).data(RoadmapModel::OverdueRole).toBool());
        QCOMPARE(f.section.model()->indexOfActivity(overdue), f.section.tree()->currentIndex());

        // A wrong deadline is refused inline; nothing is saved.
        f.section.open(AppContext::Item::RoadmapActivity, overdue);
        dialog = visible<EditorDialog>();
        editor = qobject_cast<ActivityEditor*>(dialog->editor());
        editor->endEdit()->setDate(QDate(2026, 1, 1));
        QVERIFY(!editor->commit());
        MessageBox::setNextAnswer(MessageBox::Discard);
        dialog->reject();

        // A new activity in the second stage, a new stage, and deleting with a confirmation.
        EditorDialog* added = f.section.openActivity(QString(), 1);
        auto* newEditor = qobject_cast<ActivityEditor*>(added->editor());
        newEditor->titleEdit()->setPlainText(u"Встреча с выпускниками"_s);
        newEditor->startEdit()->setDate(QDate(2026, 12, 1));
        newEditor->endEdit()->setDate(QDate(2026, 12, 5));
        added->accept();
        QVERIFY2(!added->isVisible(), qPrintable(newEditor->messageArea()->messages(u"validation"_s).join(u' ')));
        const Roadmap stored = f.load().monitoring.roadmaps.first();
        QCOMPARE(stored.stages.at(1).activities.last().title, u"Встреча с выпускниками"_s);
        QVERIFY(f.section.addStage(u"Дополнительный этап"_s).ok());
        QCOMPARE(f.section.model()->rowCount(), 14);
        f.section.tree()->setCurrentIndex(f.section.model()->indexOfStage(13));
        MessageBox::setNextAnswer(MessageBox::Delete);
        f.section.deleteSelected();
        QCOMPARE(f.section.model()->rowCount(), 13);
    }

    void roadmapDocumentAndOrder()
    {
        Fixture<RoadmapSection> f(demo::school(kToday));
        f.section.showDocument();
        auto* document = visible<DocumentEditorDialog>();
        QVERIFY(document);
        QVERIFY(document->textDocument()->toPlainText().contains(u"ДОРОЖНАЯ КАРТА"_s));
        document->close();
        // The demo's roadmap has its approval order: it opens (signed, read-only).
        f.section.prepareOrder();
        document = visible<DocumentEditorDialog>();
        QVERIFY(document);
        QVERIFY(document->textDocument()->toPlainText().contains(u"дорожную карту"_s));
        document->close();
        // Without an order, one is drafted in the journal and linked.
        Roadmap r = f.load().monitoring.roadmaps.first();
        r.order.clear();
        QVERIFY(MonitoringRepository(f.db.connection()).saveRoadmap(r).ok());
        f.section.refresh();
        const int orders = int(f.load().orders.size());
        f.section.prepareOrder();
        QCOMPARE(f.load().orders.size(), orders + 1);
        QCOMPARE(f.load().monitoring.roadmaps.first().order, f.load().orders.last().id);
        QVERIFY(visible<DocumentEditorDialog>());
        QVERIFY(!visible<DocumentEditorDialog>()->isReadOnly());
    }

    // ---- «Анкеты и тесты» ----
    void questionnaireTemplates()
    {
        Fixture<QuestionnairesSection> f(demo::school(kToday));
        QAbstractItemModelTester tester(f.section.templatesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester answers(f.section.answersModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(f.section.templatesModel()->rowCount(), 6);
        QVERIFY(f.section.selectFamily(u"mentee_satisfaction"_s));
        QCOMPARE(f.section.versionBox()->count(), 2);
        QCOMPARE(f.section.currentVersionId(), u"mentee_satisfaction-v2"_s);
        QVERIFY(f.section.preview()->toPlainText().contains(u"Посоветовали бы вы"_s));
        shot(&f.section, u"questionnaires-templates"_s);
        f.section.tabs()->setCurrentIndex(QuestionnairesSection::Answers);
        QVERIFY(f.section.answersModel()->rowCount() > 20);
        shot(&f.section, u"questionnaires-answers"_s);
        f.section.tabs()->setCurrentIndex(QuestionnairesSection::Templates);

        // Editing the answered current version's questions makes version 3.
        EditorDialog* dialog = f.section.editQuestionnaire();
        auto* editor = qobject_cast<QuestionnaireEditor*>(dialog->editor());
        QVERIFY(editor);
        QVERIFY(editor->banner()->isVisible());
        editor->questions()->item(0, 1)->setText(u"Насколько вы довольны встречами с наставником?"_s);
        QVERIFY(editor->banner()->text().contains(u"3"_s));
        shot(dialog, u"questionnaire-editor"_s);
        dialog->accept();
        const MonitoringData m = f.load().monitoring;
        QCOMPARE(m.latestVersion(u"mentee_satisfaction"_s)->version, 3);
        QCOMPARE(f.section.currentVersionId(), m.latestVersion(u"mentee_satisfaction"_s)->id);
        QCOMPARE(f.section.versionBox()->count(), 3);
        // The answers of version 2 stay with version 2.
        int v2 = 0;
        for (const Response& r : m.responses)
            v2 += r.questionnaire == u"mentee_satisfaction-v2" ? 1 : 0;
        QVERIFY(v2 > 0);

        // The blank opens in the document editor.
        f.section.printBlank();
        QVERIFY(visible<DocumentEditorDialog>());
    }

    void quickEntryFromTheKeyboard()
    {
        Fixture<QuestionnairesSection> f(demo::school(kToday));
        AnswerEntry* entry = f.section.entry();
        QVERIFY(f.section.selectFamily(u"feedback"_s));
        f.section.enterAnswers();
        QCOMPARE(f.section.tabs()->currentIndex(), int(QuestionnairesSection::Entry));
        QCOMPARE(entry->questionnaireId(), u"feedback"_s);
        QCOMPARE(entry->questionCount(), 6);
        const Dataset before = f.load();
        // A mentee of the first pair answers.
        const Pair& pair = before.pairs.first();
        entry->setRespondent(pair.mentees.first());
        QCOMPARE(entry->pairBox()->currentData().toString(), pair.id);
        // Digits move on by themselves; Enter moves on after a text.
        entry->answerEdit(0)->setFocus();
        QTest::keyClicks(entry->answerEdit(0), u"8"_s);
        QVERIFY(entry->answerEdit(1)->hasFocus());
        QTest::keyClicks(entry->answerEdit(1), u"10"_s);
        QVERIFY(entry->answerEdit(2)->hasFocus());
        QTest::keyClicks(entry->answerEdit(2), u"9"_s);
        QTest::keyClicks(entry->answerEdit(3), u"3"_s);
        QVERIFY(entry->answerEdit(4)->hasFocus());
        test::typeText(entry->answerEdit(4), u"Нехватка времени"_s);
        QTest::keyClick(entry->answerEdit(4), Qt::Key_Return);
        QVERIFY(entry->answerEdit(5)->hasFocus());
        shot(&f.section, u"questionnaires-entry"_s);
        QTest::keyClick(entry->answerEdit(5), Qt::Key_Return, Qt::ControlModifier);
        const MonitoringData after = f.load().monitoring;
        QCOMPARE(after.responses.size(), before.monitoring.responses.size() + 1);
        const Response last = after.responses.last();
        QCOMPARE(last.questionnaire, u"feedback"_s);
        QCOMPARE(last.person, pair.mentees.first());
        QCOMPARE(last.pair, pair.id);
        QCOMPARE(*last.answer(u"q1"_s)->scale, 8);
        QCOMPARE(*last.answer(u"q2"_s)->scale, 10);
        QCOMPARE(last.answer(u"q4"_s)->choices, QList<int>{2});
        QCOMPARE(last.answer(u"q5"_s)->text, u"Нехватка времени"_s);
        // The form is ready for the next person of the pile.
        QVERIFY(entry->respondentChooser()->personId().isEmpty());
        QVERIFY(entry->answerEdit(0)->text().isEmpty());
        QCOMPARE(entry->questionnaireId(), u"feedback"_s);

        // Wrong digits are reported, nothing stored.
        entry->answerEdit(3)->setText(u"7"_s);
        QVERIFY(!entry->save().ok());
        QCOMPARE(f.load().monitoring.responses.size(), after.responses.size());

        // A stored response corrected.
        QVERIFY(entry->editResponse(last.id));
        QCOMPARE(entry->answerEdit(0)->text(), u"8"_s);
        entry->answerEdit(0)->setText(u"6"_s);
        QVERIFY(entry->save(false).ok());
        QCOMPARE(*f.load().monitoring.responses.last().answer(u"q1"_s)->scale, 6);
    }

    void testsAndGrowth()
    {
        Fixture<QuestionnairesSection> f(demo::school(kToday));
        TestsPanel* tests = f.section.tests();
        QAbstractItemModelTester results(tests->resultsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester list(tests->testsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        f.section.tabs()->setCurrentIndex(QuestionnairesSection::Tests);
        QCOMPARE(tests->testsModel()->rowCount(), 2);
        QVERIFY(tests->selectTest(u"t2"_s));
        QVERIFY(tests->resultsModel()->rowCount() > 0);
        QVERIFY(tests->resultsModel()->averageGrowth().has_value());
        shot(&f.section, u"questionnaires-tests"_s);
        const Result<KnowledgeTest> added = tests->saveTest(KnowledgeTest{{}, u"Тест по ИКТ"_s, 30, {}, {}});
        QVERIFY(added.ok());
        QCOMPARE(tests->currentTestId(), added->id);
        const QString mentee = f.load().pairs.first().mentees.first();
        QVERIFY(tests->saveResult(TestResult{added->id, mentee, {}, u"entry"_s, QDate(2026, 9, 20), 12}).ok());
        QVERIFY(tests->saveResult(TestResult{added->id, mentee, {}, u"final"_s, QDate(2026, 11, 20), 21}).ok());
        QCOMPARE(tests->resultsModel()->rowCount(), 1);
        QCOMPARE(*tests->resultsModel()->averageGrowth(), 30.0);
        QVERIFY(!tests->saveResult(TestResult{added->id, mentee, {}, u"final"_s, {}, 31}).ok());
    }

    // ---- «Мониторинг» ----
    void monitoringIndicatorsAndCharts()
    {
        Fixture<MonitoringSection> f(demo::school(kToday));
        QAbstractItemModelTester tester(f.section.indicatorsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester evaluations(f.section.evaluationsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(f.section.period().code(), u"2026-H2"_s);
        QCOMPARE(f.section.indicatorsModel()->rowCount(), Indicator::ids().size());
        // Compared with the demo's saved evaluation of the first half-year.
        QVERIFY(f.section.previousEvaluation());
        QCOMPARE(f.section.previousEvaluation()->period, u"2026-H1"_s);
        QVERIFY(!f.section.indicatorsModel()->index(0, IndicatorsModel::Previous).data().toString().isEmpty());
        QVERIFY(!f.section.definition()->text().isEmpty());
        shot(&f.section, u"monitoring-indicators"_s);
        f.section.tabs()->setCurrentIndex(MonitoringSection::ChartsTab);
        QCOMPARE(f.section.chartsPage()->findChildren<QWidget*>(QRegularExpression(u"^chart_"_s)).size(), 6);
        shot(&f.section, u"monitoring-charts"_s);

        // The previous half-year: the demo's SWOT of two forms.
        f.section.setPeriod(Period::halfYear(2026, 1));
        QCOMPARE(f.section.period().code(), u"2026-H1"_s);
        f.section.tabs()->setCurrentIndex(MonitoringSection::SwotTab);
        f.section.swotFormBox()->setCurrentIndex(f.section.swotFormBox()->findData(u"teacher_pupil"_s));
        QVERIFY(f.section.swotList(0)->toPlainText().contains(u"опытные учителя"_s));
        shot(&f.section, u"monitoring-swot"_s);
        f.section.tabs()->setCurrentIndex(MonitoringSection::EvaluationTab);
        QVERIFY(f.section.conclusions()->toPlainText().contains(u"дорожной картой"_s));
        shot(&f.section, u"monitoring-evaluation"_s);

        // A form filter.
        f.section.setForm(u"teacher_teacher"_s);
        QCOMPARE(f.section.result().form, u"teacher_teacher"_s);
        f.section.setForm(QString());

        // Any days.
        f.section.setPeriod(Period::custom(QDate(2026, 9, 1), QDate(2026, 9, 30)));
        QCOMPARE(f.section.period().code(), u"2026-09-01..2026-09-30"_s);
        QVERIFY(f.section.result().indicator(u"pairs.total"_s)->value.value() > 30);
    }

    void swotAndEvaluationSaved()
    {
        Fixture<MonitoringSection> f(demo::school(kToday));
        f.section.swotFormBox()->setCurrentIndex(f.section.swotFormBox()->findData(u"teacher_teacher"_s));
        f.section.swotList(0)->setPlainText(u"- Опытные наставники\n\n• Поддержка МО"_s);
        f.section.swotList(3)->setPlainText(u"Выгорание"_s);
        QVERIFY(f.section.saveSwot().ok());
        Swot saved;
        const Dataset stored = f.load();
        for (const Swot& s : stored.monitoring.swots) {
            if (s.form == u"teacher_teacher" && s.period == u"2026-H2")
                saved = s;
        }
        QCOMPARE(saved.strengths, (QStringList{u"Опытные наставники"_s, u"Поддержка МО"_s}));
        QCOMPARE(saved.threats, QStringList{u"Выгорание"_s});

        const int before = f.section.evaluationsModel()->rowCount();
        f.section.conclusions()->setPlainText(u"Полугодие прошло по плану."_s);
        QVERIFY(f.section.saveEvaluation().ok());
        QCOMPARE(f.section.evaluationsModel()->rowCount(), before + 1);
        const Evaluation e = f.load().monitoring.evaluations.last();
        QCOMPARE(e.period, u"2026-H2"_s);
        QCOMPARE(e.indicators.size(), Indicator::ids().size());
        QCOMPARE(e.conclusions, u"Полугодие прошло по плану."_s);
        // Saving again replaces it.
        QVERIFY(f.section.saveEvaluation().ok());
        QCOMPARE(f.section.evaluationsModel()->rowCount(), before + 1);
    }

    void reportAndRegisters()
    {
        Fixture<MonitoringSection> f(demo::school(kToday));
        f.section.showReport();
        auto* report = visible<DocumentEditorDialog>();
        QVERIFY(report);
        QVERIFY(report->textDocument()->toPlainText().contains(u"ОТЧЁТ"_s));
        report->close();

        QTemporaryDir dir;
        const QString xlsx = dir.filePath(u"реестры.xlsx"_s);
        QVERIFY(f.section.exportRegisters(xlsx).ok());
        QVERIFY(zip::Reader(test::readFile(xlsx)).contains(u"xl/worksheets/sheet3.xml"_s));
        const QString csv = dir.filePath(u"пары.csv"_s);
        QVERIFY(f.section.exportRegisters(csv, Registers::Kind::Pairs).ok());
        QVERIFY(test::readFile(csv).startsWith("\xEF\xBB\xBF"));
        const QString html = dir.filePath(u"сайт.html"_s);
        QVERIFY(f.section.exportWebsite(html).ok());
        QVERIFY(QString::fromUtf8(test::readFile(html)).contains(u"Реестр наставников"_s));
        QVERIFY(!f.section.exportWebsite(u"/no/such/folder/x.html"_s).ok());
    }
};

QTEST_MAIN(TestMonitoringSections)
#include "tst_monitoringsections.moc"
