#pragma once

#include "RegionData.h"
#include "rules/RuleEngine.h"
#include "storage/ValidationRepository.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QApplication;

namespace nastavnik {
class Database;
class DocumentBuilder;
} // namespace nastavnik

namespace nastavnik::bench {

/// The command line of `nastavnik-bench`.
struct Options
{
    bool quick = false;          ///< a tenth of the scale (CI)
    bool enforce = true;         ///< exit 1 when a target is missed
    std::optional<int> runs;     ///< runs of every figure (default: each figure's own)
    QString keepDir;             ///< keep the database and files here (default: a temporary folder)
    QStringList only;            ///< figure names to run (default: all)
};

/// The generated benchmark database and the files the figures share, made once and lazily.
class Context
{
public:
    explicit Context(const Options& options);
    ~Context();

    const Options& options() const { return m_options; }
    const Scale& scale() const { return m_scale; }
    const Region& region() const { return m_region; }
    QDate today() const { return m_region.today; }

    /// Generates the region and saves it with DatasetRepository::replaceAll into a new file.
    Status create();
    double generateSeconds() const { return m_generateSeconds; }
    double saveSeconds() const { return m_saveSeconds; }

    /// The benchmark database file.
    QString databasePath() const;
    /// A path in the working folder for a figure's output.
    QString path(const QString& name) const;

    /// The database, opened on first use and kept open. A figure that runs a command opening
    /// the file itself (export, import) calls `release()` first: a file is open once only.
    Result<Database*> database();
    void release();

    /// What the check reads, loaded once (for the figures that time the engine alone).
    Result<const ValidationInput*> validationInput();
    /// The whole database (DatasetRepository::load), loaded once (documents, the exchange file).
    Result<const Dataset*> dataset();
    /// A document builder over the loaded data, made once (for the document figures).
    Result<const DocumentBuilder*> documentBuilder();
    /// An exchange file of the whole database, exported once.
    Result<QString> exchangeFile();
    /// A staff list of 30,000 rows (a tenth with --quick) as a semicolon-separated CSV.
    Result<QString> csvFile();

    /// A remark printed under the figure's row (pages, findings, sizes); the last one wins.
    void setNote(const QString& note) { m_note = note; }
    QString takeNote() { return std::exchange(m_note, QString()); }

private:
    Options m_options;
    Scale m_scale;
    Region m_region;
    QTemporaryDir m_temporary;
    QString m_dir;
    double m_generateSeconds = 0;
    double m_saveSeconds = 0;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ValidationInput> m_input;
    std::unique_ptr<Dataset> m_dataset;
    std::unique_ptr<DocumentBuilder> m_builder;
    QString m_exchangeFile;
    QString m_csvFile;
    QString m_note;
};

enum class Unit { Seconds, MiB };

/// One run of a figure: its value (wall-clock seconds, or MiB) and, for times, the CPU time
/// the whole process spent meanwhile. CPU time far below the wall time means the machine was
/// busy with something else (it is shared) or the run waited for the disk.
struct Sample
{
    double value = 0;
    double cpu = -1; ///< seconds; negative when not measured
};

/// Wall-clock and process CPU time from construction or `restart()`.
class Stopwatch
{
public:
    Stopwatch() { restart(); }
    void restart();
    Sample elapsed() const;

private:
    qint64 m_wallStart = 0;
    double m_cpuStart = 0;
};

/// One figure of the table. `measure` does one run and returns the figure's value (it times
/// what the figure means with a Stopwatch, leaving its own preparation out); `baseline`, when
/// set, measures the reference the ratio is taken against in the same run of the program.
///
/// Adding a figure is one function returning this struct, listed in `figures()`.
struct Figure
{
    QString name;          ///< for --only: "check", "register-pdf", …
    QString title;         ///< what is measured, in a few words
    QString baselineTitle; ///< what the baseline is, in a few words (empty: none)
    Unit unit = Unit::Seconds;
    double target = 0;      ///< the median must be ≤ this; 0: shown for information only
    double targetRatio = 0; ///< and ≤ this × the baseline; 0: no such target
    int runs = 5;           ///< default number of runs
    int baselineRuns = 0;   ///< 0: as many as `runs`
    std::function<Result<Sample>(Context&)> measure;
    std::function<Result<Sample>(Context&)> baseline;
};

/// Every figure in the order of the table.
QList<Figure> figures();

/// The figures of core (CoreFigures.cpp): check, documents, exchange, CSV import.
QList<Figure> coreFigures();
/// The figures of the window (GuiFigures.cpp): opening with «Сегодня», the participants'
/// search, the pair editor, peak memory.
QList<Figure> guiFigures();
/// Closes the window the GUI figures opened in this process (before the program ends).
void closeGuiSession();
/// The program started again as a child of a GUI figure (`--child MODE …`, the arguments after
/// `--child`): opens the window as the application does, says "ready" and, for the memory,
/// "memory MiB" on stdout. Returns the exit code.
int runChild(QApplication& app, const QStringList& arguments);


} // namespace nastavnik::bench
