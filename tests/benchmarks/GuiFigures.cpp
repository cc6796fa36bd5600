// The figures of the window (issue 7): opening the database with «Сегодня» filled, a keystroke
// in the participants' search, the pair editor, and the peak memory of the GUI.
//
// Opening and memory are measured in fresh processes (the benchmark program started again
// with `--child …`), as a user starts the application: the time counts from the start of the
// process to the moment the window is shown with its first section filled, the memory is the
// process's peak resident set (VmHWM). Their baselines are the same kind of process showing an
// empty QMainWindow. The keystroke and the editor are measured in this process, on a main
// window opened once on the benchmark database.

#include "Benchmark.h"

#include "Application.h"
#include "FindingsService.h"
#include "MainWindow.h"
#include "Section.h"
#include "Workspace.h"
#include "pairs/PairsSection.h"
#include "people/PeopleSection.h"
#include "models/PeopleTableModel.h"
#include "settings/AppSettings.h"
#include "calendar/WorkCalendar.h"
#include "storage/DeadlinesSnapshot.h"
#include "widgets/EditorDialog.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QMainWindow>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTableView>
#include <QTimer>
#include <QKeyEvent>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace nastavnik::bench {
using namespace nastavnik::ui;

namespace {

constexpr int kChildTimeoutMs = 60000;

/// The peak resident set of this process, in MiB (VmHWM of /proc/self/status).
double peakMemoryMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1;
}

