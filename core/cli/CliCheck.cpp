#include "cli/Commands.h"

#include "exchange/Exchange.h"

#include "rules/RuleEngine.h"
#include "storage/Database.h"
#include "storage/ValidationRepository.h"
#include "util/Dates.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace nastavnik::cli {
namespace {

/// An exchange file (FILE.json) as a Dataset.
/// An exchange file, checked for structure by the exchange reader. Its warnings (unknown
/// keys) go to stderr; its errors name the file and the JSON path.
Result<Dataset> readExchangeFile(const QString& path, Io io)
{
    exchange::Messages messages;
    Result<Dataset> data = exchange::readFile(path, &messages);
    for (const QString& warning : std::as_const(messages.warnings))
        io.err << warning << u'\n';
    return data;
}

/// The data at `path` with its calendar and profiles: an exchange file (by its .json suffix)
/// or a database. `profileId` empty: the organisation's profile.
Result<ValidationInput> readInput(const QString& path, const QString& profileId, Io io)
{
    if (QFileInfo(path).suffix().compare(u"json"_s, Qt::CaseInsensitive) == 0) {
        Result<Dataset> data = readExchangeFile(path, io);
        if (!data)
            return data.status();
        // A file has no calendar or profiles of its own: the built-in ones apply.
        ValidationInput in;
        in.data = std::move(data).value();
        in.profiles = Profiles::builtIn();
        const Result<Profile> profile =
            Profiles::find(in.profiles, profileId.isEmpty() ? in.data.organization.profile : profileId);
        if (!profile)
            return profile.status();
        in.profile = profile.value();
        return in;
    }
    Database db;
    if (Status s = db.open(path, Database::Mode::OpenExisting); !s)
        return s;
    return ValidationRepository(db.connection()).load(profileId);
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

    if (!profileId.isNull() && profileId.isEmpty())
        return bad(Cli::tr("check: --profile needs a profile id, e.g. --profile school."));
    const Result<ValidationInput> source = readInput(input, profileId, io);
    if (!source) {
        io.err << Cli::tr("check: %1").arg(source.error()) << u'\n';
        return BadInput;
    }
    const ValidationInput& in = source.value();
    const Profile* profile = &in.profile;
    const QList<Finding> findings = RuleEngine::check(in.data, in.profile, in.calendar, today);
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
