#include "cli/Cli.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nastavnik-cli"));
    // The command line speaks Russian (shared/exchange-format.md): findings and messages.
    nastavnik::i18n::install(app, QStringLiteral("ru"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = nastavnik::cli::run(app.arguments().mid(1), {out, err});
    out.flush();
    err.flush();
    return code;
}
