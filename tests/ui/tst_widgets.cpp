// Widgets of ui/widgets not covered through a section: PageStack sizes itself by the page
// shown; DateEdit makes its calendar when first opened and takes the date picked there;
// WrappingDelegate draws rows of one line as the style does.

#include "widgets/DateEdit.h"
#include "widgets/PageStack.h"
#include "widgets/WrappingDelegate.h"

#include <QCalendarWidget>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeView>
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

    void wrappingDelegateDrawsOneLineAsTheStyle()
    {
        // Rows of one line take WrappingDelegate's own drawing of the text: the view looks
        // exactly as with the style's (long texts elided, colours, a bold font, a selected row).
        QStandardItemModel model(4, 2);
        const QString longText =
            u"Пары «Иванова М. П. – Петров П. П.»: «Посещение уроков наставника и анализ» до 16.03.2026; "
            "ответственный: Потоптаева Л. А. — и так далее, пока не кончится место в столбце"_s;
        for (int row = 0; row < model.rowCount(); ++row) {
            model.setData(model.index(row, 0), u"16.03.2026"_s);
            model.setData(model.index(row, 1), row == 2 ? u"Коротко"_s : longText);
        }
        model.setData(model.index(0, 0), QColor(Qt::darkRed), Qt::ForegroundRole);
        QFont bold;
        bold.setBold(true);
        model.setData(model.index(3, 1), bold, Qt::FontRole);
        QTreeView view;
        view.setModel(&model);
        view.setRootIsDecorated(false);
        view.setWordWrap(false);
        view.setUniformRowHeights(true);
        view.setTextElideMode(Qt::ElideRight);
        view.resize(420, 180);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.selectionModel()->select(model.index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);

        // Each state as the style draws it, then as the delegate does: the current cell (the
        // focus) unselected, then selected; the view disabled.
        auto* byStyle = new QStyledItemDelegate(&view);
        auto* byDelegate = new WrappingDelegate(&view);
        auto compareIn = [&](const std::function<void()>& setState) {
            setState();
            view.setItemDelegate(byStyle);
            const QImage expected = view.grab().toImage();
            view.setItemDelegate(byDelegate);
            QCOMPARE(view.grab().toImage(), expected);
        };
        view.setFocus();
        QItemSelectionModel* selection = view.selectionModel();
        compareIn([&] { selection->setCurrentIndex(model.index(0, 1), QItemSelectionModel::NoUpdate); });
        compareIn([&] { selection->setCurrentIndex(model.index(1, 1), QItemSelectionModel::NoUpdate); });
        compareIn([&] { view.setEnabled(false); });
    }
};

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
