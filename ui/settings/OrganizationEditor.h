#pragma once

#include "domain/Dataset.h"
#include "widgets/EditorBase.h"

class QComboBox;
class QLineEdit;

namespace nastavnik::ui {

class PersonChooser;

/// The organisation's settings page: requisites for documents, the head and the curator
/// chosen from the base of participants, the index of the order journal and the provision
/// profile. Saved through OrganizationRepository.
class OrganizationEditor : public EditorBase
{
    Q_OBJECT

public:
    explicit OrganizationEditor(AppContext* context, QWidget* parent = nullptr);

    QString title() const override;
    void load() override;
    bool isModified() const override;
    Organization organization() const;

    /// The built-in provision profiles, id → Russian name (a later task replaces this with
    /// the profile registry).
    static QList<std::pair<QString, QString>> builtInProfiles();

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* shortNameEdit() const { return m_shortName; }
    QComboBox* profileCombo() const { return m_profile; }
    PersonChooser* headChooser() const { return m_head; }
    PersonChooser* curatorChooser() const { return m_curator; }

protected:
    QStringList validate() const override;
    Status save() override;

private:
    Organization m_loaded;
    QLineEdit* m_name;
    QLineEdit* m_shortName;
    QLineEdit* m_place;
    QLineEdit* m_address;
    PersonChooser* m_head;
    QLineEdit* m_headPosition;
    PersonChooser* m_curator;
    QLineEdit* m_orderSuffix;
    QComboBox* m_profile;
};

} // namespace nastavnik::ui
