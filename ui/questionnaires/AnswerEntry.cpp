#include "questionnaires/AnswerEntry.h"

#include "domain/Vocabulary.h"
#include "monitoring/Templates.h"
#include "storage/MonitoringRepository.h"
#include "util/Dates.h"
#include "widgets/DateEdit.h"
#include "widgets/MessageArea.h"
#include "widgets/PersonChooser.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSet>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
namespace {
const char* const kQuestion = "questionIndex";
const QString kProblems = u"answers"_s;
} // namespace

AnswerEntry::AnswerEntry(QWidget* parent)
    : QWidget(parent)
    , m_questionnaire(new QComboBox(this))
    , m_respondent(new PersonChooser(this))
    , m_pair(new QComboBox(this))
    , m_date(new DateEdit(this))
    , m_scroll(new QScrollArea(this))
    , m_editingLabel(new QLabel(this))
    , m_messages(new MessageArea(this))
    , m_clear(new QPushButton(tr("Clear"), this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_saveNext(new QPushButton(tr("Save and next"), this))
{
    m_questionnaire->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_questionnaire->setMinimumContentsLength(40);
    m_respondent->setPlaceholderText(tr("Type a surname of the respondent; empty: anonymous"));
    m_pair->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_pair->setMinimumContentsLength(30);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::StyledPanel);
    m_editingLabel->setStyleSheet(u"QLabel { background: #e8f0fb; border: 1px solid #9bb9de; padding: 4px; }"_s);
    m_editingLabel->setVisible(false);
    m_saveNext->setDefault(true);
    m_saveNext->setToolTip(tr("Store the answers and clear the form for the next questionnaire (Ctrl+Enter)"));

    auto* layout = new QVBoxLayout(this);
    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Questionnaire:"), this), 0, 0);
    grid->addWidget(m_questionnaire, 0, 1);
    grid->addWidget(new QLabel(tr("Filled in on:"), this), 0, 2);
    grid->addWidget(m_date, 0, 3);
    grid->addWidget(new QLabel(tr("Respondent:"), this), 1, 0);
    grid->addWidget(m_respondent, 1, 1);
    grid->addWidget(new QLabel(tr("Pair:"), this), 1, 2);
    grid->addWidget(m_pair, 1, 3);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 2);
    layout->addLayout(grid);
    auto* help = new QLabel(tr("Scale: a digit 1–10. One choice: the number of the option. Several choices: numbers with "
                               "spaces, e.g. «1 3». Enter moves to the next answer; Ctrl+Enter saves and starts the next "
                               "questionnaire."),
                            this);
    help->setWordWrap(true);
    help->setStyleSheet(u"color: #5f6b76;"_s);
    layout->addWidget(help);
    layout->addWidget(m_editingLabel);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_messages);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_clear);
    buttons->addWidget(m_save);
    buttons->addWidget(m_saveNext);
    layout->addLayout(buttons);

    connect(m_questionnaire, &QComboBox::currentIndexChanged, this, &AnswerEntry::rebuildQuestions);
    connect(m_respondent, &PersonChooser::personChanged, this, &AnswerEntry::fillPairs);
    connect(m_date, &DateEdit::dateChanged, this, &AnswerEntry::fillPairs);
    connect(m_clear, &QPushButton::clicked, this, &AnswerEntry::clear);
    connect(m_save, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_saveNext, &QPushButton::clicked, this, [this] { save(true); });
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] { save(true); });
    }
}

void AnswerEntry::setContext(AppContext* context)
{
    m_context = context;
    m_respondent->setContext(context);
    if (context && !m_date->date().isValid())
        m_date->setDate(context->today());
}

