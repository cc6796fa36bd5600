#include "import/XlsxReader.h"

#include "util/Dates.h"
#include "util/Zip.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>
#include <cmath>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace nastavnik::import {
namespace {

/// Why a part could not be used; turned into a message naming the file by the caller.
struct PartError
{
    QString part;
    QString detail; // empty: the part is missing
};

class Workbook
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    explicit Workbook(const QString& path)
        : m_path(path)
    {
    }

    bool open()
    {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        m_zip = std::make_unique<zip::Reader>(file.readAll());
        return m_zip->isOpen();
    }
    bool has(const QString& part) { return m_zip->contains(part, Qt::CaseInsensitive); }

    /// The bytes of a part, or nothing when it is missing or damaged (the reason in `error`).
    std::optional<QByteArray> read(const QString& part)
    {
        zip::Reader::Failure failure = zip::Reader::Failure::None;
        std::optional<QByteArray> bytes = m_zip->read(part, Qt::CaseInsensitive, &failure);
        if (!bytes) {
            // Damaged compressed data stops the reading early; the CRC is only checked at the end.
            error = { part, failure == zip::Reader::Failure::Missing ? QString() : tr("its data is damaged") };
            return std::nullopt;
        }
        return bytes;
    }

    PartError error;

private:
    QString m_path;
    std::unique_ptr<zip::Reader> m_zip;
};

QString attribute(const QXmlStreamReader& xml, QLatin1StringView name)
{
    return xml.attributes().value(name).toString();
}

/// The relationship id (`r:id`) of an element, whatever prefix the file gives its namespace.
QString relationshipId(const QXmlStreamReader& xml)
{
    for (const QXmlStreamAttribute& a : xml.attributes()) {
        if (a.name() == u"id" && !a.namespaceUri().isEmpty())
            return a.value().toString();
    }
    return {};
}

/// A part name from a relationship target: relative to the folder of the part that refers
/// to it, or absolute from the package root.
QString resolve(const QString& baseFolder, const QString& target)
{
    QStringList parts;
    const QString joined = target.startsWith(u'/') ? target.mid(1) : baseFolder + target;
    for (const QString& piece : joined.split(u'/', Qt::SkipEmptyParts)) {
        if (piece == u"..") {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (piece != u".") {
            parts << piece;
        }
    }
    return parts.join(u'/');
}

QString folderOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash + 1);
}

QString xmlProblem(const QXmlStreamReader& xml)
{
    return XlsxReader::tr("%1, line %2").arg(xml.errorString()).arg(xml.lineNumber());
}

/// The text of a string item (`si` or `is`): its `t` elements, rich text runs joined, with
/// the phonetic hints (`rPh`) left out. The reader stands on the item's start element.
QString readStringItem(QXmlStreamReader& xml)
{
    const QString end = xml.name().toString();
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isEndElement()) {
            if (xml.name() == u"rPh")
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

/// Shortest text of a number, as Excel's General format shows it (without exponent up to 15 digits).
QString numberText(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

} // namespace

int XlsxReader::columnOfReference(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        const char16_t c = reference[i].toUpper().unicode();
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c - u'A' + 1);
        if (column > 16384)
            return -1;
    }
    if (i == 0)
        return -1;
    return column - 1;
}

QDate XlsxReader::dateFromSerial(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < (date1904 ? 0 : 1) || serial > 2958465)
        return {};
    const qint64 days = qint64(std::floor(serial));
    if (date1904)
        return QDate(1904, 1, 1).addDays(days);
    if (days == 60)
        return {}; // 29 February 1900, which never was
    return days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
}

bool XlsxReader::isDateFormat(int numFmtId, const QString& formatCode)
{
    if ((numFmtId >= 14 && numFmtId <= 17) || numFmtId == 22 || (numFmtId >= 27 && numFmtId <= 36)
        || (numFmtId >= 50 && numFmtId <= 58))
        return true;
    if (formatCode.isEmpty())
        return false;
    // Only the first section (positive numbers) decides; literal text, escapes, fills,
    // paddings, colours and locale tags carry no date tokens.
    bool hasDay = false, hasMonthOrMinute = false, hasYear = false, hasTime = false;
    const QString code = formatCode.toLower();
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == u';')
            break;
        if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == u'd' || c == u'д') {
            hasDay = true;
        } else if (c == u'y' || c == u'г') {
            hasYear = true;
        } else if (c == u'm' || c == u'м') {
            hasMonthOrMinute = true;
        } else if (c == u'h' || c == u's' || c == u'ч' || c == u'с') {
            hasTime = true;
        }
    }
    return hasDay || hasYear || (hasMonthOrMinute && !hasTime);
}

