#include "import/CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace nastavnik::import {
namespace {

// Windows-1251, bytes 0x80–0xFF. 0x98 is unassigned; like Windows and ICU it maps to U+0098.
constexpr char16_t kWindows1251High[128] = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A,
    0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x0098, 0x2122,
    0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6,
    0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, 0x00B0, 0x00B1, 0x0406, 0x0456,
    0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457, 0x0410,
    0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417, 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D,
    0x041E, 0x041F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427, 0x0428, 0x0429, 0x042A,
    0x042B, 0x042C, 0x042D, 0x042E, 0x042F, 0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437,
    0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0444,
    0x0445, 0x0446, 0x0447, 0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F,
};

bool startsWith(const QByteArray& bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char b : prefix) {
        if (static_cast<unsigned char>(bytes.at(i++)) != b)
            return false;
    }
    return true;
}

bool isBlank(const QStringList& row)
{
    for (const QString& cell : row) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

TextEncoding CsvReader::detectEncoding(const QByteArray& bytes)
{
    if (startsWith(bytes, { 0xEF, 0xBB, 0xBF }))
        return TextEncoding::Utf8;
    if (startsWith(bytes, { 0xFF, 0xFE }) || startsWith(bytes, { 0xFE, 0xFF }))
        return TextEncoding::Utf16;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    Q_UNUSED(text);
    return utf8.hasError() ? TextEncoding::Windows1251 : TextEncoding::Utf8;
}

QString CsvReader::decodeWindows1251(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *out++ = QChar(b < 0x80 ? char16_t(b) : kWindows1251High[b - 0x80]);
    }
    return text;
}

QString CsvReader::decode(const QByteArray& bytes, TextEncoding encoding)
{
    if (encoding == TextEncoding::Auto)
        encoding = detectEncoding(bytes);
    switch (encoding) {
    case TextEncoding::Utf8: {
        const qsizetype skip = startsWith(bytes, { 0xEF, 0xBB, 0xBF }) ? 3 : 0;
        return QString::fromUtf8(QByteArrayView(bytes).sliced(skip));
    }
    case TextEncoding::Utf16: {
        QStringDecoder utf16(QStringDecoder::Utf16, QStringDecoder::Flag::Stateless);
        // The decoder reads the byte order mark and drops it.
        return utf16.decode(bytes);
    }
    case TextEncoding::Windows1251: {
        // ICU's converter where Qt has one, else the fixed table (they agree byte for byte).
        QStringDecoder cp1251("windows-1251", QStringDecoder::Flag::Stateless);
        if (cp1251.isValid())
            return cp1251.decode(bytes);
        return decodeWindows1251(bytes);
    }
    case TextEncoding::Auto:
        break;
    }
    return {};
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    int semicolons = 0, commas = 0, tabs = 0;
    bool inQuotes = false;
    bool seenText = false;
    for (const QChar c : text) {
        if (c == u'"') {
            inQuotes = !inQuotes;
            seenText = true;
        } else if (inQuotes) {
            continue;
        } else if (c == u'\n' || c == u'\r') {
            if (seenText)
                break;
        } else if (c == u';') {
            ++semicolons;
            seenText = true;
        } else if (c == u',') {
            ++commas;
            seenText = true;
        } else if (c == u'\t') {
            ++tabs;
            seenText = true;
        } else if (!c.isSpace()) {
            seenText = true;
        }
    }
    if (tabs > semicolons && tabs >= commas)
        return u'\t';
    if (commas > semicolons && commas > tabs)
        return u',';
    return u';';
}

Table CsvReader::parseText(QStringView text, QChar delimiter)
{
    Table table;
    table.delimiter = delimiter;
    QStringList row;
    QString field;
    bool inQuotes = false;
    bool quoted = false; // the current field began with a quote
    int record = 0;

    auto endField = [&] {
        row << field;
        field.clear();
        quoted = false;
    };
    auto endRecord = [&] {
        endField();
        ++record;
        // Excel pads short rows with delimiters («;;;»); such cells carry nothing.
        while (!row.isEmpty() && row.constLast().isEmpty())
            row.removeLast();
        if (!isBlank(row)) {
            table.columnCount = std::max(table.columnCount, int(row.size()));
            table.rows << row;
            table.rowNumbers << record;
        }
        row.clear();
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
        } else if (c == delimiter) {
            endField();
        } else if (c == u'\n') {
            endRecord();
        } else if (c == u'\r') {
            if (i + 1 < n && text[i + 1] == u'\n')
                ++i;
            endRecord();
        } else if (c == u'"' && field.isEmpty() && !quoted) {
            inQuotes = true;
            quoted = true;
        } else {
            field += c;
        }
    }
    // The last line may lack its line end; a quote left open takes the rest of the file.
    if (!field.isEmpty() || quoted || !row.isEmpty())
        endRecord();
    return table;
}

Table CsvReader::parse(const QByteArray& bytes, const ReadOptions& options)
{
    const TextEncoding encoding
        = options.encoding == TextEncoding::Auto ? detectEncoding(bytes) : options.encoding;
    const QString text = decode(bytes, encoding);
    const QChar delimiter = options.delimiter.isNull() ? detectDelimiter(text) : options.delimiter;
    Table table = parseText(text, delimiter);
    table.format = FileFormat::Csv;
    table.encoding = encoding;
    return table;
}

Result<Table> CsvReader::readFile(const QString& path, const ReadOptions& options)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<Table>::failure(
            tr("The file «%1» could not be opened: %2. Check that it exists and is not open in another "
               "program, then try again.")
                .arg(name, file.errorString()));
    }
    if (file.size() > kMaxFileSize) {
        return Result<Table>::failure(
            tr("The file «%1» is too large to import (%2 MB). Split the list into several files.")
                .arg(name)
                .arg(file.size() / (1024 * 1024)));
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return Result<Table>::failure(
            tr("The file «%1» could not be read: %2.").arg(name, file.errorString()));
    }
    return parse(bytes, options);
}

} // namespace nastavnik::import
