#include "cli/Commands.h"

#include "exchange/Exchange.h"
#include "storage/Database.h"
#include "storage/DatasetRepository.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace nastavnik::cli {
namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

/// Removes a database file this command created, so that a failed import leaves nothing behind.
void removeCreated(Database& db, const QString& path)
{
    db.close();
    QFile::remove(path);
    QFile::remove(path + u"-journal"_s);
}

} // namespace

int importData(const QStringList& args, Io io)
{
    QStringList positional;
    bool replace = false;
    for (const QString& arg : args) {
        if (arg == u"--replace") {
            replace = true;
        } else if (arg.startsWith(u"--")) {
            io.err << Cli::tr("import: unknown option «%1»; the only option is --replace.").arg(arg) << u'\n';
            return BadInput;
        } else {
            positional << arg;
        }
    }
    if (positional.size() != 2) {
        io.err << Cli::tr("import: give the exchange file and the database, e.g. "
                          "nastavnik-cli import school.json school.sqlite [--replace]")
               << u'\n';
        return BadInput;
    }
    const QString file = positional.at(0);
    const QString dbPath = positional.at(1);

    // The file is read and checked completely before the database is even opened: a bad file
    // changes nothing and creates nothing.
    exchange::Messages messages;
    const Result<Dataset> data = exchange::readFile(file, &messages);
    for (const QString& e : std::as_const(messages.errors))
        io.err << e << u'\n';
    for (const QString& w : std::as_const(messages.warnings))
        io.err << w << u'\n';
    if (!data) {
        io.err << Cli::tr("import: %n problem(s) in «%1»; nothing was imported and the database «%2» was not "
                          "changed. Correct the file at the places listed above and import it again.",
                          "",
                          int(messages.errors.size()))
                      .arg(native(file), native(dbPath))
               << u'\n';
        return BadInput;
    }

    const bool existed = QFileInfo::exists(dbPath);
    Database db;
    if (Status s = db.open(dbPath, Database::Mode::CreateIfMissing); !s) {
        io.err << s.error() << u'\n';
        if (!existed)
            QFile::remove(dbPath);
        return BadInput;
    }

    QString backup;
    if (!db.isEmpty()) {
        if (!replace) {
            io.err << Cli::tr("import: the database «%1» already holds data, and importing «%2» would replace "
                              "all of it. Nothing was changed. To replace it, run the command again with "
                              "--replace (a backup copy of the database is written first), or import into a "
                              "new database file.")
                          .arg(native(dbPath), native(file))
                   << u'\n';
            return BadInput;
        }
        backup = QDir(db.backupFolder())
                     .filePath(u"%1-%2-before-import.sqlite"_s.arg(
                         QFileInfo(dbPath).completeBaseName(),
                         QDateTime::currentDateTime().toString(u"yyyy-MM-dd-HHmmss"_s)));
        if (Status s = db.backupTo(backup); !s) {
            io.err << Cli::tr("import: the backup copy of «%1» could not be written, so nothing was replaced: %2")
                          .arg(native(dbPath), s.error())
                   << u'\n';
            return BadInput;
        }
    }

    if (Status s = DatasetRepository(db.connection()).replaceAll(data.value()); !s) {
        io.err << Cli::tr("import: «%1» could not be imported into «%2»: %3 Nothing was changed.")
                      .arg(native(file), native(dbPath), s.error())
               << u'\n';
        if (!existed)
            removeCreated(db, dbPath);
        return BadInput;
    }

    io.out << Cli::tr("Imported «%1» into «%2»: %n people", "", int(data->people.size()))
                  .arg(native(file), native(dbPath))
           << Cli::tr(", %n pairs", "", int(data->pairs.size()))
           << Cli::tr(", %n orders.", "", int(data->orders.size())) << u'\n';
    if (!backup.isEmpty())
        io.out << Cli::tr("The previous content of the database was saved to «%1».").arg(native(backup)) << u'\n';
    return Success;
}

int exportData(const QStringList& args, Io io)
{
    QStringList positional;
    for (const QString& arg : args) {
        if (arg.startsWith(u"--")) {
            io.err << Cli::tr("export: unknown option «%1»; export takes no options.").arg(arg) << u'\n';
            return BadInput;
        }
        positional << arg;
    }
    if (positional.size() != 2) {
        io.err << Cli::tr("export: give the database and the file to write, e.g. "
                          "nastavnik-cli export school.sqlite school.json")
               << u'\n';
        return BadInput;
    }
    const QString dbPath = positional.at(0);
    const QString file = positional.at(1);

    Database db;
    if (Status s = db.open(dbPath, Database::Mode::OpenExisting); !s) {
        io.err << s.error() << u'\n';
        return BadInput;
    }
    const Result<Dataset> data = DatasetRepository(db.connection()).load();
    if (!data) {
        io.err << Cli::tr("export: %1").arg(data.error()) << u'\n';
        return BadInput;
    }
    if (Status s = exchange::writeFile(data.value(), file); !s) {
        io.err << Cli::tr("export: %1").arg(s.error()) << u'\n';
        return BadInput;
    }
    io.out << Cli::tr("Exported «%1» to «%2»: %n people", "", int(data->people.size()))
                  .arg(native(dbPath), native(file))
           << Cli::tr(", %n pairs", "", int(data->pairs.size()))
           << Cli::tr(", %n orders.", "", int(data->orders.size())) << u'\n';
    return Success;
}

} // namespace nastavnik::cli
