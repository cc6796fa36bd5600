#pragma once

#include "domain/Dataset.h"
#include "util/Result.h"

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>

namespace nastavnik::exchange {

/// The value of the key `format` of every exchange file.
inline constexpr QLatin1StringView kFormat("nastavnik-exchange");
/// The version of the exchange format this build reads and writes.
inline constexpr int kVersion = 1;

/// What reading an exchange file found besides the data.
struct Messages
{
    /// Every structural problem, one a line: `people[3].birth_date: «2026-02-30» is not a
    /// real date; expected YYYY-MM-DD`. Empty when the file was read.
    QStringList errors;
    /// Unknown keys that were ignored: `people[0].favourite_colour: unknown key, ignored`.
    QStringList warnings;
};

/// Reads an exchange file (`shared/exchange-format.md`) into a Dataset.
///
/// The whole structure is validated and every problem is collected, each with its JSON path
/// and what was expected: types, real ISO dates, ids present and unique within their list,
/// references that resolve, the closed enumerations, end not before start. Rule violations
/// (a missing consent, an unknown replacement ground, …) are not problems: they are read as
/// they are, for `check` to report. On any problem there is no Dataset at all, and the
/// result's error holds every message, one a line. Unknown keys never fail the read; they
/// are reported in `messages->warnings`.
Result<Dataset> read(const QByteArray& json, Messages* messages = nullptr);

/// Like `read`, for a file: every message (errors and warnings) starts with the file's name,
/// as given, e.g. `school.json: pairs[0].mentor: «p9» does not match any person id; …`.
Result<Dataset> readFile(const QString& path, Messages* messages = nullptr);

/// The Dataset as an exchange file: UTF-8 JSON, indented, keys in a fixed order, ISO dates,
/// `null` for unknown dates and absent references. Every key of the contract is written; the
/// application's own data goes under additional keys (README, "Exchange format: additional
/// keys"), written when they differ from their defaults. Writing what `read` returned gives
/// the same bytes again.
QByteArray write(const Dataset& data);

/// Writes `write(data)` to `path` through QSaveFile: either the whole file is written or the
/// old file stays as it was. The message names the file and the reason.
Status writeFile(const Dataset& data, const QString& path);

} // namespace nastavnik::exchange
