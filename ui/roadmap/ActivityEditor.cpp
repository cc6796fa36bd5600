#include "roadmap/ActivityEditor.h"

#include "storage/MonitoringRepository.h"
#include "util/Dates.h"
#include "widgets/DateEdit.h"
#include "widgets/FormHelpers.h"
#include "widgets/MessageArea.h"
#include "widgets/PersonChooser.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {

ActivityEditor::ActivityEditor(AppContext* context, const Roadmap& roadmap, const QString& activityId, int stage, QWidget* parent)
    : EditorBase(parent)
    , m_roadmap(roadmap)
    , m_activityId(activityId)
    , m_initialStage(stage)
    , m_stage(new QComboBox(this))
    , m_title(new QPlainTextEdit(this))
    , m_start(new DateEdit(this))
    , m_end(new DateEdit(this))
    , m_responsible(new PersonChooser(this))
    , m_result(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_done(new DateEdit(this))
    , m_note(new QLineEdit(this))
{
    setContext(context);
    m_responsible->setContext(context);
    m_responsible->setPlaceholderText(tr("Type a surname to choose from the base"));
    for (int s = 0; s < m_roadmap.stages.size(); ++s)
        m_stage->addItem(u"%1. %2"_s.arg(s + 1).arg(m_roadmap.stages.at(s).title), s);
    m_stage->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_stage->setMinimumContentsLength(40);
    for (const QString& code : monitoringvocab::activityStatuses())
        m_status->addItem(monitoringvocab::activityStatusLabel(code), code);
    m_title->setTabChangesFocus(true);
    m_title->setFixedHeight(m_title->fontMetrics().lineSpacing() * 3 + 12);
    m_result->setPlaceholderText(tr("e.g. «Order», «Minutes of the teachers' council»"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(messageArea());
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Stage:"), m_stage);
    form->addRow(tr("Activity:"), m_title);
    auto* datesRow = new QHBoxLayout;
    datesRow->addWidget(m_start);
    datesRow->addWidget(new QLabel(tr("deadline:"), this));
    datesRow->addWidget(m_end);
    datesRow->addStretch(1);
    form->addRow(tr("Start:"), datesRow);
    form->addRow(tr("Responsible:"), m_responsible);
    form->addRow(tr("Result or document:"), m_result);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addWidget(new QLabel(tr("done on:"), this));
    statusRow->addWidget(m_done);
    statusRow->addStretch(1);
    form->addRow(tr("Status:"), statusRow);
    form->addRow(tr("Note:"), m_note);
    layout->addLayout(form);
    layout->addWidget(form::hint(tr("An activity that is neither done nor cancelled after its deadline is overdue: it is "
                                    "marked red here and listed in «Today»."),
                                 this));
    layout->addStretch(1);

    connect(m_status, &QComboBox::currentIndexChanged, this, &ActivityEditor::statusChanged);
    load();
    watchInputs(this);
    connect(m_responsible, &PersonChooser::personChanged, this, &EditorBase::edited);
    connect(m_start, &DateEdit::dateChanged, this, &EditorBase::edited);
    connect(m_end, &DateEdit::dateChanged, this, &EditorBase::edited);
    connect(m_done, &DateEdit::dateChanged, this, &EditorBase::edited);
}

QString ActivityEditor::title() const
{
    return m_activityId.isEmpty() ? tr("New activity of the roadmap") : tr("Activity of the roadmap");
}

void ActivityEditor::load()
{
    RoadmapActivity a;
    int stage = m_initialStage;
    for (int s = 0; s < m_roadmap.stages.size(); ++s) {
        for (const RoadmapActivity& act : m_roadmap.stages.at(s).activities) {
            if (!m_activityId.isEmpty() && act.id == m_activityId) {
                a = act;
                stage = s;
            }
        }
    }
    if (m_activityId.isEmpty() && context()) {
        a.start = context()->today();
        a.end = context()->today().addDays(14);
    }
    m_loaded = a;
    m_initialStage = stage;
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(stage)));
    m_title->setPlainText(a.title);
    m_start->setDate(a.start);
    m_end->setDate(a.end);
    m_responsible->setPersonId(a.responsible);
    m_result->setText(a.result);
    m_status->setCurrentIndex(std::max(0, m_status->findData(a.status)));
    m_done->setDate(a.done);
    m_note->setText(a.note);
    statusChanged();
}

RoadmapActivity ActivityEditor::current() const
{
    RoadmapActivity a = m_loaded;
    a.title = m_title->toPlainText().simplified();
    a.start = m_start->date();
    a.end = m_end->date();
    a.responsible = m_responsible->personId();
    a.result = m_result->text().trimmed();
    a.status = m_status->currentData().toString();
    a.done = a.status == u"done" ? m_done->date() : QDate();
    a.note = m_note->text().trimmed();
    return a;
}

bool ActivityEditor::isModified() const
{
    return m_activityId.isEmpty() || !(current() == m_loaded) || m_stage->currentData().toInt() != m_initialStage;
}

void ActivityEditor::statusChanged()
{
    const bool done = m_status->currentData().toString() == u"done";
    m_done->setEnabled(done);
    if (done && m_done->isEmpty() && context())
        m_done->setDate(context()->today());
}

QStringList ActivityEditor::validate() const
{
    QStringList problems;
    if (m_roadmap.stages.isEmpty())
        problems << tr("The roadmap has no stages: add a stage first.");
    if (m_title->toPlainText().trimmed().isEmpty())
        problems << tr("Activity: describe what is to be done.");
    if (!m_start->hasValidInput())
        problems << tr("Start: «%1» is not a date; type it as 05.09.2026.").arg(m_start->text());
    if (!m_end->hasValidInput())
        problems << tr("Deadline: «%1» is not a date; type it as 05.09.2026.").arg(m_end->text());
    if (m_start->date().isValid() && m_end->date().isValid() && m_end->date() < m_start->date())
        problems << tr("The deadline %1 is before the start %2.").arg(dates::toDisplay(m_end->date()), dates::toDisplay(m_start->date()));
    if (!m_done->hasValidInput())
        problems << tr("Done on: «%1» is not a date.").arg(m_done->text());
    if (!m_responsible->hasValidInput())
        problems << tr("Responsible: choose a person from the list, or clear the field.");
    return problems;
}

Status ActivityEditor::save()
{
    if (!context())
        return Status::failure(tr("No database is open."));
    Roadmap r = m_roadmap;
    RoadmapActivity a = current();
    int position = -1;
    int oldStage = -1;
    for (int s = 0; s < r.stages.size(); ++s) {
        QList<RoadmapActivity>& list = r.stages[s].activities;
        for (int i = 0; i < list.size(); ++i) {
            if (!m_activityId.isEmpty() && list.at(i).id == m_activityId) {
                oldStage = s;
                position = i;
            }
        }
    }
    const int stage = m_stage->currentData().toInt();
    if (oldStage == stage) {
        r.stages[stage].activities[position] = a;
    } else {
        if (oldStage >= 0)
            r.stages[oldStage].activities.removeAt(position);
        r.stages[stage].activities << a;
    }
    const Result<Roadmap> saved = MonitoringRepository(context()->connection()).saveRoadmap(r);
    if (!saved)
        return saved.status();
    m_roadmap = saved.value();
    // A new activity got its id: the last of its stage.
    if (m_activityId.isEmpty() && !m_roadmap.stages.at(stage).activities.isEmpty())
        m_activityId = m_roadmap.stages.at(stage).activities.last().id;
    m_loaded = a;
    m_loaded.id = m_activityId;
    m_initialStage = stage;
    return Status::success();
}

} // namespace nastavnik::ui
