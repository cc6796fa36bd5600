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

#define TERM(code, text) Term{u"" code, QT_TRANSLATE_NOOP("Vocabulary", text)}

const Term kPersonKinds[] = {
    TERM("pupil", "Pupil"),
    TERM("student", "Student"),
    TERM("teacher", "Teacher"),
    TERM("parent", "Parent"),
    TERM("graduate", "Graduate"),
    TERM("employer_staff", "Employer's staff"),
    TERM("entrepreneur", "Entrepreneur"),
    TERM("veteran", "Veteran of teaching"),
    TERM("civil_servant", "Civil servant"),
    TERM("manager", "Manager"),
    TERM("other", "Other"),
};

const Term kCredentialTypes[] = {
    TERM("mentor_status", "Status «Mentor»"),
    TERM("tutor_certificate", "Tutor certificate"),
    TERM("coach_training", "Coach training"),
    TERM("no_criminal_record", "Certificate of no criminal record"),
    TERM("medical_certificate", "Medical certificate"),
    TERM("cooperation_agreement", "Cooperation agreement"),
    TERM("labour_agreement", "Supplementary agreement (Labour Code art. 351.8)"),
};

const Term kConsentTypes[] = {
    TERM("personal_data", "Processing of personal data"),
    TERM("distribution", "Publication of personal data"),
    TERM("mentor_role", "Consent to act as a mentor"),
};

const Term kPairForms[] = {
    TERM("pupil_pupil", "Pupil – pupil"),
    TERM("teacher_teacher", "Teacher – teacher"),
    TERM("student_pupil", "Student – pupil"),
    TERM("employer_pupil", "Employer – pupil"),
    TERM("employer_student", "Employer – student"),
    TERM("teacher_pupil", "Teacher – pupil"),
    TERM("traditional", "Traditional mentoring"),
    TERM("mentoring", "Mentoring (mentor – mentee)"),
    TERM("tutoring", "Tutoring"),
    TERM("coaching", "Coaching"),
    TERM("civil_service", "Mentoring in the civil service"),
    TERM("reserve", "Mentoring of the management reserve"),
};

const Term kReplacementGrounds[] = {
    TERM("dismissal", "The mentor's employment ended"),
    TERM("incompatibility", "Psychological incompatibility"),
    TERM("non_performance", "The mentor systematically fails their duties"),
    TERM("disciplinary", "Disciplinary action against the mentor"),
    TERM("request", "A justified request of the mentor or the mentee"),
};

const Term kExtensionReasons[] = {
    TERM("sick_leave", "Temporary incapacity for work"),
    TERM("business_trip", "Business trip"),
    TERM("absence", "Other long absence for a good reason"),
};

const Term kInitiators[] = {
    TERM("mentor", "The mentor"),
    TERM("employer", "The employer"),
    TERM("agreement", "Agreement of the parties"),
};

const Term kOrderTypes[] = {
    TERM("curator_appointment", "Appointment of the curator"),
    TERM("roadmap_approval", "Approval of the roadmap"),
    TERM("pairs_approval", "Approval of pairs and groups"),
    TERM("mentor_replacement", "Replacement of a mentor"),
    TERM("extension", "Extension of mentoring"),
    TERM("early_completion", "Early completion of mentoring"),
    TERM("reward", "Rewards to participants"),
    TERM("final_event", "Conduct of the final event"),
};

const Term kOrderStatuses[] = {
    TERM("draft", "Draft"),
    TERM("signed", "Signed"),
};

const Term kEventTypes[] = {
    TERM("replacement", "Replacement of the mentor"),
    TERM("extension", "Extension"),
    TERM("early_completion", "Early completion"),
};

const Term kMeetingKinds[] = {
    TERM("first", "First (organisational) meeting"),
    TERM("trial", "Trial (working) meeting"),
    TERM("planning", "Planning meeting"),
    TERM("regular", "Regular meeting"),
    TERM("final", "Final meeting"),
};

const Term kMenteeCategories[] = {
    TERM("gifted", "Shows outstanding abilities"),
    TERM("low_results", "Unsatisfactory results"),
    TERM("disabilities", "Special educational needs"),
    TERM("hard_situation", "In a difficult life situation"),
    TERM("behaviour", "Behaviour problems"),
    TERM("disengaged", "Not involved in school life"),
    TERM("young_specialist", "Young specialist"),
    TERM("burnout", "Emotional burnout"),
    TERM("adaptation", "Adapting to a new workplace"),
    TERM("digital_skills", "Wants to master digital skills"),
    TERM("newly_appointed", "Newly appointed"),
    TERM("reservist", "In the management reserve"),
    TERM("young_manager", "Manager with under 3 years' experience"),
};

const Term kPlanItemStatuses[] = {
    TERM("planned", "Planned"),
    TERM("in_progress", "In progress"),
    TERM("done", "Done"),
    TERM("cancelled", "Cancelled"),
};

#undef TERM

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
