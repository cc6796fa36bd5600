#include "TestSupport.h"
#include "XlsxFixtures.h"
#include "i18n/Translations.h"
#include "import/ImportPeopleDialog.h"
#include "import/ImportPreviewModel.h"
#include "import/MappingHeaderView.h"
#include "storage/PeopleRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QtTest>

using namespace nastavnik;
using namespace nastavnik::ui;
using namespace Qt::StringLiterals;

namespace {

// A school's staff list as Russian Excel saves it: Windows-1251, «;», CRLF. Rows 5, 6 and 8
// have errors; row 7 is already in the database; row 9 is empty.
const QString kStaffList
    = uR"(№;Фамилия;Имя;Отчество;Дата рождения;Должность;Подразделение;Телефон;Эл. почта;Педагогический стаж
1;Иванова;Мария;Петровна;01.05.1980;учитель математики;МО естественных наук;+7 912 345-67-01;ivanova@school.ru;21
2;Петров;Сергей;Николаевич;31.12.1975;учитель физики;МО естественных наук;+7 912 345-67-02;;27
3;Сидорова;Анна;Викторовна;03.02.2001;учитель начальных классов;МО начальных классов;;sidorova@school.ru;1
4;;Ольга;Игоревна;12.07.1990;педагог-психолог;Социально-психологическая служба;;;8
5;Кузнецов;Алексей;Дмитриевич;31.02.1985;учитель истории;МО гуманитарных наук;;kuznetsov@school.ru;много
6;Смирнова;Елена;Александровна;15.09.1968;заместитель директора по УВР;Администрация;+7 912 345-67-06;smirnova@school.ru;33
7;Попова;Наталья;Сергеевна;22.11.1987;учитель русского языка и литературы;МО гуманитарных наук;;popova@school;12
;;;;;;;;;
8;Новиков;Дмитрий;Андреевич;09.03.1995;учитель физической культуры;МО физической культуры;+7 912 345-67-08;novikov@school.ru;5
9;Морозова;Светлана;Ивановна;14.06.1979;учитель английского языка;МО иностранных языков;;morozova@school.ru;19
10;Волков;Игорь;Павлович;30.01.1983;учитель информатики;МО естественных наук;+7 912 345-67-10;volkov@school.ru;15
11;Лебедева;Ирина;Олеговна;05.05.1992;социальный педагог;Социально-психологическая служба;;lebedeva@school.ru;7
12;Козлов;Андрей;Викторович;18.08.1970;учитель технологии;МО технологии;;;30
)"_s;

int peopleCount(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    return q.exec(u"SELECT count(*) FROM person"_s) && q.next() ? q.value(0).toInt() : -1;
}

QByteArray windows1251(const QString& text)
{
    // The test writes the bytes Excel writes; only Cyrillic and ASCII occur in the list.
    QByteArray bytes;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            bytes += char(u);
        else if (u >= 0x0410 && u <= 0x044F)
            bytes += char(0xC0 + (u - 0x0410));
        else if (u == 0x0401)
            bytes += char(0xA8);
        else if (u == 0x0451)
            bytes += char(0xB8);
        else if (u == 0x2116)
            bytes += char(0xB9);
        else
            bytes += '?';
    }
    return bytes;
}

} // namespace

class TestImportPeopleDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        i18n::install(*QCoreApplication::instance(), u"ru"_s);
        QVERIFY(m_files.isValid());
        m_staffCsv = m_files.filePath(u"сотрудники.csv"_s);
        QString crlf = kStaffList;
        crlf.replace(u"\n"_s, u"\r\n"_s);
        QVERIFY(test::writeFile(m_staffCsv, windows1251(crlf)));
        QVERIFY(fixtures::writeWorkbooks(m_files.path()));
        m_screens = qEnvironmentVariable("NASTAVNIK_SCREENSHOTS");
        if (!m_screens.isEmpty())
            QDir().mkpath(m_screens);
    }

    void importsAStaffListStepByStep()
    {
        test::TempDatabase t;
        PeopleRepository repo(t.connection());
        Person existing;
        existing.lastName = u"Смирнова"_s;
        existing.firstName = u"Елена"_s;
        existing.middleName = u"Александровна"_s;
        existing.birthDate = QDate(1968, 9, 15);
        QVERIFY(repo.save(existing).ok());

        ImportPeopleDialog dialog(repo);
        auto* model = dialog.findChild<ImportPreviewModel*>();
        QVERIFY(model);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy imported(&dialog, &ImportPeopleDialog::peopleImported);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* importButton = dialog.findChild<QPushButton*>(u"importButton"_s);
        QVERIFY(importButton);
        QVERIFY(!importButton->isEnabled());
        screenshot(dialog, u"01-choose-file"_s);

        QVERIFY(dialog.loadFile(m_staffCsv));
        QCOMPARE(dialog.findChild<QComboBox*>(u"encoding"_s)->currentText(),
                 ImportPeopleDialog::tr("Windows-1251 (Cyrillic)"));
        QCOMPARE(dialog.findChild<QComboBox*>(u"delimiter"_s)->currentText(),
                 ImportPeopleDialog::tr("Semicolon ( ; )"));
        QVERIFY(dialog.findChild<QCheckBox*>(u"firstRowIsHeader"_s)->isChecked());
        QCOMPARE(dialog.findChild<QComboBox*>(u"defaultKind"_s)->currentData().toString(), u"teacher"_s);
        // 12 data rows (the empty line is skipped): 4 have errors.
        QCOMPARE(model->rowCount(), 12);
        QCOMPARE(model->columnCount(), 11);
        QCOMPARE(dialog.preview().good, 8);
        QCOMPARE(dialog.preview().bad, 4);
        auto* counts = dialog.findChild<QLabel*>(u"counts"_s);
        QCOMPARE(counts->text(),
                 ImportPeopleDialog::tr("Will be imported: %1 of %2, skipped: %3").arg(8).arg(12).arg(4));
        QCOMPARE(importButton->text(), ImportPeopleDialog::tr("Import %n person(s)", "", 8));
        QVERIFY(importButton->isEnabled());
        // The bad rows are tinted and name their row in the file.
        QCOMPARE(model->headerData(3, Qt::Vertical).toInt(), 5);
        QVERIFY(model->index(3, 0).data(ImportPreviewModel::ProblemRole).toBool());
        QVERIFY(model->index(3, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model->index(0, 0).data(ImportPreviewModel::ProblemRole).toBool());
        QCOMPARE(model->headerData(11, Qt::Vertical).toInt(), 14); // the empty line 10 still counts
        QVERIFY(model->index(5, 0).data().toString().contains(u"Смирнова Елена Александровна, 15.09.1968"_s));
        QCOMPARE(model->headerData(9, Qt::Horizontal).toString(), u"Эл. почта"_s);
        screenshot(dialog, u"02-preview"_s);

        // Nothing is written before the user confirms.
        QCOMPARE(peopleCount(t.connection()), 1);

        // The experience column is no longer imported: «много» stops being an error, but
        // row 6 still has its impossible date.
        auto* header = qobject_cast<MappingHeaderView*>(
            dialog.findChild<QTableView*>(u"preview"_s)->horizontalHeader());
        QVERIFY(header);
        QComboBox* experience = header->comboForColumn(9);
        QVERIFY(experience);
        QCOMPARE(experience->currentData().toInt(), int(import::Field::PedagogicalYears));
        QTest::keyClick(experience, Qt::Key_Home);
        QCOMPARE(experience->currentData().toInt(), int(import::Field::Ignore));
        QCOMPARE(dialog.preview().bad, 4);
        QCOMPARE(model->index(4, 0).data(Qt::ToolTipRole).toString().count(u'•'), 1);

        // Only the rows with errors.
        auto* onlyProblems = dialog.findChild<QCheckBox*>(u"onlyProblems"_s);
        QVERIFY(onlyProblems->isVisible());
        onlyProblems->setChecked(true);
        QCOMPARE(model->rowCount(), 4);
        screenshot(dialog, u"03-only-errors"_s);
        onlyProblems->setChecked(false);
        QCOMPARE(model->rowCount(), 12);

        // Everyone in the mentor base.
        dialog.findChild<QCheckBox*>(u"mentorBase"_s)->setChecked(true);
        QVERIFY(dialog.preview().rows.first().person.mentorBase);

        QTest::mouseClick(importButton, Qt::LeftButton);
        QCOMPARE(imported.size(), 1);
        const QStringList ids = imported.first().first().toStringList();
        QCOMPARE(ids.size(), 8);
        QCOMPARE(peopleCount(t.connection()), 9);
        const Person ivanova = repo.load(ids.first()).value();
        QCOMPARE(ivanova.fullName(), u"Иванова Мария Петровна"_s);
        QCOMPARE(ivanova.birthDate, QDate(1980, 5, 1));
        QCOMPARE(ivanova.pedagogicalYears, std::nullopt); // the column was switched off
        QCOMPARE(ivanova.kind, u"teacher"_s);
        QVERIFY(ivanova.mentorBase);
        QCOMPARE(ivanova.unit, u"МО естественных наук"_s);

        auto* pages = dialog.findChild<QStackedWidget*>();
        QCOMPARE(pages->currentWidget()->objectName(), u"summary"_s);
        auto* skipped = dialog.findChild<QListWidget*>(u"skippedRows"_s);
        QCOMPARE(skipped->count(), 4);
        QVERIFY2(
            skipped->item(0)->text().startsWith(ImportPeopleDialog::tr("Row %1: %2").arg(5).arg(QString())),
            qPrintable(skipped->item(0)->text()));
        QVERIFY(dialog.findChild<QPushButton*>(u"doneButton"_s)->isVisible());
        QVERIFY(!importButton->isVisible());
        screenshot(dialog, u"04-summary"_s);
    }

    void unreadableFileIsExplained()
    {
        test::TempDatabase t;
        PeopleRepository repo(t.connection());
        ImportPeopleDialog dialog(repo);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString path = m_files.filePath(u"список 2019.xls"_s);
        QVERIFY(
            test::writeFile(path, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(500, '\0')));
        QVERIFY(!dialog.loadFile(path));
        auto* error = dialog.findChild<QLabel*>(u"fileError"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"список 2019.xls"_s), qPrintable(error->text()));
        QVERIFY(!dialog.findChild<QPushButton*>(u"importButton"_s)->isEnabled());
        screenshot(dialog, u"05-old-xls"_s);

        // A good file afterwards clears the message.
        QVERIFY(dialog.loadFile(m_staffCsv));
        QVERIFY(!error->isVisible());
        QVERIFY(dialog.findChild<QPushButton*>(u"importButton"_s)->isEnabled());
    }

    void mappingWithoutSurnameCannotImport()
    {
        test::TempDatabase t;
        PeopleRepository repo(t.connection());
        ImportPeopleDialog dialog(repo);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.loadFile(m_staffCsv));
        auto* header = qobject_cast<MappingHeaderView*>(
            dialog.findChild<QTableView*>(u"preview"_s)->horizontalHeader());
        QComboBox* surname = header->comboForColumn(1);
        QCOMPARE(surname->currentData().toInt(), int(import::Field::LastName));
        QTest::keyClick(surname, Qt::Key_Home);
        auto* problems = dialog.findChild<QLabel*>(u"mappingProblems"_s);
        QVERIFY(problems->isVisible());
        QVERIFY(!dialog.findChild<QPushButton*>(u"importButton"_s)->isEnabled());
        screenshot(dialog, u"06-no-surname"_s);
        // Choosing it again for the column brings everything back.
        QTest::keyClick(surname, Qt::Key_Down);
        QCOMPARE(surname->currentData().toInt(), int(import::Field::LastName));
        QVERIFY(!problems->isVisible());
        QVERIFY(dialog.findChild<QPushButton*>(u"importButton"_s)->isEnabled());
        QCOMPARE(peopleCount(t.connection()), 0);
    }

    void encodingCanBeOverridden()
    {
        test::TempDatabase t;
        PeopleRepository repo(t.connection());
        ImportPeopleDialog dialog(repo);
        QVERIFY(dialog.loadFile(m_staffCsv));
        auto* encoding = dialog.findChild<QComboBox*>(u"encoding"_s);
        QTest::keyClick(encoding, Qt::Key_Home); // UTF-8: the Cyrillic bytes are not valid UTF-8
        QCOMPARE(encoding->currentData().toInt(), int(import::TextEncoding::Utf8));
        QVERIFY(!dialog.preview().canImport()); // the headers are unreadable, nothing is recognised
        QTest::keyClick(encoding, Qt::Key_Down);
        QCOMPARE(encoding->currentData().toInt(), int(import::TextEncoding::Windows1251));
        QCOMPARE(dialog.preview().good, 9);
    }

    void workbookSheetCanBeChosen()
    {
        test::TempDatabase t;
        PeopleRepository repo(t.connection());
        ImportPeopleDialog dialog(repo);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.loadFile(m_files.filePath(u"school.xlsx"_s)));
        auto* sheet = dialog.findChild<QComboBox*>(u"sheet"_s);
        QVERIFY(sheet->isVisible());
        QVERIFY(!dialog.findChild<QComboBox*>(u"encoding"_s)->isVisible());
        QCOMPARE(sheet->count(), 3);
        QCOMPARE(sheet->currentText(), u"Учителя"_s);
        // No header is recognised in «Иванова»: the first row is data.
        QVERIFY(!dialog.findChild<QCheckBox*>(u"firstRowIsHeader"_s)->isChecked());
        QTest::keyClick(sheet, Qt::Key_End);
        QCOMPARE(sheet->currentText(), u"Ученики"_s);
        QCOMPARE(dialog.preview().rows.size(), 2);

        QVERIFY(dialog.loadFile(m_files.filePath(u"staff.xlsx"_s)));
        QVERIFY(!sheet->isVisible()); // one sheet: nothing to choose
        QCOMPARE(dialog.preview().good, 3);
        screenshot(dialog, u"07-xlsx"_s);
    }

    void failedWriteImportsNothingAndSaysWhy()
    {
        test::TempDatabase t;
        PeopleRepository repo(t.connection());
        QSqlQuery trigger(t.connection());
        QVERIFY(trigger.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON person WHEN NEW.last_name = 'Волков' "
                             "BEGIN SELECT RAISE(ABORT, 'disk is full'); END"_s));
        ImportPeopleDialog dialog(repo);
        QSignalSpy imported(&dialog, &ImportPeopleDialog::peopleImported);
        QVERIFY(dialog.loadFile(m_staffCsv));
        auto* importButton = dialog.findChild<QPushButton*>(u"importButton"_s);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QCOMPARE(imported.size(), 0);
        QCOMPARE(peopleCount(t.connection()), 0);
        auto* error = dialog.findChild<QLabel*>(u"importError"_s);
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(u"disk is full"_s), qPrintable(error->text()));
        QVERIFY(!importButton->isHidden());
    }

private:
    void screenshot(QWidget& widget, const QString& name)
    {
        if (m_screens.isEmpty())
            return;
        QCoreApplication::processEvents();
        QVERIFY(widget.grab().save(QDir(m_screens).filePath(name + u".png"_s)));
    }

    QTemporaryDir m_files;
    QString m_staffCsv;
    QString m_screens;
};

QTEST_MAIN(TestImportPeopleDialog)
#include "tst_importpeopledialog.moc"
