#pragma once

#include "import/Table.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace nastavnik::import {

/// Reads CSV files as Russian Excel and LibreOffice write them: UTF-8 with or without a byte
/// order mark or Windows-1251; `;`, `,` or tab between fields; RFC 4180 quoting (delimiters,
/// doubled quotes and line breaks inside quoted fields); CRLF, LF or CR line ends. Empty lines
/// are skipped but still counted, so row numbers match what Excel shows for the same file.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    /// Reads the file; the message on failure names the file and says what to do.
    static Result<Table> readFile(const QString& path, const ReadOptions& options = {});
    /// Parses the bytes of a whole CSV file.
    static Table parse(const QByteArray& bytes, const ReadOptions& options = {});

    /// A byte order mark decides; else bytes that are valid UTF-8 are UTF-8; else Windows-1251.
    static TextEncoding detectEncoding(const QByteArray& bytes);
    /// The text of `bytes` in `encoding` (Auto detects), without a byte order mark.
    static QString decode(const QByteArray& bytes, TextEncoding encoding);
    /// Windows-1251 by the fixed table of the code page, for platforms whose Qt has no codec
    /// for it (Qt without ICU, as on Windows).
    static QString decodeWindows1251(QByteArrayView bytes);
    /// The delimiter of the first non-empty line: the most frequent of `;`, tab and `,`
    /// outside quotes (`;` on a tie and when there is none, as Russian Excel writes).
    static QChar detectDelimiter(QStringView text);
    /// Splits decoded text into rows.
    static Table parseText(QStringView text, QChar delimiter);

    /// Files larger than this are refused rather than read into memory.
    static constexpr qint64 kMaxFileSize = 256 * 1024 * 1024;
};

} // namespace nastavnik::import
