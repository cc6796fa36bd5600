#include "AppContext.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "models/PeopleTableModel.h"
#include "people/PeopleSection.h"
#include "people/PersonEditor.h"
#include "settings/AppSettings.h"
#include "storage/DatasetRepository.h"
#include "storage/PeopleRepository.h"
#include "widgets/DateEdit.h"
#include "widgets/EditorDialog.h"
#include "widgets/MessageArea.h"
#include "widgets/MessageBox.h"
#include "widgets/PersonChooser.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace nastavnik;
using namespace nastavnik::ui;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 3, 2);

Person person(const QString& id, const QString& last, const QString& first, const QString& kind = u"teacher"_s)
{
    Person p;
    p.id = id;
    p.lastName = last;
    p.firstName = first;
    p.kind = kind;
    return p;
}

Dataset school()
{
    Dataset d;
    d.organization.name = u"Школа"_s;
    Person mentor = person(u"m"_s, u"Елкин"_s, u"Иван"_s);
    mentor.middleName = u"Сергеевич"_s;
    mentor.position = u"учитель физики"_s;
    mentor.mentorBase = true;
    Person pupil = person(u"pupil"_s, u"Петров"_s, u"Пётр"_s, u"pupil"_s);
    pupil.birthDate = QDate(2013, 4, 1);
    Person parent = person(u"parent"_s, u"Петрова"_s, u"Анна"_s, u"parent"_s);
    Person free = person(u"free"_s, u"Свободный"_s, u"Семён"_s);
    Person other = person(u"other"_s, u"Ёлкина"_s, u"Алёна"_s);
    other.position = u"учитель математики"_s;
    d.people = {mentor, pupil, parent, free, other};
    Pair p;
    p.id = u"g1"_s;
    p.form = u"teacher_pupil"_s;
    p.mentor = u"m"_s;
    p.mentees = {u"pupil"_s};
    p.start = QDate(2025, 9, 1);
    p.plannedEnd = QDate(2026, 5, 31);
    d.pairs = {p};
    return d;
}

/// A database with the small school, its context and the section, shown offscreen.
struct Fixture
{
    test::TempDatabase db;
    QTemporaryDir dir;
    AppSettings settings{dir.filePath(u"settings.ini"_s)};
    AppContext context{db.db(), settings};
    PeopleSection section;

    Fixture()
    {
        if (!DatasetRepository(db.connection()).replaceAll(school()).ok())
            qFatal("the test school could not be written");
        context.setToday(kToday);
        section.setContext(&context);
        section.resize(1200, 700);
        section.show();
        section.activateWindow();
        if (!QTest::qWaitForWindowActive(&section))
            qWarning("the section's window did not become active");
    }
    ~Fixture() { section.setContext(nullptr); }

    PeopleRepository repo() { return PeopleRepository(db.connection()); }
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
};

template <typename T>
T* field(EditorDialog* dialog, const QString& name)
{
    T* w = dialog->editor()->findChild<T*>(name);
    if (!w)
        qFatal("no field %s", qPrintable(name));
    return w;
}

} // namespace

