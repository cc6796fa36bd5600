#include "XlsxFixtures.h"

#include "util/Zip.h"

#include <QFile>

#include <string>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace fixtures {

namespace {

// The workbooks are written by libxlsxwriter in this process: since core reads zips through the
// system minizip too (no second copy of minizip exports the same symbols), the two live together.

bool employees(const std::string& dir)
{
    lxw_workbook* wb = workbook_new((dir + "/employees.xlsx").c_str());
    lxw_worksheet* ws = workbook_add_worksheet(wb, "Сотрудники");
    lxw_format* date = workbook_add_format(wb);
    format_set_num_format(date, "dd.mm.yyyy");
    lxw_format* builtInDate = workbook_add_format(wb);
    format_set_num_format_index(builtInDate, 14);
    lxw_format* dateTime = workbook_add_format(wb);
    format_set_num_format(dateTime, "dd.mm.yyyy hh:mm");
    lxw_format* money = workbook_add_format(wb);
    format_set_num_format(money, "# ##0,00\\ \"руб.\"");
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);

    const char* header[]
        = { "Фамилия", "Имя", "Отчество", "Дата рождения", "Стаж", "Телефон", "Флаг", "Прочее" };
    for (int c = 0; c < 8; ++c)
        worksheet_write_string(ws, 0, lxw_col_t(c), header[c], nullptr);
    // Row 2: everything filled.
    worksheet_write_string(ws, 1, 0, "Иванова", nullptr);
    worksheet_write_string(ws, 1, 1, "Мария", nullptr);
    worksheet_write_string(ws, 1, 2, "Петровна", nullptr);
    lxw_datetime birth = { 1980, 5, 1, 0, 0, 0 };
    worksheet_write_datetime(ws, 1, 3, &birth, date);
    worksheet_write_number(ws, 1, 4, 12, nullptr);
    worksheet_write_number(ws, 1, 5, 79120000000.0, nullptr);
    worksheet_write_boolean(ws, 1, 6, 1, nullptr);
    worksheet_write_number(ws, 1, 7, 1500, money);
    // Row 3 is left empty; row 4 has gaps (no name, no patronymic).
    worksheet_write_string(ws, 3, 0, "Петров", nullptr);
    lxw_datetime birth2 = { 1975, 12, 31, 0, 0, 0 };
    worksheet_write_datetime(ws, 3, 3, &birth2, builtInDate);
    worksheet_write_number(ws, 3, 4, 12.5, nullptr);
    worksheet_write_boolean(ws, 3, 6, 0, nullptr);
    // Row 5: formulas with cached results, a rich string, a date with a time.
    worksheet_write_formula_str(ws, 4, 0, "=\"Сидор\"&\"ова\"", nullptr, "Сидорова");
    char part1[] = "Ан", part2[] = "на";
    lxw_rich_string_tuple f1 = { nullptr, part1 };
    lxw_rich_string_tuple f2 = { bold, part2 };
    lxw_rich_string_tuple* rich[] = { &f1, &f2, nullptr };
    worksheet_write_rich_string(ws, 4, 1, rich, nullptr);
    lxw_datetime withTime = { 2001, 2, 3, 14, 30, 0 };
    worksheet_write_datetime(ws, 4, 3, &withTime, dateTime);
    worksheet_write_formula_num(ws, 4, 4, "=2+3", nullptr, 5);
    // A formatted but empty cell far to the right does not widen the table.
    worksheet_write_blank(ws, 4, 20, bold);
    return workbook_close(wb) == LXW_NO_ERROR;
}

bool inlineStrings(const std::string& dir)
{
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE; // strings go inline (t="inlineStr"), not to sharedStrings.xml
    lxw_workbook* wb = workbook_new_opt((dir + "/inline.xlsx").c_str(), &options);
    lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
    worksheet_write_string(ws, 0, 0, "ФИО", nullptr);
    worksheet_write_string(ws, 1, 0, "Кузнецова Ольга Игоревна", nullptr);
    worksheet_write_string(ws, 1, 2, "после пропуска", nullptr);
    return workbook_close(wb) == LXW_NO_ERROR;
}

