#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

/// Small helpers that write the HTML of documents (internal to core/documents). Every value
/// from the data goes through `esc()` or `orBlank()`; a missing value becomes a line of
/// underscores to fill in by hand, never "null" or an empty gap.
namespace nastavnik::html {

/// A line of `width` underscores.
QString blank(int width = 20);
/// The escaped value, or a blank line of `width` when it is empty.
QString orBlank(const QString& value, int width = 20);
QString esc(const QString& value);
/// «5 июня 2026 г.», or «___ __________ 20__ г.» to fill in.
QString dateWords(const QDate& date);
/// ««05» июня 2026 г.», or ««___» __________ 20__ г.» to fill in.
QString dateQuoted(const QDate& date);
/// dd.MM.yyyy, or a short blank.
QString dateShort(const QDate& date);

/// A paragraph of the class `cls` (see DocumentRenderer's style sheet) with inner HTML.
QString para(const QString& innerHtml, const QString& cls = QStringLiteral("text"));
/// A numbered point of an order: «1. Назначить …».
QString point(const QString& number, const QString& innerHtml);

/// A table with a header row (inner HTML of cells), 12 pt, borders, repeated on every page.
/// `widths` are percentages, one per column. A long table (registers of thousands of rows) is
/// written as parts of `kRowsPerPart` rows glued together (no margin between them, the same
/// header): QTextDocument lays out many small tables far faster than one huge one, and
/// DocumentRenderer paints the parts as one table.
QString table(const QStringList& header, const QList<QStringList>& rows, const QList<int>& widths);
inline constexpr int kRowsPerPart = 100;

/// Two cells on one line without borders: left text, right text (date and number, signature).
QString twoColumns(const QString& leftHtml, const QString& rightHtml, int leftWidth = 60);

/// The signature line: position left, «подпись» gap, initials and surname right, on one row
/// of a borderless table so that it is never broken apart. `line` draws the line to sign on
/// (agreements, applications); orders leave the space blank.
QString signature(const QString& position, const QString& name, bool line = false);

/// A block in the right half of the page («УТВЕРЖДАЮ», the addressee of an application).
QString rightBlock(const QStringList& linesHtml);

/// Starts a new page (the acknowledgement sheet, appendices).
QString pageBreak();

/// Removes the doubled full stops of sentences ending in «г.» or initials.
QString tidy(QString text);

/// Joins names as Russian lists do: «А, Б и В».
QString joinAnd(const QStringList& items);

} // namespace nastavnik::html
