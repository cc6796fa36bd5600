#include "exchange/ExchangeActions.h"

#include "AppContext.h"
#include "exchange/Exchange.h"
#include "storage/Database.h"
#include "storage/DatasetRepository.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
namespace {

/// The reader starts every message with the file's name; the box names the file once.
QStringList withoutFileName(QStringList messages, const QString& path)
{
    const QString prefix = QDir::toNativeSeparators(path) + u": "_s;
    for (QString& m : messages) {
        if (m.startsWith(prefix))
            m.remove(0, prefix.size());
    }
    return messages;
}

QString counts(const Dataset& data)
{
    return ExchangeActions::tr("%1 and %2")
        .arg(ExchangeActions::tr("%n participant(s)", "", int(data.people.size())),
             ExchangeActions::tr("%n pair(s)", "", int(data.pairs.size())));
}

} // namespace

QString ExchangeActions::exportFile(QWidget* parent, AppContext& context)
{
    const QFileInfo database(context.database().path());
    const QString proposed = database.absoluteDir().filePath(
        tr("%1-exchange-%2.json").arg(database.completeBaseName(), context.today().toString(u"yyyy-MM-dd"_s)));
    QString path = FileDialog::saveFileName(parent, tr("Export to an exchange file"), proposed,
                                            tr("Exchange files (*.json)"));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += u".json"_s;
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo::exists(path)
        && MessageBox::question(parent, tr("Export to an exchange file"),
                                tr("«%1» already exists. Replace it with the export?").arg(shown),
                                MessageBox::Replace | MessageBox::Cancel, MessageBox::Cancel)
               != MessageBox::Replace) {
        return {};
    }
    const Result<Dataset> data = [&] {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        Result<Dataset> loaded = DatasetRepository(context.connection()).load();
        QApplication::restoreOverrideCursor();
        return loaded;
    }();
    if (!data) {
        MessageBox::critical(parent, tr("Export to an exchange file"), data.error());
        return {};
    }
    if (Status s = exchange::writeFile(data.value(), path); !s) {
        MessageBox::critical(parent, tr("Export to an exchange file"), s.error());
        return {};
    }
    return tr("Exported %1 to «%2».").arg(counts(data.value()), shown);
}

QString ExchangeActions::importFile(QWidget* parent, AppContext& context)
{
    const QString folder = QFileInfo(context.database().path()).absolutePath();
    const QString path = FileDialog::openFileName(parent, tr("Import from an exchange file"), folder,
                                                  tr("Exchange files (*.json);;All files (*)"));
    if (path.isEmpty())
        return {};
    const QString shown = QDir::toNativeSeparators(path);
    const QString title = tr("Import from an exchange file");

    exchange::Messages messages;
    const Result<Dataset> read = [&] {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        Result<Dataset> r = exchange::readFile(path, &messages);
        QApplication::restoreOverrideCursor();
        return r;
    }();
    if (!read) {
        QStringList problems = withoutFileName(messages.errors, path);
        if (problems.isEmpty())
            problems = withoutFileName(read.error().split(u'\n'), path);
        MessageBox::details(parent,
                            tr("The file was not imported"),
                            tr("«%1» cannot be imported: %n problem(s) found, listed below by their place in the "
                               "file. Nothing was changed in the database. Correct the file, or ask whoever sent it "
                               "for a correct one, and import it again.",
                               "",
                               int(problems.size()))
                                .arg(shown),
                            problems);
        return {};
    }

    Database& db = context.database();
    const Dataset& data = read.value();
    const Result<Dataset> current = DatasetRepository(context.connection()).load();
    const QString now = current ? counts(current.value()) : tr("its present data");
    const MessageBox::Button answer = MessageBox::question(
        parent,
        title,
        tr("Importing «%1» replaces everything in the open database: its %2 are removed and the file's %3 take "
           "their place, with the organisation's details and the orders.\n\nA backup copy of the database is "
           "written first to the folder «%4», so it can be restored.\n\nReplace the content of the database?")
            .arg(shown, now, counts(data), QDir::toNativeSeparators(db.backupFolder())),
        MessageBox::Replace | MessageBox::Cancel,
        MessageBox::Cancel);
    if (answer != MessageBox::Replace)
        return {};

    const QString backup = QDir(db.backupFolder())
                               .filePath(u"%1-before-import-%2.sqlite"_s.arg(
                                   QFileInfo(db.path()).completeBaseName(),
                                   QDateTime::currentDateTime().toString(u"yyyy-MM-dd-HHmmss"_s)));
    if (Status s = db.backupTo(backup); !s) {
        MessageBox::critical(parent, title,
                             tr("The backup copy could not be written, so nothing was imported and the database is "
                                "as it was. %1")
                                 .arg(s.error()));
        return {};
    }
    Status replaced = [&] {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        Status s = DatasetRepository(context.connection()).replaceAll(data);
        QApplication::restoreOverrideCursor();
        return s;
    }();
    if (!replaced) {
        MessageBox::critical(parent, title,
                             tr("The file could not be imported, and the database is as it was. %1").arg(replaced.error()));
        return {};
    }
    context.notifyDataChanged();
    if (!messages.warnings.isEmpty()) {
        MessageBox::details(parent,
                            title,
                            tr("«%1» was imported (%2). Some of its keys are not part of the exchange format and were "
                               "ignored:")
                                .arg(shown, counts(data)),
                            withoutFileName(messages.warnings, path),
                            false,
                            MessageBox::Ok);
    }
    return tr("Imported %1 from «%2». The previous content was saved to «%3».")
        .arg(counts(data), shown, QDir::toNativeSeparators(backup));
}

} // namespace nastavnik::ui