void AnswerEntry::setDataset(const Dataset& dataset)
{
    const QString keep = questionnaireId();
    m_data = dataset;
    // The latest version of every questionnaire, and older versions that have answers.
    m_choices.clear();
    const QList<Questionnaire> all = QuestionnaireLibrary::available(dataset.monitoring);
    for (const Questionnaire& q : all) {
        const Questionnaire* latest = dataset.monitoring.latestVersion(q.family);
        if (!latest || latest->id == q.id)
            m_choices << q;
    }
    const QSignalBlocker block(m_questionnaire);
    m_questionnaire->clear();
    for (const Questionnaire& q : std::as_const(m_choices))
        m_questionnaire->addItem(q.version > 1 ? tr("%1 (version %2)").arg(q.title).arg(q.version) : q.title, q.id);
    const int index = m_questionnaire->findData(keep);
    m_questionnaire->setCurrentIndex(index >= 0 ? index : (m_choices.isEmpty() ? -1 : 0));
    if (index < 0)
        rebuildQuestions();
    fillPairs();
}

bool AnswerEntry::setQuestionnaire(const QString& id)
{
    int index = m_questionnaire->findData(id);
    if (index < 0) {
        // An older version (a response to correct): offered for the time being.
        const Questionnaire* q = QuestionnaireLibrary::lookup(m_data.monitoring, id);
        if (!q)
            return false;
        m_choices << *q;
        m_questionnaire->addItem(tr("%1 (version %2)").arg(q->title).arg(q->version), q->id);
        index = m_questionnaire->count() - 1;
    }
    m_questionnaire->setCurrentIndex(index);
    rebuildQuestions();
    return true;
}

QString AnswerEntry::questionnaireId() const
{
    return m_questionnaire->currentData().toString();
}

void AnswerEntry::setRespondent(const QString& personId)
{
    m_respondent->setPersonId(personId);
    fillPairs();
}

void AnswerEntry::fillPairs()
{
    const QString person = m_respondent->personId();
    const QString keep = m_pair->currentData().toString();
    const QDate on = m_date->date().isValid() ? m_date->date() : (m_context ? m_context->today() : QDate::currentDate());
    QHash<QString, QString> names;
    for (const Person& p : m_data.people)
        names.insert(p.id, p.shortName());
    const QSignalBlocker block(m_pair);
    m_pair->clear();
    m_pair->addItem(tr("(no pair)"), QString());
    int active = -1;
    for (const Pair& p : m_data.pairs) {
        const bool member = p.mentees.contains(person) || p.mentor == person || p.currentMentor() == person;
        if (person.isEmpty() || !member)
            continue;
        QStringList mentees;
        for (const QString& m : p.mentees)
            mentees << names.value(m, m);
        m_pair->addItem(u"%1 → %2 (%3)"_s.arg(names.value(p.mentorOn(on)), mentees.join(u", "_s),
                                              vocabulary::label(Vocab::PairForm, p.form)),
                        p.id);
        if (p.isActiveOn(on) && active < 0)
            active = m_pair->count() - 1;
    }
    const int kept = keep.isEmpty() ? -1 : m_pair->findData(keep);
    m_pair->setCurrentIndex(kept >= 0 ? kept : (active >= 0 ? active : (m_pair->count() > 1 ? 1 : 0)));
}

