#include "ChecksTestSupport.h"
#include "settings/CalendarPage.h"
#include "settings/CalendarYearEditor.h"
#include "settings/YearCalendarView.h"
#include "storage/CalendarRepository.h"
#include "widgets/DateEdit.h"
#include "widgets/EditorDialog.h"
#include "widgets/MessageArea.h"
#include "widgets/MessageBox.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

using namespace nastavnik;
using namespace nastavnik::ui;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 3, 2);

struct Fixture : test::ContextFixture
{
    CalendarPage page{context.get()};

    Fixture()
        : test::ContextFixture(kToday, Dataset())
    {
        page.resize(900, 600);
        page.show();
    }
    CalendarRepository repo() const { return CalendarRepository(db.connection()); }
    QString origin(int year) const
    {
        for (int row = 0; row < page.yearsTable()->rowCount(); ++row) {
            if (page.yearsTable()->item(row, 0)->text() == QString::number(year))
                return page.yearsTable()->item(row, 1)->text();
        }
        return {};
    }
};

} // namespace

class TestCalendarPage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        MessageBox::setNextAnswer(MessageBox::NoButton);
    }

    void listsTheYearsWithTheirSource()
    {
        Fixture f;
        QAbstractItemModelTester tester(f.page.yearsTable()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(f.origin(2025), u"built in"_s);
        QCOMPARE(f.origin(2026), u"built in"_s);
        QCOMPARE(f.origin(2027), u"art. 112 only, not confirmed"_s);
        QCOMPARE(f.origin(2028), u"art. 112 only, not confirmed"_s);
        // The current year is shown first.
        QCOMPARE(f.page.selectedYear(), 2026);
        QVERIFY(!f.page.view()->isEditable());
        QVERIFY(!f.page.view()->isWorkingDay(QDate(2026, 1, 5)));
        QVERIFY(f.page.view()->isWorkingDay(QDate(2026, 1, 12)));
        QVERIFY(!f.page.deleteButton()->isEnabled());
        QVERIFY(f.page.findChild<QLabel*>(u"yearTitle"_s)->text().contains(u"Постановление Правительства РФ от 24.09.2025"_s));
    }

    void enterAYearsDecree()
    {
        Fixture f;
        QVERIFY(f.page.selectYear(2027));
        QCOMPARE(f.page.enterButton()->text(), u"&Enter the decree…"_s);
        EditorDialog* dialog = f.page.enterYear(2027);
        QVERIFY(dialog);
        auto* editor = static_cast<CalendarYearEditor*>(dialog->editor());
        YearCalendarView* view = editor->view();
        QVERIFY(view->isEditable());
        // Starts from art. 112: 1–8 January off, weekdays of holidays off.
        QVERIFY(!view->isWorkingDay(QDate(2027, 1, 4)));
        QVERIFY(!view->isWorkingDay(QDate(2027, 2, 23)));
        QVERIFY(editor->summaryLabel()->text().contains(u"January"_s) || editor->summaryLabel()->text().contains(u"января"_s));

        // A public holiday cannot become a working day.
        QVERIFY(!view->toggle(QDate(2027, 1, 1)));
        // A bridge day off (Friday 5 November, after the holiday) and a working Saturday.
        QSignalSpy toggled(view, &YearCalendarView::toggled);
        const QDate bridge(2027, 11, 5);
        const QDate saturday(2027, 5, 15);
        QTest::mouseClick(view, Qt::LeftButton, {}, [&] {
            for (int y = 0; y < view->height(); y += 2)
                for (int x = 0; x < view->width(); x += 2)
                    if (view->dateAt(QPoint(x, y)) == bridge)
                        return QPoint(x + 3, y + 3);
            return QPoint();
        }());
        QCOMPARE(toggled.count(), 1);
        QCOMPARE(toggled.first().first().toDate(), bridge);
        QVERIFY(!view->isWorkingDay(bridge));
        QVERIFY(view->toggle(saturday));
        QVERIFY(view->isWorkingDay(saturday));
        QVERIFY(editor->isModified());

        // The decree must be named.
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(editor->messageArea()->messages(u"validation"_s).join(u' ').contains(u"Decree"_s));
        QVERIFY(!f.repo().userYears().value().size());

        editor->decreeEdit()->setText(u"Постановление Правительства РФ о переносе выходных дней в 2027 году"_s);
        dialog->accept();
        QVERIFY(!dialog->isVisible());
        const QList<CalendarYear> stored = f.repo().userYears().value();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().year, 2027);
        QVERIFY(stored.first().nonWorking.contains(bridge));
        QCOMPARE(stored.first().working, QList<QDate>{saturday});
        QCOMPARE(f.origin(2027), u"entered by the user"_s);
        QCOMPARE(f.page.selectedYear(), 2027);
        QVERIFY(f.page.calendar().isConfirmed(2027));
        QVERIFY(f.page.deleteButton()->isEnabled());
        QCOMPARE(f.page.enterButton()->text(), u"&Change…"_s);
    }

    void aBuiltInYearCanBeCorrected()
    {
        Fixture f;
        EditorDialog* dialog = f.page.enterYear(2026);
        auto* editor = static_cast<CalendarYearEditor*>(dialog->editor());
        QVERIFY(editor->decreeEdit()->text().contains(u"24.09.2025"_s));
        // Unchanged, it still becomes the database's own data when saved.
        QVERIFY(editor->isModified());
        QVERIFY(editor->view()->toggle(QDate(2026, 11, 3)));
        dialog->accept();
        QVERIFY(!dialog->isVisible());
        QCOMPARE(f.origin(2026), u"entered by the user"_s);
        QVERIFY(!f.page.calendar().isWorkingDay(QDate(2026, 11, 3)));

        // Deleted: the built-in decree applies again.
        QVERIFY(f.page.selectYear(2026));
        MessageBox::setNextAnswer(MessageBox::Delete);
        f.page.deleteYear(2026);
        QVERIFY(MessageBox::lastText().contains(u"The decree built into Nastavnik applies again"_s));
        QCOMPARE(f.origin(2026), u"built in"_s);
        QVERIFY(f.page.calendar().isWorkingDay(QDate(2026, 11, 3)));
    }

    void deleteAUserYear()
    {
        Fixture f;
        CalendarYear y = WorkCalendar::article112(2028);
        y.origin = CalendarYear::Origin::User;
        y.source = u"Постановление о 2028 годе"_s;
        QVERIFY(f.repo().save(y).ok());
        f.page.reload();
        QCOMPARE(f.origin(2028), u"entered by the user"_s);
        MessageBox::setNextAnswer(MessageBox::Cancel);
        f.page.deleteYear(2028);
        QCOMPARE(f.repo().userYears().value().size(), 1);
        MessageBox::setNextAnswer(MessageBox::Delete);
        f.page.deleteYear(2028);
        QVERIFY(MessageBox::lastText().contains(u"marked as not confirmed"_s));
        QVERIFY(f.repo().userYears().value().isEmpty());
        QCOMPARE(f.origin(2028), u"art. 112 only, not confirmed"_s);
    }

    void calculator_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("result");
        QTest::newRow("across the new year holidays") << QDate(2025, 12, 30) << 1 << u"12.01.2026"_s;
        QTest::newRow("five working days") << QDate(2026, 3, 2) << 5 << u"10.03.2026"_s;
        QTest::newRow("backwards") << QDate(2026, 1, 12) << -1 << u"30.12.2025"_s;
        QTest::newRow("into a year without a decree") << QDate(2027, 3, 1) << 3 << u"04.03.2027"_s;
    }
    void calculator()
    {
        QFETCH(QDate, from);
        QFETCH(int, days);
        QFETCH(QString, result);
        Fixture f;
        f.page.calculatorDate()->setDate(from);
        f.page.calculatorDays()->setValue(days);
        const QString text = f.page.calculatorResult()->text();
        QVERIFY2(text.contains(u"<b>%1</b>"_s.arg(result)), qPrintable(text));
        QCOMPARE(text.contains(u"not confirmed"_s), from.year() == 2027);
    }
};

QTEST_MAIN(TestCalendarPage)
#include "tst_calendarpage.moc"
