#include "settings/ProfileEditor.h"

#include "AppContext.h"
#include "domain/Vocabulary.h"
#include "i18n/Translations.h"
#include "rules/RuleEngine.h"
#include "rules/RuleIds.h"
#include "storage/ProfileRepository.h"
#include "widgets/DateEdit.h"
#include "widgets/FormHelpers.h"
#include "widgets/MessageArea.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
namespace {

const QStringList kExperienceKinds = {u"pedagogical"_s, u"managerial"_s, u"methodical"_s};
const char* const kOwnProvision = QT_TRANSLATE_NOOP("ProfileEditor", "The organisation's provision");

QString experienceLabel(const QString& kind)
{
    if (kind == u"pedagogical")
        return ProfileEditor::tr("pedagogical");
    if (kind == u"managerial")
        return ProfileEditor::tr("managerial");
    if (kind == u"methodical")
        return ProfileEditor::tr("methodical");
    return kind;
}

/// A list of codes with check boxes, in the vocabulary's order (or `codes` with `labels`).
QListWidget* checkList(const QStringList& codes, const QStringList& labels, QWidget* parent)
{
    auto* list = new QListWidget(parent);
    list->setSpacing(1);
    list->setWordWrap(true);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int i = 0; i < codes.size(); ++i) {
        auto* item = new QListWidgetItem(labels.at(i), list);
        item->setData(Qt::UserRole, codes.at(i));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    return list;
}

QListWidget* vocabularyList(Vocab vocab, QWidget* parent)
{
    QStringList labels;
    const QStringList codes = vocabulary::codes(vocab);
    for (const QString& c : codes)
        labels << vocabulary::label(vocab, c);
    return checkList(codes, labels, parent);
}

QStringList checkedCodes(const QListWidget* list)
{
    QStringList codes;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            codes << list->item(i)->data(Qt::UserRole).toString();
    }
    return codes;
}

void setChecked(QListWidget* list, const QStringList& codes)
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem* item = list->item(i);
        item->setCheckState(codes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

QSpinBox* spin(int minimum, int maximum, const QString& special, const QString& suffix, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    if (!special.isEmpty())
        box->setSpecialValueText(special);
    box->setSuffix(suffix);
    box->setMinimumWidth(170);
    return box;
}

std::optional<int> optionalOf(const QSpinBox* box, int none)
{
    return box->value() == none ? std::nullopt : std::optional<int>(box->value());
}

/// The clause of a value: the built-in profile's while the value is unchanged, else the
/// organisation's own provision.
template <typename T>
void decideClause(Parameter<T>& p, const Parameter<T>* base, const QString& own)
{
    if (base && base->value == p.value) {
        p.clause = base->clause;
        p.secondary = base->secondary;
        p.note = base->note;
    } else {
        p.clause = own;
        p.secondary = false;
        p.note.clear();
    }
}

template <typename T>
void decideClauses(QMap<QString, Parameter<T>>& map, const QMap<QString, Parameter<T>>& base, const QString& own)
{
    for (auto it = map.begin(); it != map.end(); ++it) {
        const auto b = base.constFind(it.key());
        decideClause(*it, b == base.cend() ? nullptr : &*b, own);
    }
}

} // namespace

ProfileEditor::ProfileEditor(AppContext* context, QWidget* parent)
    : EditorBase(parent)
    , m_tabs(new QTabWidget(this))
{
    setContext(context);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(messageArea());
    layout->addWidget(m_tabs, 1);
    m_tabs->addTab(buildGeneralTab(), tr("General"));
    m_tabs->addTab(buildFormsTab(), tr("Forms and mentors"));
    m_tabs->addTab(buildTermsTab(), tr("Terms and deadlines"));
    m_tabs->addTab(buildListsTab(), tr("Lists"));
    m_tabs->addTab(buildRulesTab(), tr("Rules"));
    watchInputs(this);
    connect(m_forms, &QListWidget::itemChanged, this, &ProfileEditor::updateFormRows);
    connect(m_name, &QLineEdit::textChanged, this, &EditorBase::titleChanged);
}

