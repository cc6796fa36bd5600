#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace nastavnik::import {

/// The person's field a column of an imported list goes to.
enum class Field
{
    Ignore, ///< the column is not imported
    LastName,
    FirstName,
    MiddleName,
    FullName, ///< «Иванова Мария Петровна» in one column, split into the three above
    BirthDate,
    Gender,
    Kind,
    External,
    Position,
    Unit,
    Phone,
    Email,
    PedagogicalYears,
    ManagerialYears,
    MethodicalYears,
    MenteeCategories,
    Request,
    Competencies,
    MentorBase,
    MenteeBase,
    DisciplinarySanction,
    Note,
};

/// What applies to every person of an import unless their row says otherwise.
struct ImportDefaults
{
    QString kind = QStringLiteral("other"); ///< a PersonKind code
    bool external = false;
    bool mentorBase = false; ///< add to «база наставников»
    bool menteeBase = false; ///< add to «база наставляемых»

    bool operator==(const ImportDefaults&) const = default;
};

/// How the columns of a table become people: the field of each column, whether the first
/// row holds the column headers, and the defaults for the whole import.
class ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)

public:
    QList<Field> columns; ///< index = column of the table; columns beyond the list are ignored
    bool firstRowIsHeader = true;
    ImportDefaults defaults;

    Field fieldOf(int column) const { return column < columns.size() ? columns.at(column) : Field::Ignore; }
    /// True when some column goes to `field`.
    bool maps(Field field) const { return columns.contains(field); }

    /// Why this mapping cannot be used (no surname, a field chosen for two columns, the full
    /// name together with separate name columns), as sentences; empty when it can.
    /// `columnTitles` names the columns in the messages.
    QStringList problems(const QStringList& columnTitles) const;

    /// Every field in the order the mapping menus offer them, «do not import» first.
    static QList<Field> fields();
    /// The field's name in the UI language («Фамилия», «Дата рождения», …).
    static QString label(Field field);

    /// The field a column header most likely means, from the headers Russian lists use
    /// («Фамилия», «ФИО», «Дата рождения», «Класс», «Педагогический стаж», «Эл. почта», …) and
    /// their English counterparts. Ignore when the header says nothing we know.
    static Field guess(const QString& header);
    /// A mapping of a whole header row: each field at most once (the first column wins), and
    /// the full name dropped when separate surname/name/patronymic columns exist.
    static QList<Field> guess(const QStringList& header);
    /// The kind of person a list most likely holds: pupils when it has a «Класс» column,
    /// teachers otherwise.
    static QString suggestedKind(const QStringList& header);
};

} // namespace nastavnik::import
