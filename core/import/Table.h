#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace nastavnik::import {

/// The text encoding of a CSV file.
enum class TextEncoding
{
    Auto, ///< detect: a byte order mark, else valid UTF-8, else Windows-1251
    Utf8, ///< what Excel writes as «CSV UTF-8» (with a byte order mark) and LibreOffice by default
    Windows1251, ///< what Russian Excel writes as plain «CSV (разделители — запятые)»
    Utf16, ///< Excel's «Unicode text»; only recognised by its byte order mark
};

enum class FileFormat
{
    Csv,
    Xlsx
};

/// A table read from a CSV file or an Excel worksheet: the texts of its cells by row.
///
/// Rows without any text are left out, but every row keeps the number Excel shows for it
/// (the first line of the file or sheet is row 1), so messages can point the user to it.
struct Table
{
    QList<QStringList> rows;
    QList<int> rowNumbers; ///< parallel to `rows`
    int columnCount = 0; ///< the widest row; trailing empty cells are not counted

    // What the reader found or was told; the user may override it and read again.
    FileFormat format = FileFormat::Csv;
    TextEncoding encoding = TextEncoding::Utf8; ///< CSV only
    QChar delimiter = u';'; ///< CSV only
    QStringList sheets; ///< XLSX only: the sheet names in workbook order
    int sheet = 0; ///< XLSX only: the index of the sheet read

    /// The text of a cell; empty beyond the end of a short row.
    QString cell(int row, int column) const
    {
        const QStringList& r = rows.at(row);
        return column < r.size() ? r.at(column) : QString();
    }
};

/// How to read a file. The defaults detect everything.
struct ReadOptions
{
    TextEncoding encoding = TextEncoding::Auto; ///< CSV
    QChar delimiter; ///< CSV; a null QChar detects it from the first line
    int sheet = -1; ///< XLSX; -1 reads the first visible sheet
};

/// The spreadsheet name of a zero-based column: 0 → «A», 26 → «AA».
QString columnLetters(int column);

} // namespace nastavnik::import