QWidget* ProfileEditor::buildGeneralTab()
{
    auto* page = new QWidget(this);
    auto* fields = new QFormLayout(page);
    fields->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    fields->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_name = new QLineEdit(page);
    m_name->setObjectName(u"profileName"_s);
    m_name->setPlaceholderText(tr("e.g. Provision of our school of 01.09.2025"));
    fields->addRow(tr("&Name:"), m_name);
    m_id = new QLineEdit(page);
    m_id->setObjectName(u"profileId"_s);
    m_id->setMaximumWidth(260);
    fields->addRow(tr("&Id:"), m_id);
    fields->addRow(QString(), form::hint(tr("Latin letters, digits, «-» and «_»: exchange files and the command line "
                                            "name the profile by it. It cannot be changed later."),
                                         page));
    m_baseLabel = new QLabel(page);
    fields->addRow(tr("Based on:"), m_baseLabel);
    m_sourceText = new QLineEdit(page);
    m_sourceText->setObjectName(u"profileSource"_s);
    fields->addRow(tr("&Source document:"), m_sourceText);
    m_ownClause = new QLineEdit(page);
    m_ownClause->setObjectName(u"ownClause"_s);
    fields->addRow(tr("&Clause of changed values:"), m_ownClause);
    fields->addRow(QString(),
                   form::hint(tr("A value you change no longer comes from the built-in provision: findings then cite "
                                 "this instead of its clause, e.g. «Положение о наставничестве, п. 3.2»."),
                              page));
    return page;
}

QWidget* ProfileEditor::buildFormsTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* lists = new QHBoxLayout;
    QStringList formLabels;
    const QStringList formCodes = vocabulary::codes(Vocab::PairForm);
    for (const QString& c : formCodes)
        formLabels << vocabulary::label(Vocab::PairForm, c);
    auto* formsBox = new QVBoxLayout;
    formsBox->addWidget(form::heading(tr("Forms of mentoring"), page));
    m_forms = checkList(formCodes, formLabels, page);
    m_forms->setObjectName(u"forms"_s);
    formsBox->addWidget(m_forms);
    lists->addLayout(formsBox, 1);
    auto* groupsBox = new QVBoxLayout;
    groupsBox->addWidget(form::heading(tr("Group forms (not counted against the cap)"), page));
    m_groupForms = checkList(formCodes, formLabels, page);
    m_groupForms->setObjectName(u"groupForms"_s);
    groupsBox->addWidget(m_groupForms);
    lists->addLayout(groupsBox, 1);
    layout->addLayout(lists, 2);

    layout->addWidget(form::heading(tr("Per form"), page));
    auto* about = new QLabel(tr("The cap on mentees of one mentor in this form (empty: the general cap of «Terms "
                                "and deadlines»), the experience a mentor needs and the document a mentor must "
                                "have."),
                             page);
    about->setWordWrap(true);
    about->setStyleSheet(u"color: #5f6b76;"_s);
    layout->addWidget(about);
    m_formTable = new QTableWidget(int(formCodes.size()), FormColumns, page);
    m_formTable->setObjectName(u"formTable"_s);
    m_formTable->setHorizontalHeaderLabels(
        {tr("Form"), tr("Cap on mentees"), tr("Experience"), tr("Years at least"), tr("Mentor's document")});
    m_formTable->verticalHeader()->setVisible(false);
    m_formTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_formTable->horizontalHeader()->setSectionResizeMode(FormName, QHeaderView::Stretch);
    m_formTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int row = 0; row < formCodes.size(); ++row) {
        auto* name = new QTableWidgetItem(formLabels.at(row));
        name->setFlags(Qt::ItemIsEnabled);
        name->setData(Qt::UserRole, formCodes.at(row));
        m_formTable->setItem(row, FormName, name);
        m_formTable->setCellWidget(row, FormCap, spin(0, 100, tr("general"), QString(), m_formTable));
        auto* kind = new QComboBox(m_formTable);
        kind->addItem(tr("not required"), QString());
        for (const QString& k : kExperienceKinds)
            kind->addItem(experienceLabel(k), k);
        m_formTable->setCellWidget(row, FormExperienceKind, kind);
        m_formTable->setCellWidget(row, FormExperienceYears, spin(0, 50, QString(), QString(), m_formTable));
        auto* credential = new QComboBox(m_formTable);
        credential->addItem(tr("not required"), QString());
        for (const QString& c : vocabulary::codes(Vocab::CredentialType))
            credential->addItem(vocabulary::label(Vocab::CredentialType, c), c);
        m_formTable->setCellWidget(row, FormCredential, credential);
    }
    m_formTable->setColumnWidth(FormCap, 170);
    m_formTable->setColumnWidth(FormExperienceYears, 110);
    m_formTable->setColumnWidth(FormExperienceKind, 160);
    m_formTable->setColumnWidth(FormCredential, 200);
    m_formTable->verticalHeader()->setDefaultSectionSize(m_formTable->fontMetrics().height() + 14);
    layout->addWidget(m_formTable, 3);
    return page;
}

