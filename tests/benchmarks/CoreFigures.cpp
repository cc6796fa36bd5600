// The figures of core: the check, documents to PDF, the exchange, the CSV import (issue 7).
// Each figure is one function returning a Figure; `coreFigures()` lists them in table order.

#include "Benchmark.h"

#include "cli/Cli.h"
#include "documents/DocumentBuilder.h"
#include "documents/DocumentRenderer.h"
#include "import/ImportMapping.h"
#include "import/PeopleImporter.h"
#include "import/TableReader.h"
#include "storage/Database.h"
#include "storage/DatasetRepository.h"
#include "storage/PeopleRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace nastavnik::bench {
namespace {

Status removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix : {u""_s, u"-journal"_s, u".lock"_s}) {
        if (QFile::exists(path + suffix) && !QFile::remove(path + suffix))
            return Status::failure(u"«%1» could not be removed before the run."_s.arg(path + suffix));
    }
    return Status::success();
}

/// «12 pages, 0.4 MB» of a PDF written by Qt (each page object is `/Type /Page`).
QString pdfNote(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    static const QRegularExpression page(u"/Type\\s*/Page(?![s\\w])"_s);
    qsizetype pages = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(bytes)); it.hasNext(); it.next())
        ++pages;
    return u"%1 pages, %2 MB"_s.arg(pages).arg(bytes.size() / 1e6, 0, 'f', 2);
}

/// Runs `nastavnik-cli` in this process, as the tests do.
Result<Sample> timeCli(const QStringList& arguments)
{
    QString output;
    QString errors;
    QTextStream out(&output);
    QTextStream err(&errors);
    Stopwatch timer;
    const int code = cli::run(arguments, {out, err});
    const Sample elapsed = timer.elapsed();
    err.flush();
    if (code != cli::Success)
        return Status::failure(u"nastavnik-cli %1 failed (%2): %3"_s.arg(arguments.first()).arg(code).arg(errors.trimmed()));
    return elapsed;
}

/// Plain `SELECT *` of `tables` (each with its WHERE, if any), every value read: what the
/// database itself costs, without building objects.
Result<Sample> plainSql(Context& ctx, const QStringList& tables)
{
    const Result<Database*> db = ctx.database();
    if (!db)
        return db.status();
    Stopwatch timer;
    qint64 values = 0;
    QSqlQuery q(db.value()->connection());
    q.setForwardOnly(true);
    for (const QString& table : tables) {
        if (!q.exec(u"SELECT * FROM "_s + table))
            return Status::failure(u"SELECT * FROM %1 failed"_s.arg(table));
        const int columns = q.record().count();
        while (q.next()) {
            for (int c = 0; c < columns; ++c)
                values += q.value(c).isValid() ? 1 : 0;
        }
    }
    const Sample elapsed = timer.elapsed();
    return values > 0 ? Result<Sample>(elapsed) : Status::failure(u"The database is empty."_s);
}

/// Every table DatasetRepository::load reads, and the calendar and profiles.
Result<Sample> plainSqlAll(Context& ctx)
{
    return plainSql(ctx, {u"organization"_s, u"person"_s, u"credential"_s, u"consent"_s, u"orders"_s, u"order_pair"_s,
                          u"order_person"_s, u"pair"_s, u"pair_mentee"_s, u"pair_event"_s, u"plan_item"_s,
                          u"meeting"_s, u"roadmap"_s, u"roadmap_stage"_s, u"roadmap_activity"_s, u"questionnaire"_s,
                          u"question"_s, u"response"_s, u"answer"_s, u"knowledge_test"_s, u"test_result"_s, u"swot"_s,
                          u"evaluation"_s, u"evaluation_indicator"_s, u"calendar_year"_s, u"profile"_s});
}

/// The rows the check reads (DatasetRepository::Scope::Validation), every column of them.
Result<Sample> plainSqlValidation(Context& ctx)
{
    return plainSql(ctx, {u"organization"_s, u"person"_s, u"credential"_s, u"consent"_s, u"orders"_s, u"order_pair"_s,
                          u"pair"_s, u"pair_mentee"_s, u"pair_event"_s,
                          u"plan_item WHERE done IS NULL AND due IS NOT NULL AND status IN ('planned', 'in_progress')"_s,
                          u"roadmap"_s, u"roadmap_stage"_s, u"roadmap_activity"_s, u"calendar_year"_s, u"profile"_s});
}

// ---- check --------------------------------------------------------------------------------

