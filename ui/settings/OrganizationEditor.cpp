#include "settings/OrganizationEditor.h"

#include "AppContext.h"
#include "storage/OrganizationRepository.h"
#include "storage/ProfileRepository.h"
#include "widgets/FormHelpers.h"
#include "widgets/MessageArea.h"
#include "widgets/PersonChooser.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
OrganizationEditor::OrganizationEditor(AppContext* context, QWidget* parent)
    : EditorBase(parent)
    , m_name(new QLineEdit(this))
    , m_shortName(new QLineEdit(this))
    , m_place(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_head(new PersonChooser(this))
    , m_headPosition(new QLineEdit(this))
    , m_curator(new PersonChooser(this))
    , m_orderSuffix(new QLineEdit(this))
    , m_profile(new QLabel(this))
{
    setContext(context);
    m_head->setContext(context);
    m_curator->setContext(context);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(messageArea());

    // One form for all groups, so that the fields line up.
    auto* fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    fields->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addLayout(fields);

    fields->addRow(form::heading(tr("The organisation"), this));
    m_name->setPlaceholderText(tr("as in the charter: Municipal general education institution «…»"));
    m_shortName->setPlaceholderText(tr("e.g. МОУ «Ялунинская СОШ»"));
    m_place->setPlaceholderText(tr("town or village, for the heading of orders"));
    fields->addRow(tr("Full &name:"), m_name);
    fields->addRow(tr("&Short name:"), m_shortName);
    fields->addRow(tr("&Place:"), m_place);
    fields->addRow(tr("&Address:"), m_address);

    fields->addRow(form::heading(tr("Signatories"), this));
    m_headPosition->setPlaceholderText(tr("Director"));
    fields->addRow(tr("&Head:"), m_head);
    fields->addRow(tr("Head's &position:"), m_headPosition);
    fields->addRow(tr("&Curator of the programme:"), m_curator);
    fields->addRow(QString(), form::hint(tr("The head and the curator are chosen from the base of participants: add them "
                                    "there first."),
                                 this));

    fields->addRow(form::heading(tr("Mentoring programme"), this));
    m_profile->setObjectName(u"profileName"_s);
    m_profile->setTextFormat(Qt::RichText);
    connect(m_profile, &QLabel::linkActivated, this, &OrganizationEditor::profilePageRequested);
    fields->addRow(tr("Provision profile:"), m_profile);
    fields->addRow(QString(), form::hint(tr("The provision the organisation works under: its rules are checked for every "
                                    "pair and person."),
                                 this));
    m_orderSuffix->setMaximumWidth(80);
    fields->addRow(tr("Order journal &index:"), m_orderSuffix);
    fields->addRow(QString(), form::hint(tr("Added to the numbers of orders: with «о», order 12 is numbered «12-о»."), this));
    layout->addStretch(1);

    watchInputs(this);
    load();
}

QString OrganizationEditor::title() const
{
    return tr("Organisation");
}

void OrganizationEditor::load()
{
    Organization o;
    if (context()) {
        const Result<Organization> loaded = OrganizationRepository(context()->connection()).load();
        if (loaded)
            o = loaded.value();
        else
            messageArea()->setMessages(u"validation"_s, MessageArea::Level::Error, {loaded.error()});
    }
    m_loaded = o;
    m_name->setText(o.name);
    m_shortName->setText(o.shortName);
    m_place->setText(o.place);
    m_address->setText(o.address);
    for (QLineEdit* e : {m_name, m_shortName, m_place, m_address})
        e->setCursorPosition(0);
    m_head->setPersonId(o.head);
    m_headPosition->setText(o.headPosition);
    m_curator->setPersonId(o.curator);
    m_orderSuffix->setText(o.orderSuffix);
    const Result<Profile> profile = context() ? ProfileRepository(context()->connection()).load(o.profile)
                                              : Result<Profile>::failure(QString());
    setProfileName(profile ? profile->name() : o.profile);
}

void OrganizationEditor::setProfileName(const QString& name)
{
    m_profile->setText(u"<b>%1</b> &nbsp; <a href=\"profile\">%2</a>"_s.arg(name.toHtmlEscaped(),
                                                                              tr("Choose…").toHtmlEscaped()));
}

Organization OrganizationEditor::organization() const
{
    Organization o = m_loaded;
    o.name = m_name->text().trimmed();
    o.shortName = m_shortName->text().trimmed();
    o.place = m_place->text().trimmed();
    o.address = m_address->text().trimmed();
    o.head = m_head->personId();
    o.headPosition = m_headPosition->text().trimmed();
    o.curator = m_curator->personId();
    o.orderSuffix = m_orderSuffix->text().trimmed();
    return o;
}

bool OrganizationEditor::isModified() const
{
    return organization() != m_loaded;
}

QStringList OrganizationEditor::validate() const
{
    if (!context())
        return {tr("No database is open.")};
    QStringList problems;
    if (m_name->text().trimmed().isEmpty())
        problems << tr("The full name of the organisation is empty: documents print it in their heading.");
    if (!m_head->hasValidInput())
        problems << tr("Head: «%1» was not chosen from the list.").arg(m_head->text());
    if (!m_curator->hasValidInput())
        problems << tr("Curator: «%1» was not chosen from the list.").arg(m_curator->text());
    problems << OrganizationRepository(context()->connection()).validate(organization());
    return problems;
}

Status OrganizationEditor::save()
{
    const Organization o = organization();
    if (Status s = OrganizationRepository(context()->connection()).save(o); !s)
        return s;
    load();
    return Status::success();
}

} // namespace nastavnik::ui
