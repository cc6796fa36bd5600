#include "cli/Cli.h"

#include "cli/Commands.h"

#include <functional>

using namespace Qt::StringLiterals;

namespace nastavnik::cli {
namespace {

struct Command
{
    QString name;
    std::function<int(const QStringList&, Io)> run;
};

QString usage()
{
    return Cli::tr("Usage:\n"
                   "  nastavnik-cli demo DB\n"
                   "  nastavnik-cli import FILE.json DB [--replace]\n"
                   "  nastavnik-cli export DB FILE.json\n"
                   "  nastavnik-cli check (DB | FILE.json) [--profile ID] [--today YYYY-MM-DD] "
                   "[--format text|json]\n"
                   "  nastavnik-cli workdays add DATE N\n"
                   "  nastavnik-cli render DB KIND ID OUT.(pdf|odt)\n");
}

} // namespace

int run(const QStringList& arguments, Io io)
{
    const QList<Command> commands = {
        {u"demo"_s, demo},
        {u"import"_s, importData},
        {u"export"_s, exportData},
        {u"workdays"_s, workdays},
        {u"check"_s, check},
        {u"render"_s, render},
    };
    if (arguments.isEmpty() || arguments.first() == u"--help" || arguments.first() == u"-h"
        || arguments.first() == u"help") {
        (arguments.isEmpty() ? io.err : io.out) << usage();
        return arguments.isEmpty() ? BadInput : Success;
    }
    if (arguments.first() == u"--version") {
        io.out << u"nastavnik-cli " NASTAVNIK_VERSION "\n"_s;
        return Success;
    }
    for (const Command& command : commands) {
        if (command.name == arguments.first())
            return command.run(arguments.mid(1), io);
    }
    io.err << Cli::tr("Unknown command «%1».").arg(arguments.first()) << u'\n' << usage();
    return BadInput;
}

} // namespace nastavnik::cli
