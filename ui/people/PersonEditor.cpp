#include "people/PersonEditor.h"

#include "AppContext.h"
#include "FindingsService.h"
#include "Icons.h"
#include "domain/Vocabulary.h"
#include "storage/PeopleRepository.h"
#include "storage/Transaction.h"
#include "util/Dates.h"
#include "widgets/DateEdit.h"
#include "widgets/FindingsPanel.h"
#include "widgets/MessageArea.h"
#include "widgets/PersonChooser.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
namespace {

enum CredentialColumn { CredType, CredNumber, CredIssued, CredValidUntil, CredNote, CredColumns };
enum ConsentColumn { ConType, ConSignedBy, ConDate, ConWithdrawn, ConNote, ConColumns };
const char* const kConsentId = "consentId";
const QString kHints = u"hints"_s;

QComboBox* vocabularyCombo(Vocab list, const QString& current, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    for (const QString& code : vocabulary::codes(list))
        combo->addItem(vocabulary::label(list, code), code);
    if (!current.isEmpty() && !vocabulary::contains(list, current))
        combo->addItem(current, current); // an unknown code is shown, never silently replaced
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    return combo;
}

QSpinBox* yearsBox(QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(-1, 80);
    box->setSpecialValueText(PersonEditor::tr("not known"));
    box->setMinimumWidth(box->fontMetrics().horizontalAdvance(PersonEditor::tr("not known")) + 48);
    return box;
}

std::optional<int> yearsOf(const QSpinBox* box)
{
    return box->value() < 0 ? std::nullopt : std::optional<int>(box->value());
}

void setYears(QSpinBox* box, const std::optional<int>& years)
{
    box->setValue(years ? *years : -1);
}

QPlainTextEdit* textBox(QWidget* parent, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

struct RowsPage
{
    QWidget* page;
    QTableWidget* table;
    QPushButton* add;
    QPushButton* remove;
};

/// A tab with an explanation, a table of rows edited in place, and Add / Remove buttons
/// (named "add<name>", "remove<name>"). The last column takes the remaining width.
RowsPage rowsPage(QWidget* parent,
                  const QString& about,
                  const QStringList& headers,
                  const QList<int>& widths,
                  const std::pair<QString, QString>& buttonTexts,
                  const QString& name)
{
    RowsPage p{new QWidget(parent), nullptr, nullptr, nullptr};
    auto* layout = new QVBoxLayout(p.page);
    auto* label = new QLabel(about, p.page);
    label->setWordWrap(true);
    layout->addWidget(label);

    p.table = new QTableWidget(0, int(headers.size()), p.page);
    p.table->setHorizontalHeaderLabels(headers);
    p.table->setSelectionBehavior(QAbstractItemView::SelectRows);
    p.table->setSelectionMode(QAbstractItemView::SingleSelection);
    p.table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    p.table->verticalHeader()->setVisible(false);
    p.table->horizontalHeader()->setStretchLastSection(true);
    p.table->horizontalHeader()->setHighlightSections(false);
    for (int column = 0; column < widths.size(); ++column)
        p.table->setColumnWidth(column, widths.at(column));
    layout->addWidget(p.table, 1);

    auto* buttons = new QHBoxLayout;
    p.add = new QPushButton(icons::get(u"add"_s), buttonTexts.first, p.page);
    p.remove = new QPushButton(icons::get(u"delete"_s), buttonTexts.second, p.page);
    p.add->setObjectName(u"add"_s + name);
    p.remove->setObjectName(u"remove"_s + name);
    // The focus stays in the row being removed (see the focusChanged connection).
    p.remove->setFocusPolicy(Qt::NoFocus);
    buttons->addWidget(p.add);
    buttons->addWidget(p.remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return p;
}

QString textOf(const QTableWidget* table, int row, int column)
{
    if (auto* e = qobject_cast<QLineEdit*>(table->cellWidget(row, column)))
        return e->text().trimmed();
    return {};
}

DateEdit* dateOf(const QTableWidget* table, int row, int column)
{
    return qobject_cast<DateEdit*>(table->cellWidget(row, column));
}

QString codeOf(const QTableWidget* table, int row, int column)
{
    if (auto* c = qobject_cast<QComboBox*>(table->cellWidget(row, column)))
        return c->currentData().toString();
    return {};
}

} // namespace

PersonEditor::PersonEditor(AppContext* context, QWidget* parent)
    : EditorBase(parent)
    , m_heading(new QLabel(this))
    , m_findingsPanel(new FindingsPanel(this))
    , m_tabs(new QTabWidget(this))
{
    setContext(context);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setTextFormat(Qt::PlainText);
    layout->addWidget(m_heading);
    layout->addWidget(messageArea());
    layout->addWidget(m_findingsPanel);
    layout->addWidget(m_tabs, 1);
    if (context) {
        m_findingsPanel->follow(&context->findings(), [this](const FindingsService& service) {
            return service.concerningPerson(m_person.id);
        });
    }

    m_tabs->addTab(buildMainTab(), tr("Main"));
    m_tabs->addTab(buildMentoringTab(), tr("Mentoring"));
    m_tabs->addTab(buildCredentialsTab(), tr("Documents"));
    m_tabs->addTab(buildConsentsTab(), tr("Consents"));
    m_note = textBox(this, 8);
    m_note->setPlaceholderText(tr("Anything the curator should remember about the person"));
    auto* notePage = new QWidget(this);
    auto* noteLayout = new QVBoxLayout(notePage);
    noteLayout->addWidget(m_note);
    m_tabs->addTab(notePage, tr("Notes"));

    // Names for tests and for finding fields in screen readers' trees.
    const std::pair<QWidget*, const char16_t*> names[] = {
        {m_lastName, u"lastName"},       {m_firstName, u"firstName"},   {m_middleName, u"middleName"},
        {m_birthDate, u"birthDate"},     {m_gender, u"gender"},         {m_kind, u"kind"},
        {m_external, u"external"},       {m_position, u"position"},     {m_unit, u"unit"},
        {m_supervisor, u"supervisor"},   {m_phone, u"phone"},           {m_email, u"email"},
        {m_archived, u"archived"},       {m_mentorBase, u"mentorBase"}, {m_menteeBase, u"menteeBase"},
        {m_pedagogical, u"pedagogical"}, {m_managerial, u"managerial"}, {m_methodical, u"methodical"},
        {m_sanction, u"sanction"},       {m_competencies, u"competencies"}, {m_categories, u"categories"},
        {m_request, u"request"},         {m_note, u"note"},
    };
    for (const auto& [widget, name] : names)
        widget->setObjectName(QString::fromUtf16(name));

    watchInputs(this);
    connect(m_lastName, &QLineEdit::textChanged, this, &PersonEditor::updateTitle);
    connect(m_firstName, &QLineEdit::textChanged, this, &PersonEditor::updateTitle);
    connect(m_middleName, &QLineEdit::textChanged, this, &PersonEditor::updateTitle);
    connect(m_birthDate, &DateEdit::dateChanged, this, &PersonEditor::updateAge);
    // Clicking into a cell's field selects its row, so «Remove» knows which one.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        for (QTableWidget* table : {m_credentials, m_consents}) {
            if (!now || !table->isAncestorOf(now))
                continue;
            for (int row = 0; row < table->rowCount(); ++row) {
                for (int column = 0; column < table->columnCount(); ++column) {
                    QWidget* cell = table->cellWidget(row, column);
                    if (cell && (cell == now || cell->isAncestorOf(now)))
                        table->selectRow(row);
                }
            }
        }
    });
    edit(QString());
}

