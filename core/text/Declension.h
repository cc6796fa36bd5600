#pragma once

#include "domain/Dataset.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nastavnik {

/// The grammatical cases a document sentence may need.
enum class GrammaticalCase { Nominative, Genitive, Dative, Accusative, Instrumental, Prepositional };

/// The grammatical gender of a person's name. `Unknown` declines only what does not depend
/// on gender (the rules' "androgynous" entries).
enum class Gender { Unknown, Male, Female };

/// Declension of Russian personal names after the rules of the petrovich project
/// (resources/declension/petrovich-rules.json, MIT licence): exceptions are matched first
/// (whole word), then suffixes, each list in its order, the first match wins. Surnames, first
/// names and patronymics have rule sets of their own; a double surname (Петрова-Водкина)
/// declines each part. A person's own forms (`Person::nameForms`, case key → full name) win
/// over the rules, so a name the rules get wrong is fixed once, by hand, for every document.
///
/// Positions are declined only when their head word is in a small dictionary of titles
/// («учитель математики» → «учителя математики»); otherwise `position()` gives nothing and
/// the caller words the sentence so that the position stays in the nominative.
class Declension
{
    Q_DECLARE_TR_FUNCTIONS(Declension)

public:
    enum class NamePart { Last, First, Middle };

    /// The rules shipped with the application (loaded once from the resources).
    static const Declension& standard();
    /// Rules from the petrovich JSON text; a failure names what is wrong with it.
    static Result<Declension> fromJson(const QByteArray& json);

    /// One part of a name in `grammaticalCase`; unchanged when no rule applies.
    QString decline(const QString& name, NamePart part, Gender gender, GrammaticalCase grammaticalCase) const;

    /// Gender from the patronymic (-вич/-вна/-ична/-инична, оглы/кызы), else the stored
    /// `Person::gender`, else from the first name.
    Gender genderOf(const Person& person) const;
    static Gender genderFromPatronymic(const QString& middleName);
    Gender genderFromFirstName(const QString& firstName) const;

    /// «Ивановой Марии Петровны». The person's own form for the case wins.
    QString fullName(const Person& person, GrammaticalCase grammaticalCase) const;
    /// «Ивановой М. П.» — surname, then initials (lists, tables, «возложить на …»).
    QString surnameInitials(const Person& person, GrammaticalCase grammaticalCase) const;
    /// «М. П. Ивановой» — initials, then surname (signatures, addressees).
    QString initialsSurname(const Person& person, GrammaticalCase grammaticalCase) const;

    /// The position in `grammaticalCase` when its head word is known and the phrase has a
    /// simple structure (adjectives + title + dependent words); nothing otherwise.
    static std::optional<QString> position(const QString& position, GrammaticalCase grammaticalCase);

    /// "genitive", "dative", … — the keys of `Person::nameForms`.
    static QString caseKey(GrammaticalCase grammaticalCase);
    static QList<GrammaticalCase> obliqueCases();

private:
    struct Rule
    {
        Gender gender = Gender::Unknown; // Unknown = androgynous
        QStringList tests;
        QStringList mods; // genitive, dative, accusative, instrumental, prepositional
        bool firstWordOnly = false;
    };
    struct RuleSet
    {
        QList<Rule> exceptions;
        QList<Rule> suffixes;
    };

    Declension() = default;
    static const Rule* find(const QList<Rule>& rules, const QString& lowerName, Gender gender, bool wholeWord, bool firstWord);
    QString declineWord(const QString& word, const RuleSet& rules, Gender gender, GrammaticalCase c, bool firstWord) const;
    const RuleSet& rulesFor(NamePart part) const;
    /// The surname part of the person's own form for the case (the form minus the given names).
    std::optional<QString> overriddenSurname(const Person& person, GrammaticalCase c) const;

    RuleSet m_last;
    RuleSet m_first;
    RuleSet m_middle;
};

} // namespace nastavnik
