#include "XlsxFixtures.h"

#include <QProcess>
#include <quazip.h>
#include <quazipfile.h>

using namespace Qt::StringLiterals;

namespace fixtures {

bool writeWorkbooks(const QString& folder)
{
    QProcess writer;
    writer.start(QStringLiteral(NASTAVNIK_XLSX_FIXTURE_WRITER), { folder });
    if (!writer.waitForFinished(60000) || writer.exitStatus() != QProcess::NormalExit
        || writer.exitCode() != 0) {
        qWarning("xlsx_fixture_writer failed: %s %s",
                 qPrintable(writer.errorString()),
                 writer.readAllStandardError().constData());
        return false;
    }
    return true;
}

QByteArray readPart(const QString& zipPath, const QString& part)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(part))
        return {};
    QuaZipFile file(&zip);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeZip(const QString& path, const QList<std::pair<QString, QByteArray>>& parts)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto& [name, bytes] : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || file.write(bytes) != bytes.size())
            return false;
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

namespace {
const QByteArray kContentTypes
    = R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)";
const QByteArray kRootRels = R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>)";
const QByteArray kWorkbookRels = R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/sharedStrings.xml"/>
</Relationships>)";
// Prefixed elements (x:) and a relationship prefix other than r: must not matter.
const QByteArray kWorkbook1904 = R"(<?xml version="1.0" encoding="UTF-8"?>
<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<x:workbookPr date1904="1"/><x:sheets><x:sheet name="Список" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>)";
// Style 0: General; 1: built-in date 14; 2: custom «d mmmm yyyy» with a locale tag.
const QByteArray kStyles = R"(<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="[$-419]d\ mmmm\ yyyy"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/></cellXfs>
</styleSheet>)";
const QByteArray kSharedStrings = R"(<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">
<si><t>Фамилия</t></si>
<si><r><rPr><b/></rPr><t>Ива</t></r><r><t xml:space="preserve">нова </t></r><rPh sb="0" eb="1"><t>ИГНОР</t></rPh></si>
<si><t>Дата</t></si>
</sst>)";

} // namespace

QByteArray sheet(const QByteArray& rows)
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)"
        + rows + "</sheetData></worksheet>";
}

QList<std::pair<QString, QByteArray>> handmadeBook(const QByteArray& sheetXml)
{
    return { { u"[Content_Types].xml"_s, kContentTypes },
             { u"_rels/.rels"_s, kRootRels },
             { u"xl/workbook.xml"_s, kWorkbook1904 },
             { u"xl/_rels/workbook.xml.rels"_s, kWorkbookRels },
             { u"xl/styles.xml"_s, kStyles },
             { u"xl/sharedStrings.xml"_s, kSharedStrings },
             { u"xl/worksheets/sheet1.xml"_s, sheetXml } };
}

const QByteArray kRows1904 = R"(
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>2</v></c></row>
<row r="3"><c r="A3" t="s"><v>1</v></c><c t="inlineStr"><is><t>Анна</t></is></c><c s="1"><v>27759</v></c><c s="2"><v>27760.0</v></c><c t="d"><v>1999-09-09T00:00:00</v></c><c t="e"><v>#N/A</v></c></row>
<row><c t="str"><f>A3</f><v>Иванова</v></c><c t="n"><v>3.14159</v></c><c t="b"><v>0</v></c></row>
<row r="10" spans="1:3" ht="20"/>
)";
const QByteArray kRowsLeapDay
    = R"(<row r="1"><c r="A1" s="1"><v>60</v></c><c r="B1" s="1"><v>61</v></c></row>)";
const QByteArray kRowsGood = R"(<row r="1"><c r="A1" t="s"><v>0</v></c></row>)";
const QByteArray kRowsBadXml = R"(<row r="1"><c r="A1"><v>1</v></row>)";
const QByteArray kRowsBadString = R"(<row r="1"><c r="A1" t="s"><v>99</v></c></row>)";

} // namespace fixtures