QWidget* ProfileEditor::buildTermsTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QHBoxLayout(page);
    auto* fields = new QFormLayout;
    fields->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    fields->addRow(form::heading(tr("Mentees and terms"), page));
    m_maxMentees = spin(0, 100, tr("not limited"), QString(), page);
    m_maxMentees->setObjectName(u"maxMentees"_s);
    fields->addRow(tr("&Mentees of one mentor at once:"), m_maxMentees);
    m_durationMax = spin(0, 120, tr("not limited"), tr(" months"), page);
    m_durationMax->setObjectName(u"durationMax"_s);
    fields->addRow(tr("&Longest term:"), m_durationMax);
    m_durationMin = spin(0, 120, tr("not limited"), tr(" months"), page);
    m_durationMin->setObjectName(u"durationMin"_s);
    fields->addRow(tr("&Shortest term:"), m_durationMin);
    fields->addRow(form::heading(tr("Deadlines in working days"), page));
    m_planDeadline = spin(-1, 60, tr("no deadline"), tr(" working days"), page);
    m_planDeadline->setObjectName(u"planDeadline"_s);
    fields->addRow(tr("Individual &plan after the start:"), m_planDeadline);
    m_reportDeadline = spin(-1, 60, tr("no deadline"), tr(" working days"), page);
    m_reportDeadline->setObjectName(u"reportDeadline"_s);
    fields->addRow(tr("&Report and questionnaire after the end:"), m_reportDeadline);
    m_notice = spin(0, 60, QString(), tr(" working days"), page);
    m_notice->setObjectName(u"notice"_s);
    fields->addRow(tr("&Notice of an early completion:"), m_notice);
    fields->addRow(form::heading(tr("Labour Code art. 351.8"), page));
    m_labourSince = new DateEdit(page);
    m_labourSince->setObjectName(u"labourSince"_s);
    fields->addRow(tr("Supplementary &agreement for pairs from:"), m_labourSince);
    fields->addRow(QString(), form::hint(tr("Empty: not required."), page));
    layout->addLayout(fields, 3);

    auto* right = new QVBoxLayout;
    right->addWidget(form::heading(tr("Validity of documents"), page));
    right->addWidget(form::hint(tr("Months from issue, for documents without a «valid until» date (0: without a limit)."),
                                page));
    const QStringList types = vocabulary::codes(Vocab::CredentialType);
    m_validity = new QTableWidget(int(types.size()), 2, page);
    m_validity->setObjectName(u"validity"_s);
    m_validity->setHorizontalHeaderLabels({tr("Document"), tr("Months")});
    m_validity->verticalHeader()->setVisible(false);
    m_validity->setSelectionMode(QAbstractItemView::NoSelection);
    m_validity->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_validity->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_validity->verticalHeader()->setDefaultSectionSize(m_validity->fontMetrics().height() + 14);
    for (int row = 0; row < types.size(); ++row) {
        auto* name = new QTableWidgetItem(vocabulary::label(Vocab::CredentialType, types.at(row)));
        name->setFlags(Qt::ItemIsEnabled);
        name->setData(Qt::UserRole, types.at(row));
        m_validity->setItem(row, 0, name);
        auto* months = spin(0, 240, tr("no limit"), QString(), m_validity);
        months->setMinimumWidth(110);
        m_validity->setCellWidget(row, 1, months);
    }
    m_validity->setColumnWidth(1, 120);
    right->addWidget(m_validity, 1);
    layout->addLayout(right, 2);
    return page;
}

