#include "storage/DeadlinesSnapshot.h"

#include "storage/DeadlinesRepository.h"
#include "storage/ReadConnection.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace nastavnik {
namespace {

constexpr quint32 kMagic = 0x4e534446; // "NSDF"
constexpr qint32 kFormat = 1;
constexpr auto kStreamVersion = QDataStream::Qt_6_4;

/// What tells whether a database file changed: SQLite's header (its change counter moves on
/// with every committed write in rollback-journal mode), the size and the modification time.
struct FileState
{
    QByteArray header;
    qint64 size = 0;
    qint64 modified = 0;

    bool operator==(const FileState&) const = default;
};

/// The state of the file at `path`; none when it cannot tell the file's changes: not an
/// SQLite file, in WAL mode (the header's counter stays), or with a journal beside it (a
/// write under way, or one to be rolled back).
std::optional<FileState> fileState(const QString& path)
{
    if (QFileInfo::exists(path + u"-journal"_s) || QFileInfo::exists(path + u"-wal"_s))
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    FileState state;
    state.header = file.read(100);
    // Bytes 18 and 19: the file format's write and read versions, 1 for rollback journals.
    if (state.header.size() != 100 || !state.header.startsWith(QByteArrayView("SQLite format 3\0", 16))
        || state.header.at(18) != 1 || state.header.at(19) != 1)
        return std::nullopt;
    state.size = file.size();
    state.modified = file.fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch();
    return state;
}

/// The build of the program: a new one may collect other deadlines or word them otherwise.
const QString& build()
{
    static const QString value = [] {
        const QFileInfo program(QCoreApplication::applicationFilePath());
        return QCoreApplication::applicationVersion() + u' '
            + QString::number(program.lastModified().toMSecsSinceEpoch()) + u' '
            + QString::number(program.size());
    }();
    return value;
}

/// The UI language the descriptions are written in.
QString language()
{
    return QLocale().name();
}

QByteArray encode(const QList<DeadlineItem>& items)
{
    QByteArray raw;
    {
        QDataStream out(&raw, QIODevice::WriteOnly);
        out.setVersion(kStreamVersion);
        out << qint32(items.size());
        for (const DeadlineItem& item : items) {
            out << qint32(item.kind) << item.due << item.overdue << item.pair << item.people
                << item.description << item.activity << item.unconfirmedCalendar;
        }
    }
    // The fastest level: the sentences repeat, and even so the list shrinks to a fifth.
    return qCompress(raw, 1);
}

std::optional<QList<DeadlineItem>> decode(const QByteArray& blob)
{
    const QByteArray raw = qUncompress(blob);
    QDataStream in(raw);
    in.setVersion(kStreamVersion);
    qint32 count = -1;
    in >> count;
    if (in.status() != QDataStream::Ok || count < 0 || count > raw.size())
        return std::nullopt;
    QList<DeadlineItem> items;
    items.reserve(count);
    for (qint32 i = 0; i < count; ++i) {
        DeadlineItem item;
        qint32 kind = -1;
        in >> kind >> item.due >> item.overdue >> item.pair >> item.people >> item.description
            >> item.activity >> item.unconfirmedCalendar;
        if (in.status() != QDataStream::Ok || kind < int(DeadlineItem::Kind::PlanDue)
            || kind > int(DeadlineItem::Kind::RoadmapActivity))
            return std::nullopt;
        item.kind = DeadlineItem::Kind(kind);
        items.append(std::move(item));
    }
    if (!in.atEnd())
        return std::nullopt;
    return items;
}

} // namespace

/// The contents of a snapshot file: for whom the lists are, and the lists by day.
struct DeadlinesSnapshot::Days
{
    QString build;
    QString language;
    QString database;
    FileState state;
    QList<std::pair<QDate, QByteArray>> lists; // compressed, see encode()

    /// The list of `day`, when these lists are of the file in `current` for this program.
    const QByteArray* list(const FileState& current, const QDate& day) const
    {
        if (build != nastavnik::build() || language != nastavnik::language() || !(state == current))
            return nullptr;
        for (const auto& [date, list] : lists) {
            if (date == day)
                return &list;
        }
        return nullptr;
    }
};

DeadlinesSnapshot::DeadlinesSnapshot(QString directory)
    : m_directory(std::move(directory))
{
}

QString DeadlinesSnapshot::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/deadlines"_s;
}

QString DeadlinesSnapshot::fileFor(const QString& path) const
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    const QByteArray key = QCryptographicHash::hash((canonical.isEmpty() ? path : canonical).toUtf8(),
                                                    QCryptographicHash::Sha1)
                               .toHex();
    return m_directory + u'/' + QString::fromLatin1(key) + u".deadlines"_s;
}

