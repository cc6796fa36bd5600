// Writes the Excel workbooks the import tests read, with libxlsxwriter.
//
// A separate program on purpose: libxlsxwriter and QuaZip both export minizip's functions
// (zipOpen3, …), so in one process the writer's calls land in QuaZip's copy and crash. The tests
// run this once into a temporary folder: xlsx_fixture_writer OUTDIR
#include <cstdio>
#include <string>
#include <xlsxwriter.h>

namespace {

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

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: xlsx_fixture_writer OUTDIR\n");
        return 2;
    }
    const std::string dir = argv[1];
    const bool ok = employees(dir) && inlineStrings(dir) && severalSheets(dir) && big(dir) && staff(dir);
    return ok ? 0 : 1;
}
