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
class OrganizationEditor;

/// Settings: «Организация» (while a database is open) and «Интерфейс» (language, backups).
/// «Сохранить» saves both; the organisation is validated first and its problems shown on
/// its page.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page { Organization, Interface };

    /// `context` may be null (no database open): then only the interface page is shown.
    SettingsDialog(AppContext* context, AppSettings& settings, QWidget* parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    /// Null when no database is open.
    OrganizationEditor* organizationEditor() const { return m_organization; }
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
    QComboBox* m_language;
    QSpinBox* m_backups;
};

} // namespace nastavnik::ui
