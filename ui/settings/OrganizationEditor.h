#pragma once

#include "domain/Dataset.h"
#include "widgets/EditorBase.h"

class QLabel;
class QLineEdit;

namespace nastavnik::ui {

class PersonChooser;

/// The organisation's settings page: requisites for documents, the head and the curator
/// chosen from the base of participants and the index of the order journal. Saved through
/// OrganizationRepository. The provision profile is shown here but chosen on its own page
/// (ProfilePage), the one place where it is chosen.
class OrganizationEditor : public EditorBase
{
    Q_OBJECT

public:
    explicit OrganizationEditor(AppContext* context, QWidget* parent = nullptr);

    QString title() const override;
    void load() override;
    bool isModified() const override;
    Organization organization() const;

    /// Shows the name of the profile chosen on the profile page.
    void setProfileName(const QString& name);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* shortNameEdit() const { return m_shortName; }
    QLabel* profileLabel() const { return m_profile; }
    PersonChooser* headChooser() const { return m_head; }
    PersonChooser* curatorChooser() const { return m_curator; }

signals:
    /// «Change…» next to the profile: the dialog shows the profile page.
    void profilePageRequested();

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
    QLabel* m_profile;
};

} // namespace nastavnik::ui
