#include "cli/Commands.h"

#include "documents/DocumentBuilder.h"
#include "documents/DocumentRenderer.h"
#include "storage/Database.h"
#include "storage/DatasetRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace nastavnik::cli {

int render(const QStringList& args, Io io)
{
    if (args.size() != 4) {
        io.err << Cli::tr("render: give the database, the kind of document, its id and the output file, e.g. "
                          "nastavnik-cli render school.sqlite order o3 order.pdf")
               << u'\n';
        return BadInput;
    }
    const QString& path = args.at(0);
    const QString& kindCode = args.at(1);
    const QString& id = args.at(2);
    const QString& output = args.at(3);

    const std::optional<DocumentKind> kind = documentkind::fromCode(kindCode);
    if (!kind) {
        io.err << Cli::tr("render: unknown kind of document «%1». Use one of: %2.")
                      .arg(kindCode, documentkind::codes().join(u", "_s))
               << u'\n';
        return BadInput;
    }
    if (!DocumentBuilder::isAvailable(*kind)) {
        io.err << Cli::tr("render: documents of the kind «%1» are not available yet; they come with the roadmap, "
                          "questionnaires and monitoring.")
                      .arg(kindCode)
               << u'\n';
        return BadInput;
    }
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix != u"pdf" && suffix != u"odt") {
        io.err << Cli::tr("render: «%1» must end in .pdf or .odt: those are the formats documents are written in.")
                      .arg(QDir::toNativeSeparators(output))
               << u'\n';
        return BadInput;
    }
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        io.err << Cli::tr("render: documents need the fonts of a graphical application; run nastavnik-cli itself.")
               << u'\n';
        return BadInput;
    }

    Database db;
    if (Status s = db.open(path, Database::Mode::OpenExisting); !s) {
        io.err << s.error() << u'\n';
        return BadInput;
    }
    const Result<Dataset> data = DatasetRepository(db.connection()).load();
    if (!data) {
        io.err << data.error() << u'\n';
        return BadInput;
    }
    const Result<DocumentSettings> settings = DocumentSettingsRepository(db.connection()).load();
    if (!settings) {
        io.err << settings.error() << u'\n';
        return BadInput;
    }
    const DocumentBuilder builder(data.value(), settings.value());
    const Result<Document> document = builder.build(*kind, id);
    if (!document) {
        io.err << Cli::tr("render: %1").arg(document.error()) << u'\n';
        return BadInput;
    }
    const auto text = DocumentRenderer::createTextDocument(document->html, document->title);
    if (Status s = DocumentRenderer::write(*text, output); !s) {
        io.err << Cli::tr("render: %1").arg(s.error()) << u'\n';
        return BadInput;
    }
    io.out << Cli::tr("«%1» written to «%2».").arg(document->title, QDir::toNativeSeparators(output)) << u'\n';
    return Success;
}

} // namespace nastavnik::cli
