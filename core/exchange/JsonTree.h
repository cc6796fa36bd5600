#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>

#include <vector>

namespace nastavnik::exchange {

class JsonTree;

/// A value in a JsonTree: a small handle, cheap to copy. A default-constructed node (or a
/// missing key) is "undefined".
class JsonNode
{
public:
    enum class Type : quint8 { Undefined, Null, False, True, Number, String, Array, Object };

    JsonNode() = default;

    Type type() const;
    bool isUndefined() const { return m_tree == nullptr; }
    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::True || type() == Type::False; }
    bool isDouble() const { return type() == Type::Number; }
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }

    bool toBool() const { return type() == Type::True; }
    /// The number; 0 for anything else.
    double toDouble() const;
    /// The number as it is written in the file.
    QString numberText() const;
    /// The decoded text of a string; empty for anything else.
    QString toString() const;
    /// True when this is a string equal to `text` (without decoding it).
    bool equals(QLatin1StringView text) const;

    /// The members of an object or the elements of an array.
    qsizetype size() const;
    /// The member `key` of an object; undefined when absent (or when this is not an object).
    JsonNode value(QLatin1StringView key) const;

    /// Calls `each(index, element)` for every element of an array, in order.
    template <typename Each>
    void forEachElement(Each each) const;
    /// Calls `each(key, value)` for every member of an object, in the order of the file.
    template <typename Each>
    void forEachMember(Each each) const;

private:
    friend class JsonTree;
    JsonNode(const JsonTree* tree, quint32 index)
        : m_tree(tree)
        , m_index(index)
    {
    }
    quint32 end() const;

    const JsonTree* m_tree = nullptr;
    quint32 m_index = 0;
};

/// A JSON document parsed from UTF-8 bytes into one flat list of nodes that point into the
/// bytes: no allocation per value, strings decoded only when asked for. QJsonDocument needs
/// several times longer and much more memory for an exchange file at the benchmark scale
/// (60 MB), and it reports where the JSON is broken only as a rough byte offset.
class JsonTree
{
public:
    enum class Error {
        None,
        UnexpectedEnd,         ///< the bytes end inside a value
        ExpectedCommaOrBrace,  ///< in an object, after a member
        ExpectedCommaOrBracket, ///< in an array, after an element
        ExpectedColon,         ///< after a key
        KeyNotString,          ///< a key without double quotes
        TrailingComma,         ///< a comma before } or ]
        InvalidValue,          ///< a bare word, single quotes, True, …
        InvalidNumber,
        InvalidEscape,
        ControlCharacter,      ///< an unescaped line break or tab inside a string
        InvalidUtf8,
        UnterminatedString,
        GarbageAtEnd,
        TooDeep,
        TooLarge,
    };

    struct Failure
    {
        Error error = Error::None;
        qsizetype offset = 0; ///< the byte where the problem is
    };

    /// Parses `utf8`; a leading UTF-8 byte order mark is skipped. On failure the tree is empty.
    bool parse(const QByteArray& utf8, Failure* failure);

    JsonNode root() const { return m_nodes.empty() ? JsonNode() : JsonNode(this, 0); }

private:
    friend class JsonNode;
    friend class JsonParser;

    struct Node
    {
        quint32 start;  ///< strings: first byte after the quote; numbers: first byte
        quint32 length; ///< strings, numbers: bytes; arrays, objects: elements or members
        quint32 end;    ///< the index after this node and everything inside it
        JsonNode::Type type;
        bool escaped;   ///< a string with backslash escapes
    };

    QByteArray m_bytes; // shared with the caller's copy: the nodes point into it
    std::vector<Node> m_nodes;
};

inline JsonNode::Type JsonNode::type() const
{
    return m_tree ? m_tree->m_nodes[m_index].type : Type::Undefined;
}

inline quint32 JsonNode::end() const
{
    return m_tree->m_nodes[m_index].end;
}

template <typename Each>
void JsonNode::forEachElement(Each each) const
{
    if (!isArray())
        return;
    const auto& nodes = m_tree->m_nodes;
    qsizetype i = 0;
    for (quint32 child = m_index + 1; child < end(); child = nodes[child].end)
        each(i++, JsonNode(m_tree, child));
}

template <typename Each>
void JsonNode::forEachMember(Each each) const
{
    if (!isObject())
        return;
    const auto& nodes = m_tree->m_nodes;
    for (quint32 key = m_index + 1; key < end(); key = nodes[key + 1].end)
        each(JsonNode(m_tree, key), JsonNode(m_tree, key + 1));
}

} // namespace nastavnik::exchange