Figure checkFull()
{
    Figure f;
    f.name = u"check"_s;
    f.title = u"full check a user waits for: load the database + every rule (the target)"_s;
    f.baselineTitle = u"plain SELECT * of the rows the check reads (no meetings, open plan items), every value read, no objects built"_s;
    f.target = 0.5;
    f.measure = [](Context& ctx) -> Result<Sample> {
        const Result<Database*> db = ctx.database();
        if (!db)
            return db.status();
        Stopwatch timer;
        const Result<ValidationInput> in = ValidationRepository(db.value()->connection()).load();
        if (!in)
            return in.status();
        const QList<Finding> findings = RuleEngine::check(in->data, in->profile, in->calendar, ctx.today());
        const Sample elapsed = timer.elapsed();
        QMap<QString, int> byRule;
        for (const Finding& finding : findings)
            ++byRule[finding.rule];
        QStringList parts;
        for (auto it = byRule.cbegin(); it != byRule.cend(); ++it)
            parts << u"%1 %2"_s.arg(it.key()).arg(it.value());
        ctx.setNote(u"%1 findings under the profile «%2»: %3"_s.arg(findings.size()).arg(in->profile.id, parts.join(u", "_s)));
        return elapsed;
    };
    f.baseline = plainSqlValidation;
    return f;
}

Figure checkEngine()
{
    Figure f;
    f.name = u"check-engine"_s;
    f.title = u"the rule engine alone, the data already in memory (part of «check»)"_s;
    f.measure = [](Context& ctx) -> Result<Sample> {
        const Result<const ValidationInput*> in = ctx.validationInput();
        if (!in)
            return in.status();
        Stopwatch timer;
        const QList<Finding> findings = RuleEngine::check(in.value()->data, in.value()->profile, in.value()->calendar, ctx.today());
        const Sample elapsed = timer.elapsed();
        return findings.isEmpty() ? Result<Sample>(Status::failure(u"The check found nothing: the data lost its mistakes."_s))
                                  : Result<Sample>(elapsed);
    };
    return f;
}

Figure load()
{
    Figure f;
    f.name = u"load"_s;
    f.title = u"DatasetRepository::load of the whole database (export, documents; «check» reads less)"_s;
    f.baselineTitle = u"plain SELECT * of every table load reads, every value read, no objects built"_s;
    f.measure = [](Context& ctx) -> Result<Sample> {
        const Result<Database*> db = ctx.database();
        if (!db)
            return db.status();
        Stopwatch timer;
        const Result<Dataset> data = DatasetRepository(db.value()->connection()).load();
        if (!data)
            return data.status();
        return timer.elapsed();
    };
    f.baseline = plainSqlAll;
    return f;
}

// ---- documents ----------------------------------------------------------------------------

/// One document from the data to a PDF file through DocumentRenderer (the one render path).
Result<Sample> renderPdf(Context& ctx, DocumentKind kind, const QString& id, const QString& file)
{
    const Result<const DocumentBuilder*> builder = ctx.documentBuilder();
    if (!builder)
        return builder.status();
    const QString path = ctx.path(file);
    Stopwatch timer;
    const Result<Document> document = builder.value()->build(kind, id);
    if (!document)
        return document.status();
    const auto text = DocumentRenderer::createTextDocument(document->html, document->title);
    if (Status s = DocumentRenderer::writePdf(*text, path); !s)
        return s;
    const Sample elapsed = timer.elapsed();
    ctx.setNote(pdfNote(path));
    return elapsed;
}

/// The same HTML as a plain QTextDocument printed to a PDF by Qt itself (same font, A4).
Result<Sample> plainPdf(Context& ctx, DocumentKind kind, const QString& id, const QString& file)
{
    const Result<const DocumentBuilder*> builder = ctx.documentBuilder();
    if (!builder)
        return builder.status();
    const Result<Document> document = builder.value()->build(kind, id);
    if (!document)
        return document.status();
    QFont font(DocumentRenderer::fontFamily());
    font.setPointSizeF(14);
    Stopwatch timer;
    QTextDocument text;
    text.setDefaultFont(font);
    text.setHtml(document->html);
    QPdfWriter writer(ctx.path(file));
    writer.setResolution(600);
    writer.setPageSize(QPageSize(QPageSize::A4));
    text.print(&writer);
    return timer.elapsed();
}

Figure orderPdf()
{
    Figure f;
    f.name = u"order-pdf"_s;
    f.title = u"one order of 40 pairs to PDF: build, lay out, paint (acknowledgement sheet included)"_s;
    f.baselineTitle = u"the same HTML as a plain QTextDocument, QTextDocument::print() to a QPdfWriter"_s;
    f.target = 0.15;
    f.measure = [](Context& ctx) { return renderPdf(ctx, DocumentKind::Order, ctx.region().orderOf40, u"order-40.pdf"_s); };
    f.baseline = [](Context& ctx) { return plainPdf(ctx, DocumentKind::Order, ctx.region().orderOf40, u"order-40-plain.pdf"_s); };
    return f;
}