QWidget* ProfileEditor::buildListsTab()
{
    auto* page = new QWidget(this);
    auto* grid = new QHBoxLayout(page);
    auto* left = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    grid->addLayout(left, 1);
    grid->addLayout(right, 1);
    left->addWidget(form::heading(tr("Grounds for replacing a mentor"), page));
    m_grounds = vocabularyList(Vocab::ReplacementGround, page);
    m_grounds->setObjectName(u"grounds"_s);
    left->addWidget(m_grounds, 3);
    left->addWidget(form::heading(tr("Reasons for an extension"), page));
    m_reasons = vocabularyList(Vocab::ExtensionReason, page);
    m_reasons->setObjectName(u"reasons"_s);
    left->addWidget(m_reasons, 2);
    right->addWidget(form::heading(tr("Documents of an external mentor"), page));
    m_external = vocabularyList(Vocab::CredentialType, page);
    m_external->setObjectName(u"externalDocuments"_s);
    right->addWidget(m_external, 1);
    right->addWidget(form::heading(tr("…in addition, for work with pupils"), page));
    m_externalPupils = vocabularyList(Vocab::CredentialType, page);
    m_externalPupils->setObjectName(u"externalPupilDocuments"_s);
    right->addWidget(m_externalPupils, 1);
    return page;
}

QWidget* ProfileEditor::buildRulesTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(form::hint(tr("The rules checked under this profile. A rule that is on needs its numbers and "
                                    "lists (a deadline, a list of grounds)."),
                                 page));
    QStringList labels;
    const QStringList ids = rules::all();
    for (const QString& id : ids)
        labels << u"%1  (%2)"_s.arg(RuleEngine::ruleTitle(id), id);
    m_rules = checkList(ids, labels, page);
    m_rules->setObjectName(u"rules"_s);
    layout->addWidget(m_rules, 1);
    return page;
}

void ProfileEditor::setBase(const QString& baseId)
{
    const Result<Profile> base = Profiles::find(Profiles::builtIn(), baseId);
    m_base = base ? base.value() : Profile();
    m_baseLabel->setText(base ? m_base.name() : baseId);
    m_baseLabel->setToolTip(base ? m_base.source : QString());
}

Status ProfileEditor::createFrom(const QString& baseId, const QList<Profile>& existing)
{
    if (!context())
        return Status::failure(tr("No database is open."));
    QStringList ids;
    QStringList names;
    for (const Profile& p : existing) {
        ids << p.id;
        names << p.name();
    }
    const Result<Profile> base = Profiles::find(Profiles::builtIn(), baseId);
    if (!base)
        return base.status();
    QString id = baseId + u"-own"_s;
    for (int n = 2; ids.contains(id); ++n)
        id = u"%1-own-%2"_s.arg(baseId).arg(n);
    QString name = tr("%1 — own provision").arg(base->name());
    for (int n = 2; names.contains(name); ++n)
        name = tr("%1 — own provision %2").arg(base->name()).arg(n);
    Result<Profile> copy = ProfileRepository(context()->connection()).copyOf(baseId, id, name);
    if (!copy)
        return copy.status();
    m_new = true;
    m_takenIds = ids;
    m_source = copy.value();
    load();
    m_name->setFocus();
    m_name->selectAll();
    return Status::success();
}

void ProfileEditor::edit(const Profile& profile)
{
    m_new = false;
    m_takenIds.clear();
    m_source = profile;
    load();
}

QString ProfileEditor::title() const
{
    const QString name = m_name->text().trimmed();
    if (m_new)
        return name.isEmpty() ? tr("New provision profile") : tr("New provision profile «%1»").arg(name);
    return tr("Provision profile «%1»").arg(name);
}

void ProfileEditor::load()
{
    messageArea()->clearGroup(u"validation"_s);
    setBase(m_source.base);
    fill(m_source);
    m_loaded = profile();
    emit titleChanged();
}

