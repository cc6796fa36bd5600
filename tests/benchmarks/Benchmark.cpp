#include "Benchmark.h"

#include "documents/DocumentBuilder.h"
#include "documents/DocumentSettings.h"
#include "exchange/Exchange.h"
#include "storage/Database.h"
#include "storage/DatasetRepository.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <ctime>

using namespace Qt::StringLiterals;

namespace nastavnik::bench {

namespace {
double processCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}
} // namespace

void Stopwatch::restart()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    m_wallStart = qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
    m_cpuStart = processCpuSeconds();
}

Sample Stopwatch::elapsed() const
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    const qint64 now = qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
    return {double(now - m_wallStart) / 1e9, processCpuSeconds() - m_cpuStart};
}

Context::Context(const Options& options)
    : m_options(options)
    , m_scale(options.quick ? Scale::scaled(0.1) : Scale::full())
{
    m_dir = options.keepDir.isEmpty() ? m_temporary.path() : QDir(options.keepDir).absolutePath();
}

Context::~Context() = default;

QString Context::databasePath() const
{
    return path(m_options.quick ? u"nastavnik-bench-quick.sqlite"_s : u"nastavnik-bench.sqlite"_s);
}

QString Context::path(const QString& name) const
{
    return QDir(m_dir).filePath(name);
}

Status Context::create()
{
    if (m_options.keepDir.isEmpty() && !m_temporary.isValid())
        return Status::failure(u"No temporary folder could be created: %1"_s.arg(m_temporary.errorString()));
    if (!QDir().mkpath(m_dir))
        return Status::failure(u"The folder «%1» could not be created."_s.arg(m_dir));
    for (const QString& suffix : {u""_s, u"-journal"_s, u"-wal"_s, u"-shm"_s}) {
        if (QFile::exists(databasePath() + suffix) && !QFile::remove(databasePath() + suffix))
            return Status::failure(u"«%1» is in the way and could not be removed."_s.arg(databasePath() + suffix));
    }

    Stopwatch timer;
    m_region = generateRegion(m_scale);
    m_generateSeconds = timer.elapsed().value;

    Database db;
    if (Status s = db.open(databasePath(), Database::Mode::CreateIfMissing); !s)
        return s;
    timer.restart();
    if (Status s = DatasetRepository(db.connection()).replaceAll(m_region.data); !s)
        return s;
    m_saveSeconds = timer.elapsed().value;
    return Status::success();
}

Result<Database*> Context::database()
{
    if (!m_database) {
        auto db = std::make_unique<Database>();
        if (Status s = db->open(databasePath(), Database::Mode::OpenExisting); !s)
            return s;
        m_database = std::move(db);
    }
    return m_database.get();
}

void Context::release()
{
    m_database.reset();
}

Result<const ValidationInput*> Context::validationInput()
{
    if (!m_input) {
        const Result<Database*> db = database();
        if (!db)
            return db.status();
        Result<ValidationInput> in = ValidationRepository(db.value()->connection()).load();
        if (!in)
            return in.status();
        m_input = std::make_unique<ValidationInput>(std::move(in).value());
    }
    return m_input.get();
}

Result<const Dataset*> Context::dataset()
{
    if (!m_dataset) {
        const Result<Database*> db = database();
        if (!db)
            return db.status();
        Result<Dataset> data = DatasetRepository(db.value()->connection()).load();
        if (!data)
            return data.status();
        m_dataset = std::make_unique<Dataset>(std::move(data).value());
    }
    return m_dataset.get();
}

Result<const DocumentBuilder*> Context::documentBuilder()
{
    if (!m_builder) {
        const Result<const Dataset*> data = dataset();
        if (!data)
            return data.status();
        const Result<DocumentSettings> settings = DocumentSettingsRepository(database().value()->connection()).load();
        if (!settings)
            return settings.status();
        m_builder = std::make_unique<DocumentBuilder>(*data.value(), settings.value(), today());
    }
    return m_builder.get();
}

Result<QString> Context::exchangeFile()
{
    if (m_exchangeFile.isEmpty()) {
        const Result<const Dataset*> data = dataset();
        if (!data)
            return data.status();
        const QString file = path(u"region.json"_s);
        if (Status s = exchange::writeFile(*data.value(), file); !s)
            return s;
        m_exchangeFile = file;
    }
    return m_exchangeFile;
}

Result<QString> Context::csvFile()
{
    if (!m_csvFile.isEmpty())
        return m_csvFile;
    // A staff list as a personnel department exports it: a numbered row, the name in three
    // columns, dd.MM.yyyy dates, a unit with a semicolon inside quotes, Windows line ends.
    static const char16_t* const surnames[] = {u"Иванов", u"Петров", u"Сидоров", u"Кузнецов", u"Смирнов",
                                               u"Попов",  u"Васильев", u"Соколов", u"Михайлов", u"Фёдоров"};
    static const char16_t* const names[] = {u"Иван", u"Пётр", u"Сергей", u"Алексей", u"Дмитрий", u"Андрей", u"Олег"};
    static const char16_t* const patronymics[] = {u"Иванович", u"Петрович", u"Николаевич", u"Викторович", u"Юрьевич"};
    static const char16_t* const positions[] = {u"учитель", u"педагог-психолог", u"воспитатель", u"методист",
                                                u"педагог дополнительного образования"};
    const int rows = m_scale.people;
    QString text;
    text.reserve(rows * 130);
    text += u"\uFEFF№;Фамилия;Имя;Отчество;Дата рождения;Должность;Подразделение;Телефон;E-mail;Педагогический стаж\r\n"_s;
    for (int i = 1; i <= rows; ++i) {
        text += u"%1;%2;%3;%4;%5;%6;\"МБОУ «СОШ № %7»; корпус %8\";+7 900 %9;staff%1@kuz-edu.ru;%10\r\n"_s
                    .arg(i)
                    .arg(QString::fromUtf16(surnames[i % 10]))
                    .arg(QString::fromUtf16(names[(i / 10) % 7]))
                    .arg(QString::fromUtf16(patronymics[(i / 70) % 5]))
                    .arg(QDate(1960, 1, 1).addDays(i % 16000).toString(u"dd.MM.yyyy"_s))
                    .arg(QString::fromUtf16(positions[i % 5]))
                    .arg(1 + i % 150)
                    .arg(1 + i % 3)
                    .arg(1000000 + i)
                    .arg(i % 40);
    }
    const QString file = path(u"staff.csv"_s);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0 || !out.commit())
        return Status::failure(u"«%1» could not be written: %2"_s.arg(file, out.errorString()));
    m_csvFile = file;
    return m_csvFile;
}

QList<Figure> figures()
{
    // The window's last: they hold the database open in this process once they start.
    return coreFigures() + guiFigures();
}

} // namespace nastavnik::bench
