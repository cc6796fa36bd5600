#pragma once

#include "domain/Dataset.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace nastavnik::exchange {

class JsonWriter;

/// Writes a Dataset as an exchange file: the implementation behind `exchange::write`.
///
/// Sections are written in a fixed order, and every object's keys too: first the contract's
/// keys (always, `null` for unknown dates and absent references), then the application's
/// additional keys when they differ from their defaults. A new section of the file is a row
/// of `sections()` with a write function (and its reader counterpart in ExchangeReader).
class ExchangeWriter
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeWriter)

public:
    static QByteArray write(const Dataset& data);
    static Status writeFile(const Dataset& data, const QString& path);

private:
    struct Section
    {
        QLatin1StringView key;
        void (*write)(JsonWriter& json, const Dataset& data);
        /// When set and true for the data, the section is left out (an empty optional section).
        bool (*skip)(const Dataset& data) = nullptr;
    };
    static const QList<Section>& sections();

    static void writeOrganization(JsonWriter& json, const Dataset& data);
    static void writePeople(JsonWriter& json, const Dataset& data);
    static void writeConsents(JsonWriter& json, const Dataset& data);
    static void writeOrders(JsonWriter& json, const Dataset& data);
    static void writePairs(JsonWriter& json, const Dataset& data);

    static void writePerson(JsonWriter& json, const Person& p);
    static void writePair(JsonWriter& json, const Pair& p);
    static void writeEvent(JsonWriter& json, const PairEvent& e);

    // The monitoring sections (MonitoringExchange.cpp); each is written only when not empty.
    static void writeRoadmaps(JsonWriter& json, const Dataset& data);
    static void writeQuestionnaires(JsonWriter& json, const Dataset& data);
    static void writeResponses(JsonWriter& json, const Dataset& data);
    static void writeTests(JsonWriter& json, const Dataset& data);
    static void writeTestResults(JsonWriter& json, const Dataset& data);
    static void writeSwots(JsonWriter& json, const Dataset& data);
    static void writeEvaluations(JsonWriter& json, const Dataset& data);
};

} // namespace nastavnik::exchange