QWidget* PersonEditor::buildMainTab()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_lastName = new QLineEdit(page);
    m_firstName = new QLineEdit(page);
    m_middleName = new QLineEdit(page);
    form->addRow(tr("&Surname:"), m_lastName);
    form->addRow(tr("&Name:"), m_firstName);
    form->addRow(tr("&Patronymic:"), m_middleName);

    m_birthDate = new DateEdit(page);
    m_age = new QLabel(page);
    auto* birthRow = new QHBoxLayout;
    birthRow->addWidget(m_birthDate);
    birthRow->addWidget(m_age, 1);
    form->addRow(tr("&Birth date:"), birthRow);
    qobject_cast<QLabel*>(form->labelForField(birthRow))->setBuddy(m_birthDate);

    m_gender = new QComboBox(page);
    m_gender->addItem(tr("by the patronymic"), QString());
    m_gender->addItem(tr("male"), u"m"_s);
    m_gender->addItem(tr("female"), u"f"_s);
    m_gender->setToolTip(tr("Used to decline the name in documents. Leave «by the patronymic» unless the "
                            "patronymic is missing or unusual."));
    form->addRow(tr("&Gender:"), m_gender);

    m_kind = vocabularyCombo(Vocab::PersonKind, QString(), page);
    form->addRow(tr("&Category:"), m_kind);
    m_external = new QCheckBox(tr("External participant (does not work in the organisation)"), page);
    form->addRow(QString(), m_external);

    m_position = new QLineEdit(page);
    m_position->setPlaceholderText(tr("e.g. teacher of mathematics; for a pupil, the class: 7 «Б»"));
    form->addRow(tr("P&osition:"), m_position);
    m_unit = new QLineEdit(page);
    m_unit->setPlaceholderText(tr("department, methodical association, school"));
    form->addRow(tr("&Unit:"), m_unit);
    m_supervisor = new PersonChooser(page);
    m_supervisor->setContext(context());
    form->addRow(tr("Direct s&upervisor:"), m_supervisor);

    m_phone = new QLineEdit(page);
    m_email = new QLineEdit(page);
    m_email->setPlaceholderText(u"name@example.ru"_s);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("&E-mail:"), m_email);

    m_archived = new QCheckBox(tr("In the archive: kept for the history, not offered for new pairs"), page);
    form->addRow(QString(), m_archived);
    return page;
}