Figure registerPdf()
{
    Figure f;
    f.name = u"register-pdf"_s;
    f.title = u"the register of all pairs to PDF"_s;
    f.baselineTitle = u"as for «order-pdf»"_s;
    f.target = 5.0;
    f.runs = 3;
    f.baselineRuns = 1;
    f.measure = [](Context& ctx) { return renderPdf(ctx, DocumentKind::Register, u"all"_s, u"register.pdf"_s); };
    f.baseline = [](Context& ctx) { return plainPdf(ctx, DocumentKind::Register, u"all"_s, u"register-plain.pdf"_s); };
    return f;
}

// ---- exchange -----------------------------------------------------------------------------

Figure exchangeExport()
{
    Figure f;
    f.name = u"export"_s;
    f.title = u"nastavnik-cli export DB FILE.json: open, load, write the whole database"_s;
    f.target = 3.0;
    f.runs = 3;
    f.measure = [](Context& ctx) -> Result<Sample> {
        ctx.release(); // the command opens the file itself
        const Result<Sample> elapsed = timeCli({u"export"_s, ctx.databasePath(), ctx.path(u"export.json"_s)});
        if (elapsed)
            ctx.setNote(u"%1 MB of JSON"_s.arg(QFileInfo(ctx.path(u"export.json"_s)).size() / 1e6, 0, 'f', 1));
        return elapsed;
    };
    return f;
}

Figure exchangeImport()
{
    Figure f;
    f.name = u"import"_s;
    f.title = u"nastavnik-cli import FILE.json DB into a new database: read, check, save"_s;
    f.target = 5.0;
    f.runs = 3;
    f.measure = [](Context& ctx) -> Result<Sample> {
        const Result<QString> file = ctx.exchangeFile();
        if (!file)
            return file.status();
        const QString target = ctx.path(u"import.sqlite"_s);
        if (Status s = removeDatabaseFiles(target); !s)
            return s;
        return timeCli({u"import"_s, file.value(), target});
    };
    return f;
}

Figure save()
{
    Figure f;
    f.name = u"save"_s;
    f.title = u"DatasetRepository::replaceAll of the whole region into a new database (part of «import»)"_s;
    f.runs = 3;
    f.measure = [](Context& ctx) -> Result<Sample> {
        const QString target = ctx.path(u"save.sqlite"_s);
        if (Status s = removeDatabaseFiles(target); !s)
            return s;
        Database db;
        if (Status s = db.open(target, Database::Mode::CreateIfMissing); !s)
            return s;
        Stopwatch timer;
        if (Status s = DatasetRepository(db.connection()).replaceAll(ctx.region().data); !s)
            return s;
        return timer.elapsed();
    };
    return f;
}

// ---- CSV import ---------------------------------------------------------------------------

Figure csvImport()
{
    Figure f;
    f.name = u"csv-import"_s;
    f.title = u"a staff list of 30,000 CSV rows into the region's database: read, check, save"_s;
    f.target = 3.0;
    f.runs = 3;
    f.measure = [](Context& ctx) -> Result<Sample> {
        const Result<QString> csv = ctx.csvFile();
        if (!csv)
            return csv.status();
        // A copy of the region's database each run: the list is new to it every time.
        const QString target = ctx.path(u"csv-import.sqlite"_s);
        if (Status s = removeDatabaseFiles(target); !s)
            return s;
        if (!QFile::copy(ctx.databasePath(), target))
            return Status::failure(u"The database could not be copied to «%1»."_s.arg(target));
        Database db;
        if (Status s = db.open(target, Database::Mode::OpenExisting); !s)
            return s;
        PeopleRepository people(db.connection());

        Stopwatch timer;
        const Result<import::Table> table = import::TableReader::read(csv.value());
        if (!table)
            return table.status();
        import::PeopleImporter importer(people);
        import::ImportMapping mapping;
        mapping.columns = import::ImportMapping::guess(table->rows.first());
        mapping.defaults.kind = u"teacher"_s;
        const import::ImportPreview preview = importer.prepare(table.value(), mapping, ctx.today());
        const Result<import::ImportSummary> summary = importer.import(preview);
        if (!summary)
            return summary.status();
        const Sample elapsed = timer.elapsed();
        ctx.setNote(u"%1 rows: %2 imported, %3 skipped"_s.arg(table->rows.size() - 1).arg(summary->ids.size()).arg(summary->skipped.size()));
        return elapsed;
    };
    return f;
}

} // namespace

QList<Figure> coreFigures()
{
    return {checkFull(), checkEngine(), load(), orderPdf(), registerPdf(), exchangeExport(), exchangeImport(), save(),
            csvImport()};
}

} // namespace nastavnik::bench
