#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace nastavnik {

/// One parameter of a provision profile: its value and where it comes from.
template <typename T>
struct Parameter
{
    T value{};
    /// The clause: source file number and point («002 п. 4.12», «004 п. 2.1»), or the law
    /// («ТК РФ ст. 351.8»). Findings show it.
    QString clause;
    /// Reported by secondary sources only (the civil-service values of Government Decree
    /// № 1296 of 2019): a default the organisation should confirm.
    bool secondary = false;
    /// Why the value is what it is, where the clause alone does not say.
    QString note;

    bool operator==(const Parameter&) const = default;
};

/// A minimum of years of experience: `kind` is pedagogical, managerial or methodical.
struct ExperienceRequirement
{
    QString kind;
    int years = 0;

    bool operator==(const ExperienceRequirement&) const = default;
};

/// One line of a profile as Settings shows it: what, the value in words, where it comes from.
struct ProfileRow
{
    QString key;       ///< the JSON key (parameter, `form`-qualified, or `rules.<id>`)
    QString label;     ///< in the UI language
    QString value;     ///< in the UI language
    QString clause;
    bool secondary = false;
    QString note;

    bool operator==(const ProfileRow&) const = default;
};

/// A provision profile: the named set of rule parameters a database is checked under.
///
/// Four are built in (`school`, `municipal`, `civil-service`, `reserve`; resources/profiles/);
/// a custom profile is a copy of one of them with changed numbers and lists, stored in the
/// database. The JSON form (`toJson`/`fromJson`) is the same for both. Parameters that are
/// absent from a profile (`std::nullopt`, empty maps) switch the corresponding check off.
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    QString id;
    QString base;     ///< the built-in profile it was copied from (itself for a built-in one)
    QString nameRu;
    QString nameEn;
    QString source;   ///< the source document(s), in Russian
    bool builtIn = false;

    /// The forms (kinds) of mentoring of the profile, codes of `Vocab::PairForm`.
    Parameter<QStringList> forms;
    /// Forms that are group forms: their pairs are exempt from the cap on mentees.
    Parameter<QStringList> groupForms;
    /// The cap on single-mentee pairs a mentor leads at once; nullopt = no cap.
    Parameter<std::optional<int>> maxMentees;
    /// Caps of particular forms, overriding `maxMentees` («ментор» up to 5 «менти»).
    QMap<QString, Parameter<int>> maxMenteesByForm;
    Parameter<std::optional<int>> durationMaxMonths;
    Parameter<std::optional<int>> durationMinMonths;
    /// The individual plan is due N working days after the start.
    Parameter<std::optional<int>> planDeadlineDays;
    /// The report and the mentee's questionnaire are due N working days after the end.
    Parameter<std::optional<int>> reportDeadlineDays;
    /// Minimum experience of the mentor, per form.
    QMap<QString, Parameter<ExperienceRequirement>> experienceByForm;
    /// The credential type (`Vocab::CredentialType`) the mentor needs, per form.
    QMap<QString, Parameter<QString>> credentialByForm;
    /// Validity in months from issue of a credential type without `valid_until`.
    QMap<QString, Parameter<int>> credentialValidityMonths;
    /// Grounds a replacement may have (`Vocab::ReplacementGround`).
    Parameter<QStringList> replacementGrounds;
    /// Reasons an extension may have (`Vocab::ExtensionReason`).
    Parameter<QStringList> extensionReasons;
    /// Documents every external mentor needs (credential types).
    Parameter<QStringList> externalDocuments;
    /// Documents an external mentor needs in addition when a mentee is a pupil.
    Parameter<QStringList> externalDocumentsWithPupils;
    /// Pairs starting on or after this date need the staff mentor's supplementary agreement.
    Parameter<QDate> labourAgreementSince;
    /// Working days of notice before an early completion the employer initiates.
    Parameter<int> noticeWorkingDays;
    /// Rule id → enabled, with the clause findings of the rule cite when no more specific
    /// parameter applies.
    QMap<QString, Parameter<bool>> rules;

    /// The name in the UI language (Russian, or English when the UI is English).
    QString name() const;
    bool isEnabled(const QString& rule) const;
    /// The rule's clause («» when the profile does not have the rule).
    QString ruleClause(const QString& rule) const;
    bool isGroupForm(const QString& form) const;
    /// The cap on single-mentee pairs for `form`, with its clause; nullopt = no cap.
    std::optional<Parameter<int>> capFor(const QString& form) const;

    /// Every parameter and rule as a line for display, in a fixed order.
    QList<ProfileRow> rows() const;

    /// Problems that make the profile unusable, each a sentence naming the parameter.
    QStringList validate() const;

    /// The JSON form of resources/profiles/*.json.
    QJsonObject toJson() const;
    /// Reads the JSON form; `where` names the file or record in messages.
    static Result<Profile> fromJson(const QJsonObject& json, const QString& where);

    bool operator==(const Profile&) const = default;
};

/// The built-in profiles and the lookup of a profile by id.
class Profiles
{
    Q_DECLARE_TR_FUNCTIONS(Profiles)

public:
    /// `school`, `municipal`, `civil-service`, `reserve`, from the resources.
    static QList<Profile> builtIn();
    static QStringList builtInIds();
    static bool isBuiltIn(const QString& id);

    /// The profile `id` among `profiles`; an unknown id gives a message naming it and
    /// listing the known ones.
    static Result<Profile> find(const QList<Profile>& profiles, const QString& id);
};

} // namespace nastavnik