QWidget* PersonEditor::buildMentoringTab()
{
    auto* page = new QWidget(this);
    auto* columns = new QHBoxLayout(page);
    auto* left = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto* bases = new QGroupBox(tr("Bases of participants"), page);
    auto* basesLayout = new QVBoxLayout(bases);
    m_mentorBase = new QCheckBox(tr("In the base of mentors"), bases);
    m_menteeBase = new QCheckBox(tr("In the base of mentees"), bases);
    basesLayout->addWidget(m_mentorBase);
    basesLayout->addWidget(m_menteeBase);
    left->addWidget(bases);

    auto* experience = new QGroupBox(tr("Experience, years"), page);
    auto* experienceForm = new QFormLayout(experience);
    experienceForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_pedagogical = yearsBox(experience);
    m_managerial = yearsBox(experience);
    m_methodical = yearsBox(experience);
    experienceForm->addRow(tr("Pedagogical:"), m_pedagogical);
    experienceForm->addRow(tr("Managerial:"), m_managerial);
    experienceForm->addRow(tr("Methodical:"), m_methodical);
    m_sanction = new QCheckBox(tr("Has a disciplinary sanction"), experience);
    experienceForm->addRow(m_sanction);
    left->addWidget(experience);

    auto* competencies = new QGroupBox(tr("What the mentor offers (competencies)"), page);
    auto* competenciesLayout = new QVBoxLayout(competencies);
    m_competencies = textBox(competencies, 3);
    m_competencies->setPlaceholderText(tr("e.g. preparation for the state exams, classroom management"));
    competenciesLayout->addWidget(m_competencies);
    left->addWidget(competencies, 1);

    auto* categories = new QGroupBox(tr("Mentee categories"), page);
    auto* categoriesLayout = new QVBoxLayout(categories);
    m_categories = new QListWidget(categories);
    m_categories->setSpacing(1);
    for (const QString& code : vocabulary::codes(Vocab::MenteeCategory)) {
        auto* item = new QListWidgetItem(vocabulary::label(Vocab::MenteeCategory, code), m_categories);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    categoriesLayout->addWidget(m_categories);
    right->addWidget(categories, 2);

    auto* request = new QGroupBox(tr("The mentee's request («запрос»)"), page);
    auto* requestLayout = new QVBoxLayout(request);
    m_request = textBox(request, 3);
    m_request->setPlaceholderText(tr("What the mentee wants to achieve with a mentor"));
    requestLayout->addWidget(m_request);
    right->addWidget(request, 1);
    return page;
}

QWidget* PersonEditor::buildCredentialsTab()
{
    const int date = DateEdit().sizeHint().width() + 8;
    const RowsPage p = rowsPage(this,
                                tr("Status «Mentor», tutor and coach certificates, certificates an external mentor "
                                   "needs, the cooperation agreement and the supplementary agreement to the labour "
                                   "contract (Labour Code art. 351.8)."),
                                {tr("Document"), tr("Number"), tr("Issued"), tr("Valid until"), tr("Note")},
                                {330, 130, date, date},
                                {tr("Add a document"), tr("Remove the document")},
                                u"Credential"_s);
    m_credentials = p.table;
    connect(p.add, &QPushButton::clicked, this, [this] {
        addCredentialRow(Credential{});
        m_credentials->cellWidget(m_credentials->rowCount() - 1, CredType)->setFocus();
        notifyEdited();
    });
    connect(p.remove, &QPushButton::clicked, this, [this] { removeCurrentRow(m_credentials); });
    return p.page;
}

QWidget* PersonEditor::buildConsentsTab()
{
    const int date = DateEdit().sizeHint().width() + 8;
    const RowsPage p = rowsPage(this,
                                tr("Written consents: to the processing of personal data (for a minor, signed by a "
                                   "parent or legal representative), to publication, to act as a mentor. Leave "
                                   "«Signed by» empty when the participant signed it themselves."),
                                {tr("Consent"), tr("Signed by"), tr("Date"), tr("Withdrawn"), tr("Note")},
                                {270, 230, date, date},
                                {tr("Add a consent"), tr("Remove the consent")},
                                u"Consent"_s);
    m_consents = p.table;
    connect(p.add, &QPushButton::clicked, this, [this] {
        Consent c;
        c.type = u"personal_data"_s;
        c.date = context() ? context()->today() : QDate::currentDate();
        addConsentRow(c);
        m_consents->cellWidget(m_consents->rowCount() - 1, ConType)->setFocus();
        notifyEdited();
    });
    connect(p.remove, &QPushButton::clicked, this, [this] { removeCurrentRow(m_consents); });
    return p.page;
}

void PersonEditor::addCredentialRow(const Credential& c)
{
    const int row = m_credentials->rowCount();
    m_credentials->insertRow(row);
    m_credentials->setCellWidget(row, CredType, vocabularyCombo(Vocab::CredentialType, c.type, m_credentials));
    auto* number = new QLineEdit(c.number, m_credentials);
    m_credentials->setCellWidget(row, CredNumber, number);
    auto* issued = new DateEdit(m_credentials);
    issued->setDate(c.issued);
    m_credentials->setCellWidget(row, CredIssued, issued);
    auto* valid = new DateEdit(m_credentials);
    valid->setDate(c.validUntil);
    m_credentials->setCellWidget(row, CredValidUntil, valid);
    m_credentials->setCellWidget(row, CredNote, new QLineEdit(c.note, m_credentials));
    m_credentials->setRowHeight(row, issued->sizeHint().height() + 6);
    for (int column = 0; column < CredColumns; ++column)
        watchInputs(m_credentials->cellWidget(row, column));
}

void PersonEditor::addConsentRow(const Consent& c)
{
    const int row = m_consents->rowCount();
    m_consents->insertRow(row);
    QComboBox* type = vocabularyCombo(Vocab::ConsentType, c.type, m_consents);
    type->setProperty(kConsentId, c.id);
    m_consents->setCellWidget(row, ConType, type);
    auto* signer = new PersonChooser(m_consents);
    signer->setContext(context());
    signer->setPlaceholderText(tr("the participant"));
    signer->setPersonId(c.signedBy == m_person.id ? QString() : c.signedBy);
    m_consents->setCellWidget(row, ConSignedBy, signer);
    auto* date = new DateEdit(m_consents);
    date->setDate(c.date);
    m_consents->setCellWidget(row, ConDate, date);
    auto* withdrawn = new DateEdit(m_consents);
    withdrawn->setDate(c.withdrawn);
    m_consents->setCellWidget(row, ConWithdrawn, withdrawn);
    m_consents->setCellWidget(row, ConNote, new QLineEdit(c.note, m_consents));
    m_consents->setRowHeight(row, date->sizeHint().height() + 6);
    for (int column = 0; column < ConColumns; ++column)
        watchInputs(m_consents->cellWidget(row, column));
}

void PersonEditor::removeCurrentRow(QTableWidget* table)
{
    const int row = table->currentRow();
    if (row < 0 || row >= table->rowCount())
        return;
    table->removeRow(row);
    notifyEdited();
}

void PersonEditor::edit(const QString& id)
{
    m_person = Person();
    m_person.id = id;
    load();
}

void PersonEditor::load()
{
    Person person;
    QList<Consent> consents;
    messageArea()->clearGroup(u"validation"_s);
    if (!m_person.id.isEmpty() && context()) {
        PeopleRepository repo(context()->connection());
        Result<Person> loaded = repo.load(m_person.id);
        if (loaded) {
            person = loaded.value();
            consents = repo.consentsOf(person.id);
            for (Consent& c : consents) {
                if (c.signedBy.isEmpty())
                    c.signedBy = person.id;
            }
        } else {
            messageArea()->setMessages(u"validation"_s, MessageArea::Level::Error, {loaded.error()});
            person.id = m_person.id;
        }
    } else {
        person.kind = u"teacher"_s;
    }
    for (Credential& c : person.credentials)
        c.rowId = 0;
    m_person = person;
    m_loadedConsents = consents;
    fill(person, consents);
    m_findingsPanel->setApplicable(!m_person.id.isEmpty());
}

void PersonEditor::fill(const Person& p, const QList<Consent>& consents)
{
    m_lastName->setText(p.lastName);
    m_firstName->setText(p.firstName);
    m_middleName->setText(p.middleName);
    m_birthDate->setDate(p.birthDate);
    m_gender->setCurrentIndex(std::max(0, m_gender->findData(p.gender)));
    if (m_kind->findData(p.kind) < 0)
        m_kind->addItem(p.kind, p.kind);
    m_kind->setCurrentIndex(m_kind->findData(p.kind));
    m_external->setChecked(p.external);
    m_position->setText(p.position);
    m_unit->setText(p.unit);
    m_supervisor->setExcluded(p.id);
    m_supervisor->setPersonId(p.supervisor);
    m_phone->setText(p.phone);
    m_email->setText(p.email);
    m_archived->setChecked(p.archived);

    m_mentorBase->setChecked(p.mentorBase);
    m_menteeBase->setChecked(p.menteeBase);
    setYears(m_pedagogical, p.pedagogicalYears);
    setYears(m_managerial, p.managerialYears);
    setYears(m_methodical, p.methodicalYears);
    m_sanction->setChecked(p.disciplinarySanction);
    m_competencies->setPlainText(p.competencies);
    for (int i = 0; i < m_categories->count(); ++i) {
        QListWidgetItem* item = m_categories->item(i);
        item->setCheckState(p.menteeCategories.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                              : Qt::Unchecked);
    }
    // Categories outside the list are kept as they are (see person()).
    m_request->setPlainText(p.request);

    m_credentials->setRowCount(0);
    for (const Credential& c : p.credentials)
        addCredentialRow(c);
    m_consents->setRowCount(0);
    for (const Consent& c : consents)
        addConsentRow(c);
    m_note->setPlainText(p.note);

    updateTitle();
    updateAge();
    updateHints();
}

Person PersonEditor::person() const
{
    Person p = m_person;
    p.lastName = m_lastName->text().trimmed();
    p.firstName = m_firstName->text().trimmed();
    p.middleName = m_middleName->text().trimmed();
    p.birthDate = m_birthDate->date();
    p.gender = m_gender->currentData().toString();
    p.kind = m_kind->currentData().toString();
    p.external = m_external->isChecked();
    p.position = m_position->text().trimmed();
    p.unit = m_unit->text().trimmed();
    p.supervisor = m_supervisor->personId();
    p.phone = m_phone->text().trimmed();
    p.email = m_email->text().trimmed();
    p.archived = m_archived->isChecked();
    p.mentorBase = m_mentorBase->isChecked();
    p.menteeBase = m_menteeBase->isChecked();
    p.pedagogicalYears = yearsOf(m_pedagogical);
    p.managerialYears = yearsOf(m_managerial);
    p.methodicalYears = yearsOf(m_methodical);
    p.disciplinarySanction = m_sanction->isChecked();
    p.competencies = m_competencies->toPlainText().trimmed();
    p.request = m_request->toPlainText().trimmed();
    p.note = m_note->toPlainText().trimmed();

    QStringList categories;
    for (int i = 0; i < m_categories->count(); ++i) {
        if (m_categories->item(i)->checkState() == Qt::Checked)
            categories << m_categories->item(i)->data(Qt::UserRole).toString();
    }
    for (const QString& old : m_person.menteeCategories) {
        if (!vocabulary::contains(Vocab::MenteeCategory, old))
            categories << old;
    }
    // Unchanged choices keep their stored order.
    QStringList ordered;
    for (const QString& old : m_person.menteeCategories) {
        if (categories.contains(old))
            ordered << old;
    }
    for (const QString& c : categories) {
        if (!ordered.contains(c))
            ordered << c;
    }
    p.menteeCategories = ordered;

    p.credentials.clear();
    for (int row = 0; row < m_credentials->rowCount(); ++row) {
        Credential c;
        c.type = codeOf(m_credentials, row, CredType);
        c.number = textOf(m_credentials, row, CredNumber);
        c.issued = dateOf(m_credentials, row, CredIssued)->date();
        c.validUntil = dateOf(m_credentials, row, CredValidUntil)->date();
        c.note = textOf(m_credentials, row, CredNote);
        p.credentials << c;
    }
    return p;
}

QList<Consent> PersonEditor::consents() const
{
    QList<Consent> result;
    for (int row = 0; row < m_consents->rowCount(); ++row) {
        Consent c;
        c.id = m_consents->cellWidget(row, ConType)->property(kConsentId).toString();
        c.person = m_person.id;
        c.type = codeOf(m_consents, row, ConType);
        const QString signer = qobject_cast<PersonChooser*>(m_consents->cellWidget(row, ConSignedBy))->personId();
        // Stored as the person themselves when empty (PeopleRepository::saveConsents).
        c.signedBy = signer.isEmpty() ? m_person.id : signer;
        c.date = dateOf(m_consents, row, ConDate)->date();
        c.withdrawn = dateOf(m_consents, row, ConWithdrawn)->date();
        c.note = textOf(m_consents, row, ConNote);
        result << c;
    }
    return result;
}

bool PersonEditor::isModified() const
{
    return person() != m_person || consents() != m_loadedConsents;
}

QString PersonEditor::title() const
{
    Person named;
    named.lastName = m_lastName->text().trimmed();
    named.firstName = m_firstName->text().trimmed();
    named.middleName = m_middleName->text().trimmed();
    const QString name = named.fullName();
    if (!name.isEmpty())
        return name;
    return m_person.id.isEmpty() ? tr("New participant") : tr("Participant without a name");
}

void PersonEditor::updateTitle()
{
    m_heading->setText(title());
    emit titleChanged();
}

void PersonEditor::updateAge()
{
    const QDate birth = m_birthDate->date();
    const QDate today = context() ? context()->today() : QDate::currentDate();
    if (!birth.isValid() || birth > today) {
        m_age->clear();
        return;
    }
    const int age = dates::ageOn(birth, today);
    m_age->setText(dates::isMinorOn(birth, today) ? tr("%n year(s) old, a minor", "", age) : tr("%n year(s) old", "", age));
}

QStringList PersonEditor::validate() const
{
    QStringList problems;
    if (!context())
        return {tr("No database is open.")};
    PeopleRepository repo(context()->connection());
    const Person p = person();
    if (!m_birthDate->hasValidInput())
        problems << tr("Birth date: «%1» is not a date. Type it as dd.mm.yyyy, for example 05.06.2010, or leave "
                       "it empty.")
                        .arg(m_birthDate->text());
    if (!m_supervisor->hasValidInput())
        problems << tr("Direct supervisor: «%1» was not chosen from the list. Choose the person in the list that "
                       "drops down, or clear the field.")
                        .arg(m_supervisor->text());
    problems << repo.validate(p);

    for (int row = 0; row < m_credentials->rowCount(); ++row) {
        const QString name = vocabulary::label(Vocab::CredentialType, codeOf(m_credentials, row, CredType));
        for (int column : {int(CredIssued), int(CredValidUntil)}) {
            const DateEdit* d = dateOf(m_credentials, row, column);
            if (!d->hasValidInput())
                problems << tr("Documents, «%1»: «%2» is not a date (dd.mm.yyyy).").arg(name, d->text());
        }
    }
    const QList<Consent> list = consents();
    for (int row = 0; row < m_consents->rowCount(); ++row) {
        const QString name = vocabulary::label(Vocab::ConsentType, codeOf(m_consents, row, ConType));
        for (int column : {int(ConDate), int(ConWithdrawn)}) {
            const DateEdit* d = dateOf(m_consents, row, column);
            if (!d->hasValidInput())
                problems << tr("Consents, «%1»: «%2» is not a date (dd.mm.yyyy).").arg(name, d->text());
        }
        const auto* signer = qobject_cast<PersonChooser*>(m_consents->cellWidget(row, ConSignedBy));
        if (!signer->hasValidInput())
            problems << tr("Consents, «%1»: the signer «%2» was not chosen from the list.").arg(name, signer->text());
        Consent c = list.at(row);
        // A new person's own signature refers to an id that exists only once saved.
        if (c.signedBy.isEmpty() || c.signedBy == m_person.id)
            c.signedBy.clear();
        problems << repo.validate(c);
    }
    problems.removeDuplicates();
    return problems;
}

Status PersonEditor::save()
{
    const QSqlDatabase db = context()->connection();
    PeopleRepository repo(db);
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    Result<QString> id = repo.save(person());
    if (!id)
        return id.status();
    QList<Consent> list = consents();
    for (Consent& c : list) {
        c.person = id.value();
        if (c.signedBy.isEmpty() || c.signedBy == m_person.id)
            c.signedBy = id.value();
    }
    if (Status s = repo.saveConsents(id.value(), list); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_person.id = id.value();
    load();
    return Status::success();
}

void PersonEditor::updateHints()
{
    QStringList hints;
    const QDate birth = m_birthDate->date();
    const QDate today = context() ? context()->today() : QDate::currentDate();
    if (birth.isValid()) {
        for (int row = 0; row < m_consents->rowCount(); ++row) {
            if (codeOf(m_consents, row, ConType) != u"personal_data")
                continue;
            const auto* signer = qobject_cast<PersonChooser*>(m_consents->cellWidget(row, ConSignedBy));
            if (!signer->personId().isEmpty() && signer->personId() != m_person.id)
                continue;
            if (dateOf(m_consents, row, ConWithdrawn)->date().isValid())
                continue;
            const QDate signedOn = dateOf(m_consents, row, ConDate)->date();
            const QDate on = signedOn.isValid() ? signedOn : today;
            if (dates::isMinorOn(birth, on)) {
                hints << tr("The participant was a minor on %1, so the consent to the processing of personal data "
                            "must be signed by a parent or legal representative (002, item 4.17; 152-FZ art. 9). "
                            "Choose the signer in «Consents».")
                             .arg(dates::toDisplay(on));
                break;
            }
        }
    }
    messageArea()->setMessages(kHints, MessageArea::Level::Warning, hints);
}

} // namespace nastavnik::ui