void AnswerEntry::rebuildQuestions()
{
    m_inputs.clear();
    m_messages->clearGroup(kProblems);
    auto* form = new QWidget;
    auto* grid = new QGridLayout(form);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(2, 2);
    grid->setVerticalSpacing(8);
    const Questionnaire* q = QuestionnaireLibrary::lookup(m_data.monitoring, questionnaireId());
    if (q) {
        for (int i = 0; i < q->questions.size(); ++i) {
            const Question& question = q->questions.at(i);
            auto* label = new QLabel(u"<b>%1.</b> %2"_s.arg(i + 1).arg(question.text.toHtmlEscaped()), form);
            label->setWordWrap(true);
            auto* edit = new QLineEdit(form);
            edit->setProperty(kQuestion, i);
            edit->installEventFilter(this);
            QString hint;
            if (question.kind == u"scale") {
                edit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"^(10|[1-9])?$"_s), edit));
                edit->setMaximumWidth(70);
                edit->setAlignment(Qt::AlignCenter);
                hint = tr("1–10");
            } else if (question.kind == u"single" || question.kind == u"multiple") {
                edit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"^[0-9 ,;]*$"_s), edit));
                edit->setMaximumWidth(question.kind == u"single" ? 70 : 110);
                edit->setAlignment(Qt::AlignCenter);
                QStringList options;
                for (int o = 0; o < question.options.size(); ++o)
                    options << u"%1 — %2"_s.arg(o + 1).arg(question.options.at(o));
                hint = (question.kind == u"multiple" ? tr("several: ") : QString()) + options.join(u"; "_s);
            } else {
                edit->setPlaceholderText(tr("free answer"));
            }
            const int row = i;
            grid->addWidget(label, row, 0);
            if (question.kind == u"text") {
                grid->addWidget(edit, row, 1, 1, 2);
            } else {
                grid->addWidget(edit, row, 1, Qt::AlignTop);
                auto* hintLabel = new QLabel(hint, form);
                hintLabel->setWordWrap(true);
                hintLabel->setStyleSheet(u"color: #5f6b76;"_s);
                grid->addWidget(hintLabel, row, 2);
            }
            connect(edit, &QLineEdit::textEdited, this, [this, i] { advanceIfComplete(i); });
            m_inputs << edit;
        }
    }
    grid->setRowStretch(int(m_inputs.size()), 1);
    m_scroll->setWidget(form); // deletes the previous form
    m_form = form;
}

QLineEdit* AnswerEntry::answerEdit(int question) const
{
    return question >= 0 && question < m_inputs.size() ? m_inputs.at(question) : nullptr;
}

void AnswerEntry::advanceIfComplete(int question)
{
    const Questionnaire* q = QuestionnaireLibrary::lookup(m_data.monitoring, questionnaireId());
    if (!q || question >= q->questions.size())
        return;
    const Question& qn = q->questions.at(question);
    const QString text = m_inputs.at(question)->text();
    // A digit that cannot grow into a longer answer needs no Enter: «1» may still become «10».
    bool complete = false;
    if (qn.kind == u"scale")
        complete = text == u"10" || (text.size() == 1 && text != u"1");
    else if (qn.kind == u"single")
        complete = text.size() == 1 && qn.options.size() < 10 && text.toInt() >= 1 && text.toInt() <= qn.options.size();
    if (complete && question + 1 < m_inputs.size())
        m_inputs.at(question + 1)->setFocus(Qt::TabFocusReason);
}

