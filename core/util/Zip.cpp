#include "util/Zip.h"

#include <QDateTime>

#include <unzip.h>
#include <zip.h>

#include <cstring>

namespace nastavnik::zip {
namespace {

// minizip reads and writes through a table of functions; these keep the archive in a
// QByteArray, so that nothing touches the disk and every caller decides how files are written.
struct Memory
{
    QByteArray* bytes = nullptr;
    qint64 position = 0;
    bool failed = false;
};

voidpf openMemory(voidpf opaque, const void*, int)
{
    auto* m = static_cast<Memory*>(opaque);
    m->position = 0;
    m->failed = false;
    return m;
}

uLong readMemory(voidpf, voidpf stream, void* buffer, uLong size)
{
    auto* m = static_cast<Memory*>(stream);
    const qint64 available = qMax<qint64>(0, m->bytes->size() - m->position);
    const qint64 n = qMin<qint64>(available, qint64(size));
    if (n > 0)
        std::memcpy(buffer, m->bytes->constData() + m->position, size_t(n));
    m->position += n;
    return uLong(n);
}

uLong writeMemory(voidpf, voidpf stream, const void* buffer, uLong size)
{
    auto* m = static_cast<Memory*>(stream);
    const qint64 end = m->position + qint64(size);
    if (end > m->bytes->size())
        m->bytes->resize(end);
    std::memcpy(m->bytes->data() + m->position, buffer, size);
    m->position = end;
    return size;
}

ZPOS64_T tellMemory(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<Memory*>(stream)->position);
}

long seekMemory(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto* m = static_cast<Memory*>(stream);
    qint64 base = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_CUR:
        base = m->position;
        break;
    case ZLIB_FILEFUNC_SEEK_END:
        base = m->bytes->size();
        break;
    case ZLIB_FILEFUNC_SEEK_SET:
        break;
    default:
        return -1;
    }
    const qint64 target = base + qint64(offset);
    if (target < 0 || target > m->bytes->size())
        return -1;
    m->position = target;
    return 0;
}

int closeMemory(voidpf, voidpf)
{
    return 0;
}

int errorMemory(voidpf, voidpf stream)
{
    return static_cast<Memory*>(stream)->failed ? -1 : 0;
}

zlib_filefunc64_def functions(Memory* memory)
{
    zlib_filefunc64_def f;
    f.zopen64_file = openMemory;
    f.zread_file = readMemory;
    f.zwrite_file = writeMemory;
    f.ztell64_file = tellMemory;
    f.zseek64_file = seekMemory;
    f.zclose_file = closeMemory;
    f.zerror_file = errorMemory;
    f.opaque = memory;
    return f;
}

QString currentName(unzFile file)
{
    unz_file_info64 info;
    char name[1024];
    if (unzGetCurrentFileInfo64(file, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK)
        return {};
    return QString::fromUtf8(name);
}

} // namespace

// ---- Reader -----------------------------------------------------------------------------

struct Reader::Private
{
    QByteArray bytes;
    Memory memory;
    unzFile file = nullptr;
    QStringList names;
};

Reader::Reader(QByteArray archive)
    : d(std::make_unique<Private>())
{
    d->bytes = std::move(archive);
    d->memory.bytes = &d->bytes;
    zlib_filefunc64_def f = functions(&d->memory);
    d->file = unzOpen2_64("memory", &f);
    if (!d->file)
        return;
    for (int r = unzGoToFirstFile(d->file); r == UNZ_OK; r = unzGoToNextFile(d->file))
        d->names << currentName(d->file);
}

Reader::~Reader()
{
    if (d->file)
        unzClose(d->file);
}

bool Reader::isOpen() const
{
    return d->file != nullptr;
}

QStringList Reader::names() const
{
    return d->names;
}

QString Reader::find(const QString& name, Qt::CaseSensitivity cs) const
{
    for (const QString& n : d->names) {
        if (n.compare(name, cs) == 0)
            return n;
    }
    return {};
}

