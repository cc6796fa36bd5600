// nastavnik-bench: the region-scale benchmark (README, "Performance").
//
//   build/tests/benchmarks/nastavnik-bench [--quick] [--no-enforce] [--runs N] [--keep DIR] [--only NAME,…]
//
// Generates the benchmark database through the project's own code, measures every figure as
// the median of several runs together with its baseline, prints the table and exits 1 when a
// target is missed (0 with --no-enforce), 2 on bad usage or when a figure cannot be measured.

#include "Benchmark.h"
#include "i18n/Translations.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QApplication>
#include <QLocale>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace nastavnik;
using namespace nastavnik::bench;
using namespace Qt::StringLiterals;

namespace {

QString usage()
{
    return u"Usage: nastavnik-bench [--quick] [--no-enforce] [--runs N] [--keep DIR] [--only NAME[,NAME…]]\n"
           "  --quick       a tenth of the scale (what CI runs)\n"
           "  --no-enforce  print the table but exit 0 when a target is missed\n"
           "  --runs N      runs of every figure (default: 5, fewer for the slow ones)\n"
           "  --keep DIR    generate the database and the files into DIR and keep them\n"
           "  --only NAMES  run only these figures (comma-separated), e.g. --only check,order-pdf\n"_s;
}

QString number(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

QString formatValue(double value, Unit unit)
{
    if (unit == Unit::MiB)
        return u"%1 MiB"_s.arg(value, 0, 'f', 0);
    if (value < 0.01)
        return u"%1 ms"_s.arg(value * 1000, 0, 'f', 1);
    if (value < 1.0)
        return u"%1 ms"_s.arg(std::lround(value * 1000));
    return u"%1 s"_s.arg(value, 0, 'f', 2);
}

QString formatTarget(const Figure& f)
{
    QStringList parts;
    if (f.target > 0)
        parts << u"≤ "_s + formatValue(f.target, f.unit);
    if (f.targetRatio > 0)
        parts << u"≤ %1× base"_s.arg(f.targetRatio, 0, 'g', 3);
    return parts.isEmpty() ? u"—"_s : parts.join(u", "_s);
}

double median(std::vector<double> values)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

QString firstLine(const QString& path, const QString& prefix)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QString text = QString::fromUtf8(line);
        if (text.startsWith(prefix))
            return text.mid(text.indexOf(u':') + 1).trimmed();
    }
    return {};
}

QString machine()
{
    const QString cpu = firstLine(u"/proc/cpuinfo"_s, u"model name"_s);
    const QString memory = firstLine(u"/proc/meminfo"_s, u"MemTotal"_s); // "24534124 kB"
    const double gib = memory.section(u' ', 0, 0).toDouble() / 1024.0 / 1024.0;
    return u"%1 cores (nproc), %2, %3 GiB RAM; %4; Qt %5"_s.arg(QThread::idealThreadCount())
        .arg(cpu.isEmpty() ? QSysInfo::currentCpuArchitecture() : cpu)
        .arg(gib, 0, 'f', 1)
        .arg(QSysInfo::prettyProductName(), QString::fromLatin1(qVersion()));
}

struct Row
{
    const Figure* figure = nullptr;
    int runs = 0;
    double value = 0;
    double cpu = -1; // median CPU seconds of the runs; negative: not measured
    std::optional<double> baseline;
    QString error;
    QString note;
    bool pass = true;
};

void printHeader(QTextStream& out)
{
    out << u"figure"_s.leftJustified(17) << u"runs"_s.rightJustified(5) << u"median"_s.rightJustified(11)
        << u"cpu"_s.rightJustified(10) << u"baseline"_s.rightJustified(11) << u"ratio"_s.rightJustified(8) << u"  "_s << u"target"_s.leftJustified(20)
        << u"result"_s.leftJustified(8) << u"what is measured"_s << u'\n';
    out << QString(122, u'-') << u'\n';
    out.flush();
}

