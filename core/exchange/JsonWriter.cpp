#include "exchange/JsonWriter.h"

#include "util/Dates.h"

#include <QLocale>

#include <cmath>

namespace nastavnik::exchange {

JsonWriter::JsonWriter(QByteArray* out)
    : m_out(out)
{
}

void JsonWriter::newline()
{
    m_out->append('\n');
    m_out->append(m_levels.size() * 2, ' ');
}

// Places the separator and line break that precede a value (or, in an object, a key).
void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level& level = m_levels.last();
    if (!level.empty)
        m_out->append(level.inlined ? ", " : ",");
    if (!level.inlined)
        newline();
    level.empty = false;
}

void JsonWriter::beginObject(bool inlined)
{
    beforeValue();
    m_out->append('{');
    m_levels.append({false, inlined || (!m_levels.isEmpty() && m_levels.last().inlined)});
}

void JsonWriter::endObject()
{
    const Level level = m_levels.takeLast();
    if (!level.empty && !level.inlined)
        newline();
    m_out->append('}');
}

void JsonWriter::beginArray(bool inlined)
{
    beforeValue();
    m_out->append('[');
    m_levels.append({true, inlined || (!m_levels.isEmpty() && m_levels.last().inlined)});
}

void JsonWriter::endArray()
{
    const Level level = m_levels.takeLast();
    if (!level.empty && !level.inlined)
        newline();
    m_out->append(']');
}

void JsonWriter::key(QLatin1StringView name)
{
    beforeValue();
    m_out->append('"');
    m_out->append(name.data(), name.size()); // keys are plain ASCII identifiers
    m_out->append("\": ");
    m_afterKey = true;
}

void JsonWriter::key(const QString& name)
{
    beforeValue();
    writeString(name);
    m_out->append(": ");
    m_afterKey = true;
}

void JsonWriter::value(const QString& text)
{
    beforeValue();
    writeString(text);
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    m_out->append(flag ? "true" : "false");
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    m_out->append(QByteArray::number(number));
}

void JsonWriter::number(double value)
{
    beforeValue();
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        m_out->append(QByteArray::number(qint64(value)));
    else if (std::isfinite(value))
        m_out->append(QString::number(value, 'g', QLocale::FloatingPointShortest).toLatin1());
    else
        m_out->append("null");
}

void JsonWriter::null()
{
    beforeValue();
    m_out->append("null");
}

void JsonWriter::date(const QDate& d)
{
    if (!d.isValid()) {
        null();
        return;
    }
    value(dates::toIso(d));
}

void JsonWriter::reference(const QString& id)
{
    if (id.isEmpty())
        null();
    else
        value(id);
}

void JsonWriter::years(const std::optional<int>& value)
{
    if (value)
        this->value(qint64(*value));
    else
        null();
}

void JsonWriter::stringArray(const QStringList& list)
{
    beginArray(true);
    for (const QString& s : list)
        value(s);
    endArray();
}

void JsonWriter::finish()
{
    m_out->append('\n');
}

void JsonWriter::writeString(const QString& text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    m_out->append('"');
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8.at(i));
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_out->append(utf8.constData() + plainFrom, i - plainFrom);
        plainFrom = i + 1;
        switch (c) {
        case '"':
            m_out->append("\\\"");
            break;
        case '\\':
            m_out->append("\\\\");
            break;
        case '\n':
            m_out->append("\\n");
            break;
        case '\r':
            m_out->append("\\r");
            break;
        case '\t':
            m_out->append("\\t");
            break;
        case '\b':
            m_out->append("\\b");
            break;
        case '\f':
            m_out->append("\\f");
            break;
        default: {
            const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            m_out->append(escaped, 6);
        }
        }
    }
    m_out->append(utf8.constData() + plainFrom, utf8.size() - plainFrom);
    m_out->append('"');
}

} // namespace nastavnik::exchange
