#pragma once

#include "cli/Cli.h"

#include <QCoreApplication>

namespace nastavnik::cli {

/// Translation context of the command line's messages.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// One function per command, each in a file of its own; `args` excludes the command name.
int demo(const QStringList& args, Io io);
/// `import FILE.json DB [--replace]` (CliExchange.cpp).
int importData(const QStringList& args, Io io);
/// `export DB FILE.json` (CliExchange.cpp).
int exportData(const QStringList& args, Io io);
int workdays(const QStringList& args, Io io);
int check(const QStringList& args, Io io);
int render(const QStringList& args, Io io);

} // namespace nastavnik::cli
