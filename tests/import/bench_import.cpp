// Times the import of a 30,000-row CSV staff list: reading, checking and writing.
// Not a CTest test (no timing assertions there); run by hand: build/tests/bench_import [ROWS]
#include "TestSupport.h"
#include "import/ImportMapping.h"
#include "import/PeopleImporter.h"
#include "import/TableReader.h"
#include "storage/PeopleRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

using namespace nastavnik;
using namespace nastavnik::import;
using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 30000;
    static const char16_t* const surnames[]
        = { u"Иванов", u"Петров", u"Сидоров", u"Кузнецов", u"Смирнов", u"Попов" };
    static const char16_t* const names[] = { u"Иван", u"Пётр", u"Сергей", u"Алексей", u"Дмитрий", u"Андрей" };

    QTemporaryDir dir;
    const QString path = dir.filePath(u"staff.csv"_s);
    QByteArray bytes = "\xEF\xBB\xBF";
    bytes
        += u"№;Фамилия;Имя;Отчество;Дата рождения;Должность;Подразделение;Телефон;E-mail;Педагогический стаж\r\n"_s
               .toUtf8();
    for (int i = 1; i <= rows; ++i) {
        bytes
            += u"%1;%2%3;%4;Иванович;%5;учитель;\"Школа № %6; корпус 2\";+7 900 %7;user%1@school.ru;%8\r\n"_s
                   .arg(i)
                   .arg(QString::fromUtf16(surnames[i % 6]))
                   .arg(i)
                   .arg(QString::fromUtf16(names[(i / 6) % 6]))
                   .arg(QDate(1960, 1, 1).addDays(i % 15000).toString(u"dd.MM.yyyy"_s))
                   .arg(i % 40)
                   .arg(1000000 + i)
                   .arg(i % 40)
                   .toUtf8();
    }
    if (!test::writeFile(path, bytes))
        return 1;

    test::TempDatabase db;
    PeopleRepository repo(db.connection());
    QElapsedTimer total;
    total.start();
    QElapsedTimer step;
    step.start();
    const Result<Table> table = TableReader::read(path);
    if (!table)
        return 1;
    const qint64 readMs = step.restart();
    PeopleImporter importer(repo);
    ImportMapping mapping;
    mapping.columns = ImportMapping::guess(table->rows.first());
    mapping.defaults.kind = u"teacher"_s;
    const ImportPreview preview = importer.prepare(table.value(), mapping);
    const qint64 prepareMs = step.restart();
    const Result<ImportSummary> summary = importer.import(preview);
    const qint64 importMs = step.restart();
    if (!summary) {
        std::fprintf(stderr, "%s\n", qPrintable(summary.error()));
        return 1;
    }
    std::printf(
        "%d rows (%.1f MB): read %lld ms, check %lld ms, write %lld ms, total %lld ms; imported %lld\n",
        rows,
        bytes.size() / 1048576.0,
        readMs,
        prepareMs,
        importMs,
        total.elapsed(),
        qlonglong(summary->ids.size()));

    // The same list again into the now full database: everyone is a duplicate.
    step.restart();
    PeopleImporter second(repo);
    const ImportPreview again = second.prepare(table.value(), mapping);
    std::printf("re-check against %lld people in the database: %lld ms, duplicates %d\n",
                qlonglong(summary->ids.size()),
                step.elapsed(),
                again.bad);
    return 0;
}
