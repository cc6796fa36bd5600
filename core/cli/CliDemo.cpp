#include "cli/Commands.h"

#include "demo/DemoData.h"
#include "matching/PreferenceRepository.h"
#include "storage/Database.h"
#include "storage/DatasetRepository.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace nastavnik::cli {

int demo(const QStringList& args, Io io)
{
    if (args.size() != 1) {
        io.err << Cli::tr("demo: give the database file to create, e.g. nastavnik-cli demo demo.sqlite") << u'\n';
        return BadInput;
    }
    const QString path = args.first();
    if (QFile::exists(path)) {
        io.err << Cli::tr("demo: «%1» already exists. The demo is only written to a new file: choose another "
                          "name or delete the file first.")
                      .arg(QDir::toNativeSeparators(path))
               << u'\n';
        return BadInput;
    }
    Database db;
    if (Status s = db.open(path, Database::Mode::CreateIfMissing); !s) {
        io.err << s.error() << u'\n';
        return BadInput;
    }
    const Dataset data = demo::school(QDate::currentDate());
    Status s = DatasetRepository(db.connection()).replaceAll(data);
    if (s)
        s = PreferenceRepository(db.connection()).insertMany(demo::survey(QDate::currentDate()));
    if (!s) {
        io.err << s.error() << u'\n';
        return BadInput;
    }
    io.out << Cli::tr("Demo database written to «%1»: %n people", "", int(data.people.size()))
                  .arg(QDir::toNativeSeparators(path))
           << Cli::tr(", %n pairs.", "", int(data.pairs.size())) << u'\n';
    return Success;
}

} // namespace nastavnik::cli