void printRow(QTextStream& out, const Row& row)
{
    const Figure& f = *row.figure;
    out << f.name.leftJustified(17);
    if (!row.error.isEmpty()) {
        out << u"ERROR: "_s << row.error << u'\n';
        out.flush();
        return;
    }
    const bool hasTarget = f.target > 0 || f.targetRatio > 0;
    out << QString::number(row.runs).rightJustified(5) << formatValue(row.value, f.unit).rightJustified(11)
        << (row.cpu >= 0 ? formatValue(row.cpu, Unit::Seconds) : u"—"_s).rightJustified(10) << (row.baseline ? formatValue(*row.baseline, f.unit) : u"—"_s).rightJustified(11)
        << (row.baseline && *row.baseline > 0 ? u"%1×"_s.arg(row.value / *row.baseline, 0, 'f', 1) : u"—"_s).rightJustified(8)
        << u"  "_s << formatTarget(f).leftJustified(20) << (hasTarget ? (row.pass ? u"PASS"_s : u"FAIL"_s) : u"info"_s).leftJustified(8)
        << f.title << u'\n';
    out.flush();
}

Row measureFigure(const Figure& f, Context& ctx)
{
    Row row;
    row.figure = &f;
    row.runs = ctx.options().runs.value_or(f.runs);
    std::vector<double> values;
    std::vector<double> cpu;
    for (int i = 0; i < row.runs; ++i) {
        const Result<Sample> v = f.measure(ctx);
        if (!v) {
            row.error = v.error();
            return row;
        }
        values.push_back(v->value);
        if (v->cpu >= 0)
            cpu.push_back(v->cpu);
    }
    row.note = ctx.takeNote();
    row.value = median(values);
    row.cpu = median(cpu);
    if (f.baseline) {
        const int baselineRuns = ctx.options().runs.value_or(f.baselineRuns > 0 ? f.baselineRuns : f.runs);
        std::vector<double> base;
        for (int i = 0; i < baselineRuns; ++i) {
            const Result<Sample> v = f.baseline(ctx);
            if (!v) {
                row.error = u"baseline: "_s + v.error();
                return row;
            }
            base.push_back(v->value);
        }
        row.baseline = median(base);
        ctx.takeNote();
    }
    if (f.target > 0 && row.value > f.target)
        row.pass = false;
    if (f.targetRatio > 0 && row.baseline && row.value > f.targetRatio * *row.baseline)
        row.pass = false;
    return row;
}

} // namespace

