#include "AppContext.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "demo/DemoData.h"
#include "demo/DemoDatabase.h"
#include "documents/DocumentEditorDialog.h"
#include "i18n/Translations.h"
#include "matching/PreferenceRepository.h"
#include "models/PairsTableModel.h"
#include "pairs/MatchingDialog.h"
#include "pairs/PairActionDialog.h"
#include "pairs/PairEditor.h"
#include "pairs/PairRepository.h"
#include "pairs/PairsSection.h"
#include "settings/AppSettings.h"
#include "storage/DatasetRepository.h"
#include "widgets/DateEdit.h"
#include "widgets/EditorDialog.h"
#include "widgets/MessageArea.h"
#include "widgets/MessageBox.h"
#include "widgets/PersonChooser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest>

using namespace nastavnik;
using namespace nastavnik::ui;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 11, 18);

/// The demo school of kToday with its survey, a context and the section, shown offscreen.
struct Fixture
{
    test::TempDatabase db;
    QTemporaryDir dir;
    AppSettings settings { dir.filePath(u"settings.ini"_s) };
    AppContext context { db.db(), settings };
    PairsSection section;
    Dataset demo = demo::school(kToday);

    Fixture()
    {
        if (!DatasetRepository(db.connection()).replaceAll(demo).ok()
            || !PreferenceRepository(db.connection()).insertMany(demo::survey(kToday)).ok())
            qFatal("the demo school could not be written");
        context.setToday(kToday);
        section.setContext(&context);
        section.resize(1280, 760);
        section.show();
        section.activateWindow();
        if (!QTest::qWaitForWindowActive(&section))
            qWarning("the section's window did not become active");
    }
    ~Fixture()
    {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (w != &section && qobject_cast<QDialog*>(w))
                w->deleteLater();
        }
        section.setContext(nullptr);
    }

    /// The id of the demo person with this surname.
    QString person(const QString& lastName) const
    {
        for (const Person& p : demo.people) {
            if (p.lastName == lastName)
                return p.id;
        }
        qFatal("no demo person %s", qPrintable(lastName));
    }
    Pair load(const QString& id) { return PairRepository(db.connection()).load(id).value(); }
    QVariant value(const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery q(db.connection());
        q.prepare(sql);
        for (const QVariant& v : binds)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }
    int rows() const { return section.model()->rowCount(); }
    EditorDialog* editor() const
    {
        EditorDialog* found = nullptr;
        for (EditorDialog* d : section.findChildren<EditorDialog*>()) {
            if (d->isVisible())
                found = d;
        }
        return found;
    }
    /// Closes every document editor opened for an order.
    int closeDocuments()
    {
        int closed = 0;
        for (DocumentEditorDialog* d : section.findChildren<DocumentEditorDialog*>()) {
            if (d->isVisible()) {
                d->close();
                ++closed;
            }
        }
        return closed;
    }
};

/// Screenshots for the review go to NASTAVNIK_SCREENS when it is set.
void screenshot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("NASTAVNIK_SCREENS");
    if (dir.isEmpty() || !w)
        return;
    QApplication::processEvents();
    w->grab().save(QDir(dir).filePath(name));
}

PairEditor* editorOf(EditorDialog* dialog)
{
    return qobject_cast<PairEditor*>(dialog->editor());
}

QStringList rules(const QList<Finding>& findings)
{
    QStringList ids;
    for (const Finding& f : findings)
        ids << f.rule;
    return ids;
}

void choose(PersonChooser* chooser, const QString& id)
{
    // As if picked from the list that drops down.
    chooser->setPersonId(id);
    emit chooser->personChanged(id);
    QApplication::processEvents();
}

} // namespace

