#pragma once

#include "domain/Dataset.h"
#include "domain/Vocabulary.h"
#include "exchange/Exchange.h"
#include "exchange/JsonTree.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>

#include <optional>

namespace nastavnik::exchange {

/// The place of a value in the file (`pairs[0].mentees[1]`), built as a chain on the stack
/// while reading and turned into text only when a problem is reported: at the benchmark
/// scale, building every path eagerly would cost more than reading the values.
class JsonPath
{
public:
    JsonPath() = default;
    JsonPath(const JsonPath& parent, QLatin1StringView key)
        : m_parent(&parent)
        , m_key(key)
    {
    }
    JsonPath(const JsonPath& parent, const QString& key)
        : m_parent(&parent)
        , m_textKey(&key)
    {
    }
    JsonPath(const JsonPath& parent, qsizetype index)
        : m_parent(&parent)
        , m_index(index)
    {
    }

    QString toString() const;

private:
    const JsonPath* m_parent = nullptr;
    QLatin1StringView m_key;
    const QString* m_textKey = nullptr;
    qsizetype m_index = -1;
};

/// Reads one exchange file: the implementation behind `exchange::read`.
///
/// It works in two passes. The first collects the ids of every list (people, consents,
/// orders, pairs), reporting missing, empty and duplicate ids, so that the second pass can
/// check every reference where it is read, whatever the order of the lists. Problems are
/// sorted by their place in the file at the end, so they read top to bottom.
///
/// A new section of the file (roadmap, questionnaires, …) is a row of `sections()` with a
/// read function; if its entries have ids that others refer to, a new `IdList`.
class ExchangeReader
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeReader)

public:
    ExchangeReader();

    /// The data, or nothing when the file has any problem (then `errors()` lists them all).
    std::optional<Dataset> read(const QByteArray& json);

    /// Every problem, in the order of the file.
    QStringList errors() const;
    const QStringList& warnings() const { return m_warnings; }

private:
    enum class IdList {
        People,
        Consents,
        Orders,
        Pairs,
        // The monitoring sections (MonitoringExchange.cpp).
        Roadmaps,
        Questionnaires,
        Responses,
        Tests,
        Evaluations,
        Count
    };
    enum class Need { Optional, Required };

    /// One JSON object being read: every key read through `get` is counted, so that unknown
    /// keys are looked for only in objects that have more keys than were read.
    struct Fields
    {
        const JsonNode& object;
        const JsonPath& path;
        int seen = 0;
        JsonNode get(QLatin1StringView key);
    };

    struct Section
    {
        QLatin1StringView key;
        std::optional<IdList> ids;
        void (ExchangeReader::*read)(const JsonNode& value, const JsonPath& path, Dataset& data);
    };
    static const QList<Section>& sections();

    struct Problem
    {
        int section;
        qsizetype element;
        QString text;
    };

    bool readHeader(const QByteArray& json, JsonTree& tree);
    void collectIds(const JsonNode& value, const JsonPath& path, QLatin1StringView name, IdList list);

    void readOrganization(const JsonNode& value, const JsonPath& path, Dataset& data);
    void readPeople(const JsonNode& value, const JsonPath& path, Dataset& data);
    void readConsents(const JsonNode& value, const JsonPath& path, Dataset& data);
    void readOrders(const JsonNode& value, const JsonPath& path, Dataset& data);
    void readPairs(const JsonNode& value, const JsonPath& path, Dataset& data);

    Person readPerson(const JsonNode& o, const JsonPath& path);
    Credential readCredential(const JsonNode& o, const JsonPath& path);
    Consent readConsent(const JsonNode& o, const JsonPath& path);
    Order readOrder(const JsonNode& o, const JsonPath& path);
    Pair readPair(const JsonNode& o, const JsonPath& path);
    PairEvent readEvent(const JsonNode& o, const JsonPath& path, const Pair& pair);
    PlanItem readPlanItem(const JsonNode& o, const JsonPath& path);
    Meeting readMeeting(const JsonNode& o, const JsonPath& path);

    // The monitoring sections: roadmaps, questionnaires and their answers, tests and results,
    // SWOT analyses, evaluations (MonitoringExchange.cpp).
    void readRoadmaps(const JsonNode& value, const JsonPath& path, Dataset& data);
    void readQuestionnaires(const JsonNode& value, const JsonPath& path, Dataset& data);
    void readResponses(const JsonNode& value, const JsonPath& path, Dataset& data);
    void readTests(const JsonNode& value, const JsonPath& path, Dataset& data);
    void readTestResults(const JsonNode& value, const JsonPath& path, Dataset& data);
    void readSwots(const JsonNode& value, const JsonPath& path, Dataset& data);
    void readEvaluations(const JsonNode& value, const JsonPath& path, Dataset& data);
    void eachObject(const JsonNode& value,
                    const JsonPath& path,
                    bool topLevel,
                    const std::function<void(const JsonNode&, const JsonPath&)>& each);
    /// A number ≥ `minimum` (> when `exclusive`); `fallback` when absent or wrong.
    double number(Fields& f, QLatin1StringView key, double fallback, double minimum, bool exclusive, Need need);
    /// A whole number in [minimum, maximum], or nothing when absent/null.
    std::optional<int> integer(Fields& f, QLatin1StringView key, int minimum, int maximum, Need need);
    void checkPeriod(Fields& f, QLatin1StringView key, QString* period);

    // Field readers: each reads `key` of the object once, reports what is wrong at its path
    // and returns a usable value.
    QString text(Fields& f, QLatin1StringView key);
    QString code(Fields& f, QLatin1StringView key, Vocab list, Need need, const QString& fallback = {});
    QString code(Fields& f, QLatin1StringView key, const QStringList& allowed, Need need, const QString& fallback = {});
    bool flag(Fields& f, QLatin1StringView key, bool fallback = false);
    QDate date(Fields& f, QLatin1StringView key, Need need = Need::Optional);
    std::optional<int> years(Fields& f, QLatin1StringView key);
    QString reference(Fields& f, QLatin1StringView key, IdList list, Need need);
    QStringList references(const JsonNode& v, const JsonPath& at, IdList list);
    QStringList strings(Fields& f, QLatin1StringView key);
    QMap<QString, QString> textMap(Fields& f, QLatin1StringView key);
    /// The object at `key`; false when absent or null (and when it has the wrong type).
    bool object(Fields& f, QLatin1StringView key, JsonNode* out);
    /// Calls `each(object, path)` for every object of the array `value`; absent or null is
    /// an empty list. `topLevel` marks the entries of a section (problems are sorted by them).
    template <typename Each>
    void forEachObject(const JsonNode& value, const JsonPath& path, bool topLevel, Each each);
    void checkEnd(const QDate& start, const QDate& end, const JsonPath& at, bool againstPairStart);
    void checkKeys(const Fields& f, const QSet<QString>& known);
    void unresolved(IdList list, const JsonPath& at, const QString& id);

    void error(const QString& text);
    void wrongType(const JsonPath& at, const QString& expected, const JsonNode& found);
    void missing(const JsonPath& at, const QString& expected);
    static QString describe(const JsonNode& value);
    static QString listName(IdList list);

    QList<Problem> m_errors;
    QStringList m_warnings;
    int m_section = -1;
    qsizetype m_element = -1;
    QHash<QString, qsizetype> m_ids[int(IdList::Count)];
    QSet<QString> m_profiles;
};

} // namespace nastavnik::exchange
