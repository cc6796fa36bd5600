#pragma once

#include <QString>
#include <QStringList>

namespace nastavnik {

/// The closed lists of the exchange format (and a few of the application's own), with their
/// labels. Codes are what is stored and exchanged; labels are translated for the UI, and
/// `russianLabel` gives the Russian wording documents always use.
enum class Vocab {
    PersonKind,
    CredentialType,
    ConsentType,
    PairForm,
    ReplacementGround,
    ExtensionReason,
    CompletionInitiator,
    OrderType,
    OrderStatus,
    EventType,
    MeetingKind,
    MenteeCategory,
    PlanItemStatus,
};

namespace vocabulary {

QStringList codes(Vocab list);
bool contains(Vocab list, const QString& code);
/// The label in the UI language; the code itself when it is not in the list.
QString label(Vocab list, const QString& code);
/// The label in Russian whatever the UI language (for documents).
QString russianLabel(Vocab list, const QString& code);

} // namespace vocabulary
} // namespace nastavnik
