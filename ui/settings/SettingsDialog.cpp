#include "settings/SettingsDialog.h"

#include "Icons.h"
#include "settings/AppSettings.h"
#include "settings/CalendarPage.h"
#include "settings/OrganizationEditor.h"
#include "settings/ProfilePage.h"
#include "widgets/FormHelpers.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {

SettingsDialog::SettingsDialog(AppContext* context, AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_pages(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    setWindowTitle(tr("Settings") + u" — "_s + QApplication::applicationDisplayName());
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    layout->addLayout(row, 1);
    m_pages->setIconSize(QSize(24, 24));
    m_pages->setFixedWidth(200);
    m_pages->setWordWrap(true);
    m_pages->setSpacing(2);
    row->addWidget(m_pages);
    row->addWidget(m_stack, 1);

    if (context) {
        m_organization = new OrganizationEditor(context, this);
        m_stack->addWidget(m_organization);
        auto* item = new QListWidgetItem(icons::get(u"organization"_s), tr("Organisation"), m_pages);
        item->setData(Qt::UserRole, int(Page::Organization));

        m_profile = new ProfilePage(context, this);
        m_stack->addWidget(m_profile);
        item = new QListWidgetItem(icons::get(u"profile"_s), tr("Provision profile"), m_pages);
        item->setData(Qt::UserRole, int(Page::Profile));

        m_calendar = new CalendarPage(context, this);
        m_stack->addWidget(m_calendar);
        item = new QListWidgetItem(icons::get(u"calendar"_s), tr("Production calendar"), m_pages);
        item->setData(Qt::UserRole, int(Page::Calendar));

        // One place to choose the profile: the organisation's page shows it and leads here.
        connect(m_organization, &OrganizationEditor::profilePageRequested, this, [this] { showPage(Page::Profile); });
        connect(m_profile, &ProfilePage::activeChanged, m_organization, &OrganizationEditor::setProfileName);
        m_organization->setProfileName(m_profile->activeName());
    }
    m_stack->addWidget(buildInterfacePage());
    auto* item = new QListWidgetItem(icons::get(u"interface"_s), tr("Interface"), m_pages);
    item->setData(Qt::UserRole, int(Page::Interface));
    connect(m_pages, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_pages->setCurrentRow(0);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole)->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);
    resize(1060, 720);
}

QWidget* SettingsDialog::buildInterfacePage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    fields->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addLayout(fields);

    fields->addRow(form::heading(tr("Language"), page));
    m_language = new QComboBox(page);
    m_language->addItem(tr("As in the system"), QString());
    m_language->addItem(u"Русский"_s, u"ru"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));
    fields->addRow(tr("Interface &language:"), m_language);
    fields->addRow(QString(),
                   form::hint(tr("The new language is applied after Nastavnik is restarted. Documents are always in "
                                 "Russian."),
                              page));

    fields->addRow(form::heading(tr("Backup copies"), page));
    m_backups = new QSpinBox(page);
    m_backups->setRange(1, 365);
    m_backups->setValue(m_settings.backupsToKeep());
    m_backups->setMaximumWidth(100);
    fields->addRow(tr("Daily copies to &keep:"), m_backups);
    fields->addRow(QString(),
                   form::hint(tr("Once a day, when a database is opened, a copy is written to the folder "
                                 "«<name>-backups» beside the file; older copies beyond this number are removed."),
                              page));
    layout->addStretch(1);
    return page;
}

void SettingsDialog::showPage(Page page)
{
    for (int i = 0; i < m_pages->count(); ++i) {
        if (m_pages->item(i)->data(Qt::UserRole).toInt() == int(page))
            m_pages->setCurrentRow(i);
    }
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    const QListWidgetItem* item = m_pages->currentItem();
    return item ? Page(item->data(Qt::UserRole).toInt()) : Page::Interface;
}

void SettingsDialog::accept()
{
    if (m_organization && !m_organization->commit()) {
        showPage(Page::Organization);
        return;
    }
    if (m_profile && !m_profile->commit()) {
        showPage(Page::Profile);
        return;
    }
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setBackupsToKeep(m_backups->value());
    m_settings.sync();
    QDialog::accept();
}

void SettingsDialog::reject()
{
    if (m_organization && !m_organization->confirmClose()) {
        showPage(Page::Organization);
        return;
    }
    if (m_profile && !m_profile->confirmClose()) {
        showPage(Page::Profile);
        return;
    }
    QDialog::reject();
}

} // namespace nastavnik::ui
