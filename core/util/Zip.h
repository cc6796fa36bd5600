#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>

namespace nastavnik::zip {

/// Reads a zip archive held in memory (an .xlsx workbook, an .odt document) through the
/// system's minizip. The archive's bytes are kept by the reader; entries are unpacked on demand.
///
/// Why minizip directly and not QuaZip: QuaZip bundles a copy of minizip and exports its
/// symbols, while libxlsxwriter calls the system's libminizip; in one process the writer's
/// calls landed in QuaZip's copy and crashed. With one minizip for everybody there is no clash.
class Reader
{
public:
    explicit Reader(QByteArray archive);
    ~Reader();
    Reader(const Reader&) = delete;
    Reader& operator=(const Reader&) = delete;

    /// False when the bytes are not a zip archive (or its central directory is damaged).
    bool isOpen() const;
    /// The names of the entries in the order of the archive.
    QStringList names() const;
    /// The name as stored when an entry `name` exists (ASCII case-insensitively with
    /// Qt::CaseInsensitive), else an empty string.
    QString find(const QString& name, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    bool contains(const QString& name, Qt::CaseSensitivity cs = Qt::CaseSensitive) const
    {
        return !find(name, cs).isEmpty();
    }

    enum class Failure { None, Missing, Damaged };
    /// The unpacked bytes of an entry; nothing when it is missing or its data (or CRC) is
    /// damaged, with the case in `failure`.
    std::optional<QByteArray> read(const QString& name,
                                   Qt::CaseSensitivity cs = Qt::CaseSensitive,
                                   Failure* failure = nullptr) const;
    /// Every entry in order; nothing when any of them cannot be unpacked.
    std::optional<QList<std::pair<QString, QByteArray>>> readAll() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// Writes a zip archive in memory, entry by entry.
class Writer
{
public:
    Writer();
    ~Writer();
    Writer(const Writer&) = delete;
    Writer& operator=(const Writer&) = delete;

    /// Adds an entry, deflated, or stored as it is (`compress` false: the `mimetype` of
    /// OpenDocument). False when the archive could not take it.
    bool add(const QString& name, const QByteArray& data, bool compress = true);
    /// Closes the archive and gives its bytes; nothing when any step failed.
    std::optional<QByteArray> finish();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace nastavnik::zip
