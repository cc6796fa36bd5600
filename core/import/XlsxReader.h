#pragma once

#include "import/Table.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace nastavnik::import {

/// Reads a worksheet of an Excel workbook (.xlsx, Office Open XML): the zip's
/// `xl/workbook.xml`, its relationships, the shared strings (rich text runs joined), the
/// styles (to tell dates from numbers) and the sheet itself, with gaps in rows and columns
/// kept by the cells' references.
///
/// Every cell becomes text as a Russian user sees it in Excel: numbers in their shortest
/// form («12», «79120000000», «12.5»), dates as `dd.MM.yyyy` (1900 or 1904 date system),
/// booleans as «TRUE»/«FALSE» in the UI language, formulas as their cached result.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    /// Reads sheet `sheet` (-1: the first visible sheet). The message on failure names the
    /// file and what to do («save it again from Excel as .xlsx or .csv»).
    static Result<Table> readFile(const QString& path, int sheet = -1);

    /// The date of an Excel serial number. The 1900 system repeats Lotus 1-2-3's mistake of
    /// a 29 February 1900, so serial 60 is no date and serials before it are one day off;
    /// the 1904 system counts from 1 January 1904. Invalid for serials before day 1.
    static QDate dateFromSerial(double serial, bool date1904);
    /// True for the built-in date formats (14–17, 22, 27–36, 50–58) and for custom formats
    /// with day, month or year tokens (quoted text, colours and locales do not count).
    static bool isDateFormat(int numFmtId, const QString& formatCode);
    /// The zero-based column of a cell reference: «A1» → 0, «AB12» → 27; -1 when malformed.
    static int columnOfReference(QStringView reference);
};

} // namespace nastavnik::import
