#pragma once

#include "profiles/Profile.h"
#include "widgets/EditorBase.h"

#include <QMap>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace nastavnik::ui {

class DateEdit;

/// The editor of a custom provision profile: a copy of a built-in one whose numbers and lists
/// the organisation changes to match its own «Положение»: the forms, caps on mentees (also
/// per form), terms, deadlines, minimum experience and documents of mentors per form,
/// validity of documents, grounds and reasons, documents of external mentors and the rules
/// that are checked. Validated by Profile::validate (through ProfileRepository) and saved by
/// ProfileRepository.
///
/// A value left as in the built-in profile keeps that profile's clause; a changed value
/// cites the organisation's own provision (ownClauseEdit(), «Положение организации»), so
/// findings never attribute a changed number to the source document.
class ProfileEditor : public EditorBase
{
    Q_OBJECT

public:
    explicit ProfileEditor(AppContext* context, QWidget* parent = nullptr);

    /// A new profile copied from the built-in `baseId`, with an id and a name not used among
    /// `existing`.
    Status createFrom(const QString& baseId, const QList<Profile>& existing);
    /// Edits the stored custom profile.
    void edit(const Profile& profile);

    QString title() const override;
    void load() override;
    bool isModified() const override;
    bool isNew() const { return m_new; }

    /// The profile as the form shows it, with the clauses decided as described above.
    Profile profile() const;

    QTabWidget* tabs() const { return m_tabs; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* idEdit() const { return m_id; }
    QLineEdit* ownClauseEdit() const { return m_ownClause; }
    QSpinBox* maxMenteesSpin() const { return m_maxMentees; }
    QSpinBox* durationMaxSpin() const { return m_durationMax; }
    QSpinBox* durationMinSpin() const { return m_durationMin; }
    QSpinBox* planDeadlineSpin() const { return m_planDeadline; }
    QSpinBox* reportDeadlineSpin() const { return m_reportDeadline; }
    QSpinBox* noticeSpin() const { return m_notice; }
    DateEdit* labourSinceEdit() const { return m_labourSince; }
    QListWidget* formsList() const { return m_forms; }
    QListWidget* groupFormsList() const { return m_groupForms; }
    QListWidget* groundsList() const { return m_grounds; }
    QListWidget* reasonsList() const { return m_reasons; }
    QListWidget* externalList() const { return m_external; }
    QListWidget* externalPupilsList() const { return m_externalPupils; }
    QListWidget* rulesList() const { return m_rules; }
    /// One row per form: cap, kind and years of experience, document.
    QTableWidget* formsTable() const { return m_formTable; }
    /// One row per document type: months of validity from issue (0: as the document says).
    QTableWidget* validityTable() const { return m_validity; }

    enum FormColumn { FormName, FormCap, FormExperienceKind, FormExperienceYears, FormCredential, FormColumns };

protected:
    QStringList validate() const override;
    Status save() override;

private:
    QWidget* buildGeneralTab();
    QWidget* buildFormsTab();
    QWidget* buildTermsTab();
    QWidget* buildListsTab();
    QWidget* buildRulesTab();
    void fill(const Profile& p);
    void updateFormRows();
    void setBase(const QString& baseId);

    Profile m_source;    // what load() fills the form from
    Profile m_loaded;    // the form right after loading, for isModified()
    Profile m_base;      // the built-in profile it is based on
    bool m_new = false;
    QStringList m_takenIds;

    QTabWidget* m_tabs;
    QLineEdit* m_name;
    QLineEdit* m_id;
    QLineEdit* m_ownClause;
    QLineEdit* m_sourceText;
    QLabel* m_baseLabel;
    QListWidget* m_forms;
    QListWidget* m_groupForms;
    QTableWidget* m_formTable;
    QSpinBox* m_maxMentees;
    QSpinBox* m_durationMax;
    QSpinBox* m_durationMin;
    QSpinBox* m_planDeadline;
    QSpinBox* m_reportDeadline;
    QSpinBox* m_notice;
    DateEdit* m_labourSince;
    QTableWidget* m_validity;
    QListWidget* m_grounds;
    QListWidget* m_reasons;
    QListWidget* m_external;
    QListWidget* m_externalPupils;
    QListWidget* m_rules;
};

} // namespace nastavnik::ui