class TestPeopleSection : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        MessageBox::setNextAnswer(MessageBox::NoButton);
    }

    void searchAsYouType()
    {
        Fixture f;
        QCOMPARE(f.rows(), 5);
        QCOMPARE(f.section.countLabel()->text(), u"Showing 5 of 5"_s);
        test::typeText(f.section.searchBox(), u"ЁЛКИН"_s);
        QCOMPARE(f.rows(), 2);
        QCOMPARE(f.section.countLabel()->text(), u"Showing 2 of 5"_s);
        test::typeText(f.section.searchBox(), u" ив"_s);
        QCOMPARE(f.rows(), 1);
        QCOMPARE(f.section.model()->personId(0), u"m"_s);
        f.section.searchBox()->clear();
        QCOMPARE(f.rows(), 5);
        // ↓ moves into the list.
        f.section.searchBox()->setFocus();
        QTest::keyClick(f.section.searchBox(), Qt::Key_Down);
        QVERIFY(f.section.table()->currentIndex().isValid());
    }

    void filters()
    {
        Fixture f;
        QComboBox* role = f.section.roleFilter();
        role->setCurrentIndex(role->findData(int(PeopleFilter::Role::Mentors)));
        QCOMPARE(f.rows(), 1);
        role->setCurrentIndex(role->findData(int(PeopleFilter::Role::InPair)));
        QCOMPARE(f.rows(), 1);
        QCOMPARE(f.section.model()->personId(0), u"pupil"_s);
        role->setCurrentIndex(0);
        QComboBox* kind = f.section.kindFilter();
        kind->setCurrentIndex(kind->findData(u"parent"_s));
        QCOMPARE(f.rows(), 1);
        kind->setCurrentIndex(0);
        f.section.withoutConsentFilter()->setChecked(true);
        QCOMPARE(f.rows(), 5);
        QCOMPARE(f.section.countLabel()->text(), u"Showing 5 of 5"_s);
        f.section.withoutConsentFilter()->setChecked(false);
        QComboBox* staffing = f.section.staffingFilter();
        staffing->setCurrentIndex(staffing->findData(int(PeopleFilter::Staffing::Staff)));
        QCOMPARE(f.rows(), 3);
    }

    void sortingByHeader()
    {
        Fixture f;
        QCOMPARE(f.section.model()->personId(0), u"m"_s); // Елкин (ё folded) first
        f.section.table()->sortByColumn(PeopleTableModel::Name, Qt::DescendingOrder);
        QCOMPARE(f.section.model()->personId(0), u"free"_s); // Свободный
    }

    void enterAndDoubleClickOpenTheEditor()
    {
        Fixture f;
        QVERIFY(f.section.selectPerson(u"m"_s));
        f.section.table()->setFocus();
        QTest::keyClick(f.section.table(), Qt::Key_Return);
        EditorDialog* d = f.editor();
        QVERIFY(d);
        QCOMPARE(d->editor()->title(), u"Елкин Иван Сергеевич"_s);
        QVERIFY(!d->editor()->isModified());
        d->reject();
        QVERIFY(!d->isVisible());
    }

    void doubleClickOpensTheEditor()
    {
        Fixture f;
        const QModelIndex index = f.section.model()->index(f.section.model()->rowOf(u"free"_s), 0);
        const QRect rect = f.section.table()->visualRect(index);
        QSignalSpy activated(f.section.table(), &QAbstractItemView::activated);
        QSignalSpy doubleClicked(f.section.table(), &QAbstractItemView::doubleClicked);
        // A real double-click: press and release, then the double-click event.
        QTest::mouseClick(f.section.table()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(f.section.table()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(doubleClicked.size(), 1);
        QCOMPARE(activated.size(), 1);
        EditorDialog* d = f.editor();
        QVERIFY(d);
        QCOMPARE(d->editor()->title(), u"Свободный Семён"_s);
        d->reject();
    }

    void editAndSave()
    {
        Fixture f;
        QSignalSpy changed(&f.context, &AppContext::dataChanged);
        EditorDialog* d = f.section.openEditor(u"m"_s);
        auto* position = field<QLineEdit>(d, u"position"_s);
        position->clear();
        test::typeText(position, u"заместитель директора"_s);
        field<QSpinBox>(d, u"pedagogical"_s)->setValue(12);
        field<DateEdit>(d, u"birthDate"_s)->setDate(QDate(1980, 5, 1));
        QVERIFY(d->editor()->isModified());
        QTest::mouseClick(d->saveButton(), Qt::LeftButton);
        QVERIFY(!d->isVisible());
        QCOMPARE(changed.size(), 1);
        const Person saved = f.repo().load(u"m"_s).value();
        QCOMPARE(saved.position, u"заместитель директора"_s);
        QCOMPARE(saved.pedagogicalYears, std::optional<int>(12));
        QCOMPARE(saved.birthDate, QDate(1980, 5, 1));
        QCOMPARE(saved.mentorBase, true); // untouched fields stay
        QCOMPARE(f.section.currentPersonId(), u"m"_s);
        QCOMPARE(f.section.model()->index(f.section.model()->rowOf(u"m"_s), PeopleTableModel::Position).data().toString(),
                 u"заместитель директора"_s);
    }

    void validationIsShownInline()
    {
        Fixture f;
        EditorDialog* d = f.section.openEditor(u"m"_s);
        auto* lastName = field<QLineEdit>(d, u"lastName"_s);
        lastName->clear();
        field<DateEdit>(d, u"birthDate"_s)->lineEdit()->setText(u"31.02.2020"_s);
        d->accept();
        QVERIFY(d->isVisible());
        const QStringList problems = d->editor()->messageArea()->messages(u"validation"_s);
        QVERIFY2(problems.join(u' ').contains(u"surname is empty"_s), qPrintable(problems.join(u' ')));
        QVERIFY(problems.join(u' ').contains(u"«31.02.2020» is not a date"_s));
        QCOMPARE(f.repo().load(u"m"_s)->lastName, u"Елкин"_s);

        // The shown problems follow the typing.
        test::typeText(lastName, u"Ёлкин"_s);
        QCOMPARE(d->editor()->messageArea()->messages(u"validation"_s).size(), 1);
        field<DateEdit>(d, u"birthDate"_s)->lineEdit()->setText(u"28.02.1980"_s);
        QVERIFY(d->editor()->messageArea()->messages(u"validation"_s).isEmpty());
        d->accept();
        QVERIFY(!d->isVisible());
        QCOMPARE(f.repo().load(u"m"_s)->lastName, u"Ёлкин"_s);
    }

    void closingAsksAboutUnsavedChanges_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("closed");
        QTest::addColumn<QString>("position");
        QTest::newRow("Save saves and closes") << int(MessageBox::Save) << true << u"директор"_s;
        QTest::newRow("Don't save closes without saving") << int(MessageBox::Discard) << true << u"учитель физики"_s;
        QTest::newRow("Cancel keeps the editor open") << int(MessageBox::Cancel) << false << u"учитель физики"_s;
    }

    void closingAsksAboutUnsavedChanges()
    {
        QFETCH(int, answer);
        QFETCH(bool, closed);
        QFETCH(QString, position);
        Fixture f;
        EditorDialog* d = f.section.openEditor(u"m"_s);
        field<QLineEdit>(d, u"position"_s)->setText(u"директор"_s);
        const int boxes = MessageBox::count();
        MessageBox::setNextAnswer(MessageBox::Button(answer));
        d->reject();
        QCOMPARE(MessageBox::count(), boxes + 1);
        QVERIFY(MessageBox::lastText().contains(u"«Елкин Иван Сергеевич» has unsaved changes"_s));
        QCOMPARE(!d->isVisible(), closed);
        QCOMPARE(f.repo().load(u"m"_s)->position, position);
        if (!closed) {
            QCOMPARE(field<QLineEdit>(d, u"position"_s)->text(), u"директор"_s);
            MessageBox::setNextAnswer(MessageBox::Discard);
            d->reject();
        }
    }

    void closingUnmodifiedDoesNotAsk()
    {
        Fixture f;
        EditorDialog* d = f.section.openEditor(u"m"_s);
        // Typing and undoing it is no change.
        auto* position = field<QLineEdit>(d, u"position"_s);
        QTest::keyClick(position, Qt::Key_X);
        QTest::keyClick(position, Qt::Key_Backspace);
        const int boxes = MessageBox::count();
        d->reject();
        QCOMPARE(MessageBox::count(), boxes);
        QVERIFY(!d->isVisible());
    }

    void newMinorWithConsentSignedByParent()
    {
        Fixture f;
        const int before = f.rows();
        f.section.run(Section::Command::New);
        EditorDialog* d = f.editor();
        QVERIFY(d);
        auto* editor = static_cast<PersonEditor*>(d->editor());
        QCOMPARE(editor->title(), u"New participant"_s);
        test::typeText(field<QLineEdit>(d, u"lastName"_s), u"Петрова"_s);
        test::typeText(field<QLineEdit>(d, u"firstName"_s), u"Вера"_s);
        auto* kind = field<QComboBox>(d, u"kind"_s);
        kind->setCurrentIndex(kind->findData(u"pupil"_s));
        test::typeText(field<DateEdit>(d, u"birthDate"_s)->lineEdit(), u"1.9.2014"_s);
        // Leaving the field (editing finished) writes the date out in full.
        emit field<DateEdit>(d, u"birthDate"_s)->lineEdit()->editingFinished();
        QCOMPARE(field<DateEdit>(d, u"birthDate"_s)->text(), u"01.09.2014"_s);

        editor->tabs()->setCurrentIndex(PersonEditor::ConsentsTab);
        QTest::mouseClick(field<QPushButton>(d, u"addConsent"_s), Qt::LeftButton);
        QCOMPARE(editor->consentsTable()->rowCount(), 1);
        // Signed by the minor herself: the editor warns before anything is saved.
        QVERIFY(editor->messageArea()->messages(u"hints"_s).join(u' ').contains(u"parent"_s));

        auto* signer = qobject_cast<PersonChooser*>(editor->consentsTable()->cellWidget(0, 1));
        QVERIFY(signer);
        test::typeText(signer->lineEdit(), u"петрова ан"_s);
        QCompleter* completer = signer->findChild<QCompleter*>();
        QVERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->completionModel()->rowCount(), 1);
        completer->popup()->setCurrentIndex(completer->completionModel()->index(0, 0));
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(signer->personId(), u"parent"_s);
        QVERIFY(signer->hasValidInput());
        QVERIFY(editor->messageArea()->messages(u"hints"_s).isEmpty());

        d->accept();
        QVERIFY(!d->isVisible());
        const QString id = editor->personId();
        QVERIFY(!id.isEmpty());
        const QList<Consent> consents = f.repo().consentsOf(id);
        QCOMPARE(consents.size(), 1);
        QCOMPARE(consents.first().signedBy, u"parent"_s);
        QCOMPARE(consents.first().type, u"personal_data"_s);
        QCOMPARE(consents.first().date, kToday);
        QCOMPARE(f.rows(), before + 1);
        QCOMPARE(f.section.currentPersonId(), id);
    }

    void consentSignedByThePersonThemselves()
    {
        Fixture f;
        EditorDialog* d = f.section.openEditor(u"free"_s);
        auto* editor = static_cast<PersonEditor*>(d->editor());
        QTest::mouseClick(field<QPushButton>(d, u"addConsent"_s), Qt::LeftButton);
        QVERIFY(editor->messageArea()->messages(u"hints"_s).isEmpty()); // an adult, birth date unknown
        d->accept();
        const QList<Consent> consents = f.repo().consentsOf(u"free"_s);
        QCOMPARE(consents.size(), 1);
        QCOMPARE(consents.first().signedBy, u"free"_s);
        // Reopened, the same consent is no change.
        d = f.section.openEditor(u"free"_s);
        QVERIFY(!d->editor()->isModified());
        d->reject();
    }

    void unchosenSignerIsReported()
    {
        Fixture f;
        EditorDialog* d = f.section.openEditor(u"free"_s);
        auto* editor = static_cast<PersonEditor*>(d->editor());
        QTest::mouseClick(field<QPushButton>(d, u"addConsent"_s), Qt::LeftButton);
        auto* signer = qobject_cast<PersonChooser*>(editor->consentsTable()->cellWidget(0, 1));
        signer->lineEdit()->setText(u"Никто Такой"_s);
        QVERIFY(!signer->hasValidInput());
        d->accept();
        QVERIFY(d->isVisible());
        QVERIFY(editor->messageArea()->messages(u"validation"_s).join(u' ').contains(u"«Никто Такой» was not chosen"_s));
        QVERIFY(f.repo().consentsOf(u"free"_s).isEmpty());
        MessageBox::setNextAnswer(MessageBox::Discard);
        d->reject();
    }

    void credentialsAddAndRemove()
    {
        Fixture f;
        EditorDialog* d = f.section.openEditor(u"m"_s);
        auto* editor = static_cast<PersonEditor*>(d->editor());
        editor->tabs()->setCurrentIndex(PersonEditor::CredentialsTab);
        QTest::mouseClick(field<QPushButton>(d, u"addCredential"_s), Qt::LeftButton);
        QTableWidget* table = editor->credentialsTable();
        QCOMPARE(table->rowCount(), 1);
        auto* type = qobject_cast<QComboBox*>(table->cellWidget(0, 0));
        type->setCurrentIndex(type->findData(u"mentor_status"_s));
        qobject_cast<QLineEdit*>(table->cellWidget(0, 1))->setText(u"М-17"_s);
        qobject_cast<DateEdit*>(table->cellWidget(0, 2))->setDate(QDate(2025, 1, 20));
        d->accept();
        QVERIFY(!d->isVisible());
        Person saved = f.repo().load(u"m"_s).value();
        QCOMPARE(saved.credentials.size(), 1);
        QCOMPARE(saved.credentials.first().number, u"М-17"_s);
        QCOMPARE(saved.credentials.first().issued, QDate(2025, 1, 20));

        d = f.section.openEditor(u"m"_s);
        editor = static_cast<PersonEditor*>(d->editor());
        table = editor->credentialsTable();
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(!editor->isModified());
        table->selectRow(0);
        QTest::mouseClick(field<QPushButton>(d, u"removeCredential"_s), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(editor->isModified());
        d->accept();
        QVERIFY(f.repo().load(u"m"_s)->credentials.isEmpty());
    }

    void deletingAReferencedPersonOffersTheArchive_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("archived");
        QTest::newRow("archive") << int(MessageBox::Archive) << true;
        QTest::newRow("cancel") << int(MessageBox::Cancel) << false;
    }

    void deletingAReferencedPersonOffersTheArchive()
    {
        QFETCH(int, answer);
        QFETCH(bool, archived);
        Fixture f;
        QVERIFY(f.section.selectPerson(u"m"_s));
        QVERIFY(f.section.canRun(Section::Command::Delete));
        MessageBox::setNextAnswer(MessageBox::Button(answer));
        f.section.run(Section::Command::Delete);
        QVERIFY2(MessageBox::lastText().contains(u"mentor of pair g1"_s), qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(u"Archive the person instead"_s));
        const Result<Person> after = f.repo().load(u"m"_s);
        QVERIFY(after.ok()); // never deleted
        QCOMPARE(after->archived, archived);
        QCOMPARE(f.section.model()->rowOf(u"m"_s) < 0, archived); // the archive is hidden
    }

    void deletingAnArchivedReferencedPersonExplains()
    {
        Fixture f;
        QVERIFY(f.repo().setArchived(u"m"_s, true).ok());
        f.section.archivedFilter()->setChecked(true);
        QVERIFY(f.section.selectPerson(u"m"_s));
        MessageBox::setNextAnswer(MessageBox::Ok);
        f.section.run(Section::Command::Delete);
        QVERIFY2(MessageBox::lastText().contains(u"already in the archive"_s), qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(u"mentor of pair g1"_s));
        QVERIFY(f.repo().exists(u"m"_s));
    }

    void deletingAFreePerson_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("deleted");
        QTest::newRow("delete") << int(MessageBox::Delete) << true;
        QTest::newRow("cancel") << int(MessageBox::Cancel) << false;
    }

    void deletingAFreePerson()
    {
        QFETCH(int, answer);
        QFETCH(bool, deleted);
        Fixture f;
        QVERIFY(f.section.selectPerson(u"free"_s));
        MessageBox::setNextAnswer(MessageBox::Button(answer));
        f.section.run(Section::Command::Delete);
        QVERIFY(MessageBox::lastText().contains(u"Delete «Свободный Семён»"_s));
        QCOMPARE(!f.repo().exists(u"free"_s), deleted);
        QCOMPARE(f.rows(), deleted ? 4 : 5);
    }

    void findFocusesTheSearchBox()
    {
        Fixture f;
        f.section.table()->setFocus();
        QVERIFY(f.section.canRun(Section::Command::Find));
        f.section.run(Section::Command::Find);
        QVERIFY(f.section.searchBox()->hasFocus());
    }

    void withoutDatabase()
    {
        Fixture f;
        f.section.setContext(nullptr);
        QVERIFY(!f.section.isEnabled());
        QVERIFY(!f.section.canRun(Section::Command::New));
        QVERIFY(!f.section.model());
        f.section.setContext(&f.context);
        QCOMPARE(f.rows(), 5);
    }

    void dateEditParsesRussianDates_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<bool>("valid");
        QTest::newRow("dd.MM.yyyy") << u"05.06.2026"_s << QDate(2026, 6, 5) << u"05.06.2026"_s << true;
        QTest::newRow("d.M.yy") << u"5.6.26"_s << QDate(2026, 6, 5) << u"05.06.2026"_s << true;
        QTest::newRow("ISO") << u"2026-06-05"_s << QDate(2026, 6, 5) << u"05.06.2026"_s << true;
        QTest::newRow("empty") << QString() << QDate() << QString() << true;
        QTest::newRow("impossible day") << u"31.02.2020"_s << QDate() << u"31.02.2020"_s << false;
        QTest::newRow("incomplete") << u"12.05"_s << QDate() << u"12.05"_s << false;
    }

    void dateEditParsesRussianDates()
    {
        QFETCH(QString, typed);
        QFETCH(QDate, date);
        QFETCH(QString, shown);
        QFETCH(bool, valid);
        DateEdit edit;
        edit.show();
        QSignalSpy changed(&edit, &DateEdit::dateChanged);
        QTest::keyClicks(edit.lineEdit(), typed);
        QTest::keyClick(edit.lineEdit(), Qt::Key_Return);
        QCOMPARE(edit.date(), date);
        QCOMPARE(edit.text(), shown);
        QCOMPARE(edit.hasValidInput(), valid);
        QCOMPARE(changed.isEmpty(), !date.isValid());
        QCOMPARE(edit.lineEdit()->toolTip().isEmpty(), valid);
    }

    void personChooserTakesASingleMatch()
    {
        Fixture f;
        PersonChooser chooser;
        chooser.setContext(&f.context);
        chooser.show();
        QSignalSpy changed(&chooser, &PersonChooser::personChanged);
        test::typeText(chooser.lineEdit(), u"свобод"_s);
        emit chooser.lineEdit()->editingFinished();
        QCOMPARE(chooser.personId(), QString()); // the popup is still open: nothing taken yet
        chooser.findChild<QCompleter*>()->popup()->hide();
        emit chooser.lineEdit()->editingFinished();
        QCOMPARE(chooser.personId(), u"free"_s);
        QCOMPARE(chooser.text(), u"Свободный Семён"_s);
        QCOMPARE(changed.size(), 1);
        chooser.lineEdit()->clear();
        test::typeText(chooser.lineEdit(), u"петров"_s); // Петров, Петрова: two matches
        chooser.findChild<QCompleter*>()->popup()->hide();
        emit chooser.lineEdit()->editingFinished();
        QVERIFY(!chooser.hasValidInput());
        chooser.setPersonId(u"pupil"_s);
        QVERIFY(chooser.hasValidInput());
        QCOMPARE(chooser.text(), u"Петров Пётр"_s);
    }
};

QTEST_MAIN(TestPeopleSection)
#include "tst_peoplesection.moc"
