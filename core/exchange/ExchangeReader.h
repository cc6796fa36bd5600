#pragma once

#include "domain/Dataset.h"
#include "domain/Vocabulary.h"
#include "exchange/Exchange.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>

#include <functional>
#include <optional>

namespace nastavnik::exchange {

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
    enum class IdList { People, Consents, Orders, Pairs, Count };

    struct Section
    {
        QLatin1StringView key;
        std::optional<IdList> ids;
        void (ExchangeReader::*read)(const QJsonValue& value, const QString& path, Dataset& data);
    };
    static const QList<Section>& sections();

    struct Problem
    {
        int section;
        qsizetype element;
        QString text;
    };

    bool readHeader(const QByteArray& json, QJsonObject* root);
    void collectIds(const QJsonValue& value, const QString& path, IdList list);

    void readOrganization(const QJsonValue& value, const QString& path, Dataset& data);
    void readPeople(const QJsonValue& value, const QString& path, Dataset& data);
    void readConsents(const QJsonValue& value, const QString& path, Dataset& data);
    void readOrders(const QJsonValue& value, const QString& path, Dataset& data);
    void readPairs(const QJsonValue& value, const QString& path, Dataset& data);

    Person readPerson(const QJsonObject& o, const QString& path);
    Credential readCredential(const QJsonObject& o, const QString& path);
    Pair readPair(const QJsonObject& o, const QString& path);
    PairEvent readEvent(const QJsonObject& o, const QString& path, const Pair& pair);
    PlanItem readPlanItem(const QJsonObject& o, const QString& path);
    Meeting readMeeting(const QJsonObject& o, const QString& path);

    // Field readers: each reports what is wrong at `base.key` and returns a usable value.
    enum class Need { Optional, Required };
    QString text(const QJsonObject& o, const QString& base, QLatin1StringView key);
    QString code(const QJsonObject& o,
                 const QString& base,
                 QLatin1StringView key,
                 const QStringList& allowed,
                 Need need,
                 const QString& fallback = {});
    QString code(const QJsonObject& o, const QString& base, QLatin1StringView key, Vocab list, Need need,
                 const QString& fallback = {});
    bool flag(const QJsonObject& o, const QString& base, QLatin1StringView key, bool fallback = false);
    QDate date(const QJsonObject& o, const QString& base, QLatin1StringView key, Need need = Need::Optional);
    std::optional<int> years(const QJsonObject& o, const QString& base, QLatin1StringView key);
    QString reference(const QJsonObject& o, const QString& base, QLatin1StringView key, IdList list, Need need);
    QStringList references(const QJsonObject& o, const QString& base, QLatin1StringView key, IdList list);
    QStringList strings(const QJsonObject& o, const QString& base, QLatin1StringView key);
    QMap<QString, QString> textMap(const QJsonObject& o, const QString& base, QLatin1StringView key);
    /// The object at `key`; false when absent or null (and when it has the wrong type).
    bool object(const QJsonObject& o, const QString& base, QLatin1StringView key, QJsonObject* out);
    /// Calls `each` for every object of the array at `value`; absent or null is an empty list.
    void forEachObject(const QJsonValue& value,
                       const QString& path,
                       bool topLevel,
                       const std::function<void(const QJsonObject&, const QString&, qsizetype)>& each);
    void checkEnd(const QDate& start, const QDate& end, const QString& path, bool againstPairStart);
    void checkKeys(const QJsonObject& o, const QString& base, const QSet<QString>& known);
    bool resolves(IdList list, const QString& id) const;
    void unresolved(IdList list, const QString& path, const QString& id);

    void error(const QString& text);
    void wrongType(const QString& path, const QString& expected, const QJsonValue& found);
    void missing(const QString& path, const QString& expected);
    static QString describe(const QJsonValue& value);
    static QString listName(IdList list);

    QList<Problem> m_errors;
    QStringList m_warnings;
    int m_section = -1;
    qsizetype m_element = -1;
    QHash<QString, qsizetype> m_ids[int(IdList::Count)];
    QSet<QString> m_profiles;
};

} // namespace nastavnik::exchange