class TestPairsSection : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { MessageBox::setNextAnswer(MessageBox::NoButton); }

    void listsTheDemoWithCounts()
    {
        Fixture f;
        QCOMPARE(f.rows(), int(f.demo.pairs.size()));
        QCOMPARE(f.section.countLabel()->text(), u"Showing %1 of %1"_s.arg(f.demo.pairs.size()));
        QVERIFY(f.section.canOpen(AppContext::Item::Pair));
        QVERIFY(!f.section.canOpen(AppContext::Item::Person));

        // Status filter with counts in its entries.
        QComboBox* status = f.section.statusFilter();
        const int active = status->findData(int(PairsFilter::Status::Active));
        QVERIFY(status->itemText(active).contains(u'('));
        status->setCurrentIndex(active);
        for (int row = 0; row < f.rows(); ++row)
            QCOMPARE(f.section.model()->index(row, 0).data(PairsTableModel::StatusRole).toInt(),
                     int(PairStatus::Active));
        status->setCurrentIndex(status->findData(int(PairsFilter::Status::Completed)));
        QCOMPARE(f.rows(), 5); // last year's three, the early completion, the one completed days ago
        status->setCurrentIndex(0);

        // Search by a mentor's surname.
        test::typeText(f.section.searchBox(), u"жаркова"_s);
        QCOMPARE(f.rows(), 3); // two pupils and the pair over the cap
        f.section.searchBox()->clear();

        // Overdue plan items.
        f.section.overdueFilter()->setChecked(true);
        QVERIFY(f.rows() > 0);
        for (int row = 0; row < f.rows(); ++row)
            QVERIFY(f.section.model()->index(row, 0).data(PairsTableModel::OverdueRole).toInt() > 0);
        f.section.overdueFilter()->setChecked(false);

        // With findings of «Проверка»: the shared service checks in its worker thread and the
        // filter is applied again when its report comes.
        f.section.findingsFilter()->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(f.rows() >= 4, 20000);
        QVERIFY(f.rows() < int(f.demo.pairs.size()));
        f.section.findingsFilter()->setChecked(false);

        // A mentor: the pairs she leads today (one of her three was handed over by a replacement).
        choose(f.section.mentorFilter(), f.person(u"Жаркова"_s));
        QCOMPARE(f.rows(), 2);
        QCOMPARE(f.section.countLabel()->text(), u"Showing 2 of %1"_s.arg(f.demo.pairs.size()));
    }

    void openFromContextAndKeyboard()
    {
        Fixture f;
        f.context.setOpenableItems({ AppContext::Item::Pair });
        f.section.open(AppContext::Item::Pair, u"g10"_s);
        EditorDialog* d = f.editor();
        QVERIFY(d);
        QCOMPARE(editorOf(d)->pairId(), u"g10"_s);
        QVERIFY(!d->editor()->isModified());
        // The replacement shows: the history names the new mentor, the main tab links to them.
        QVERIFY(editorOf(d)->historyView()->toPlainText().contains(u"Белоусова"_s));
        d->reject();
        QVERIFY(!d->isVisible());

        QVERIFY(f.section.selectPair(u"g3"_s));
        f.section.table()->setFocus();
        QTest::keyClick(f.section.table(), Qt::Key_Return);
        QVERIFY(f.editor());
        QCOMPARE(editorOf(f.editor())->pairId(), u"g3"_s);
        f.editor()->reject();
    }

    void assistantEditorAndLifecycle()
    {
        Fixture f;
        const QString newcomer = f.person(u"Зайцева"_s);
        const QString chosen = f.person(u"Черных"_s);
        const QString atCap = f.person(u"Сысоев"_s);

        // 1. The assistant ranks the mutual choice first and creates the pair.
        MatchingDialog* matching = f.section.openMatching();
        QVERIFY(matching);
        matching->selectMentees({ newcomer });
        QCOMPARE(matching->request().form, u"teacher_teacher"_s);
        QVERIFY(!matching->result().candidates.isEmpty());
        QCOMPARE(matching->result().candidates.first().personId, chosen);
        QCOMPARE(matching->result().candidates.first().mutual, 1);
        matching->showExcludedBox()->setChecked(true);
        QVERIFY(matching->candidatesTree()->topLevelItemCount() > int(matching->result().candidates.size()));
        screenshot(matching, u"assistant.png"_s);
        MessageBox::setNextAnswer(MessageBox::Yes); // draft the approving order
        const QStringList created = matching->createPairs(0);
        QCOMPARE(created.size(), 1);
        const QString id = created.first();
        Pair p = f.load(id);
        QCOMPARE(p.mentor, chosen);
        QCOMPARE(p.mentees, QStringList { newcomer });
        QCOMPARE(p.form, u"teacher_teacher"_s);
        QVERIFY(!p.order.isEmpty());
        QCOMPARE(f.value(u"SELECT type FROM orders WHERE id = ?"_s, { p.order }).toString(),
                 u"pairs_approval"_s);
        QCOMPARE(f.value(u"SELECT count(*) FROM order_pair WHERE pair_id = ?"_s, { id }).toInt(), 1);
        QCOMPARE(matching->findChildren<DocumentEditorDialog*>().size(), 1);
        for (DocumentEditorDialog* d : matching->findChildren<DocumentEditorDialog*>())
            d->close();
        // The newcomer waits no more; the one whose first choice is at the cap still does.
        QCOMPARE(matching->result().candidates.isEmpty(), true);
        const QString second = f.person(u"Русаков"_s);
        matching->selectMentees({ second });
        QVERIFY(!matching->result().candidates.isEmpty());
        QCOMPARE(matching->result().candidates.first().personId, f.person(u"Тетюев"_s));
        bool excludedAtCap = false;
        for (const MatchExclusion& e : matching->result().excluded) {
            if (e.personId == atCap)
                excludedAtCap = e.reasons.join(u' ').contains(u"cap"_s);
        }
        QVERIFY(excludedAtCap);
        matching->close();

        // 2. The editor: a plan from a template, a meeting, the approval date.
        EditorDialog* dialog = f.section.openEditor(id);
        PairEditor* editor = editorOf(dialog);
        QVERIFY(editor);
        MessageBox::setNextAnswer(MessageBox::Yes);
        editor->applyTemplate(u"young-teacher"_s);
        QVERIFY(editor->planTable()->rowCount() > 10);
        editor->planApprovedEdit()->setDate(p.start.addDays(3));
        Meeting m;
        m.date = p.start;
        m.kind = u"first"_s;
        m.topic = u"Знакомство"_s;
        editor->addMeeting(m);
        QVERIFY(editor->isModified());
        QVERIFY(editor->commit());
        p = f.load(id);
        QCOMPARE(p.planItems.size(), editor->planTable()->rowCount());
        QCOMPARE(p.planApproved, p.start.addDays(3));
        QCOMPARE(p.meetings.size(), 1);
        QVERIFY(p.planItems.first().due > p.start);
        QVERIFY(!editor->isModified());

        // 3. Replace the mentor: an event, the term unchanged.
        const QString next = f.person(u"Белоусова"_s);
        PairActionDialog* action = editor->startAction(PairActionDialog::Action::Replace);
        QVERIFY(action);
        QVERIFY(!action->apply()); // nothing chosen yet
        QVERIFY(!action->messageArea()->messages(u"validation"_s).isEmpty());
        action->dateEdit()->setDate(QDate(2027, 2, 1));
        choose(action->mentorChooser(), next);
        action->choiceCombo()->setCurrentIndex(action->choiceCombo()->findData(u"request"_s));
        MessageBox::setNextAnswer(MessageBox::No); // no order now
        action->accept();
        QVERIFY(!action->isVisible());
        Pair replaced = f.load(id);
        QCOMPARE(replaced.events.size(), 1);
        QCOMPARE(replaced.events.first().type, u"replacement"_s);
        QCOMPARE(replaced.events.first().newMentor, next);
        QCOMPARE(replaced.start, p.start);
        QCOMPARE(replaced.plannedEnd, p.plannedEnd);
        QCOMPARE(replaced.mentor, chosen);
        QCOMPARE(replaced.mentorOn(QDate(2027, 2, 1)), next);
        QVERIFY(editor->historyView()->toPlainText().contains(u"Белоусова"_s));

        // 4. Extend, with the order drafted.
        action = editor->startAction(PairActionDialog::Action::Extend);
        QVERIFY(action);
        action->dateEdit()->setDate(QDate(2027, 10, 1));
        action->secondDateEdit()->setDate(QDate(2027, 12, 30));
        action->choiceCombo()->setCurrentIndex(action->choiceCombo()->findData(u"sick_leave"_s));
        MessageBox::setNextAnswer(MessageBox::Yes);
        QVERIFY(action->apply());
        const QString extensionOrder = action->draftedOrder();
        QVERIFY(!extensionOrder.isEmpty());
        action->close();
        QVERIFY(editor->findChildren<DocumentEditorDialog*>().size() >= 1);
        for (DocumentEditorDialog* d : editor->findChildren<DocumentEditorDialog*>())
            d->close();
        Pair extended = f.load(id);
        QCOMPARE(extended.events.size(), 2);
        QCOMPARE(extended.events.at(1).type, u"extension"_s);
        QCOMPARE(extended.events.at(1).order, extensionOrder);
        QCOMPARE(extended.end(), QDate(2027, 12, 30));
        QCOMPARE(extended.plannedEnd, p.plannedEnd);
        QCOMPARE(extended.events.first(), replaced.events.first()); // the past is untouched

        // 5. Complete early at the employer's initiative with 2 working days' notice (8 March,
        // a holiday, in between): the warning is confirmed.
        action = editor->startAction(PairActionDialog::Action::CompleteEarly);
        QVERIFY(action);
        action->dateEdit()->setDate(QDate(2027, 3, 9));
        action->choiceCombo()->setCurrentIndex(action->choiceCombo()->findData(u"employer"_s));
        action->secondDateEdit()->setDate(QDate(2027, 3, 4));
        QVERIFY(action->warningLabel()->isVisibleTo(action));
        QVERIFY(action->warningLabel()->text().contains(u"351.8"_s));
        screenshot(action, u"action-complete-early.png"_s);
        const int orderIndex = action->orderCombo()->count() - 1;
        QVERIFY(orderIndex > 0); // the demo's order on an early completion
        action->orderCombo()->setCurrentIndex(orderIndex);
        MessageBox::setNextAnswer(MessageBox::No); // the warning: do not record
        QVERIFY(!action->apply());
        QVERIFY(MessageBox::lastText().contains(u"351.8"_s));
        QVERIFY(!f.load(id).actualEnd.isValid());
        MessageBox::setNextAnswer(MessageBox::Yes);
        QVERIFY(action->apply());
        action->close();
        Pair early = f.load(id);
        QCOMPARE(early.actualEnd, QDate(2027, 3, 9));
        QCOMPARE(early.events.size(), 3);
        QCOMPARE(early.events.at(2).initiator, u"employer"_s);
        QCOMPARE(early.events.at(2).noticeDate, QDate(2027, 3, 4));
        QVERIFY(early.completedEarly());
        QVERIFY(!editor->actionButton(PairActionDialog::Action::Replace)->isEnabled());
        dialog->reject();

        // 6. A second pair from the assistant with a short term, completed and reported.
        matching = f.section.openMatching(second);
        matching->startEdit()->setDate(QDate(2026, 6, 1));
        matching->endEdit()->setDate(QDate(2026, 11, 30));
        QVERIFY(!matching->result().candidates.isEmpty());
        MessageBox::setNextAnswer(MessageBox::No);
        const QStringList shortPair = matching->createPairs(0);
        QCOMPARE(shortPair.size(), 1);
        matching->close();
        dialog = f.section.openEditor(shortPair.first());
        editor = editorOf(dialog);
        action = editor->startAction(PairActionDialog::Action::Complete);
        QVERIFY(action);
        action->dateEdit()->setDate(QDate(2026, 10, 1));
        QVERIFY(!action->apply()); // far before the end: that is an early completion
        action->dateEdit()->setDate(kToday);
        QVERIFY(action->apply());
        action->close();
        QCOMPARE(f.load(shortPair.first()).actualEnd, kToday);
        QVERIFY(!f.load(shortPair.first()).completedEarly());
        action = editor->startAction(PairActionDialog::Action::Report);
        QVERIFY(action);
        action->dateEdit()->setDate(kToday.addDays(1));
        action->secondDateEdit()->setDate(kToday.addDays(2));
        QVERIFY(action->apply());
        action->close();
        const Pair reported = f.load(shortPair.first());
        QCOMPARE(reported.reportDate, kToday.addDays(1));
        QCOMPARE(reported.menteeQuestionnaire, kToday.addDays(2));
        QVERIFY(editor->historyView()->toPlainText().contains(kToday.addDays(1).toString(u"dd.MM.yyyy"_s)));
        dialog->reject();
    }

    void newPairWithOrderOffer()
    {
        Fixture f;
        EditorDialog* dialog = f.section.openEditor(QString());
        PairEditor* editor = editorOf(dialog);
        QVERIFY(editor->pairId().isEmpty());
        QVERIFY(!editor->isModified());
        QCOMPARE(editor->actionButton(PairActionDialog::Action::Replace)->isEnabled(), false);
        // Nothing chosen: the problems are listed and nothing is stored.
        editor->titleEdit()->setText(u"x"_s);
        QVERIFY(!editor->commit());
        QVERIFY(!editor->messageArea()->messages(u"validation"_s).isEmpty());
        const int before = f.value(u"SELECT count(*) FROM pair"_s).toInt();

        editor->formCombo()->setCurrentIndex(editor->formCombo()->findData(u"teacher_pupil"_s));
        choose(editor->mentorChooser(), f.person(u"Черных"_s));
        choose(editor->menteeChooser(), f.person(u"Черных"_s)); // the mentor as a mentee: refused
        QVERIFY(!editor->commit());
        QVERIFY(editor->messageArea()->messages(u"validation"_s).join(u' ').contains(u"mentor"_s));
        editor->menteesList()->setCurrentRow(0);
        editor->findChild<QPushButton*>(u"removeMentee"_s)->click();
        QCOMPARE(editor->menteesList()->count(), 0);
        const QStringList waiting = MentorMatcher::fromDatabase(f.db.connection(), kToday)->waitingMentees();
        QString pupil;
        for (const QString& id : waiting) {
            for (const Person& p : f.demo.people) {
                if (p.id == id && p.kind == u"pupil")
                    pupil = id;
            }
        }
        QVERIFY(!pupil.isEmpty());
        choose(editor->menteeChooser(), pupil);
        QCOMPARE(editor->menteesList()->count(), 1);
        editor->titleEdit()->clear();
        MessageBox::setNextAnswer(MessageBox::Yes); // draft the approving order
        QVERIFY(editor->commit());
        QCOMPARE(f.value(u"SELECT count(*) FROM pair"_s).toInt(), before + 1);
        QVERIFY(!editor->pairId().isEmpty());
        QVERIFY(MessageBox::lastText().contains(u"order"_s));
        const Pair p = f.load(editor->pairId());
        QVERIFY(!p.order.isEmpty());
        QVERIFY(editor->orderCombo()->currentData().toString() == p.order);
        QCOMPARE(f.closeDocuments(), 1);
        dialog->reject();
    }

    void inlineFindingsFollowTheForm()
    {
        Fixture f;
        EditorDialog* dialog = f.section.openEditor(QString());
        PairEditor* editor = editorOf(dialog);
        editor->formCombo()->setCurrentIndex(editor->formCombo()->findData(u"teacher_pupil"_s));
        QString pupil;
        for (const Person& p : f.demo.people) {
            if (p.kind == u"pupil" && p.lastName.size() > 0 && pupil.isEmpty()
                && MentorMatcher::fromDatabase(f.db.connection(), kToday)->waitingMentees().contains(p.id))
                pupil = p.id;
        }
        choose(editor->menteeChooser(), pupil);
        // Жаркова already leads three pairs with a single mentee: the cap of two.
        choose(editor->mentorChooser(), f.person(u"Жаркова"_s));
        editor->refreshFindings();
        QVERIFY2(rules(editor->findings()).contains(u"mentor.max_mentees"_s),
                 qPrintable(rules(editor->findings()).join(u", ")));
        QVERIFY(rules(editor->findings()).contains(u"pair.order"_s)); // not in an order yet
        QVERIFY(editor->findingsLabel()->text().contains(u"002"_s));
        // Another mentor: the cap finding goes; the missing consent of the new one appears.
        choose(editor->mentorChooser(), f.person(u"Черных"_s));
        editor->refreshFindings();
        QVERIFY(!rules(editor->findings()).contains(u"mentor.max_mentees"_s));
        QVERIFY(rules(editor->findings()).contains(u"mentor.consent"_s));
        // A term over a year: the duration finding comes and goes with the date.
        editor->plannedEndEdit()->setDate(editor->startEdit()->date().addMonths(14));
        editor->refreshFindings();
        QVERIFY(rules(editor->findings()).contains(u"pair.duration_max"_s));
        editor->plannedEndEdit()->setDate(editor->startEdit()->date().addMonths(6));
        editor->refreshFindings();
        QVERIFY(!rules(editor->findings()).contains(u"pair.duration_max"_s));
        // The findings follow the typing without an explicit refresh, too.
        editor->plannedEndEdit()->setDate(editor->startEdit()->date().addMonths(14));
        QTRY_VERIFY(rules(editor->findings()).contains(u"pair.duration_max"_s));
        MessageBox::setNextAnswer(MessageBox::Discard);
        dialog->reject();
    }

    void planTabTracksProgressAndDeadline()
    {
        Fixture f;
        EditorDialog* dialog = f.section.openEditor(u"g1"_s);
        PairEditor* editor = editorOf(dialog);
        QTableWidget* plan = editor->planTable();
        QVERIFY(plan->rowCount() > 0);
        QVERIFY(editor->planProgress()->value() <= editor->planProgress()->maximum());
        // Marking an item done fills in its date; removing it shows in the progress.
        const int before = editor->planProgress()->value();
        int row = -1;
        for (int r = 0; r < plan->rowCount(); ++r) {
            if (plan->item(r, PairEditor::PlanStatus)->data(Qt::UserRole).toString() != u"done")
                row = r;
        }
        QVERIFY(row >= 0);
        plan->item(row, PairEditor::PlanStatus)->setData(Qt::UserRole, u"done"_s);
        QVERIFY(plan->item(row, PairEditor::PlanDone)->data(Qt::UserRole).toDate().isValid());
        QCOMPARE(editor->planProgress()->value(), before + 1);
        QVERIFY(editor->isModified());
        // Reordering keeps the items' ids.
        const qint64 first = plan->item(0, PairEditor::PlanTitle)->data(Qt::UserRole + 1).toLongLong();
        plan->setCurrentCell(0, 0);
        editor->findChild<QPushButton*>(u"planDown"_s)->click();
        QCOMPARE(plan->item(1, PairEditor::PlanTitle)->data(Qt::UserRole + 1).toLongLong(), first);
        QVERIFY(editor->commit());
        const Pair p = f.load(u"g1"_s);
        QCOMPARE(p.planItems.at(1).rowId, first);
        // Under the school profile there is no plan deadline: the label says to enter the date.
        editor->planApprovedEdit()->setDate(QDate());
        QVERIFY(editor->planDeadlineLabel()->text().contains(u"approve"_s));
        MessageBox::setNextAnswer(MessageBox::Discard);
        dialog->reject();
    }

    void deleteExplainsOrders()
    {
        Fixture f;
        const int count = f.rows();
        QVERIFY(f.section.selectPair(u"g1"_s));
        MessageBox::setNextAnswer(MessageBox::Ok);
        f.section.deletePair(u"g1"_s);
        QVERIFY(MessageBox::lastText().contains(u"order"_s));
        QCOMPARE(f.rows(), count);
        // The last demo pair is in no order: deleted after the question.
        const QString last = f.demo.pairs.last().id;
        MessageBox::setNextAnswer(MessageBox::Delete);
        f.section.deletePair(last);
        QCOMPARE(f.rows(), count - 1);
        QVERIFY(!PairRepository(f.db.connection()).exists(last));
    }

    void surveyFromTheKeyboard()
    {
        Fixture f;
        MatchingDialog* matching = f.section.openMatching();
        matching->tabs()->setCurrentIndex(MatchingDialog::SurveyTab);
        const int answers = matching->answersTable()->rowCount();
        QVERIFY(answers > 0);
        const QString who = f.person(u"Кривошеева"_s);
        choose(matching->respondent(), who);
        choose(matching->choiceChoosers().at(0), f.person(u"Ощепкова"_s));
        QVERIFY(matching->recordAnswers());
        QCOMPARE(matching->answersTable()->rowCount(), answers + 1);
        QVERIFY(matching->respondent()->personId().isEmpty());
        // Naming oneself is refused.
        choose(matching->respondent(), who);
        QCOMPARE(matching->choiceChoosers().at(0)->personId(), f.person(u"Ощепкова"_s)); // loaded back
        choose(matching->choiceChoosers().at(1), who);
        QVERIFY(!matching->recordAnswers());
        // The mutual choice now ranks first for her.
        matching->tabs()->setCurrentIndex(MatchingDialog::MatchTab);
        matching->selectMentees({ who });
        QCOMPARE(matching->result().candidates.first().personId, f.person(u"Ощепкова"_s));
        QCOMPARE(matching->result().candidates.first().mutual, 1);
        matching->close();
    }

    // Screenshots of every screen on the demo database, in Russian (NASTAVNIK_SCREENS only).
    void screens()
    {
        if (qEnvironmentVariable("NASTAVNIK_SCREENS").isEmpty())
            QSKIP("set NASTAVNIK_SCREENS to a folder to write the screenshots");
        i18n::install(*qApp, u"ru"_s);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.sqlite"_s);
        QVERIFY(demo::createDatabase(path, kToday).ok());
        AppSettings settings(dir.filePath(u"settings.ini"_s));
        MainWindow window(settings);
        window.resize(1360, 820);
        window.show();
        QVERIFY(window.openDatabase(path));
        window.context()->setToday(kToday);
        QVERIFY(window.showSection(u"pairs"_s));
        auto* section = static_cast<PairsSection*>(window.section(u"pairs"_s));
        QTest::qWait(50);
        screenshot(&window, u"section.png"_s);
        section->overdueFilter()->setChecked(true);
        screenshot(&window, u"section-overdue.png"_s);
        section->overdueFilter()->setChecked(false);

        EditorDialog* dialog = section->openEditor(u"g10"_s);
        PairEditor* editor = editorOf(dialog);
        const char16_t* tabs[]
            = { u"editor-main.png", u"editor-plan.png", u"editor-meetings.png", u"editor-history.png" };
        for (int tab = 0; tab < 4; ++tab) {
            editor->tabs()->setCurrentIndex(tab);
            screenshot(dialog, QString::fromUtf16(tabs[tab]));
        }
        dialog->reject();
        dialog = section->openEditor(u"g17"_s); // a plan with overdue items
        editorOf(dialog)->tabs()->setCurrentIndex(PairEditor::PlanTab);
        screenshot(dialog, u"editor-plan-overdue.png"_s);
        dialog->reject();
        dialog = section->openEditor(u"g40"_s); // completed days ago
        editorOf(dialog)->tabs()->setCurrentIndex(PairEditor::HistoryTab);
        screenshot(dialog, u"editor-history-completed.png"_s);
        dialog->reject();
        dialog = section->openEditor(u"g34"_s); // the group
        screenshot(dialog, u"editor-group.png"_s);
        dialog->reject();
        dialog = section->openEditor(QString());
        editor = editorOf(dialog);
        editor->formCombo()->setCurrentIndex(editor->formCombo()->findData(u"teacher_pupil"_s));
        const Dataset data = DatasetRepository(window.context()->connection()).load().value();
        QString zharkova;
        QString pupil;
        const QStringList waiting
            = MentorMatcher::fromDatabase(window.context()->connection(), kToday)->waitingMentees();
        for (const Person& p : data.people) {
            if (p.lastName == u"Жаркова")
                zharkova = p.id;
            if (p.kind == u"pupil" && waiting.contains(p.id) && pupil.isEmpty())
                pupil = p.id;
        }
        choose(editor->mentorChooser(), zharkova);
        choose(editor->menteeChooser(), pupil);
        editor->refreshFindings();
        screenshot(dialog, u"editor-new-findings.png"_s);
        MessageBox::setNextAnswer(MessageBox::Discard);
        dialog->reject();

        dialog = section->openEditor(u"g10"_s);
        editor = editorOf(dialog);
        const PairActionDialog::Action actions[] = { PairActionDialog::Action::Replace,
                                                     PairActionDialog::Action::Extend,
                                                     PairActionDialog::Action::CompleteEarly,
                                                     PairActionDialog::Action::Complete,
                                                     PairActionDialog::Action::Report };
        const char16_t* names[] = { u"action-replace.png",
                                    u"action-extend.png",
                                    u"action-complete-early.png",
                                    u"action-complete.png",
                                    u"action-report.png" };
        for (int i = 0; i < 5; ++i) {
            PairActionDialog* action = editor->startAction(actions[i]);
            QVERIFY(action);
            if (actions[i] == PairActionDialog::Action::CompleteEarly) {
                action->choiceCombo()->setCurrentIndex(action->choiceCombo()->findData(u"employer"_s));
                action->secondDateEdit()->setDate(kToday.addDays(-1));
            }
            QTest::qWait(20);
            screenshot(action, QString::fromUtf16(names[i]));
            action->close();
        }
        dialog->reject();

        MatchingDialog* matching = section->openMatching();
        QString newcomer;
        for (const Person& p : data.people) {
            if (p.lastName == u"Русаков")
                newcomer = p.id;
        }
        matching->selectMentees({ newcomer });
        QTest::qWait(20);
        screenshot(matching, u"assistant.png"_s);
        matching->showExcludedBox()->setChecked(true);
        for (int i = 0; i < matching->candidatesTree()->topLevelItemCount(); ++i) {
            if (matching->candidatesTree()->topLevelItem(i)->text(1).startsWith(u"Сысоев"_s))
                matching->candidatesTree()->setCurrentItem(matching->candidatesTree()->topLevelItem(i));
        }
        screenshot(matching, u"assistant-excluded.png"_s);
        matching->tabs()->setCurrentIndex(MatchingDialog::SurveyTab);
        screenshot(matching, u"assistant-survey.png"_s);
        matching->close();
        window.close();
    }
};

QTEST_MAIN(TestPairsSection)
#include "tst_pairssection.moc"
