#pragma once

#include "profiles/Profile.h"
#include "widgets/EditorBase.h"

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace nastavnik::ui {

class EditorDialog;
class ProfileRowsModel;

/// Settings → «Профиль положения»: the one place where the organisation's active provision
/// profile is chosen (saved with the dialog's «Сохранить»), every profile's parameters with
/// their clauses, and the custom profiles: created as a copy of a built-in one and edited in
/// ProfileEditor (saved at once from its own dialog), deleted unless active.
class ProfilePage : public EditorBase
{
    Q_OBJECT

public:
    explicit ProfilePage(AppContext* context, QWidget* parent = nullptr);
    ~ProfilePage() override;

    QString title() const override;
    void load() override;
    bool isModified() const override;

    /// The profile chosen as active (saved with the dialog).
    QString activeProfile() const { return m_active; }
    /// Its name in the UI language.
    QString activeName() const;
    /// The profile whose parameters are shown.
    QString shownProfile() const;
    /// Shows the profile `id` (selects it in the list).
    bool showProfile(const QString& id);
    /// Chooses the shown profile as the organisation's (takes effect on save).
    void makeShownActive();

    /// Opens the editor of a new custom profile copied from the built-in `baseId`.
    EditorDialog* createFrom(const QString& baseId);
    /// Opens the editor of the custom profile `id`.
    EditorDialog* editCustom(const QString& id);
    /// Deletes the custom profile `id` after asking; refused (with the message) while it is
    /// the active one.
    void deleteCustom(const QString& id);

    QListWidget* list() const { return m_list; }
    QTableView* table() const { return m_table; }
    ProfileRowsModel* model() const { return m_model.get(); }
    QPushButton* activateButton() const { return m_activate; }
    QPushButton* createButton() const { return m_create; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* deleteButton() const { return m_delete; }

signals:
    /// The chosen active profile changed (its name in the UI language).
    void activeChanged(const QString& name);

protected:
    QStringList validate() const override;
    Status save() override;

private:
    void readProfiles();
    /// After a custom profile was created, changed or deleted: the list again, the choice kept.
    void refreshKeepingChoice(const QString& select);
    void reloadList(const QString& select);
    void showCurrent();
    void updateButtons();
    const Profile* profile(const QString& id) const;

    std::unique_ptr<ProfileRowsModel> m_model;
    QList<Profile> m_profiles;
    QString m_stored;
    QString m_active;
    QLabel* m_activeLabel;
    QListWidget* m_list;
    QLabel* m_source;
    QTableView* m_table;
    QPushButton* m_activate;
    QPushButton* m_create;
    QPushButton* m_edit;
    QPushButton* m_delete;
};

} // namespace nastavnik::ui
