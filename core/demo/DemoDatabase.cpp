#include "demo/DemoDatabase.h"

#include "demo/DemoData.h"
#include "matching/PreferenceRepository.h"
#include "storage/Database.h"
#include "storage/DatasetRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLockFile>

using namespace Qt::StringLiterals;

namespace nastavnik::demo {

Status createDatabase(const QString& path, const QDate& today)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFile::exists(path)) {
        // The same lock Database takes: an older demo open elsewhere is left alone.
        QLockFile lock(path + u".lock"_s);
        lock.setStaleLockTime(0);
        if (!lock.tryLock(100)) {
            return Status::failure(QCoreApplication::translate(
                                       "DemoDatabase",
                                       "The demo database «%1» is open in another window of Nastavnik. Close it "
                                       "there, then open the demo again.")
                                       .arg(shown));
        }
        for (const QString& file : {path, path + u"-journal"_s, path + u"-wal"_s, path + u"-shm"_s}) {
            if (QFile::exists(file) && !QFile::remove(file)) {
                return Status::failure(QCoreApplication::translate(
                                           "DemoDatabase",
                                           "The older demo database «%1» could not be replaced. Check that you "
                                           "may write to its folder.")
                                           .arg(QDir::toNativeSeparators(file)));
            }
        }
    }
    Database db;
    if (Status s = db.open(path, Database::Mode::CreateIfMissing); !s)
        return s;
    Status s = DatasetRepository(db.connection()).replaceAll(school(today));
    if (s)
        s = PreferenceRepository(db.connection()).insertMany(survey(today));
    if (!s) {
        db.close();
        QFile::remove(path);
        return s;
    }
    return Status::success();
}

} // namespace nastavnik::demo
