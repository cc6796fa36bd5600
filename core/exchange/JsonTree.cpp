#include "exchange/JsonTree.h"

#include <cctype>
#include <charconv>
#include <cstring>
#include <limits>

namespace nastavnik::exchange {

/// A recursive-descent parser for RFC 8259 JSON that appends nodes to a JsonTree.
class JsonParser
{
public:
    JsonParser(const QByteArray& bytes, std::vector<JsonTree::Node>& nodes)
        : m_data(bytes.constData())
        , m_size(bytes.size())
        , m_nodes(nodes)
    {
    }

    bool parse(JsonTree::Failure* failure)
    {
        if (m_size >= 3 && std::memcmp(m_data, "\xEF\xBB\xBF", 3) == 0)
            m_pos = 3;
        const bool ok = value(0) && atEnd();
        *failure = m_failure;
        return ok;
    }

private:
    static constexpr int kMaxDepth = 256;

    bool fail(JsonTree::Error error, qsizetype offset)
    {
        m_failure = {error, offset};
        return false;
    }

    void skipBlanks()
    {
        while (m_pos < m_size) {
            const char c = m_data[m_pos];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                return;
            ++m_pos;
        }
    }

    bool atEnd()
    {
        skipBlanks();
        return m_pos == m_size || fail(JsonTree::Error::GarbageAtEnd, m_pos);
    }

    quint32 push(JsonNode::Type type, qsizetype start, qsizetype length, bool escaped = false)
    {
        const auto index = quint32(m_nodes.size());
        m_nodes.push_back({quint32(start), quint32(length), index + 1, type, escaped});
        return index;
    }

    bool value(int depth)
    {
        skipBlanks();
        if (m_pos >= m_size)
            return fail(JsonTree::Error::UnexpectedEnd, m_pos);
        switch (m_data[m_pos]) {
        case '{':
            return depth < kMaxDepth ? object(depth) : fail(JsonTree::Error::TooDeep, m_pos);
        case '[':
            return depth < kMaxDepth ? array(depth) : fail(JsonTree::Error::TooDeep, m_pos);
        case '"':
            return string();
        case 't':
            return literal("true", JsonNode::Type::True);
        case 'f':
            return literal("false", JsonNode::Type::False);
        case 'n':
            return literal("null", JsonNode::Type::Null);
        default:
            if (m_data[m_pos] == '-' || (m_data[m_pos] >= '0' && m_data[m_pos] <= '9'))
                return number();
            return fail(JsonTree::Error::InvalidValue, m_pos);
        }
    }

    bool object(int depth)
    {
        const quint32 index = push(JsonNode::Type::Object, m_pos, 0);
        ++m_pos;
        quint32 members = 0;
        skipBlanks();
        if (m_pos < m_size && m_data[m_pos] == '}') {
            ++m_pos;
        } else {
            for (;;) {
                skipBlanks();
                if (m_pos >= m_size)
                    return fail(JsonTree::Error::UnexpectedEnd, m_pos);
                if (m_data[m_pos] != '"') {
                    const bool trailing = members > 0 && m_data[m_pos] == '}';
                    return fail(trailing ? JsonTree::Error::TrailingComma : JsonTree::Error::KeyNotString, m_pos);
                }
                if (!string())
                    return false;
                skipBlanks();
                if (m_pos >= m_size)
                    return fail(JsonTree::Error::UnexpectedEnd, m_pos);
                if (m_data[m_pos] != ':')
                    return fail(JsonTree::Error::ExpectedColon, m_pos);
                ++m_pos;
                if (!value(depth + 1))
                    return false;
                ++members;
                skipBlanks();
                if (m_pos >= m_size)
                    return fail(JsonTree::Error::UnexpectedEnd, m_pos);
                if (m_data[m_pos] == ',') {
                    ++m_pos;
                    continue;
                }
                if (m_data[m_pos] == '}') {
                    ++m_pos;
                    break;
                }
                return fail(JsonTree::Error::ExpectedCommaOrBrace, m_pos);
            }
        }
        m_nodes[index].length = members;
        m_nodes[index].end = quint32(m_nodes.size());
        return true;
    }

