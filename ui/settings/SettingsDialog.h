#pragma once

#include <QDialog>

class QComboBox;
class QListWidget;
class QSpinBox;
class QStackedWidget;

namespace nastavnik {
class AppSettings;
}

namespace nastavnik::ui {

class AppContext;
class CalendarPage;
class OrganizationEditor;
class ProfilePage;

/// Settings: «Организация», «Профиль положения» and «Производственный календарь» (while a
/// database is open) and «Интерфейс» (language, backups). «Сохранить» saves the organisation,
/// the choice of the active profile and the interface; the organisation is validated first
/// and its problems shown on its page. Custom profiles and calendar years are saved at once
/// from their own editors.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page { Organization, Profile, Calendar, Interface };

    /// `context` may be null (no database open): then only the interface page is shown.
    SettingsDialog(AppContext* context, AppSettings& settings, QWidget* parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    /// Null when no database is open.
    OrganizationEditor* organizationEditor() const { return m_organization; }
    ProfilePage* profilePage() const { return m_profile; }
    CalendarPage* calendarPage() const { return m_calendar; }
    QComboBox* languageCombo() const { return m_language; }
    QSpinBox* backupsSpin() const { return m_backups; }

    void accept() override;
    void reject() override;

private:
    QWidget* buildInterfacePage();

    AppSettings& m_settings;
    QListWidget* m_pages;
    QStackedWidget* m_stack;
    OrganizationEditor* m_organization = nullptr;
    ProfilePage* m_profile = nullptr;
    CalendarPage* m_calendar = nullptr;
    QComboBox* m_language;
    QSpinBox* m_backups;
};

} // namespace nastavnik::ui