Result<Table> XlsxReader::readFile(const QString& path, int sheet)
{
    const QString name = QFileInfo(path).fileName();
    const QString advice = tr("Open it in Excel and save it again as .xlsx or .csv.");
    auto failure = [&](const QString& message) {
        return Result<Table>::failure(message + u' ' + advice);
    };
    auto partFailure = [&](const PartError& e) {
        if (e.detail.isEmpty())
            return failure(
                tr("The file «%1» is damaged: the part «%2» of the workbook is missing.").arg(name, e.part));
        return failure(
            tr("The file «%1» is damaged: the part «%2» cannot be read (%3).").arg(name, e.part, e.detail));
    };

    Workbook book(path);
    if (!book.open())
        return failure(tr("The file «%1» is damaged or is not an Excel workbook (.xlsx).").arg(name));

    // The package's own relationships name the workbook part; xl/workbook.xml is the usual place.
    QString workbookPart = u"xl/workbook.xml"_s;
    if (book.has(u"_rels/.rels"_s)) {
        if (const auto rels = book.read(u"_rels/.rels"_s)) {
            QXmlStreamReader xml(*rels);
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"Relationship"
                    && attribute(xml, "Type"_L1).endsWith(u"/officeDocument")) {
                    workbookPart = resolve(QString(), attribute(xml, "Target"_L1));
                    break;
                }
            }
        }
    }
    if (!book.has(workbookPart)) {
        if (book.has(u"content.xml"_s) && book.has(u"mimetype"_s)) {
            return Result<Table>::failure(tr("The file «%1» is an OpenDocument spreadsheet (.ods), not an "
                                             "Excel workbook. Save it as .xlsx "
                                             "or .csv (in LibreOffice: File → Save As) and import that file.")
                                              .arg(name));
        }
        return Result<Table>::failure(
            tr("The file «%1» is a zip archive but not an Excel workbook (.xlsx): it has no worksheets. "
               "Open the list in the program it came from and save it as .xlsx or .csv.")
                .arg(name));
    }

    // The workbook: sheet names with their relationship ids, and the date system.
    struct SheetEntry
    {
        QString name;
        QString relationship;
        bool hidden = false;
    };
    QList<SheetEntry> sheets;
    bool date1904 = false;
    {
        const auto bytes = book.read(workbookPart);
        if (!bytes)
            return partFailure(book.error);
        QXmlStreamReader xml(*bytes);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"workbookPr") {
                const QString v = attribute(xml, "date1904"_L1).toLower();
                date1904 = (v == u"1" || v == u"true");
            } else if (xml.name() == u"sheet") {
                const QString state = attribute(xml, "state"_L1);
                sheets << SheetEntry { attribute(xml, "name"_L1),
                                       relationshipId(xml),
                                       !state.isEmpty() && state != u"visible" };
            }
        }
        if (xml.hasError())
            return partFailure({ workbookPart, xmlProblem(xml) });
    }
    if (sheets.isEmpty())
        return failure(tr("The workbook «%1» has no worksheets.").arg(name));
    if (sheet < 0) {
        sheet = 0;
        for (int i = 0; i < sheets.size(); ++i) {
            if (!sheets.at(i).hidden) {
                sheet = i;
                break;
            }
        }
    }
    if (sheet >= sheets.size())
        return Result<Table>::failure(
            tr("The workbook «%1» has no sheet number %2.").arg(name).arg(sheet + 1));

    // Relationships of the workbook: where each sheet, the strings and the styles are.
    const QString folder = folderOf(workbookPart);
    const QString relsPart = folder + u"_rels/"_s + workbookPart.mid(folder.size()) + u".rels"_s;
    QHash<QString, QString> targets;
    QString sharedStringsPart, stylesPart;
    {
        const auto bytes = book.read(relsPart);
        if (!bytes)
            return partFailure(book.error);
        QXmlStreamReader xml(*bytes);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement() || xml.name() != u"Relationship")
                continue;
            const QString target = resolve(folder, attribute(xml, "Target"_L1));
            const QString type = attribute(xml, "Type"_L1);
            targets.insert(attribute(xml, "Id"_L1), target);
            if (type.endsWith(u"/sharedStrings"))
                sharedStringsPart = target;
            else if (type.endsWith(u"/styles"))
                stylesPart = target;
        }
        if (xml.hasError())
            return partFailure({ relsPart, xmlProblem(xml) });
    }
    const QString sheetPart = targets.value(sheets.at(sheet).relationship);
    if (sheetPart.isEmpty())
        return partFailure({ tr("sheet «%1»").arg(sheets.at(sheet).name), {} });

    // Shared strings.
    QStringList strings;
    if (!sharedStringsPart.isEmpty()) {
        const auto bytes = book.read(sharedStringsPart);
        if (!bytes)
            return partFailure(book.error);
        QXmlStreamReader xml(*bytes);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"si")
                strings << readStringItem(xml);
        }
        if (xml.hasError())
            return partFailure({ sharedStringsPart, xmlProblem(xml) });
    }

    // Styles: which cell formats show dates.
    QList<bool> dateStyles;
    if (!stylesPart.isEmpty()) {
        const auto bytes = book.read(stylesPart);
        if (!bytes)
            return partFailure(book.error);
        QXmlStreamReader xml(*bytes);
        QHash<int, QString> customFormats;
        bool inCellXfs = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == u"numFmt")
                    customFormats.insert(attribute(xml, "numFmtId"_L1).toInt(),
                                         attribute(xml, "formatCode"_L1));
                else if (xml.name() == u"cellXfs")
                    inCellXfs = true;
                else if (inCellXfs && xml.name() == u"xf") {
                    const int id = attribute(xml, "numFmtId"_L1).toInt();
                    dateStyles << isDateFormat(id, customFormats.value(id));
                }
            } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
                inCellXfs = false;
            }
        }
        if (xml.hasError())
            return partFailure({ stylesPart, xmlProblem(xml) });
    }

    // The sheet.
    Table table;
    table.format = FileFormat::Xlsx;
    for (const SheetEntry& s : sheets)
        table.sheets << s.name;
    table.sheet = sheet;
    {
        const auto bytes = book.read(sheetPart);
        if (!bytes)
            return partFailure(book.error);
        QXmlStreamReader xml(*bytes);
        int rowNumber = 0;
        QStringList row;
        int column = -1;
        QString type, value, inlineText;
        bool isDate = false;
        bool hasInline = false;
        bool badString = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto tag = xml.name();
                if (tag == u"row") {
                    const int r = attribute(xml, "r"_L1).toInt();
                    rowNumber = r > 0 ? r : rowNumber + 1;
                    row.clear();
                    column = -1;
                } else if (tag == u"c") {
                    const QString ref = attribute(xml, "r"_L1);
                    const int c = ref.isEmpty() ? -1 : columnOfReference(ref);
                    column = c >= 0 ? c : column + 1;
                    type = attribute(xml, "t"_L1);
                    const int style = attribute(xml, "s"_L1).toInt();
                    isDate = style >= 0 && style < dateStyles.size() && dateStyles.at(style);
                    value.clear();
                    inlineText.clear();
                    hasInline = false;
                } else if (tag == u"v") {
                    value = xml.readElementText();
                } else if (tag == u"is") {
                    inlineText = readStringItem(xml);
                    hasInline = true;
                }
            } else if (xml.isEndElement()) {
                const auto tag = xml.name();
                if (tag == u"c") {
                    QString text;
                    if (hasInline || type == u"inlineStr") {
                        text = inlineText;
                    } else if (type == u"s") {
                        bool ok = false;
                        const int index = value.toInt(&ok);
                        if (ok && index >= 0 && index < strings.size())
                            text = strings.at(index);
                        else if (!value.isEmpty())
                            badString = true;
                    } else if (type == u"b") {
                        text = value.isEmpty()                    ? QString()
                            : (value == u"1" || value == u"true") ? tr("TRUE")
                                                                  : tr("FALSE");
                    } else if (type == u"d") {
                        // ISO 8601 date, with or without a time.
                        const QDate d = dates::parseIso(QStringView(value).left(10));
                        text = d.isValid() ? dates::toDisplay(d) : value;
                    } else if (type == u"str" || type == u"e") {
                        text = value;
                    } else if (!value.isEmpty()) {
                        bool ok = false;
                        const double number = value.toDouble(&ok);
                        if (!ok) {
                            text = value;
                        } else if (isDate) {
                            const QDate d = dateFromSerial(number, date1904);
                            const double fraction = number - std::floor(number);
                            if (!d.isValid()) {
                                // Excel's 29 February 1900: shown as Excel shows it, so that the
                                // check reports a date that does not exist.
                                text = (!date1904 && std::floor(number) == 60) ? u"29.02.1900"_s
                                                                               : numberText(number);
                            } else if (fraction * 86400 >= 1) {
                                const QTime t
                                    = QTime(0, 0).addSecs(int(std::round(fraction * 86400)) % 86400);
                                text = dates::toDisplay(d) + u' ' + t.toString(u"HH:mm"_s);
                            } else {
                                text = dates::toDisplay(d);
                            }
                        } else {
                            text = numberText(number);
                        }
                    }
                    if (!text.isEmpty() && column >= 0) {
                        while (row.size() <= column)
                            row << QString();
                        row[column] = text;
                    }
                } else if (tag == u"row") {
                    bool blank = true;
                    for (const QString& cell : std::as_const(row)) {
                        if (!cell.trimmed().isEmpty()) {
                            blank = false;
                            break;
                        }
                    }
                    if (!blank) {
                        table.rows << row;
                        table.rowNumbers << rowNumber;
                        table.columnCount = std::max(table.columnCount, int(row.size()));
                    }
                    row.clear();
                }
            }
        }
        if (xml.hasError())
            return partFailure({ sheetPart, xmlProblem(xml) });
        if (badString)
            return partFailure({ sharedStringsPart, tr("a cell refers to a text that is not there") });
    }
    return table;
}

} // namespace nastavnik::import