/// Runs the event loop until `done` holds (or `ms` pass); false on the timeout. Between events
/// the thread sleeps, as in QApplication::exec(): what `done` waits for (a worker's result)
/// arrives as an event. (With a time limit, processEvents() polls instead of sleeping, and
/// the polling took a core from the workers whose reads are measured.)
bool processUntil(const std::function<bool()>& done, int ms = kChildTimeoutMs)
{
    QDeadlineTimer deadline(ms);
    QTimer wake; // ends the last wait at the deadline
    wake.setSingleShot(true);
    wake.start(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

/// Runs the event loop until nothing is pending: what changed is laid out and painted (into
/// the backing store of the offscreen platform) as on screen: only what needs it.
void paint()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

/// Types `text` into `widget` key by key, as the keyboard does (QTest's key clicks know only
/// Latin letters).
void type(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(widget, &release);
    }
}

void say(const QByteArray& line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

/// True once the section shows what it has to (its data read; see Section::isLoading).
bool loaded(Section* section)
{
    return section && !section->isLoading();
}

/// Shows the section `id` of `window` and waits until it is filled; null when it is not.
template<typename S = Section>
S* show(MainWindow& window, const QString& id)
{
    window.showSection(id);
    auto* section = qobject_cast<S*>(window.section(id));
    return processUntil([&] { return loaded(section); }) ? section : nullptr;
}

/// One run of a child process: the time to its line "ready" and what it said after it.
struct ChildRun
{
    double seconds = 0;
    double memoryMiB = -1;
};

/// Runs the program again with `--child arguments`; `cacheHome`, when set, is its user's cache
/// folder (XDG_CACHE_HOME: where the deadlines kept ahead are).
Result<ChildRun> runChild(const QStringList& arguments, const QString& cacheHome = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    if (!cacheHome.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_CACHE_HOME"_s, cacheHome);
        process.setProcessEnvironment(environment);
    }
    QElapsedTimer timer;
    timer.start();
    process.start(QCoreApplication::applicationFilePath(), QStringList{u"--child"_s} + arguments);
    ChildRun run;
    bool ready = false;
    QByteArray output;
    while (process.waitForReadyRead(kChildTimeoutMs)) {
        while (process.canReadLine()) {
            const QByteArray line = process.readLine().trimmed();
            output += line + '\n';
            if (line == "ready" && !ready) {
                run.seconds = timer.nsecsElapsed() / 1e9;
                ready = true;
            } else if (line.startsWith("memory ")) {
                run.memoryMiB = line.mid(7).toDouble();
            }
        }
    }
    process.waitForFinished(kChildTimeoutMs);
    output += process.readAll();
    if (!ready || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return Result<ChildRun>::failure(u"the child process «%1» failed (exit code %2): %3"_s.arg(
            arguments.join(u' '), QString::number(process.exitCode()), QString::fromUtf8(output).simplified()));
    }
    return run;
}

/// A main window opened on the benchmark database in this process, for the figures that act
/// in it; made on first use (the database is then released by the Context: a file is open once).
struct Session
{
    AppSettings settings;
    MainWindow window{settings};
};

std::unique_ptr<Session> g_session;

/// The window in a child process on the benchmark database, in `mode`, on `day` (by default
/// the region's today), with the user's cache folder `cacheHome` (by default the benchmark's
/// own). This process lets the database and its own window go first: a file is open once.
Result<ChildRun> runWindow(Context& ctx, const QString& mode, QDate day = {}, QString cacheHome = {})
{
    ctx.release();
    g_session.reset();
    if (!day.isValid())
        day = ctx.today();
    if (cacheHome.isEmpty())
        cacheHome = ctx.path(u"cache"_s);
    return runChild({mode, ctx.databasePath(), day.toString(Qt::ISODate)}, cacheHome);
}

/// One value of a child's run as a figure's sample.
Result<Sample> sampleOf(const Result<ChildRun>& run, double ChildRun::*value)
{
    if (!run)
        return run.status();
    return Sample{run.value().*value, -1};
}

Result<Session*> session(Context& ctx)
{
    if (g_session)
        return g_session.get();
    // What the figures look up in the data is read before the window takes the file.
    if (Result<const Dataset*> data = ctx.dataset(); !data)
        return data.status();
    ctx.release();
    auto s = std::make_unique<Session>();
    s->window.resize(1280, 800);
    s->window.workspace().setToday(ctx.today());
    s->window.show();
    if (Status st = s->window.workspace().open(ctx.databasePath()); !st)
        return Result<Session*>::failure(st.error());
    // As a user who starts typing a while after opening: the background reads are done (the
    // deadlines, the findings, the integrity check and today's copy).
    if (!processUntil([&] {
            return loaded(s->window.currentSection()) && s->window.context()->findings().hasReport()
                   && s->window.workspace().isChecked();
        }))
        return Result<Session*>::failure(u"the window did not settle within a minute"_s);
    g_session = std::move(s);
    return g_session.get();
}

/// The pair with the longest history: the most events, then plan items and meetings.
const Pair* richestPair(const Dataset& data)
{
    const Pair* best = nullptr;
    auto weight = [](const Pair& p) { return p.events.size() * 1000 + p.planItems.size() + p.meetings.size(); };
    for (const Pair& p : data.pairs) {
        if (!best || weight(p) > weight(*best))
            best = &p;
    }
    return best;
}

/// The baseline of the figures of a new process: one showing an empty QMainWindow.
std::function<Result<Sample>(Context&)> emptyWindow(double ChildRun::*value)
{
    return [value](Context&) { return sampleOf(runChild({u"empty-window"_s}), value); };
}

Figure openToday()
{
    Figure f;
    f.name = u"open-today"_s;
    f.title = u"a new process opens the database and shows the main window with «Сегодня» filled"_s;
    f.baselineTitle = u"a new process showing an empty QMainWindow (start, QApplication, show, paint)"_s;
    f.target = 0.3;
    f.targetRatio = 5;
    f.runs = 7;
    f.measure = [](Context& ctx) -> Result<Sample> {
        // As on an ordinary morning: the window was open on the working day before and kept
        // the deadlines of the days up to this one (DeadlinesSnapshot); the file has not
        // changed since.
        static bool prepared = false;
        if (!prepared) {
            const QDate before = WorkCalendar().addWorkingDays(ctx.today(), -1);
            if (Result<ChildRun> run = runWindow(ctx, u"prepare"_s, before); !run)
                return run.status();
            prepared = true;
        }
        return sampleOf(runWindow(ctx, u"open-today"_s), &ChildRun::seconds);
    };
    f.baseline = emptyWindow(&ChildRun::seconds);
    return f;
}

Figure openTodayCold()
{
    Figure f;
    f.name = u"open-today-cold"_s;
    f.title = u"the same with nothing kept ahead (the file changed elsewhere, or unopened for days): «Сегодня» read"_s;
    f.baselineTitle = u"a new process showing an empty QMainWindow"_s;
    f.target = 0.3;
    f.runs = 5;
    f.measure = [](Context& ctx) -> Result<Sample> {
        const QTemporaryDir emptyCache;
        if (!emptyCache.isValid())
            return Result<Sample>::failure(u"no temporary folder: "_s + emptyCache.errorString());
        return sampleOf(runWindow(ctx, u"open-today"_s, ctx.today(), emptyCache.path()), &ChildRun::seconds);
    };
    f.baseline = emptyWindow(&ChildRun::seconds);
    return f;
}

Figure peopleKeystroke()
{
    Figure f;
    f.name = u"people-keystroke"_s;
    f.title = u"«Участники», the whole base: one letter typed in the search until the table is painted"_s;
    f.target = 0.030;
    f.runs = 9;
    f.measure = [](Context& ctx) -> Result<Sample> {
        Result<Session*> s = session(ctx);
        if (!s)
            return s.status();
        MainWindow& window = s.value()->window;
        auto* people = show<PeopleSection>(window, u"people"_s);
        if (!people)
            return Result<Sample>::failure(u"«Участники» could not be shown"_s);
        QLineEdit* search = people->searchBox();
        search->setFocus();
        search->clear();
        paint();
        // A surname's first letters, one keystroke timed: the last one of «Ива».
        type(search, u"Ив"_s);
        paint();
        Stopwatch watch;
        type(search, u"а"_s);
        paint();
        const Sample sample = watch.elapsed();
        ctx.setNote(u"«Ива»: %1 of %2 people shown"_s.arg(people->model()->rowCount()).arg(ctx.scale().people));
        search->clear();
        paint();
        return sample;
    };
    return f;
}

Figure pairEditor()
{
    Figure f;
    f.name = u"pair-editor"_s;
    f.title = u"the editor of the pair with the longest history opened and painted (plan, meetings, history)"_s;
    f.target = 0.050;
    f.runs = 9;
    f.measure = [](Context& ctx) -> Result<Sample> {
        Result<const Dataset*> data = ctx.dataset();
        if (!data)
            return data.status();
        const Pair* pair = richestPair(*data.value());
        if (!pair)
            return Result<Sample>::failure(u"the region has no pairs"_s);
        const QString id = pair->id;
        Result<Session*> s = session(ctx);
        if (!s)
            return s.status();
        MainWindow& window = s.value()->window;
        auto* pairs = show<PairsSection>(window, u"pairs"_s);
        if (!pairs)
            return Result<Sample>::failure(u"«Пары и группы» could not be shown"_s);
        paint();
        Stopwatch watch;
        EditorDialog* dialog = pairs->openEditor(id);
        if (!dialog)
            return Result<Sample>::failure(u"the editor of pair %1 did not open"_s.arg(id));
        paint();
        const Sample sample = watch.elapsed();
        ctx.setNote(u"pair %1: %2 plan items, %3 meetings, %4 events"_s.arg(id)
                        .arg(pair->planItems.size())
                        .arg(pair->meetings.size())
                        .arg(pair->events.size()));
        dialog->close(); // deletes itself
        paint();
        return sample;
    };
    return f;
}

Figure guiMemory()
{
    Figure f;
    f.name = u"gui-memory"_s;
    f.title = u"peak memory of a new GUI process with the database open and every section visited"_s;
    f.baselineTitle = u"a new process showing an empty QMainWindow"_s;
    f.unit = Unit::MiB;
    f.target = 250;
    f.runs = 1;
    f.measure = [](Context& ctx) { return sampleOf(runWindow(ctx, u"every-section"_s), &ChildRun::memoryMiB); };
    f.baseline = emptyWindow(&ChildRun::memoryMiB);
    return f;
}

} // namespace

QList<Figure> guiFigures()
{
    return {openToday(), openTodayCold(), peopleKeystroke(), pairEditor(), guiMemory()};
}

void closeGuiSession()
{
    g_session.reset();
}

int runChild(QApplication& app, const QStringList& arguments)
{
    const QString mode = arguments.value(0);
    if (mode == u"empty-window") {
        QMainWindow window;
        window.resize(1280, 800);
        window.show();
        paint();
        say("ready");
        say("memory " + QByteArray::number(peakMemoryMiB(), 'f', 1));
        return 0;
    }
    if (mode != u"open-today" && mode != u"every-section" && mode != u"prepare") {
        std::fprintf(stderr, "Unknown child mode «%s».\n", qPrintable(mode));
        return 2;
    }
    const QString path = arguments.value(1);
    const QDate today = QDate::fromString(arguments.value(2), Qt::ISODate);
    // As the application starts (Application.cpp: runApplication: open, then show), with a
    // fixed today.
    AppSettings settings;
    setUpApplication(app, u"ru"_s);
    MainWindow window(settings);
    window.resize(1280, 800);
    window.workspace().setToday(today);
    if (Status st = window.workspace().open(path); !st) {
        std::fprintf(stderr, "%s\n", qPrintable(st.error()));
        return 2;
    }
    window.show();
    if (!processUntil([&] { return loaded(window.currentSection()); })) {
        std::fprintf(stderr, "«Сегодня» was not filled within a minute.\n");
        return 2;
    }
    paint();
    if (mode == u"prepare") {
        // Until the deadlines of the next days are kept (TodaySection prepares them after its read).
        const DeadlinesSnapshot snapshot;
        if (!processUntil([&] { return snapshot.isPrepared(path, today); })) {
            std::fprintf(stderr, "The deadlines of the next days were not prepared within a minute.\n");
            return 2;
        }
    }
    say("ready");
    if (mode == u"every-section") {
        for (const QString& id : window.sectionIds()) {
            if (!show(window, id)) {
                std::fprintf(stderr, "The section «%s» was not filled within a minute.\n", qPrintable(id));
                return 2;
            }
            paint();
        }
        // The findings of «Проверка» are computed in a worker: their report is part of the peak.
        processUntil([&] { return window.context()->findings().hasReport(); });
        say("memory " + QByteArray::number(peakMemoryMiB(), 'f', 1));
    }
    return 0;
}

} // namespace nastavnik::bench
