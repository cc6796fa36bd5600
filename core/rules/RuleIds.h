#pragma once

#include <QString>
#include <QStringList>

namespace nastavnik::rules {

/// The rule ids of the exchange contract (`shared/exchange-format.md`, «Rule ids»). They are
/// public: `check --format json` prints them, and profiles enable them by these names.
inline constexpr char16_t MaxMentees[] = u"mentor.max_mentees";
inline constexpr char16_t DurationMax[] = u"pair.duration_max";
inline constexpr char16_t DurationMin[] = u"pair.duration_min";
inline constexpr char16_t PlanDeadline[] = u"plan.deadline";
inline constexpr char16_t ReportDeadline[] = u"report.deadline";
inline constexpr char16_t Experience[] = u"mentor.experience";
inline constexpr char16_t Credential[] = u"mentor.credential";
inline constexpr char16_t MentorConsent[] = u"mentor.consent";
inline constexpr char16_t PersonalData[] = u"consent.personal_data";
inline constexpr char16_t ExternalDocuments[] = u"external_mentor.documents";
inline constexpr char16_t PairOrder[] = u"pair.order";
inline constexpr char16_t ReplacementGround[] = u"replacement.ground";
inline constexpr char16_t ExtensionReason[] = u"extension.reason";
inline constexpr char16_t Supervisor[] = u"mentor.supervisor";
inline constexpr char16_t Disciplinary[] = u"mentor.disciplinary";
inline constexpr char16_t EarlyCompletionNotice[] = u"early_completion.notice";

/// Every rule id, in the contract's order.
inline QStringList all()
{
    return {QString::fromUtf16(MaxMentees),    QString::fromUtf16(DurationMax),
            QString::fromUtf16(DurationMin),   QString::fromUtf16(PlanDeadline),
            QString::fromUtf16(ReportDeadline), QString::fromUtf16(Experience),
            QString::fromUtf16(Credential),    QString::fromUtf16(MentorConsent),
            QString::fromUtf16(PersonalData),  QString::fromUtf16(ExternalDocuments),
            QString::fromUtf16(PairOrder),     QString::fromUtf16(ReplacementGround),
            QString::fromUtf16(ExtensionReason), QString::fromUtf16(Supervisor),
            QString::fromUtf16(Disciplinary),  QString::fromUtf16(EarlyCompletionNotice)};
}

} // namespace nastavnik::rules
