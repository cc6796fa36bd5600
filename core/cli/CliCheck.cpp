#include "cli/Commands.h"

#include "rules/RuleEngine.h"
#include "storage/CalendarRepository.h"
#include "storage/Database.h"
#include "storage/DatasetRepository.h"
#include "storage/ProfileRepository.h"
#include "util/Dates.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace nastavnik::cli {
namespace {

/// What `check` works on: the data, with the calendar and profiles that go with it.
struct CheckInput
{
    Dataset data;
    WorkCalendar calendar;
    QList<Profile> profiles;
};

/// An exchange file (FILE.json) as a Dataset.
Result<Dataset> readExchangeFile(const QString& path)
{
    // The exchange reader (core/exchange/) plugs in here; until then the file is refused.
    return Result<Dataset>::failure(Cli::tr("check: reading exchange files is not supported yet: «%1». Import the file "
                                            "into a database and check the database.")
                                        .arg(QDir::toNativeSeparators(path)));
}

Result<CheckInput> readDatabase(const QString& path)
{
    Database db;
    if (Status s = db.open(path, Database::Mode::OpenExisting); !s)
        return s;
    CheckInput input;
    Result<Dataset> data = DatasetRepository(db.connection()).load();
    if (!data)
        return data.status();
    input.data = std::move(data).value();
    Result<WorkCalendar> calendar = CalendarRepository(db.connection()).loadCalendar();
    if (!calendar)
        return calendar.status();
    input.calendar = calendar.value();
    Result<QList<Profile>> profiles = ProfileRepository(db.connection()).list();
    if (!profiles)
        return profiles.status();
    input.profiles = profiles.value();
    return input;
}

/// The data at `path`: an exchange file (by its .json suffix) or a database.
Result<CheckInput> readInput(const QString& path)
{
    if (QFileInfo(path).suffix().compare(u"json"_s, Qt::CaseInsensitive) == 0) {
        Result<Dataset> data = readExchangeFile(path);
        if (!data)
            return data.status();
        // A file has no calendar or profiles of its own: the built-in ones apply.
        return CheckInput{std::move(data).value(), WorkCalendar(), Profiles::builtIn()};
    }
    return readDatabase(path);
}

QString usage()
{
    return Cli::tr("Usage: nastavnik-cli check (DB | FILE.json) [--profile ID] [--today YYYY-MM-DD] [--format text|json]");
}

} // namespace

int check(const QStringList& args, Io io)
{
    QString input;
    QString profileId;
    QString todayText;
    QString format = u"text"_s;
    auto bad = [&io](const QString& message) {
        io.err << message << u'\n' << usage() << u'\n';
        return int(BadInput);
    };
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg.startsWith(u"--")) {
            QString name = arg;
            QString value;
            bool hasValue = false;
            if (const qsizetype eq = arg.indexOf(u'='); eq > 0) {
                name = arg.left(eq);
                value = arg.mid(eq + 1);
                hasValue = true;
            }
            if (name != u"--profile" && name != u"--today" && name != u"--format")
                return bad(Cli::tr("check: unknown option «%1».").arg(arg));
            if (!hasValue) {
                if (i + 1 >= args.size())
                    return bad(Cli::tr("check: the option %1 needs a value.").arg(name));
                value = args.at(++i);
            }
            if (name == u"--profile")
                profileId = value;
            else if (name == u"--today")
                todayText = value;
            else
                format = value;
            continue;
        }
        if (!input.isEmpty())
            return bad(Cli::tr("check: give one database or file to check, not «%1» and «%2».").arg(input, arg));
        input = arg;
    }
    if (input.isEmpty())
        return bad(Cli::tr("check: the database or file to check is missing."));
    if (format != u"text" && format != u"json")
        return bad(Cli::tr("check: --format must be «text» or «json», not «%1».").arg(format));
    QDate today = QDate::currentDate();
    if (!todayText.isNull()) {
        today = dates::parseIso(todayText);
        if (!today.isValid())
            return bad(Cli::tr("check: --today «%1» is not a valid date: give it as YYYY-MM-DD, e.g. 2026-11-22.").arg(todayText));
    }

    Result<CheckInput> source = readInput(input);
    if (!source) {
        io.err << source.error() << u'\n';
        return BadInput;
    }
    const CheckInput& in = source.value();
    const QString chosen = profileId.isNull() ? in.data.organization.profile : profileId;
    const Result<Profile> profile = Profiles::find(in.profiles, chosen);
    if (!profile) {
        io.err << Cli::tr("check: %1").arg(profile.error()) << u'\n';
        return BadInput;
    }

    const QList<Finding> findings = RuleEngine::check(in.data, profile.value(), in.calendar, today);
    if (format == u"json") {
        QJsonArray array;
        for (const Finding& f : findings) {
            array.append(QJsonObject{{u"rule"_s, f.rule},
                                     {u"severity"_s, f.severityText()},
                                     {u"subject"_s, f.subject},
                                     {u"clause"_s, f.clause},
                                     {u"message"_s, f.message},
                                     {u"hint"_s, f.hint}});
        }
        io.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const Finding& f : findings)
            io.out << Cli::tr("%1 %2 (%3): %4 What to do: %5").arg(f.rule, f.subject, f.clause, f.message, f.hint) << u'\n';
        io.err << (findings.isEmpty() ? Cli::tr("No findings under the profile «%1».").arg(profile->id)
                                      : Cli::tr("%n finding(s) under the profile «%1».", "", int(findings.size())).arg(profile->id))
               << u'\n';
    }
    return findings.isEmpty() ? Success : Findings;
}

} // namespace nastavnik::cli