void ProfileEditor::fill(const Profile& p)
{
    m_name->setText(p.nameRu.isEmpty() ? p.nameEn : p.nameRu);
    m_id->setText(p.id);
    m_id->setReadOnly(!m_new);
    m_sourceText->setText(p.source);
    m_sourceText->setCursorPosition(0);
    // The clause of changed values: as one of them already says, else the default.
    QString own;
    for (const QString& rule : rules::all()) {
        const Parameter<bool> r = p.rules.value(rule);
        if (r.value != m_base.rules.value(rule).value && !r.clause.isEmpty())
            own = r.clause;
    }
    if (p.maxMentees.value != m_base.maxMentees.value)
        own = p.maxMentees.clause;
    if (p.durationMaxMonths.value != m_base.durationMaxMonths.value)
        own = p.durationMaxMonths.clause;
    // A clause is part of the data, in Russian whatever the UI language (like the built-in ones).
    m_ownClause->setText(own.isEmpty() ? i18n::russian("ProfileEditor", kOwnProvision) : own);

    setChecked(m_forms, p.forms.value);
    setChecked(m_groupForms, p.groupForms.value);
    for (int row = 0; row < m_formTable->rowCount(); ++row) {
        const QString form = m_formTable->item(row, FormName)->data(Qt::UserRole).toString();
        auto* cap = qobject_cast<QSpinBox*>(m_formTable->cellWidget(row, FormCap));
        auto* kind = qobject_cast<QComboBox*>(m_formTable->cellWidget(row, FormExperienceKind));
        auto* years = qobject_cast<QSpinBox*>(m_formTable->cellWidget(row, FormExperienceYears));
        auto* credential = qobject_cast<QComboBox*>(m_formTable->cellWidget(row, FormCredential));
        cap->setValue(p.maxMenteesByForm.contains(form) ? p.maxMenteesByForm.value(form).value : 0);
        const auto experience = p.experienceByForm.constFind(form);
        const bool hasExperience = experience != p.experienceByForm.cend();
        kind->setCurrentIndex(std::max(0, kind->findData(hasExperience ? experience->value.kind : QString())));
        years->setValue(hasExperience ? experience->value.years : 0);
        credential->setCurrentIndex(std::max(0, credential->findData(p.credentialByForm.value(form).value)));
    }
    updateFormRows();

    m_maxMentees->setValue(p.maxMentees.value.value_or(0));
    m_durationMax->setValue(p.durationMaxMonths.value.value_or(0));
    m_durationMin->setValue(p.durationMinMonths.value.value_or(0));
    m_planDeadline->setValue(p.planDeadlineDays.value.value_or(-1));
    m_reportDeadline->setValue(p.reportDeadlineDays.value.value_or(-1));
    m_notice->setValue(p.noticeWorkingDays.value);
    m_labourSince->setDate(p.labourAgreementSince.value);
    for (int row = 0; row < m_validity->rowCount(); ++row) {
        const QString type = m_validity->item(row, 0)->data(Qt::UserRole).toString();
        qobject_cast<QSpinBox*>(m_validity->cellWidget(row, 1))
            ->setValue(p.credentialValidityMonths.contains(type) ? p.credentialValidityMonths.value(type).value : 0);
    }
    setChecked(m_grounds, p.replacementGrounds.value);
    setChecked(m_reasons, p.extensionReasons.value);
    setChecked(m_external, p.externalDocuments.value);
    setChecked(m_externalPupils, p.externalDocumentsWithPupils.value);
    QStringList enabled;
    for (auto it = p.rules.cbegin(); it != p.rules.cend(); ++it) {
        if (it->value)
            enabled << it.key();
    }
    setChecked(m_rules, enabled);
}

void ProfileEditor::updateFormRows()
{
    const QStringList forms = checkedCodes(m_forms);
    for (int row = 0; row < m_formTable->rowCount(); ++row)
        m_formTable->setRowHidden(row, !forms.contains(m_formTable->item(row, FormName)->data(Qt::UserRole).toString()));
}

