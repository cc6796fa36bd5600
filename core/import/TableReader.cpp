#include "import/TableReader.h"

#include "import/CsvReader.h"
#include "import/XlsxReader.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace nastavnik::import {

QString columnLetters(int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters;
}

QString TableReader::fileDialogFilter()
{
    return tr("Lists (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt);;All files (*)");
}

Result<Table> TableReader::read(const QString& path, const ReadOptions& options)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (info.isDir()) {
        return Result<Table>::failure(
            tr("«%1» is a folder. Choose a list saved as .xlsx or .csv.").arg(name));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<Table>::failure(
            tr("The file «%1» could not be opened: %2. Check that it exists and is not open in another "
               "program, then try again.")
                .arg(name, file.errorString()));
    }
    const QByteArray head = file.read(64 * 1024);
    file.close();

    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return XlsxReader::readFile(path, options.sheet);
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        return Result<Table>::failure(
            tr("The file «%1» is in the old Excel 97–2003 format (.xls), which cannot be read. Open it in "
               "Excel and save it as «Excel Workbook» (.xlsx) or «CSV (semicolon delimited)» (.csv), then "
               "import that file.")
                .arg(name));
    }
    const QString suffix = info.suffix().toLower();
    if (suffix == u"xlsx" || suffix == u"xlsm") {
        return Result<Table>::failure(
            tr("The file «%1» is damaged or is not an Excel workbook (.xlsx). Open it in Excel and save it "
               "again as .xlsx or .csv.")
                .arg(name));
    }
    // Text has no NUL bytes unless it is UTF-16, which starts with its byte order mark.
    const bool utf16 = head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF");
    if (!utf16 && head.contains('\0')) {
        return Result<Table>::failure(
            tr("The file «%1» is neither a CSV file nor an Excel workbook. Open the list in Excel and save "
               "it as .xlsx or .csv.")
                .arg(name));
    }
    return CsvReader::readFile(path, options);
}

} // namespace nastavnik::import
