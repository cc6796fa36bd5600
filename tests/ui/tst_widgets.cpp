// Widgets of ui/widgets not covered through a section: PageStack sizes itself by the page
// shown; DateEdit makes its calendar when first opened and takes the date picked there.

#include "widgets/DateEdit.h"
#include "widgets/PageStack.h"

#include <QCalendarWidget>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtTest>

using namespace nastavnik::ui;
using namespace Qt::StringLiterals;

class TestWidgets : public QObject
{
    Q_OBJECT

private slots:
    void pageStackFollowsTheCurrentPage()
    {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* stack = new PageStack(&window);
        layout->addWidget(stack);
        auto* small = new QLabel(u"Короткий текст"_s);
        auto* large = new QLabel(u"Длинный текст, который переносится по словам: он занимает несколько строк"_s);
        large->setWordWrap(true);
        large->setMinimumSize(600, 400);
        QCOMPARE(stack->addWidget(small), 0);
        QCOMPARE(stack->addWidget(large), 1);
        QCOMPARE(stack->count(), 2);
        QCOMPARE(stack->currentIndex(), 0);
        QCOMPARE(stack->currentWidget(), small);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The hidden large page does not widen the stack (a QStackedWidget would take 600 × 400).
        QVERIFY(stack->minimumSizeHint().width() < 600);
        QVERIFY(stack->sizeHint().height() < 400);
        QVERIFY(!large->isVisible());

        QSignalSpy changed(stack, &PageStack::currentChanged);
        stack->setCurrentIndex(1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toInt(), 1);
        QCOMPARE(stack->currentWidget(), large);
        QVERIFY(large->isVisible());
        QVERIFY(!small->isVisible());
        QTRY_VERIFY(window.minimumSizeHint().width() >= 600);
        QVERIFY(window.minimumSizeHint().height() >= 400);
        QTRY_VERIFY(large->width() >= 600);
    }

    void dateEditCalendarIsMadeWhenOpened()
    {
        DateEdit edit;
        edit.setDate(QDate(2026, 3, 2));
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QVERIFY(!edit.findChild<QCalendarWidget*>()); // nothing made before it is needed
        auto* button = edit.findChild<QToolButton*>();
        QVERIFY(button && button->menu());
        QMenu* menu = button->menu();

        QSignalSpy dates(&edit, &DateEdit::dateChanged);
        for (const QDate& picked : {QDate(2026, 5, 15), QDate(2026, 6, 1)}) {
            menu->popup(edit.mapToGlobal(QPoint(0, edit.height())));
            auto* calendar = menu->findChild<QCalendarWidget*>();
            QVERIFY(calendar);
            QCOMPARE(menu->findChildren<QCalendarWidget*>().size(), 1); // one, made once
            QCOMPARE(calendar->firstDayOfWeek(), Qt::Monday);
            // It opens on the date in the field.
            QCOMPARE(calendar->selectedDate(), edit.date());
            emit calendar->clicked(picked);
            QCOMPARE(edit.date(), picked);
            QCOMPARE(edit.text(), picked.toString(u"dd.MM.yyyy"_s));
            QTRY_VERIFY(!menu->isVisible());
        }
        QCOMPARE(dates.size(), 2);
    }
};

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