bool AnswerEntry::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !(key->modifiers() & Qt::ControlModifier)) {
            const int i = watched->property(kQuestion).toInt();
            if (i + 1 < m_inputs.size())
                m_inputs.at(i + 1)->setFocus(Qt::TabFocusReason);
            else
                m_saveNext->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QStringList AnswerEntry::parse(QList<Answer>* answers) const
{
    QStringList problems;
    const Questionnaire* q = QuestionnaireLibrary::lookup(m_data.monitoring, questionnaireId());
    if (!q)
        return {tr("Choose a questionnaire.")};
    for (int i = 0; i < q->questions.size() && i < m_inputs.size(); ++i) {
        const Question& question = q->questions.at(i);
        const QString text = m_inputs.at(i)->text().trimmed();
        Answer a;
        a.question = question.id;
        if (text.isEmpty()) {
            continue;
        } else if (question.kind == u"scale") {
            const int v = text.toInt();
            if (v < 1 || v > 10)
                problems << tr("Question %1: type a number from 1 to 10.").arg(i + 1);
            else
                a.scale = v;
        } else if (question.kind == u"single" || question.kind == u"multiple") {
            const QStringList parts = text.split(QRegularExpression(u"[ ,;]+"_s), Qt::SkipEmptyParts);
            QSet<int> seen;
            for (const QString& part : parts) {
                const int n = part.toInt();
                if (n < 1 || n > question.options.size()) {
                    problems << tr("Question %1: %2 is not an option; type a number from 1 to %3.")
                                    .arg(i + 1)
                                    .arg(part)
                                    .arg(question.options.size());
                    continue;
                }
                if (!seen.contains(n - 1)) {
                    seen.insert(n - 1);
                    a.choices << n - 1;
                }
            }
            if (question.kind == u"single" && a.choices.size() > 1)
                problems << tr("Question %1: one option only.").arg(i + 1);
        } else {
            a.text = text;
        }
        if (!a.isEmpty())
            answers->append(a);
    }
    if (!m_date->date().isValid())
        problems << tr("Filled in on: type the date the questionnaire was filled in, e.g. 20.05.2026.");
    if (!m_respondent->hasValidInput())
        problems << tr("Respondent: choose a person from the list, or clear the field for an anonymous questionnaire.");
    if (problems.isEmpty() && answers->isEmpty())
        problems << tr("No answer is typed in.");
    return problems;
}

Result<QString> AnswerEntry::save(bool next)
{
    if (!m_context)
        return Result<QString>::failure(tr("No database is open."));
    QList<Answer> answers;
    const QStringList problems = parse(&answers);
    if (!problems.isEmpty()) {
        m_messages->setMessages(kProblems, MessageArea::Level::Error, problems);
        return Result<QString>::failure(problems.join(u' '));
    }
    Response r;
    r.id = m_editing;
    r.questionnaire = questionnaireId();
    r.person = m_respondent->personId();
    r.pair = m_pair->currentData().toString();
    r.date = m_date->date();
    r.answers = answers;
    const Result<Response> stored = MonitoringRepository(m_context->connection()).saveResponse(r);
    if (!stored) {
        m_messages->setMessages(kProblems, MessageArea::Level::Error, {stored.error()});
        return Result<QString>::failure(stored.error());
    }
    m_messages->clearGroup(kProblems);
    const QString id = stored->id;
    const QString who = m_respondent->text();
    m_context->notifyDataChanged();
    emit saved(id);
    if (next) {
        clear();
        m_messages->setMessages(kProblems, MessageArea::Level::Information,
                                {tr("Saved: %1. Next questionnaire.").arg(who.isEmpty() ? tr("anonymous") : who)});
        m_respondent->lineEdit()->setFocus(Qt::OtherFocusReason);
    }
    return id;
}

void AnswerEntry::clear()
{
    m_editing.clear();
    m_editingLabel->setVisible(false);
    for (QLineEdit* edit : std::as_const(m_inputs))
        edit->clear();
    m_respondent->setPersonId(QString());
    fillPairs();
    m_messages->clearGroup(kProblems);
}

bool AnswerEntry::editResponse(const QString& responseId)
{
    const Response* found = nullptr;
    for (const Response& r : m_data.monitoring.responses) {
        if (r.id == responseId)
            found = &r;
    }
    if (!found || !setQuestionnaire(found->questionnaire))
        return false;
    const Response r = *found;
    m_date->setDate(r.date);
    m_respondent->setPersonId(r.person);
    fillPairs();
    m_pair->setCurrentIndex(std::max(0, m_pair->findData(r.pair)));
    const Questionnaire* q = QuestionnaireLibrary::lookup(m_data.monitoring, r.questionnaire);
    for (int i = 0; q && i < q->questions.size() && i < m_inputs.size(); ++i) {
        const Answer* a = r.answer(q->questions.at(i).id);
        QString text;
        if (a && a->scale)
            text = QString::number(*a->scale);
        else if (a && !a->choices.isEmpty()) {
            QStringList numbers;
            for (int c : a->choices)
                numbers << QString::number(c + 1);
            text = numbers.join(u' ');
        } else if (a) {
            text = a->text;
        }
        m_inputs.at(i)->setText(text);
    }
    m_editing = r.id;
    m_editingLabel->setText(tr("Correcting the questionnaire of %1 filled in on %2: saving replaces it.")
                                .arg(m_respondent->text().isEmpty() ? tr("anonymous") : m_respondent->text(),
                                     dates::toDisplay(r.date)));
    m_editingLabel->setVisible(true);
    return true;
}

} // namespace nastavnik::ui
