#include "cli/Cli.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char* argv[])
{
    // Rendering documents needs fonts, hence a QGuiApplication; the command line still needs no
    // display: without one chosen, the offscreen platform is used.
    const bool needsFonts = argc > 1 && std::strcmp(argv[1], "render") == 0;
    if (needsFonts && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app;
    if (needsFonts)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nastavnik-cli"));
    // The command line speaks Russian (shared/exchange-format.md): findings and messages.
    nastavnik::i18n::install(*app, QStringLiteral("ru"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = nastavnik::cli::run(QCoreApplication::arguments().mid(1), {out, err});
    out.flush();
    err.flush();
    return code;
}
