#include "cli/Commands.h"

#include "calendar/WorkCalendar.h"
#include "util/Dates.h"

using namespace Qt::StringLiterals;

namespace nastavnik::cli {

int workdays(const QStringList& args, Io io)
{
    const QString usage = Cli::tr("Usage: nastavnik-cli workdays add DATE N, e.g. nastavnik-cli workdays add 2026-05-08 5 "
                                  "(DATE as YYYY-MM-DD; N a whole number of working days, negative to count back).");
    if (args.isEmpty() || args.first() != u"add") {
        if (args.isEmpty())
            io.err << Cli::tr("workdays: the subcommand is missing.") << u'\n' << usage << u'\n';
        else
            io.err << Cli::tr("workdays: unknown subcommand «%1»; the only one is «add».").arg(args.first()) << u'\n'
                   << usage << u'\n';
        return BadInput;
    }
    if (args.size() != 3) {
        io.err << (args.size() < 3 ? Cli::tr("workdays add: DATE and N are required.")
                                   : Cli::tr("workdays add: too many arguments; give only DATE and N."))
               << u'\n'
               << usage << u'\n';
        return BadInput;
    }
    const QDate date = dates::parseIso(args.at(1));
    if (!date.isValid()) {
        io.err << Cli::tr("workdays add: DATE «%1» is not a valid date: give it as YYYY-MM-DD, e.g. 2026-05-08.")
                      .arg(args.at(1))
               << u'\n';
        return BadInput;
    }
    bool ok = false;
    const int n = args.at(2).toInt(&ok);
    // A generous bound: 10 000 working days are about forty years.
    if (!ok || n < -10000 || n > 10000) {
        io.err << Cli::tr("workdays add: N «%1» is not a whole number of working days from -10000 to 10000, e.g. 5 or -3.")
                      .arg(args.at(2))
               << u'\n';
        return BadInput;
    }
    const WorkCalendar calendar;
    const QDate result = calendar.addWorkingDays(date, n);
    io.out << dates::toIso(result) << u'\n';
    if (!calendar.isConfirmedSpan(date, result)) {
        QStringList years;
        const int from = std::min(date, result).year();
        const int to = std::max(date, result).year();
        for (int y = from; y <= to; ++y) {
            if (!calendar.isConfirmed(y))
                years << QString::number(y);
        }
        io.err << Cli::tr("Warning: there is no decree data for %1; the working days of that year are counted by Labour "
                          "Code art. 112 alone and may change when the decree is published.")
                      .arg(years.join(u", "))
               << u'\n';
    }
    return Success;
}

} // namespace nastavnik::cli