Profile ProfileEditor::profile() const
{
    Profile p = m_source;
    const QString own = m_ownClause->text().trimmed();
    p.nameRu = m_name->text().trimmed();
    p.nameEn = p.nameRu;
    p.id = m_id->text().trimmed();
    p.source = m_sourceText->text().trimmed();
    p.builtIn = false;

    p.forms.value = checkedCodes(m_forms);
    p.groupForms.value = checkedCodes(m_groupForms);
    p.maxMenteesByForm.clear();
    p.experienceByForm.clear();
    p.credentialByForm.clear();
    for (int row = 0; row < m_formTable->rowCount(); ++row) {
        const QString form = m_formTable->item(row, FormName)->data(Qt::UserRole).toString();
        if (!p.forms.value.contains(form))
            continue;
        const int cap = qobject_cast<QSpinBox*>(m_formTable->cellWidget(row, FormCap))->value();
        const QString kind = qobject_cast<QComboBox*>(m_formTable->cellWidget(row, FormExperienceKind))->currentData().toString();
        const int years = qobject_cast<QSpinBox*>(m_formTable->cellWidget(row, FormExperienceYears))->value();
        const QString credential = qobject_cast<QComboBox*>(m_formTable->cellWidget(row, FormCredential))->currentData().toString();
        if (cap > 0)
            p.maxMenteesByForm.insert(form, Parameter<int>{cap, {}, false, {}});
        if (!kind.isEmpty())
            p.experienceByForm.insert(form, Parameter<ExperienceRequirement>{{kind, years}, {}, false, {}});
        if (!credential.isEmpty())
            p.credentialByForm.insert(form, Parameter<QString>{credential, {}, false, {}});
    }
    p.maxMentees.value = optionalOf(m_maxMentees, 0);
    p.durationMaxMonths.value = optionalOf(m_durationMax, 0);
    p.durationMinMonths.value = optionalOf(m_durationMin, 0);
    p.planDeadlineDays.value = optionalOf(m_planDeadline, -1);
    p.reportDeadlineDays.value = optionalOf(m_reportDeadline, -1);
    p.noticeWorkingDays.value = m_notice->value();
    p.labourAgreementSince.value = m_labourSince->date();
    p.credentialValidityMonths.clear();
    for (int row = 0; row < m_validity->rowCount(); ++row) {
        const int months = qobject_cast<QSpinBox*>(m_validity->cellWidget(row, 1))->value();
        if (months > 0)
            p.credentialValidityMonths.insert(m_validity->item(row, 0)->data(Qt::UserRole).toString(),
                                              Parameter<int>{months, {}, false, {}});
    }
    p.replacementGrounds.value = checkedCodes(m_grounds);
    p.extensionReasons.value = checkedCodes(m_reasons);
    p.externalDocuments.value = checkedCodes(m_external);
    p.externalDocumentsWithPupils.value = checkedCodes(m_externalPupils);
    const QStringList enabled = checkedCodes(m_rules);
    p.rules.clear();
    for (const QString& rule : rules::all())
        p.rules.insert(rule, Parameter<bool>{enabled.contains(rule), {}, false, {}});

    const Profile& b = m_base;
    decideClause(p.forms, &b.forms, own);
    decideClause(p.groupForms, &b.groupForms, own);
    decideClause(p.maxMentees, &b.maxMentees, own);
    decideClauses(p.maxMenteesByForm, b.maxMenteesByForm, own);
    decideClause(p.durationMaxMonths, &b.durationMaxMonths, own);
    decideClause(p.durationMinMonths, &b.durationMinMonths, own);
    decideClause(p.planDeadlineDays, &b.planDeadlineDays, own);
    decideClause(p.reportDeadlineDays, &b.reportDeadlineDays, own);
    decideClauses(p.experienceByForm, b.experienceByForm, own);
    decideClauses(p.credentialByForm, b.credentialByForm, own);
    decideClauses(p.credentialValidityMonths, b.credentialValidityMonths, own);
    decideClause(p.replacementGrounds, &b.replacementGrounds, own);
    decideClause(p.extensionReasons, &b.extensionReasons, own);
    decideClause(p.externalDocuments, &b.externalDocuments, own);
    decideClause(p.externalDocumentsWithPupils, &b.externalDocumentsWithPupils, own);
    decideClause(p.labourAgreementSince, &b.labourAgreementSince, own);
    decideClause(p.noticeWorkingDays, &b.noticeWorkingDays, own);
    for (auto it = p.rules.begin(); it != p.rules.end(); ++it) {
        const auto base = b.rules.constFind(it.key());
        if (base != b.rules.cend() && base->value == it->value) {
            *it = *base;
        } else if (it->value) {
            it->clause = own;
        } else {
            it->clause.clear(); // a rule switched off cites nothing
        }
    }
    return p;
}

bool ProfileEditor::isModified() const
{
    return m_new || profile() != m_loaded;
}

QStringList ProfileEditor::validate() const
{
    if (!context())
        return {tr("No database is open.")};
    const Profile p = profile();
    QStringList problems;
    if (m_ownClause->text().trimmed().isEmpty())
        problems << tr("Clause of changed values: name your provision (and its point), e.g. «%1».")
                        .arg(i18n::russian("ProfileEditor", kOwnProvision));
    if (m_new && m_takenIds.contains(p.id))
        problems << tr("The id «%1» is taken by another profile: choose another.").arg(p.id);
    problems << ProfileRepository(context()->connection()).validate(p);
    return problems;
}

Status ProfileEditor::save()
{
    const Profile p = profile();
    if (Status s = ProfileRepository(context()->connection()).save(p); !s)
        return s;
    m_new = false;
    m_source = p;
    load();
    return Status::success();
}

} // namespace nastavnik::ui