std::optional<DeadlinesSnapshot::Days> DeadlinesSnapshot::read(const QString& path) const
{
    QFile file(fileFor(path));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray contents = file.readAll();
    QDataStream in(contents);
    in.setVersion(kStreamVersion);
    quint32 magic = 0;
    qint32 format = 0;
    in >> magic >> format;
    if (in.status() != QDataStream::Ok || magic != kMagic || format != kFormat)
        return std::nullopt;
    Days days;
    qint32 count = -1;
    in >> days.build >> days.language >> days.database >> days.state.header >> days.state.size
        >> days.state.modified >> count;
    if (in.status() != QDataStream::Ok || count < 0 || count > kMaxDaysAhead + 1)
        return std::nullopt;
    for (qint32 i = 0; i < count; ++i) {
        QDate day;
        QByteArray list;
        quint16 checksum = 0;
        in >> day >> list >> checksum;
        // A damaged file is no file: prepare() writes it anew.
        if (in.status() != QDataStream::Ok || checksum != qChecksum(list))
            return std::nullopt;
        days.lists.append({ day, std::move(list) });
    }
    if (in.status() != QDataStream::Ok || days.database != QFileInfo(path).canonicalFilePath())
        return std::nullopt;
    return days;
}

std::optional<QList<DeadlineItem>> DeadlinesSnapshot::find(const QString& path, const QDate& today) const
{
    const std::optional<FileState> state = fileState(path);
    if (!state)
        return std::nullopt;
    const std::optional<Days> days = read(path);
    if (!days)
        return std::nullopt;
    const QByteArray* list = days->list(*state, today);
    if (!list)
        return std::nullopt;
    return decode(*list);
}

bool DeadlinesSnapshot::isPrepared(const QString& path, const QDate& today) const
{
    const std::optional<FileState> state = fileState(path);
    const std::optional<Days> days = state ? read(path) : std::nullopt;
    return days && days->list(*state, today) && days->list(*state, today.addDays(1));
}

Status
DeadlinesSnapshot::prepare(const QString& path, const QDate& today, const std::atomic<bool>* cancelled) const
{
    auto stopped = [cancelled] {
        return cancelled && cancelled->load();
    };
    if (stopped() || isPrepared(path, today))
        return Status::success();
    const std::optional<FileState> before = fileState(path);
    if (!before)
        return Status::success(); // its changes cannot be told: nothing is kept for it
    Result<ValidationInput> in = Status::failure(QString());
    {
        const ReadConnection reader(path);
        if (!reader.status())
            return reader.status();
        // The rows of every day to come: the horizon of the last one.
        in = DeadlinesRepository(reader.connection())
                 .load(today, Deadlines::kHorizonDays + kMaxDaysAhead, Deadlines::kRecentDays);
    }
    if (!in)
        return in.status();
    if (fileState(path) != before)
        return Status::success(); // changed while read: the next refresh prepares again

    // Today, and the days up to the next working day: the next time the file is opened.
    QDate last = today.addDays(1);
    while (!in->calendar.isWorkingDay(last) && today.daysTo(last) < kMaxDaysAhead)
        last = last.addDays(1);
    Days days { build(), language(), QFileInfo(path).canonicalFilePath(), *before, {} };
    for (QDate day = today; day <= last; day = day.addDays(1)) {
        if (stopped())
            return Status::success();
        days.lists.append({ day, encode(Deadlines::collect(in->data, in->profile, in->calendar, day)) });
    }

    auto failed = [&](const QString& why) {
        return Status::failure(tr("The deadlines prepared for the next days could not be kept in «%1»: %2")
                                   .arg(QDir::toNativeSeparators(fileFor(path)), why));
    };
    if (!QDir().mkpath(m_directory))
        return failed(tr("the folder cannot be created."));
    QSaveFile file(fileFor(path));
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    QDataStream out(&file);
    out.setVersion(kStreamVersion);
    out << kMagic << kFormat << days.build << days.language << days.database << days.state.header
        << days.state.size << days.state.modified << qint32(days.lists.size());
    for (const auto& [day, list] : std::as_const(days.lists))
        out << day << list << qChecksum(list);
    if (out.status() != QDataStream::Ok || !file.commit())
        return failed(file.errorString());
    // The lists of files not opened for a month (moved, removed, replaced) go.
    const QDateTime stale = QDateTime::currentDateTime().addDays(-kKeepDays);
    const QDir directory(m_directory);
    for (const QFileInfo& kept : directory.entryInfoList({ u"*.deadlines"_s }, QDir::Files)) {
        if (kept.lastModified() < stale)
            QFile::remove(kept.filePath());
    }
    return Status::success();
}

} // namespace nastavnik
