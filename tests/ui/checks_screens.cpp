// Screenshots of every section, two pair editors, «Сегодня», «Проверка», the person editor's findings, the settings pages of
// the profile and the calendar, and the refusal of a bad exchange file, on the demo school.
// Run by hand (not a test): checks_screens OUTDIR [ru|en] [YYYY-MM-DD]
#include "AppContext.h"
#include "Application.h"
#include "FindingsService.h"
#include "MainWindow.h"
#include "checks/ChecksSection.h"
#include "checks/FindingsModel.h"
#include "demo/DemoData.h"
#include "settings/AppSettings.h"
#include "settings/CalendarPage.h"
#include "settings/ProfileEditor.h"
#include "settings/ProfilePage.h"
#include "settings/SettingsDialog.h"
#include "storage/Database.h"
#include "storage/DatasetRepository.h"
#include "widgets/EditorDialog.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

using namespace nastavnik;
using namespace nastavnik::ui;
using namespace Qt::StringLiterals;

namespace {

QString g_out;

void wait(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

void shoot(QWidget* w, const QString& name)
{
    wait(150);
    const QString path = QDir(g_out).filePath(name + u".png"_s);
    if (!w->grab().save(path))
        qWarning("could not save %s", qPrintable(path));
    else
        qInfo("%s", qPrintable(path));
}

/// Grabs the modal dialog that opens next, then closes it.
void shootNextModal(const QString& name)
{
    QTimer::singleShot(400, [name] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        shoot(modal, name);
        if (auto* d = qobject_cast<QDialog*>(modal))
            d->reject();
    });
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    g_out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"."_s;
    QDir().mkpath(g_out);
    const QString language = argc > 2 ? QString::fromLocal8Bit(argv[2]) : u"ru"_s;
    QTemporaryDir home;
    qputenv("HOME", home.path().toLocal8Bit());
    setUpApplication(app, language);

    // A Monday of the autumn term: deadlines in every group of «Сегодня», pairs that end.
    const QDate today = argc > 3 ? QDate::fromString(QString::fromLocal8Bit(argv[3]), Qt::ISODate) : QDate(2025, 10, 27);
    const QString path = QDir(home.path()).filePath(u"Школа.sqlite"_s);
    {
        Database db;
        if (!db.open(path, Database::Mode::CreateIfMissing).ok()
            || !DatasetRepository(db.connection()).replaceAll(demo::school(today)).ok())
            return 1;
    }
    AppSettings settings(QDir(home.path()).filePath(u"settings.ini"_s));
    MainWindow window(settings);
    window.resize(1280, 800);
    window.show();
    shoot(&window, u"00-first-run"_s); // before a database is open
    if (!window.openDatabase(path))
        return 1;
    AppContext* context = window.context();
    context->setToday(today);
    FindingsService& service = context->findings();
    while (service.isChecking())
        wait(20);

    window.showSection(u"today"_s);
    while (window.currentSection()->isLoading())
        wait(20);
    shoot(&window, u"01-today"_s);

    for (const QString& id : { u"people"_s, u"roadmap"_s, u"questionnaires"_s, u"monitoring"_s }) {
        window.showSection(id);
        shoot(&window, u"00-"_s + id);
    }
    window.showSection(u"pairs"_s);
    shoot(&window, u"01a-pairs"_s);
    for (const QString& pair : { u"g1"_s, u"g2"_s }) {
        context->requestOpen(AppContext::Item::Pair, pair);
        wait(300);
        for (EditorDialog* d : window.findChildren<EditorDialog*>()) {
            if (d->isVisible()) {
                shoot(d, u"01b-pair-"_s + pair);
                MessageBox::setNextAnswer(MessageBox::Discard);
                d->reject();
            }
        }
    }

    window.showSection(u"checks"_s);
    auto* checks = static_cast<ChecksSection*>(window.section(u"checks"_s));
    const QModelIndex first = checks->model()->index(0, 0, checks->model()->index(0, 0));
    checks->tree()->setCurrentIndex(first);
    shoot(&window, u"02-checks-by-rule"_s);
    checks->open(AppContext::Item::Rule, u"external_mentor.documents"_s);
    const QModelIndex external = checks->model()->groupOfRule(u"external_mentor.documents"_s);
    if (external.isValid())
        checks->tree()->setCurrentIndex(checks->model()->index(0, 0, external));
    checks->tree()->expandAll();
    shoot(&window, u"03-checks-details"_s);
    checks->bySubjectButton()->click();
    shoot(&window, u"04-checks-by-participant"_s);
    checks->byRuleButton()->click();

    // The person with the most findings.
    QString person;
    int most = 0;
    QHash<QString, int> counts;
    for (const Finding& f : service.findings()) {
        for (const QString& id : f.people) {
            if (++counts[id] > most) {
                most = counts[id];
                person = id;
            }
        }
    }
    context->requestOpen(AppContext::Item::Person, person);
    wait(300);
    if (auto* editor = qobject_cast<EditorDialog*>(QApplication::activeModalWidget())) {
        shoot(editor, u"05-person-findings"_s);
        editor->reject();
    } else {
        for (EditorDialog* d : window.findChildren<EditorDialog*>()) {
            if (d->isVisible()) {
                shoot(d, u"05-person-findings"_s);
                d->reject();
            }
        }
    }

    SettingsDialog* dialog = window.showSettings(SettingsDialog::Page::Organization);
    shoot(dialog, u"06-settings-organization"_s);
    dialog->showPage(SettingsDialog::Page::Profile);
    shoot(dialog, u"07-settings-profile"_s);
    dialog->profilePage()->showProfile(u"civil-service"_s);
    shoot(dialog, u"08-settings-profile-secondary"_s);
    EditorDialog* profileEditor = dialog->profilePage()->createFrom(u"municipal"_s);
    if (profileEditor) {
        shoot(profileEditor, u"09-profile-editor-general"_s);
        auto* editor = static_cast<ProfileEditor*>(profileEditor->editor());
        editor->tabs()->setCurrentIndex(1);
        shoot(profileEditor, u"10-profile-editor-forms"_s);
        editor->tabs()->setCurrentIndex(2);
        shoot(profileEditor, u"11-profile-editor-terms"_s);
        editor->tabs()->setCurrentIndex(3);
        shoot(profileEditor, u"12-profile-editor-lists"_s);
        editor->tabs()->setCurrentIndex(4);
        shoot(profileEditor, u"13-profile-editor-rules"_s);
        editor->planDeadlineSpin()->setValue(-1);
        profileEditor->accept();
        shoot(profileEditor, u"14-profile-editor-invalid"_s);
        MessageBox::setNextAnswer(MessageBox::Discard);
        profileEditor->reject();
    }
    dialog->showPage(SettingsDialog::Page::Calendar);
    shoot(dialog, u"15-settings-calendar"_s);
    dialog->calendarPage()->selectYear(2027);
    shoot(dialog, u"16-settings-calendar-unconfirmed"_s);
    if (EditorDialog* year = dialog->calendarPage()->enterYear(2027)) {
        shoot(year, u"17-calendar-year-editor"_s);
        MessageBox::setNextAnswer(MessageBox::Discard);
        year->reject();
    }
    dialog->reject();

    // A bad exchange file is refused with every problem listed.
    const QString bad = QDir(home.path()).filePath(u"от школы № 5.json"_s);
    QFile file(bad);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(R"({"format": "nastavnik-exchange", "version": 1,
  "organization": {"name": "Школа № 5", "profile": "school", "head": "p10"},
  "people": [{"id": "p1", "last_name": "Иванова", "first_name": "Мария", "birth_date": "1980-02-30", "kind": "teacher"},
             {"id": "p2", "last_name": "", "kind": "pupil"},
             {"id": "p2", "last_name": "Петров", "kind": "учитель"}],
  "pairs": [{"id": "g1", "form": "teacher_teacher", "mentor": "p9", "mentees": ["p2"],
             "start": "2026-01-13", "planned_end": "2025-12-31",
             "events": [{"type": "replacement", "date": "2026-05-04", "new_mentor": "p3"}]}]})");
        file.close();
    }
    FileDialog::setNextFileName(bad);
    shootNextModal(u"18-exchange-import-refused"_s);
    window.importExchange();
    return 0;
}
