#include "domain/Vocabulary.h"

#include "i18n/Translations.h"

#include <QCoreApplication>

#include <span>

using namespace Qt::StringLiterals;

namespace nastavnik::vocabulary {
namespace {

struct Term
{
    const char16_t* code;
    const char* label; // English source, translated in the "Vocabulary" context
};

const Term kPersonKinds[] = {
    {u"pupil", QT_TRANSLATE_NOOP("Vocabulary", "Pupil")},
    {u"student", QT_TRANSLATE_NOOP("Vocabulary", "Student")},
    {u"teacher", QT_TRANSLATE_NOOP("Vocabulary", "Teacher")},
    {u"parent", QT_TRANSLATE_NOOP("Vocabulary", "Parent")},
    {u"graduate", QT_TRANSLATE_NOOP("Vocabulary", "Graduate")},
    {u"employer_staff", QT_TRANSLATE_NOOP("Vocabulary", "Employer's staff")},
    {u"entrepreneur", QT_TRANSLATE_NOOP("Vocabulary", "Entrepreneur")},
    {u"veteran", QT_TRANSLATE_NOOP("Vocabulary", "Veteran of teaching")},
    {u"civil_servant", QT_TRANSLATE_NOOP("Vocabulary", "Civil servant")},
    {u"manager", QT_TRANSLATE_NOOP("Vocabulary", "Manager")},
    {u"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
};

const Term kCredentialTypes[] = {
    {u"mentor_status", QT_TRANSLATE_NOOP("Vocabulary", "Status «Mentor»")},
    {u"tutor_certificate", QT_TRANSLATE_NOOP("Vocabulary", "Tutor certificate")},
    {u"coach_training", QT_TRANSLATE_NOOP("Vocabulary", "Coach training")},
    {u"no_criminal_record", QT_TRANSLATE_NOOP("Vocabulary", "Certificate of no criminal record")},
    {u"medical_certificate", QT_TRANSLATE_NOOP("Vocabulary", "Medical certificate")},
    {u"cooperation_agreement", QT_TRANSLATE_NOOP("Vocabulary", "Cooperation agreement")},
    {u"labour_agreement", QT_TRANSLATE_NOOP("Vocabulary", "Supplementary agreement (Labour Code art. 351.8)")},
};

const Term kConsentTypes[] = {
    {u"personal_data", QT_TRANSLATE_NOOP("Vocabulary", "Processing of personal data")},
    {u"distribution", QT_TRANSLATE_NOOP("Vocabulary", "Publication of personal data")},
    {u"mentor_role", QT_TRANSLATE_NOOP("Vocabulary", "Consent to act as a mentor")},
};

const Term kPairForms[] = {
    {u"pupil_pupil", QT_TRANSLATE_NOOP("Vocabulary", "Pupil – pupil")},
    {u"teacher_teacher", QT_TRANSLATE_NOOP("Vocabulary", "Teacher – teacher")},
    {u"student_pupil", QT_TRANSLATE_NOOP("Vocabulary", "Student – pupil")},
    {u"employer_pupil", QT_TRANSLATE_NOOP("Vocabulary", "Employer – pupil")},
    {u"employer_student", QT_TRANSLATE_NOOP("Vocabulary", "Employer – student")},
    {u"teacher_pupil", QT_TRANSLATE_NOOP("Vocabulary", "Teacher – pupil")},
    {u"traditional", QT_TRANSLATE_NOOP("Vocabulary", "Traditional mentoring")},
    {u"mentoring", QT_TRANSLATE_NOOP("Vocabulary", "Mentoring (mentor – mentee)")},
    {u"tutoring", QT_TRANSLATE_NOOP("Vocabulary", "Tutoring")},
    {u"coaching", QT_TRANSLATE_NOOP("Vocabulary", "Coaching")},
    {u"civil_service", QT_TRANSLATE_NOOP("Vocabulary", "Mentoring in the civil service")},
    {u"reserve", QT_TRANSLATE_NOOP("Vocabulary", "Mentoring of the management reserve")},
};

const Term kReplacementGrounds[] = {
    {u"dismissal", QT_TRANSLATE_NOOP("Vocabulary", "The mentor's employment ended")},
    {u"incompatibility", QT_TRANSLATE_NOOP("Vocabulary", "Psychological incompatibility")},
    {u"non_performance", QT_TRANSLATE_NOOP("Vocabulary", "The mentor systematically fails their duties")},
    {u"disciplinary", QT_TRANSLATE_NOOP("Vocabulary", "Disciplinary action against the mentor")},
    {u"request", QT_TRANSLATE_NOOP("Vocabulary", "A justified request of the mentor or the mentee")},
};

const Term kExtensionReasons[] = {
    {u"sick_leave", QT_TRANSLATE_NOOP("Vocabulary", "Temporary incapacity for work")},
    {u"business_trip", QT_TRANSLATE_NOOP("Vocabulary", "Business trip")},
    {u"absence", QT_TRANSLATE_NOOP("Vocabulary", "Other long absence for a good reason")},
};

const Term kInitiators[] = {
    {u"mentor", QT_TRANSLATE_NOOP("Vocabulary", "The mentor")},
    {u"employer", QT_TRANSLATE_NOOP("Vocabulary", "The employer")},
    {u"agreement", QT_TRANSLATE_NOOP("Vocabulary", "Agreement of the parties")},
};

const Term kOrderTypes[] = {
    {u"curator_appointment", QT_TRANSLATE_NOOP("Vocabulary", "Appointment of the curator")},
    {u"roadmap_approval", QT_TRANSLATE_NOOP("Vocabulary", "Approval of the roadmap")},
    {u"pairs_approval", QT_TRANSLATE_NOOP("Vocabulary", "Approval of pairs and groups")},
    {u"mentor_replacement", QT_TRANSLATE_NOOP("Vocabulary", "Replacement of a mentor")},
    {u"extension", QT_TRANSLATE_NOOP("Vocabulary", "Extension of mentoring")},
    {u"early_completion", QT_TRANSLATE_NOOP("Vocabulary", "Early completion of mentoring")},
    {u"reward", QT_TRANSLATE_NOOP("Vocabulary", "Rewards to participants")},
    {u"final_event", QT_TRANSLATE_NOOP("Vocabulary", "Conduct of the final event")},
};

const Term kOrderStatuses[] = {
    {u"draft", QT_TRANSLATE_NOOP("Vocabulary", "Draft")},
    {u"signed", QT_TRANSLATE_NOOP("Vocabulary", "Signed")},
};

const Term kEventTypes[] = {
    {u"replacement", QT_TRANSLATE_NOOP("Vocabulary", "Replacement of the mentor")},
    {u"extension", QT_TRANSLATE_NOOP("Vocabulary", "Extension")},
    {u"early_completion", QT_TRANSLATE_NOOP("Vocabulary", "Early completion")},
};

const Term kMeetingKinds[] = {
    {u"first", QT_TRANSLATE_NOOP("Vocabulary", "First (organisational) meeting")},
    {u"trial", QT_TRANSLATE_NOOP("Vocabulary", "Trial (working) meeting")},
    {u"planning", QT_TRANSLATE_NOOP("Vocabulary", "Planning meeting")},
    {u"regular", QT_TRANSLATE_NOOP("Vocabulary", "Regular meeting")},
    {u"final", QT_TRANSLATE_NOOP("Vocabulary", "Final meeting")},
};

const Term kMenteeCategories[] = {
    {u"gifted", QT_TRANSLATE_NOOP("Vocabulary", "Shows outstanding abilities")},
    {u"low_results", QT_TRANSLATE_NOOP("Vocabulary", "Unsatisfactory results")},
    {u"disabilities", QT_TRANSLATE_NOOP("Vocabulary", "Special educational needs")},
    {u"hard_situation", QT_TRANSLATE_NOOP("Vocabulary", "In a difficult life situation")},
    {u"behaviour", QT_TRANSLATE_NOOP("Vocabulary", "Behaviour problems")},
    {u"disengaged", QT_TRANSLATE_NOOP("Vocabulary", "Not involved in school life")},
    {u"young_specialist", QT_TRANSLATE_NOOP("Vocabulary", "Young specialist")},
    {u"burnout", QT_TRANSLATE_NOOP("Vocabulary", "Emotional burnout")},
    {u"adaptation", QT_TRANSLATE_NOOP("Vocabulary", "Adapting to a new workplace")},
    {u"digital_skills", QT_TRANSLATE_NOOP("Vocabulary", "Wants to master digital skills")},
    {u"newly_appointed", QT_TRANSLATE_NOOP("Vocabulary", "Newly appointed")},
    {u"reservist", QT_TRANSLATE_NOOP("Vocabulary", "In the management reserve")},
    {u"young_manager", QT_TRANSLATE_NOOP("Vocabulary", "Manager with under 3 years' experience")},
};

const Term kPlanItemStatuses[] = {
    {u"planned", QT_TRANSLATE_NOOP("Vocabulary", "Planned")},
    {u"in_progress", QT_TRANSLATE_NOOP("Vocabulary", "In progress")},
    {u"done", QT_TRANSLATE_NOOP("Vocabulary", "Done")},
    {u"cancelled", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")},
};

std::span<const Term> terms(Vocab list)
{
    switch (list) {
    case Vocab::PersonKind:
        return kPersonKinds;
    case Vocab::CredentialType:
        return kCredentialTypes;
    case Vocab::ConsentType:
        return kConsentTypes;
    case Vocab::PairForm:
        return kPairForms;
    case Vocab::ReplacementGround:
        return kReplacementGrounds;
    case Vocab::ExtensionReason:
        return kExtensionReasons;
    case Vocab::CompletionInitiator:
        return kInitiators;
    case Vocab::OrderType:
        return kOrderTypes;
    case Vocab::OrderStatus:
        return kOrderStatuses;
    case Vocab::EventType:
        return kEventTypes;
    case Vocab::MeetingKind:
        return kMeetingKinds;
    case Vocab::MenteeCategory:
        return kMenteeCategories;
    case Vocab::PlanItemStatus:
        return kPlanItemStatuses;
    }
    return {};
}

const Term* find(Vocab list, const QString& code)
{
    for (const Term& t : terms(list)) {
        if (code == QStringView(t.code))
            return &t;
    }
    return nullptr;
}

} // namespace

QStringList codes(Vocab list)
{
    QStringList result;
    for (const Term& t : terms(list))
        result << QString::fromUtf16(t.code);
    return result;
}

bool contains(Vocab list, const QString& code)
{
    return find(list, code) != nullptr;
}

QString label(Vocab list, const QString& code)
{
    const Term* t = find(list, code);
    return t ? QCoreApplication::translate("Vocabulary", t->label) : code;
}

QString russianLabel(Vocab list, const QString& code)
{
    const Term* t = find(list, code);
    return t ? i18n::russian("Vocabulary", t->label) : code;
}

} // namespace nastavnik::vocabulary
