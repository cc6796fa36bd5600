#include "settings/ProfilePage.h"

#include "AppContext.h"
#include "Icons.h"
#include "settings/ProfileEditor.h"
#include "settings/ProfileRowsModel.h"
#include "storage/OrganizationRepository.h"
#include "storage/ProfileRepository.h"
#include "widgets/EditorDialog.h"
#include "widgets/FormHelpers.h"
#include "widgets/MessageArea.h"
#include "widgets/MessageBox.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {

ProfilePage::ProfilePage(AppContext* context, QWidget* parent)
    : EditorBase(parent)
    , m_model(std::make_unique<ProfileRowsModel>())
    , m_activeLabel(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_source(new QLabel(this))
    , m_table(new QTableView(this))
    , m_activate(new QPushButton(tr("Make &active"), this))
    , m_create(new QPushButton(icons::get(u"add"_s), tr("Create &own profile based on…"), this))
    , m_edit(new QPushButton(icons::get(u"edit"_s), tr("&Edit…"), this))
    , m_delete(new QPushButton(icons::get(u"delete"_s), tr("&Delete"), this))
{
    setContext(context);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(messageArea());
    layout->addWidget(form::heading(tr("Provision profile"), this));
    m_activeLabel->setObjectName(u"activeProfile"_s);
    m_activeLabel->setWordWrap(true);
    layout->addWidget(m_activeLabel);
    layout->addWidget(form::hint(tr("The rules of the profile are checked for every pair and person («Check», «Today», "
                                    "the cards). An organisation whose own provision differs creates its own profile "
                                    "as a copy of a built-in one and changes the numbers and lists."),
                                 this));

    auto* columns = new QHBoxLayout;
    m_list->setObjectName(u"profiles"_s);
    m_list->setFixedWidth(230);
    m_list->setWordWrap(true);
    m_list->setSpacing(1);
    columns->addWidget(m_list);
    auto* right = new QVBoxLayout;
    m_source->setObjectName(u"profileSource"_s);
    m_source->setWordWrap(true);
    m_source->setStyleSheet(u"color: #5f6b76;"_s);
    right->addWidget(m_source);
    m_table->setModel(m_model.get());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(ProfileRowsModel::LabelColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ProfileRowsModel::ValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ProfileRowsModel::ClauseColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(ProfileRowsModel::ClauseColumn, 200);
    m_table->horizontalHeader()->setStretchLastSection(false);
    right->addWidget(m_table, 1);
    columns->addLayout(right, 1);
    layout->addLayout(columns, 1);

    auto* buttons = new QHBoxLayout;
    auto* bases = new QMenu(m_create);
    for (const Profile& p : Profiles::builtIn()) {
        bases->addAction(p.name() + u"…"_s, this, [this, id = p.id] { createFrom(id); });
    }
    m_create->setMenu(bases);
    m_activate->setToolTip(tr("The organisation works under the profile shown; saved with «Save»"));
    m_edit->setToolTip(tr("Change the numbers and lists of your own profile"));
    m_delete->setToolTip(tr("Delete your own profile (not the active one)"));
    buttons->addWidget(m_activate);
    buttons->addStretch(1);
    buttons->addWidget(m_create);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &ProfilePage::showCurrent);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] {
        if (const Profile* p = profile(shownProfile()); p && !p->builtIn)
            editCustom(p->id);
    });
    connect(m_activate, &QPushButton::clicked, this, &ProfilePage::makeShownActive);
    connect(m_edit, &QPushButton::clicked, this, [this] { editCustom(shownProfile()); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteCustom(shownProfile()); });
    load();
}

ProfilePage::~ProfilePage()
{
    m_table->setModel(nullptr);
}

QString ProfilePage::title() const
{
    return tr("Provision profile");
}