bool severalSheets(const std::string& dir)
{
    lxw_workbook* wb = workbook_new((dir + "/school.xlsx").c_str());
    lxw_worksheet* hidden = workbook_add_worksheet(wb, "Служебный");
    worksheet_write_string(hidden, 0, 0, "не это", nullptr);
    lxw_worksheet* teachers = workbook_add_worksheet(wb, "Учителя");
    worksheet_write_string(teachers, 0, 0, "Иванова", nullptr);
    lxw_worksheet* pupils = workbook_add_worksheet(wb, "Ученики");
    worksheet_write_string(pupils, 0, 0, "Смирнов", nullptr);
    worksheet_write_string(pupils, 1, 0, "Кузнецов", nullptr);
    worksheet_activate(teachers);
    worksheet_hide(hidden);
    return workbook_close(wb) == LXW_NO_ERROR;
}

bool big(const std::string& dir)
{
    lxw_workbook* wb = workbook_new((dir + "/big.xlsx").c_str());
    lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
    for (int r = 0; r < 2000; ++r)
        worksheet_write_string(ws, lxw_row_t(r), 0, std::to_string(r * 7919).c_str(), nullptr);
    return workbook_close(wb) == LXW_NO_ERROR;
}

// A staff list as a school keeps it: for the importer and the dialog.
bool staff(const std::string& dir)
{
    lxw_workbook* wb = workbook_new((dir + "/staff.xlsx").c_str());
    lxw_worksheet* ws = workbook_add_worksheet(wb, "Педагоги");
    lxw_format* date = workbook_add_format(wb);
    format_set_num_format(date, "dd.mm.yyyy");
    const char* header[] = { "№", "ФИО", "Дата рождения", "Должность", "Педагогический стаж", "Эл. почта" };
    for (int c = 0; c < 6; ++c)
        worksheet_write_string(ws, 0, lxw_col_t(c), header[c], nullptr);
    struct Row
    {
        const char* name;
        lxw_datetime birth;
        const char* position;
        double years;
        const char* email;
    } rows[] = {
        { "Иванова Мария Петровна", { 1980, 5, 1, 0, 0, 0 }, "учитель математики", 12, "ivanova@school.ru" },
        { "Петров Сергей Николаевич", { 1975, 12, 31, 0, 0, 0 }, "учитель физики", 20, "" },
        { "Сидорова Анна Викторовна",
          { 2001, 2, 3, 0, 0, 0 },
          "учитель начальных классов",
          1,
          "sidorova@school.ru" },
    };
    lxw_row_t r = 1;
    for (Row& row : rows) {
        worksheet_write_number(ws, r, 0, double(r), nullptr);
        worksheet_write_string(ws, r, 1, row.name, nullptr);
        worksheet_write_datetime(ws, r, 2, &row.birth, date);
        worksheet_write_string(ws, r, 3, row.position, nullptr);
        worksheet_write_number(ws, r, 4, row.years, nullptr);
        if (*row.email)
            worksheet_write_string(ws, r, 5, row.email, nullptr);
        ++r;
    }
    return workbook_close(wb) == LXW_NO_ERROR;
}

} // namespace

bool writeWorkbooks(const QString& folder)
{
    const std::string dir = QFile::encodeName(folder).toStdString();
    const bool ok = employees(dir) && inlineStrings(dir) && severalSheets(dir) && big(dir) && staff(dir);
    if (!ok)
        qWarning("libxlsxwriter could not write the test workbooks into %s", qPrintable(folder));
    return ok;
}

QByteArray readPart(const QString& zipPath, const QString& part)
{
    QFile file(zipPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const nastavnik::zip::Reader zip(file.readAll());
    return zip.read(part).value_or(QByteArray());
}

bool writeZip(const QString& path, const QList<std::pair<QString, QByteArray>>& parts)
{
    nastavnik::zip::Writer zip;
    for (const auto& [name, bytes] : parts) {
        if (!zip.add(name, bytes))
            return false;
    }
    const std::optional<QByteArray> bytes = zip.finish();
    QFile file(path);
    return bytes && file.open(QIODevice::WriteOnly) && file.write(*bytes) == bytes->size();
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
