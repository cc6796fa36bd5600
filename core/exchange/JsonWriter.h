#pragma once

#include <QByteArray>
#include <QDate>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nastavnik::exchange {

/// A streaming JSON writer that keeps keys in the order they are written (QJsonObject sorts
/// them, which would put `id` in the middle of a person) and indents by two spaces. A nested
/// value can be written "inline" on one line, for short lists and small objects. Output is
/// UTF-8, non-ASCII characters are written as they are, not escaped.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray* out);

    /// Starts an object or array as the next value. `inlined` writes it on one line, and
    /// everything nested in it too.
    void beginObject(bool inlined = false);
    void endObject();
    void beginArray(bool inlined = false);
    void endArray();

    /// The key of the next value inside an object.
    void key(QLatin1StringView name);
    void key(const QString& name);

    void value(const QString& text);
    void value(bool flag);
    void value(qint64 number);
    /// A number in its shortest exact form: 12, 7.5 (whole numbers without a decimal point).
    void number(double value);
    void null();
    /// The ISO date, or null for an invalid date.
    void date(const QDate& d);
    /// The id, or null for an empty one.
    void reference(const QString& id);
    void years(const std::optional<int>& value);
    void stringArray(const QStringList& list);

    // key + value in one call
    void field(QLatin1StringView name, const QString& text) { key(name), value(text); }
    void field(QLatin1StringView name, const char16_t* text) { key(name), value(QString::fromUtf16(text)); }
    void field(QLatin1StringView name, bool flag) { key(name), value(flag); }
    void field(QLatin1StringView name, qint64 number) { key(name), value(number); }
    void field(QLatin1StringView name, int number) { key(name), value(qint64(number)); }
    void numberField(QLatin1StringView name, double value) { key(name), number(value); }
    void dateField(QLatin1StringView name, const QDate& d) { key(name), date(d); }
    void referenceField(QLatin1StringView name, const QString& id) { key(name), reference(id); }
    void nullField(QLatin1StringView name) { key(name), null(); }
    void stringArrayField(QLatin1StringView name, const QStringList& list) { key(name), stringArray(list); }

    /// Ends the document with a newline.
    void finish();

private:
    struct Level
    {
        bool array;
        bool inlined;
        bool empty = true;
    };

    void beforeValue();
    void newline();
    void writeString(const QString& text);

    QByteArray* m_out;
    QList<Level> m_levels;
    bool m_afterKey = false;
};

} // namespace nastavnik::exchange
