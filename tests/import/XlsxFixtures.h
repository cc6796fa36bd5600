#pragma once

#include <QByteArray>
#include <QDir>
#include <QList>
#include <QString>
#include <utility>

// Hand-made workbooks for the XLSX reader's tests: what libxlsxwriter cannot write (the 1904
// date system, prefixed elements, damaged parts). Kept apart from the test class because moc
// cannot parse the raw string literals these are written in.
namespace fixtures {

/// Writes employees.xlsx, inline.xlsx, school.xlsx, big.xlsx and staff.xlsx into `folder` with
/// libxlsxwriter. False (with a warning) on failure.
bool writeWorkbooks(const QString& folder);

/// A zip with the given parts in order; false when it could not be written.
bool writeZip(const QString& path, const QList<std::pair<QString, QByteArray>>& parts);
/// The unpacked bytes of one part of a zip (empty when missing).
QByteArray readPart(const QString& zipPath, const QString& part);
/// A worksheet part around the given `<row>` elements.
QByteArray sheet(const QByteArray& rows);
/// The parts of a workbook in the 1904 date system with one sheet «Список» holding `sheetXml`,
/// styles (0 General, 1 built-in date 14, 2 a custom date) and three shared strings
/// («Фамилия», a rich text «Иванова » with a phonetic hint, «Дата»). Part 2 is the workbook.
QList<std::pair<QString, QByteArray>> handmadeBook(const QByteArray& sheetXml);

extern const QByteArray kRows1904;
extern const QByteArray kRowsLeapDay;
extern const QByteArray kRowsGood;
extern const QByteArray kRowsBadXml;
extern const QByteArray kRowsBadString;

} // namespace fixtures