std::optional<QByteArray> Reader::read(const QString& name, Qt::CaseSensitivity cs, Failure* failure) const
{
    auto fail = [&](Failure f) -> std::optional<QByteArray> {
        if (failure)
            *failure = f;
        return std::nullopt;
    };
    const QString stored = find(name, cs);
    if (!d->file || stored.isEmpty() || unzLocateFile(d->file, stored.toUtf8().constData(), 1) != UNZ_OK)
        return fail(Failure::Missing);
    unz_file_info64 info;
    if (unzGetCurrentFileInfo64(d->file, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK
        || unzOpenCurrentFile(d->file) != UNZ_OK)
        return fail(Failure::Damaged);
    QByteArray out;
    // The declared size is only a hint: a damaged archive may claim anything.
    out.reserve(qsizetype(qMin<ZPOS64_T>(info.uncompressed_size, ZPOS64_T(64) << 20)));
    char buffer[65536];
    int n = 0;
    while ((n = unzReadCurrentFile(d->file, buffer, sizeof buffer)) > 0)
        out.append(buffer, n);
    // A negative count is damaged compressed data; the CRC is checked when the entry closes.
    const int closed = unzCloseCurrentFile(d->file);
    if (n < 0 || closed != UNZ_OK || ZPOS64_T(out.size()) != info.uncompressed_size)
        return fail(Failure::Damaged);
    if (failure)
        *failure = Failure::None;
    return out;
}

std::optional<QList<std::pair<QString, QByteArray>>> Reader::readAll() const
{
    if (!d->file)
        return std::nullopt;
    QList<std::pair<QString, QByteArray>> entries;
    for (const QString& name : d->names) {
        std::optional<QByteArray> bytes = read(name);
        if (!bytes)
            return std::nullopt;
        entries.append({name, std::move(*bytes)});
    }
    return entries;
}

// ---- Writer -----------------------------------------------------------------------------

struct Writer::Private
{
    QByteArray bytes;
    Memory memory;
    zipFile file = nullptr;
    bool failed = false;
};

Writer::Writer()
    : d(std::make_unique<Private>())
{
    d->memory.bytes = &d->bytes;
    zlib_filefunc64_def f = functions(&d->memory);
    d->file = zipOpen2_64("memory", APPEND_STATUS_CREATE, nullptr, &f);
    d->failed = d->file == nullptr;
}

Writer::~Writer()
{
    if (d->file)
        zipClose(d->file, nullptr);
}

bool Writer::add(const QString& name, const QByteArray& data, bool compress)
{
    if (d->failed || !d->file)
        return false;
    zip_fileinfo info{};
    const QDateTime now = QDateTime::currentDateTime();
    info.tmz_date.tm_year = uInt(now.date().year());
    info.tmz_date.tm_mon = uInt(now.date().month() - 1);
    info.tmz_date.tm_mday = uInt(now.date().day());
    info.tmz_date.tm_hour = uInt(now.time().hour());
    info.tmz_date.tm_min = uInt(now.time().minute());
    info.tmz_date.tm_sec = uInt(now.time().second());
    const QByteArray entry = name.toUtf8();
    const int method = compress ? Z_DEFLATED : 0;
    const int level = compress ? Z_DEFAULT_COMPRESSION : 0;
    if (zipOpenNewFileInZip64(d->file, entry.constData(), &info, nullptr, 0, nullptr, 0, nullptr, method, level, 0)
        != ZIP_OK) {
        d->failed = true;
        return false;
    }
    const bool written = data.isEmpty() || zipWriteInFileInZip(d->file, data.constData(), unsigned(data.size())) == ZIP_OK;
    const bool closed = zipCloseFileInZip(d->file) == ZIP_OK;
    d->failed = !written || !closed;
    return !d->failed;
}

std::optional<QByteArray> Writer::finish()
{
    if (!d->file)
        return std::nullopt;
    const bool closed = zipClose(d->file, nullptr) == ZIP_OK;
    d->file = nullptr;
    if (d->failed || !closed)
        return std::nullopt;
    return d->bytes;
}

} // namespace nastavnik::zip