int main(int argc, char* argv[])
{
    // Documents need fonts and the window's figures a QApplication, but no display: offscreen
    // unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0) {
        QApplication app(argc, argv);
        return runChild(app, QCoreApplication::arguments().mid(2));
    }
    // The window's figures keep their settings (the last and recent databases) away from the
    // user's: in a folder of their own, which the child processes inherit.
    QTemporaryDir settingsDir;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(settingsDir.path()));
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"nastavnik-bench"_s);
    // Findings and documents are built in Russian, as a Russian user gets them.
    i18n::install(app, u"ru"_s);
    QTextStream out(stdout);
    QTextStream err(stderr);

    Options options;
    const QStringList args = QCoreApplication::arguments().mid(1);
    const QList<Figure> all = figures();
    QStringList names;
    for (const Figure& f : all)
        names << f.name;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= args.size())
                return std::nullopt;
            return args.at(++i);
        };
        if (arg == u"--quick") {
            options.quick = true;
        } else if (arg == u"--no-enforce") {
            options.enforce = false;
        } else if (arg == u"--runs") {
            bool ok = false;
            const std::optional<QString> v = value();
            const int runs = v ? v->toInt(&ok) : 0;
            if (!ok || runs < 1) {
                err << "--runs needs a number of runs, 1 or more.\n" << usage();
                return 2;
            }
            options.runs = runs;
        } else if (arg == u"--keep") {
            const std::optional<QString> v = value();
            if (!v || v->isEmpty()) {
                err << "--keep needs a folder.\n" << usage();
                return 2;
            }
            options.keepDir = *v;
        } else if (arg == u"--only") {
            const std::optional<QString> v = value();
            if (!v) {
                err << "--only needs figure names: " << names.join(u", "_s) << '\n';
                return 2;
            }
            for (const QString& name : v->split(u',', Qt::SkipEmptyParts)) {
                if (!names.contains(name.trimmed())) {
                    err << "Unknown figure «" << name << "». The figures are: " << names.join(u", "_s) << '\n';
                    return 2;
                }
                options.only << name.trimmed();
            }
        } else if (arg == u"--help" || arg == u"-h") {
            out << usage();
            return 0;
        } else {
            err << "Unknown argument «" << arg << "».\n" << usage();
            return 2;
        }
    }

    Context ctx(options);
    const Scale& s = ctx.scale();
    out << u"Nastavnik benchmark, %1 scale: %2 people, %3 pairs, %4 plan items, %5 meetings, %6 orders, %7 responses, %8 test results\n"_s
               .arg(options.quick ? u"quick (a tenth of the)"_s : u"full"_s, number(s.people), number(s.pairs),
                    number(s.planItems), number(s.meetings), number(s.orders), number(s.responses), number(s.testResults));
    out << u"Machine: "_s << machine() << u'\n';
    out << u"Date: "_s << QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH:mm"_s) << u'\n';
    out.flush();
    if (Status st = ctx.create(); !st) {
        err << "The benchmark database could not be created: " << st.error() << '\n';
        return 2;
    }
    out << u"Database: %1 (%2 MB): generated in %3 s, saved by DatasetRepository::replaceAll in %4 s\n\n"_s
               .arg(QDir::toNativeSeparators(ctx.databasePath()))
               .arg(QFileInfo(ctx.databasePath()).size() / 1e6, 0, 'f', 1)
               .arg(ctx.generateSeconds(), 0, 'f', 2)
               .arg(ctx.saveSeconds(), 0, 'f', 2);
    if (options.quick)
        out << "Quick mode: a tenth of the region; the targets are those of the full scale.\n\n";

    printHeader(out);
    QList<Row> rows;
    for (const Figure& f : all) {
        if (!options.only.isEmpty() && !options.only.contains(f.name))
            continue;
        rows << measureFigure(f, ctx);
        printRow(out, rows.last());
    }
    closeGuiSession();

    out << u"\nBaselines (measured in the same run):\n"_s;
    for (const Row& row : std::as_const(rows)) {
        if (!row.figure->baselineTitle.isEmpty())
            out << u"  "_s << row.figure->name.leftJustified(17) << row.figure->baselineTitle << u'\n';
    }
    bool notes = false;
    for (const Row& row : std::as_const(rows)) {
        if (row.note.isEmpty())
            continue;
        if (!notes)
            out << u"Notes:\n"_s;
        notes = true;
        out << u"  "_s << row.figure->name.leftJustified(17) << row.note << u'\n';
    }

    int failed = 0;
    int errors = 0;
    for (const Row& row : std::as_const(rows)) {
        if (!row.error.isEmpty())
            ++errors;
        else if (!row.pass)
            ++failed;
    }
    out << u'\n';
    if (errors)
        out << u"%1 figure(s) could not be measured.\n"_s.arg(errors);
    out << (failed ? u"%1 target(s) missed"_s.arg(failed) : u"Every target met"_s)
        << (options.quick ? u" (quick mode: the targets are those of the full scale)"_s : QString())
        << (failed && !options.enforce ? u"; not enforced (--no-enforce)."_s : u"."_s) << u'\n';
    if (!options.keepDir.isEmpty())
        out << u"The database and the files are kept in %1\n"_s.arg(QDir::toNativeSeparators(QDir(options.keepDir).absolutePath()));
    out.flush();
    if (errors)
        return 2;
    return failed && options.enforce ? 1 : 0;
}
