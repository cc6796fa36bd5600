#pragma once

#include <QStringList>
#include <QTextStream>

namespace nastavnik::cli {

/// Exit codes of `nastavnik-cli` (the contract in shared/exchange-format.md).
enum ExitCode { Success = 0, Findings = 1, BadInput = 2 };

/// Output streams of one run: results on `out`, messages on `err`.
struct Io
{
    QTextStream& out;
    QTextStream& err;
};

/// Runs `nastavnik-cli` with `arguments` (without the program name). Used by the
/// executable and, in-process, by the tests.
int run(const QStringList& arguments, Io io);

} // namespace nastavnik::cli
