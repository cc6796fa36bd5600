#include "TestSupport.h"
#include "demo/DemoData.h"
#include "documents/DocumentBuilder.h"
#include "documents/DocumentEditorDialog.h"
#include "documents/OrderRepository.h"
#include "storage/DatasetRepository.h"

#include <QAction>
#include <QDir>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QtTest>

using namespace nastavnik;
using namespace Qt::StringLiterals;

namespace {
const QDate kToday(2026, 11, 22);

Document orderDocument(test::TempDatabase& t, const QString& id)
{
    const DocumentBuilder builder(DatasetRepository(t.connection()).load().value(), {}, kToday);
    return builder.build(DocumentKind::Order, id).value();
}

/// Screenshots for the review go to NASTAVNIK_SCREENS when it is set.
void screenshot(QWidget& w, const QString& name)
{
    const QString dir = qEnvironmentVariable("NASTAVNIK_SCREENS");
    if (!dir.isEmpty())
        w.grab().save(QDir(dir).filePath(name));
}
} // namespace

class TestDocumentEditor : public QObject
{
    Q_OBJECT

private slots:
    void draftIsEditedAndSaved()
    {
        test::TempDatabase t;
        QVERIFY(DatasetRepository(t.connection()).replaceAll(demo::school(kToday)).ok());
        OrderRepository journal(t.connection());
        const Result<Order> draft = journal.draftFinalEvent(QDate(2026, 11, 20));
        QVERIFY2(draft.ok(), qPrintable(draft.error()));

        ui::DocumentEditorDialog dialog(orderDocument(t, draft->id), &journal, false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.isReadOnly());
        QVERIFY(!dialog.editor()->isReadOnly());
        QVERIFY(!dialog.saveAction()->isEnabled());
        screenshot(dialog, u"editor-draft.png"_s);

        QTextCursor cursor(dialog.textDocument());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(u"Дополнение куратора."_s);
        QVERIFY(dialog.isModified());
        QVERIFY(dialog.saveAction()->isEnabled());
        QSignalSpy saved(&dialog, &ui::DocumentEditorDialog::saved);
        QVERIFY(dialog.save().ok());
        QCOMPARE(saved.count(), 1);
        QVERIFY(!dialog.isModified());
        QVERIFY(journal.load(draft->id)->text.contains(u"Дополнение куратора."_s));

        // The edited text is what is exported.
        const QString pdf = t.dir() + u"/edited.pdf"_s;
        const QString odt = t.dir() + u"/edited.odt"_s;
        QVERIFY(dialog.exportTo(pdf).ok());
        QVERIFY(dialog.exportTo(odt).ok());
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QVERIFY(!dialog.exportTo(t.dir() + u"/edited.txt"_s).ok());
    }

    void signedOrderIsReadOnly()
    {
        test::TempDatabase t;
        QVERIFY(DatasetRepository(t.connection()).replaceAll(demo::school(kToday)).ok());
        OrderRepository journal(t.connection());
        const Result<Order> draft = journal.draftRoadmapApproval(QDate(2026, 11, 20));
        QVERIFY(draft.ok());
        QVERIFY(journal.sign(draft->id).ok());

        ui::DocumentEditorDialog dialog(orderDocument(t, draft->id), &journal, true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.editor()->isReadOnly());
        QVERIFY(!dialog.saveAction()->isEnabled());
        const Status s = dialog.save();
        QVERIFY(!s.ok());
        QVERIFY(!s.error().isEmpty());
        screenshot(dialog, u"editor-signed.png"_s);
    }

    void otherDocumentsHaveNoSave()
    {
        test::TempDatabase t;
        QVERIFY(DatasetRepository(t.connection()).replaceAll(demo::school(kToday)).ok());
        const DocumentBuilder builder(DatasetRepository(t.connection()).load().value(), {}, kToday);
        ui::DocumentEditorDialog dialog(builder.build(DocumentKind::Plan, u"g1"_s).value());
        QVERIFY(!dialog.saveAction()->isVisible());
        QVERIFY(!dialog.save().ok());
        QVERIFY(dialog.printPreviewAction()->isEnabled());
    }
};

QTEST_MAIN(TestDocumentEditor)
#include "tst_documenteditor.moc"