    bool array(int depth)
    {
        const quint32 index = push(JsonNode::Type::Array, m_pos, 0);
        ++m_pos;
        quint32 elements = 0;
        skipBlanks();
        if (m_pos < m_size && m_data[m_pos] == ']') {
            ++m_pos;
        } else {
            for (;;) {
                skipBlanks();
                if (elements > 0 && m_pos < m_size && m_data[m_pos] == ']')
                    return fail(JsonTree::Error::TrailingComma, m_pos);
                if (!value(depth + 1))
                    return false;
                ++elements;
                skipBlanks();
                if (m_pos >= m_size)
                    return fail(JsonTree::Error::UnexpectedEnd, m_pos);
                if (m_data[m_pos] == ',') {
                    ++m_pos;
                    continue;
                }
                if (m_data[m_pos] == ']') {
                    ++m_pos;
                    break;
                }
                return fail(JsonTree::Error::ExpectedCommaOrBracket, m_pos);
            }
        }
        m_nodes[index].length = elements;
        m_nodes[index].end = quint32(m_nodes.size());
        return true;
    }

    static bool isHex(char c)
    {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    bool string()
    {
        const qsizetype quote = m_pos++;
        const qsizetype start = m_pos;
        bool escaped = false;
        for (;;) {
            if (m_pos >= m_size)
                return fail(JsonTree::Error::UnterminatedString, quote);
            const auto c = static_cast<unsigned char>(m_data[m_pos]);
            if (c == '"')
                break;
            if (c == '\\') {
                escaped = true;
                if (m_pos + 1 >= m_size)
                    return fail(JsonTree::Error::UnterminatedString, quote);
                const char e = m_data[m_pos + 1];
                if (e == 'u') {
                    if (m_pos + 5 >= m_size || !isHex(m_data[m_pos + 2]) || !isHex(m_data[m_pos + 3])
                        || !isHex(m_data[m_pos + 4]) || !isHex(m_data[m_pos + 5]))
                        return fail(JsonTree::Error::InvalidEscape, m_pos);
                    m_pos += 6;
                } else if (std::strchr("\"\\/bfnrt", e) && e != '\0') {
                    m_pos += 2;
                } else {
                    return fail(JsonTree::Error::InvalidEscape, m_pos);
                }
                continue;
            }
            if (c < 0x20)
                return fail(JsonTree::Error::ControlCharacter, m_pos);
            if (c < 0x80) {
                ++m_pos;
                continue;
            }
            if (!utf8Sequence())
                return fail(JsonTree::Error::InvalidUtf8, m_pos);
        }
        push(JsonNode::Type::String, start, m_pos - start, escaped);
        ++m_pos; // the closing quote
        return true;
    }

    /// Steps over one well-formed multi-byte UTF-8 sequence (RFC 3629: no overlong forms,
    /// no surrogates, nothing above U+10FFFF).
    bool utf8Sequence()
    {
        const auto* p = reinterpret_cast<const unsigned char*>(m_data) + m_pos;
        const qsizetype left = m_size - m_pos;
        auto continuation = [&](qsizetype i) { return i < left && (p[i] & 0xC0) == 0x80; };
        int length = 0;
        if (p[0] >= 0xC2 && p[0] <= 0xDF) {
            length = 2;
        } else if (p[0] >= 0xE0 && p[0] <= 0xEF) {
            if (left < 2 || (p[0] == 0xE0 && p[1] < 0xA0) || (p[0] == 0xED && p[1] > 0x9F))
                return false;
            length = 3;
        } else if (p[0] >= 0xF0 && p[0] <= 0xF4) {
            if (left < 2 || (p[0] == 0xF0 && p[1] < 0x90) || (p[0] == 0xF4 && p[1] > 0x8F))
                return false;
            length = 4;
        } else {
            return false;
        }
        for (int i = 1; i < length; ++i) {
            if (!continuation(i))
                return false;
        }
        m_pos += length;
        return true;
    }

    bool number()
    {
        const qsizetype start = m_pos;
        auto digit = [&] { return m_pos < m_size && m_data[m_pos] >= '0' && m_data[m_pos] <= '9'; };
        if (m_data[m_pos] == '-')
            ++m_pos;
        if (!digit())
            return fail(JsonTree::Error::InvalidNumber, start);
        if (m_data[m_pos] == '0') {
            ++m_pos;
            if (digit())
                return fail(JsonTree::Error::InvalidNumber, start); // a leading zero
        } else {
            while (digit())
                ++m_pos;
        }
        if (m_pos < m_size && m_data[m_pos] == '.') {
            ++m_pos;
            if (!digit())
                return fail(JsonTree::Error::InvalidNumber, start);
            while (digit())
                ++m_pos;
        }
        if (m_pos < m_size && (m_data[m_pos] == 'e' || m_data[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_size && (m_data[m_pos] == '+' || m_data[m_pos] == '-'))
                ++m_pos;
            if (!digit())
                return fail(JsonTree::Error::InvalidNumber, start);
            while (digit())
                ++m_pos;
        }
        if (m_pos < m_size && (std::isalpha(static_cast<unsigned char>(m_data[m_pos])) || m_data[m_pos] == '_'))
            return fail(JsonTree::Error::InvalidNumber, start); // 12abc, 1.5kg
        push(JsonNode::Type::Number, start, m_pos - start);
        return true;
    }

    bool literal(const char* word, JsonNode::Type type)
    {
        const auto length = qsizetype(std::strlen(word));
        const qsizetype after = m_pos + length;
        if (m_size < after || std::memcmp(m_data + m_pos, word, size_t(length)) != 0
            || (after < m_size && (std::isalnum(static_cast<unsigned char>(m_data[after])) || m_data[after] == '_')))
            return fail(JsonTree::Error::InvalidValue, m_pos);
        push(type, m_pos, length);
        m_pos = after;
        return true;
    }

    const char* m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    std::vector<JsonTree::Node>& m_nodes;
    JsonTree::Failure m_failure;
};

bool JsonTree::parse(const QByteArray& utf8, Failure* failure)
{
    m_nodes.clear();
    m_bytes = utf8;
    Failure local;
    Failure* out = failure ? failure : &local;
    if (utf8.size() >= qsizetype(std::numeric_limits<quint32>::max())) {
        *out = {Error::TooLarge, 0};
        return false;
    }
    // About one node per 16 bytes in exchange files; reserving avoids copying the list.
    m_nodes.reserve(size_t(utf8.size() / 16 + 16));
    JsonParser parser(m_bytes, m_nodes);
    if (!parser.parse(out)) {
        m_nodes.clear();
        m_nodes.shrink_to_fit();
        return false;
    }
    return true;
}

double JsonNode::toDouble() const
{
    if (!isDouble())
        return 0;
    const JsonTree::Node& n = m_tree->m_nodes[m_index];
    const char* first = m_tree->m_bytes.constData() + n.start;
    double result = 0;
    std::from_chars(first, first + n.length, result);
    return result;
}

QString JsonNode::numberText() const
{
    if (!isDouble())
        return {};
    const JsonTree::Node& n = m_tree->m_nodes[m_index];
    return QString::fromLatin1(m_tree->m_bytes.constData() + n.start, n.length);
}

QString JsonNode::toString() const
{
    if (!isString())
        return {};
    const JsonTree::Node& n = m_tree->m_nodes[m_index];
    const char* p = m_tree->m_bytes.constData() + n.start;
    if (!n.escaped)
        return QString::fromUtf8(p, n.length);

    QString result;
    result.reserve(n.length);
    qsizetype plainFrom = 0;
    auto hex = [&](qsizetype at) {
        char16_t unit = 0;
        for (qsizetype k = at; k < at + 4; ++k) {
            const char c = p[k];
            unit = char16_t(unit * 16 + (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10));
        }
        return unit;
    };
    for (qsizetype i = 0; i < qsizetype(n.length); ++i) {
        if (p[i] != '\\')
            continue;
        result += QString::fromUtf8(p + plainFrom, i - plainFrom);
        const char e = p[i + 1];
        switch (e) {
        case 'b':
            result += u'\b';
            break;
        case 'f':
            result += u'\f';
            break;
        case 'n':
            result += u'\n';
            break;
        case 'r':
            result += u'\r';
            break;
        case 't':
            result += u'\t';
            break;
        case 'u':
            // Surrogate pairs arrive as two escapes, one UTF-16 unit each: appended in turn.
            result += QChar(hex(i + 2));
            i += 4;
            break;
        default: // " \ /
            result += QLatin1Char(e);
            break;
        }
        ++i;
        plainFrom = i + 1;
    }
    result += QString::fromUtf8(p + plainFrom, qsizetype(n.length) - plainFrom);
    return result;
}

bool JsonNode::equals(QLatin1StringView text) const
{
    if (!isString())
        return false;
    const JsonTree::Node& n = m_tree->m_nodes[m_index];
    if (n.escaped)
        return toString() == text;
    return n.length == quint32(text.size())
           && std::memcmp(m_tree->m_bytes.constData() + n.start, text.data(), size_t(n.length)) == 0;
}

qsizetype JsonNode::size() const
{
    return isArray() || isObject() ? qsizetype(m_tree->m_nodes[m_index].length) : 0;
}

JsonNode JsonNode::value(QLatin1StringView key) const
{
    if (!isObject())
        return {};
    const auto& nodes = m_tree->m_nodes;
    for (quint32 k = m_index + 1; k < end(); k = nodes[k + 1].end) {
        if (JsonNode(m_tree, k).equals(key))
            return JsonNode(m_tree, k + 1);
    }
    return {};
}

} // namespace nastavnik::exchange
