#pragma once

#include "domain/Dataset.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace nastavnik {

/// The registers of mentors, mentees and pairs for the personalised accounting the municipal
/// and regional mentorship centres ask for (002 3.3), as an Excel workbook (XLSX, one sheet
/// each) or CSV files as Russian Excel opens them (UTF-8 with a byte order mark, «;» between
/// fields); and the register of mentors for the school's website (002 8.4) as HTML, listing only
/// the mentors whose consent to distribution stands, with only what that consent covers.
class Registers
{
    Q_DECLARE_TR_FUNCTIONS(Registers)

public:
    enum class Kind { Mentors, Mentees, Pairs };

    /// One register as a table: the sheet's name, the header, the rows (texts as shown).
    struct Sheet
    {
        QString name;
        QStringList header;
        QList<QStringList> rows;
        QList<int> widths; ///< column widths in characters (XLSX)
        QList<int> dateColumns; ///< columns holding dates (dd.MM.yyyy), written as dates in XLSX
    };

    /// The register of `kind` on `today`. Archived people are left out. Mentors: the base of
    /// mentors and everyone who leads or led a pair; mentees: the base of mentees and everyone in a pair.
    static Sheet build(Kind kind, const Dataset& data, const QDate& today);

    /// CSV: UTF-8 with a byte order mark, fields separated by «;», quoted when they hold «;»,
    /// quotes or line breaks, lines ending in CR LF.
    static QByteArray csv(const Sheet& sheet);
    static Status writeCsv(Kind kind, const Dataset& data, const QDate& today, const QString& path);

    /// One workbook with the three registers on three sheets (libxlsxwriter), bold frozen
    /// headers, dates as Excel dates, columns wide enough. Written through a temporary file, so
    /// that `path` is replaced only when the workbook is complete.
    static Status writeXlsx(const Dataset& data, const QDate& today, const QString& path);

    /// True when `person` may be listed on the website on `on`: a consent to distribution signed
    /// on or before that day, not withdrawn by then, and signed by a parent if they were a minor.
    static bool mayPublish(const Person& person, const Dataset& data, const QDate& on);
    /// The mentors' register for the website: a complete HTML page (name, position, competencies).
    static QString websiteHtml(const Dataset& data, const QDate& today);
    static Status writeWebsiteHtml(const Dataset& data, const QDate& today, const QString& path);
};

} // namespace nastavnik
