#pragma once

#include "domain/Dataset.h"
#include "widgets/EditorBase.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace nastavnik::ui {

class DateEdit;
class FindingsPanel;
class PersonChooser;

/// The editor of one participant: every attribute of Person, the credentials and the
/// consents, saved together in one transaction (PeopleRepository::save + saveConsents).
/// Warns inline when a minor signed their personal-data consent themselves (002 4.17).
///
/// The rule engine's findings about the person (as a participant, or as mentor or mentee of
/// a pair) are shown in findingsPanel(), from the shared FindingsService: after a save they
/// follow as soon as the check of the new data is done.
class PersonEditor : public EditorBase
{
    Q_OBJECT

public:
    explicit PersonEditor(AppContext* context, QWidget* parent = nullptr);

    /// Edits the person `id`; an empty id starts a new person.
    void edit(const QString& id);
    /// The id of the person edited (empty until a new person is saved).
    QString personId() const { return m_person.id; }

    QString title() const override;
    void load() override;
    bool isModified() const override;

    /// The person and consents as the form shows them now.
    Person person() const;
    QList<Consent> consents() const;

    /// The findings about the person, under the heading.
    FindingsPanel* findingsPanel() const { return m_findingsPanel; }

    enum Tab { MainTab, MentoringTab, CredentialsTab, ConsentsTab, NoteTab };
    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* credentialsTable() const { return m_credentials; }
    QTableWidget* consentsTable() const { return m_consents; }

protected:
    QStringList validate() const override;
    Status save() override;
    void updateHints() override;

private:
    QWidget* buildMainTab();
    QWidget* buildMentoringTab();
    QWidget* buildCredentialsTab();
    QWidget* buildConsentsTab();
    void addCredentialRow(const Credential& credential);
    void addConsentRow(const Consent& consent);
    void removeCurrentRow(QTableWidget* table);
    void fill(const Person& person, const QList<Consent>& consents);
    void updateTitle();
    void updateAge();

    Person m_person;          // as loaded (credentials without storage ids)
    QList<Consent> m_loadedConsents;

    QLabel* m_heading;
    FindingsPanel* m_findingsPanel;
    QTabWidget* m_tabs;
    QLineEdit* m_lastName;
    QLineEdit* m_firstName;
    QLineEdit* m_middleName;
    DateEdit* m_birthDate;
    QLabel* m_age;
    QComboBox* m_gender;
    QComboBox* m_kind;
    QCheckBox* m_external;
    QLineEdit* m_position;
    QLineEdit* m_unit;
    PersonChooser* m_supervisor;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QCheckBox* m_archived;

    QCheckBox* m_mentorBase;
    QCheckBox* m_menteeBase;
    QSpinBox* m_pedagogical;
    QSpinBox* m_managerial;
    QSpinBox* m_methodical;
    QCheckBox* m_sanction;
    QPlainTextEdit* m_competencies;
    QListWidget* m_categories;
    QPlainTextEdit* m_request;

    QTableWidget* m_credentials;
    QTableWidget* m_consents;
    QPlainTextEdit* m_note;
};

} // namespace nastavnik::ui