const Profile* ProfilePage::profile(const QString& id) const
{
    for (const Profile& p : m_profiles) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

void ProfilePage::load()
{
    readProfiles();
    m_active = m_stored;
    reloadList(m_active);
    const Profile* p = profile(m_active);
    emit activeChanged(p ? p->name() : m_active);
}

void ProfilePage::readProfiles()
{
    messageArea()->clearGroup(u"validation"_s);
    m_profiles.clear();
    m_stored.clear();
    if (context()) {
        const Result<QList<Profile>> list = ProfileRepository(context()->connection()).list();
        if (list)
            m_profiles = list.value();
        else
            messageArea()->setMessages(u"validation"_s, MessageArea::Level::Error, {list.error()});
        if (const Result<Organization> o = OrganizationRepository(context()->connection()).load(); o)
            m_stored = o->profile;
    }
}

void ProfilePage::refreshKeepingChoice(const QString& select)
{
    readProfiles();
    if (!profile(m_active))
        m_active = m_stored;
    reloadList(select);
}

void ProfilePage::reloadList(const QString& select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Profile& p : m_profiles) {
        QString text = p.name();
        if (!p.builtIn)
            text += u"\n"_s + tr("own profile, based on «%1»").arg(profile(p.base) ? profile(p.base)->name() : p.base);
        if (p.id == m_active)
            text = u"✓ "_s + text;
        auto* item = new QListWidgetItem(icons::get(p.builtIn ? u"organization"_s : u"edit"_s), text, m_list);
        item->setData(Qt::UserRole, p.id);
        if (p.id == m_active) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    if (!showProfile(select) && m_list->count() > 0)
        m_list->setCurrentRow(0);
    showCurrent();

    const Profile* active = profile(m_active);
    QString text = tr("The organisation works under: <b>%1</b>").arg((active ? active->name() : m_active).toHtmlEscaped());
    if (m_active != m_stored)
        text += u"<br><span style=\"color:#8a5a00\">%1</span>"_s.arg(
            tr("Changed: takes effect when you press «Save».").toHtmlEscaped());
    m_activeLabel->setText(text);
}

QString ProfilePage::activeName() const
{
    const Profile* p = profile(m_active);
    return p ? p->name() : m_active;
}

QString ProfilePage::shownProfile() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool ProfilePage::showProfile(const QString& id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == id) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void ProfilePage::showCurrent()
{
    const Profile* p = profile(shownProfile());
    if (!p) {
        m_model->setProfile(Profile());
        m_source->clear();
    } else {
        m_model->setProfile(*p);
        QString source = p->source.isEmpty() ? QString() : tr("Source: %1").arg(p->source);
        if (p->id == m_active)
            source = tr("The active profile.") + u' ' + source;
        m_source->setText(source);
    }
    m_table->resizeRowsToContents();
    updateButtons();
}

void ProfilePage::updateButtons()
{
    const Profile* p = profile(shownProfile());
    m_activate->setEnabled(p && p->id != m_active);
    m_edit->setEnabled(p && !p->builtIn);
    m_delete->setEnabled(p && !p->builtIn);
}

void ProfilePage::makeShownActive()
{
    const QString id = shownProfile();
    if (id.isEmpty() || id == m_active)
        return;
    m_active = id;
    reloadList(id);
    notifyEdited();
    const Profile* p = profile(id);
    emit activeChanged(p ? p->name() : id);
}

bool ProfilePage::isModified() const
{
    return m_active != m_stored;
}

QStringList ProfilePage::validate() const
{
    if (!context())
        return {tr("No database is open.")};
    if (!profile(m_active))
        return {tr("Choose the provision profile the organisation works under.")};
    return {};
}

Status ProfilePage::save()
{
    if (Status s = OrganizationRepository(context()->connection()).setProfile(m_active); !s)
        return s;
    m_stored = m_active;
    reloadList(shownProfile());
    return Status::success();
}

EditorDialog* ProfilePage::createFrom(const QString& baseId)
{
    if (!context())
        return nullptr;
    auto* editor = new ProfileEditor(context());
    if (Status s = editor->createFrom(baseId, m_profiles); !s) {
        delete editor;
        MessageBox::warning(this, tr("Create own profile"), s.error());
        return nullptr;
    }
    auto* dialog = new EditorDialog(editor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->resize(900, 680);
    connect(editor, &EditorBase::committed, this, [this, editor] { refreshKeepingChoice(editor->profile().id); });
    dialog->show();
    return dialog;
}

EditorDialog* ProfilePage::editCustom(const QString& id)
{
    const Profile* p = profile(id);
    if (!context() || !p || p->builtIn)
        return nullptr;
    auto* editor = new ProfileEditor(context());
    editor->edit(*p);
    auto* dialog = new EditorDialog(editor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->resize(900, 680);
    connect(editor, &EditorBase::committed, this, [this, id] { refreshKeepingChoice(id); });
    dialog->show();
    return dialog;
}

void ProfilePage::deleteCustom(const QString& id)
{
    const Profile* p = profile(id);
    if (!context() || !p || p->builtIn)
        return;
    const QString name = p->name();
    const QString title = tr("Delete a profile");
    ProfileRepository repo(context()->connection());
    if (id == m_stored) {
        // The repository refuses and says why.
        MessageBox::warning(this, title, repo.remove(id).error());
        return;
    }
    if (id == m_active) {
        MessageBox::warning(this, title,
                            tr("The profile «%1» is chosen as the organisation's active profile. Choose another "
                               "profile for the organisation first.")
                                .arg(name));
        return;
    }
    if (MessageBox::question(this, title,
                             tr("Delete your own profile «%1»? This cannot be undone.").arg(name),
                             MessageBox::Delete | MessageBox::Cancel, MessageBox::Cancel)
        != MessageBox::Delete)
        return;
    if (Status s = repo.remove(id); !s) {
        MessageBox::critical(this, title, s.error());
        return;
    }
    refreshKeepingChoice(m_active);
    context()->notifyDataChanged();
}

} // namespace nastavnik::ui
