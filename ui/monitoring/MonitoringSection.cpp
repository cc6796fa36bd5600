#include "monitoring/MonitoringSection.h"

#include "Icons.h"
#include "documents/DocumentOpener.h"
#include "domain/Vocabulary.h"
#include "monitoring/ChartFactory.h"
#include "monitoring/Charts.h"
#include "monitoring/IndicatorsModel.h"
#include "storage/MonitoringRepository.h"
#include "util/Dates.h"
#include "widgets/DateEdit.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
namespace {

QStringList lines(const QPlainTextEdit* edit)
{
    QStringList result;
    for (const QString& line : edit->toPlainText().split(u'\n')) {
        QString item = line.trimmed();
        // A list typed with dashes or bullets keeps only the words.
        while (item.startsWith(u'-') || item.startsWith(u'–') || item.startsWith(u'•'))
            item = item.mid(1).trimmed();
        if (!item.isEmpty())
            result << item;
    }
    return result;
}

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

MonitoringSection::MonitoringSection(QWidget* parent)
    : Section(info(), parent)
    , m_indicatorsModel(std::make_unique<IndicatorsModel>())
    , m_evaluationsModel(std::make_unique<QStandardItemModel>())
    , m_kind(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_from(new DateEdit(this))
    , m_to(new DateEdit(this))
    , m_form(new QComboBox(this))
    , m_report(new QPushButton(icons::get(u"print"_s), tr("Report to the director (PDF)…"), this))
    , m_registers(new QPushButton(icons::get(u"spreadsheet"_s), tr("Export the registers"), this))
    , m_website(new QPushButton(tr("Mentors' register for the website…"), this))
    , m_tabs(new QTabWidget(this))
    , m_indicators(new QTableView(this))
    , m_definition(new QLabel(this))
    , m_comparison(new QLabel(this))
    , m_chartsPage(new QWidget(this))
    , m_chartsGrid(new QGridLayout(m_chartsPage))
    , m_swotForm(new QComboBox(this))
    , m_swotPeriod(new QLabel(this))
    , m_saveSwot(new QPushButton(icons::get(u"save-copy"_s), tr("Save the SWOT analysis"), this))
    , m_evaluations(new QTableView(this))
    , m_conclusions(new QPlainTextEdit(this))
    , m_evaluationState(new QLabel(this))
    , m_saveEvaluation(new QPushButton(icons::get(u"save-copy"_s), tr("Save the half-year's evaluation"), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    auto* heading = new QLabel(tr("Monitoring"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    heading->setFont(big);
    auto* subtitle = new QLabel(tr("The indicators of the programme for a period and a form, the charts, the SWOT "
                                   "analysis and the half-yearly evaluation (002, section VIII)."),
                                this);
    subtitle->setWordWrap(true);
    subtitle->setStyleSheet(u"color: #5f6b76;"_s);
    layout->addWidget(heading);
    layout->addWidget(subtitle);
    layout->addSpacing(4);

    // Period and form, and what can be produced.
    m_kind->addItem(tr("Half-year"), int(PeriodKind::HalfYear));
    m_kind->addItem(tr("School year"), int(PeriodKind::SchoolYear));
    m_kind->addItem(tr("Calendar year"), int(PeriodKind::CalendarYear));
    m_kind->addItem(tr("Any days"), int(PeriodKind::Custom));
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_form->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_form->setMinimumContentsLength(18);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Period:"), this));
    top->addWidget(m_kind);
    top->addWidget(m_period);
    top->addWidget(m_from);
    top->addWidget(m_to);
    top->addSpacing(8);
    top->addWidget(new QLabel(tr("Form:"), this));
    top->addWidget(m_form);
    top->addStretch(1);
    layout->addLayout(top);
    auto* outputs = new QHBoxLayout;
    auto* menu = new QMenu(m_registers);
    menu->addAction(tr("All registers in one Excel workbook (XLSX)…"), this, [this] { exportRegistersAsked(std::nullopt); });
    menu->addSeparator();
    menu->addAction(tr("Mentors (CSV)…"), this, [this] { exportRegistersAsked(Registers::Kind::Mentors); });
    menu->addAction(tr("Mentees (CSV)…"), this, [this] { exportRegistersAsked(Registers::Kind::Mentees); });
    menu->addAction(tr("Pairs and groups (CSV)…"), this, [this] { exportRegistersAsked(Registers::Kind::Pairs); });
    m_registers->setMenu(menu);
    outputs->addWidget(m_report);
    outputs->addWidget(m_registers);
    outputs->addWidget(m_website);
    outputs->addStretch(1);
    layout->addLayout(outputs);
    layout->addWidget(m_tabs, 1);

    // Indicators.
    m_indicators->setModel(m_indicatorsModel.get());
    m_indicators->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_indicators->setSelectionMode(QAbstractItemView::SingleSelection);
    m_indicators->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_indicators->setAlternatingRowColors(true);
    m_indicators->verticalHeader()->setVisible(false);
    m_indicators->verticalHeader()->setDefaultSectionSize(m_indicators->fontMetrics().height() + 12);
    m_indicators->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_indicators->horizontalHeader()->setSectionResizeMode(IndicatorsModel::Title, QHeaderView::Stretch);
    m_indicators->setWordWrap(false);
    m_definition->setWordWrap(true);
    m_definition->setMinimumHeight(m_definition->fontMetrics().lineSpacing() * 3);
    m_definition->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_definition->setStyleSheet(u"QLabel { background: #f4f6f8; border: 1px solid #dfe3e8; padding: 6px; }"_s);
    m_comparison->setWordWrap(true);
    m_comparison->setStyleSheet(u"color: #5f6b76;"_s);
    auto* indicatorsPage = new QWidget(this);
    auto* indicatorsLayout = new QVBoxLayout(indicatorsPage);
    indicatorsLayout->addWidget(m_comparison);
    indicatorsLayout->addWidget(m_indicators, 1);
    indicatorsLayout->addWidget(m_definition);
    m_tabs->addTab(indicatorsPage, tr("Indicators"));

    // Charts.
    auto* chartsScroll = new QScrollArea(this);
    chartsScroll->setWidgetResizable(true);
    chartsScroll->setWidget(m_chartsPage);
    m_tabs->addTab(chartsScroll, tr("Charts"));

    // SWOT.
    auto* swotPage = new QWidget(this);
    auto* swotLayout = new QVBoxLayout(swotPage);
    auto* swotTop = new QHBoxLayout;
    swotTop->addWidget(new QLabel(tr("Form of mentoring:"), swotPage));
    m_swotForm->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_swotForm->setMinimumContentsLength(24);
    swotTop->addWidget(m_swotForm);
    swotTop->addSpacing(12);
    swotTop->addWidget(m_swotPeriod);
    swotTop->addStretch(1);
    swotTop->addWidget(m_saveSwot);
    swotLayout->addLayout(swotTop);
    auto* quadrants = new QGridLayout;
    const QString titles[] = {tr("Strengths (S)"), tr("Weaknesses (W)"), tr("Opportunities (O)"), tr("Threats (T)")};
    const QString colors[] = {u"#5a9e4b"_s, u"#c85a5a"_s, u"#2c5d87"_s, u"#e09a3e"_s};
    for (int i = 0; i < 4; ++i) {
        auto* label = new QLabel(u"<b style=\"color: %1\">%2</b>"_s.arg(colors[i], titles[i].toHtmlEscaped()), swotPage);
        m_swot[i] = new QPlainTextEdit(swotPage);
        m_swot[i]->setPlaceholderText(tr("One point a line"));
        m_swot[i]->setTabChangesFocus(true);
        quadrants->addWidget(label, (i / 2) * 2, i % 2);
        quadrants->addWidget(m_swot[i], (i / 2) * 2 + 1, i % 2);
    }
    swotLayout->addLayout(quadrants, 1);
    auto* swotHint = new QLabel(tr("The curator's SWOT analysis of each form of mentoring, kept with the half-year "
                                   "(002 cl. 5.1, 8.1); it goes into the director's report."),
                                swotPage);
    swotHint->setWordWrap(true);
    swotHint->setStyleSheet(u"color: #5f6b76;"_s);
    swotLayout->addWidget(swotHint);
    m_tabs->addTab(swotPage, tr("SWOT analysis"));

    // Evaluation.
    auto* evaluationPage = new QWidget(this);
    auto* evaluationLayout = new QVBoxLayout(evaluationPage);
    m_evaluations->setModel(m_evaluationsModel.get());
    m_evaluations->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_evaluations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_evaluations->verticalHeader()->setVisible(false);
    m_evaluations->horizontalHeader()->setStretchLastSection(true);
    m_evaluations->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_evaluationState->setWordWrap(true);
    m_conclusions->setPlaceholderText(tr("The curator's conclusions on the half-year: what worked, what did not, what "
                                         "is to be done in the next half-year."));
    evaluationLayout->addWidget(m_evaluationState);
    evaluationLayout->addWidget(new QLabel(tr("Conclusions of the curator:"), evaluationPage));
    evaluationLayout->addWidget(m_conclusions, 2);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_saveEvaluation);
    evaluationLayout->addLayout(saveRow);
    evaluationLayout->addWidget(new QLabel(tr("Saved evaluations:"), evaluationPage));
    evaluationLayout->addWidget(m_evaluations, 1);
    m_tabs->addTab(evaluationPage, tr("Half-year's evaluation"));

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillPeriods();
        recompute();
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, &MonitoringSection::recompute);
    connect(m_from, &DateEdit::dateChanged, this, &MonitoringSection::recompute);
    connect(m_to, &DateEdit::dateChanged, this, &MonitoringSection::recompute);
    connect(m_form, &QComboBox::currentIndexChanged, this, &MonitoringSection::recompute);
    connect(m_indicators->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& index) {
        const QString text = index.siblingAtColumn(0).data(IndicatorsModel::DefinitionRole).toString();
        m_definition->setText(text.isEmpty() ? QString()
                                             : u"<b>%1.</b> %2"_s.arg(index.siblingAtColumn(0).data().toString().toHtmlEscaped(),
                                                                      text.toHtmlEscaped()));
    });
    connect(m_swotForm, &QComboBox::currentIndexChanged, this, &MonitoringSection::showSwot);
    connect(m_saveSwot, &QPushButton::clicked, this, [this] {
        if (Status s = saveSwot(); !s)
            MessageBox::warning(this, tr("SWOT analysis"), s.error());
    });
    connect(m_saveEvaluation, &QPushButton::clicked, this, [this] {
        if (const Evaluation* e = savedEvaluation()) {
            if (MessageBox::question(this, tr("Half-year's evaluation"),
                                     tr("An evaluation of this period was saved on %1. Replace it with the indicators "
                                        "as they are now and these conclusions?")
                                         .arg(dates::toDisplay(e->date)),
                                     MessageBox::Yes | MessageBox::Cancel, MessageBox::Cancel)
                != MessageBox::Yes)
                return;
        }
        if (Status s = saveEvaluation(); !s)
            MessageBox::warning(this, tr("Half-year's evaluation"), s.error());
    });
    connect(m_report, &QPushButton::clicked, this, &MonitoringSection::showReport);
    connect(m_website, &QPushButton::clicked, this, &MonitoringSection::exportWebsiteAsked);
    setEnabled(false);
}

MonitoringSection::~MonitoringSection()
{
    m_indicators->setModel(nullptr);
    m_evaluations->setModel(nullptr);
}

SectionInfo MonitoringSection::info()
{
    return {u"monitoring"_s, tr("Monitoring"), icons::get(u"monitoring"_s), {}};
}

void MonitoringSection::contextChanged()
{
    setEnabled(context() != nullptr);
    m_updating = true;
    if (context()) {
        m_kind->setCurrentIndex(0);
        m_from->setDate(Period::halfYearOf(context()->today()).from);
        m_to->setDate(context()->today());
    }
    m_updating = false;
    if (!deferUntilShown())
        reload();
}

void MonitoringSection::refresh()
{
    reload();
}

void MonitoringSection::reload()
{
    m_data = Dataset();
    if (context()) {
        const Result<Dataset> loaded = context()->dataset();
        if (loaded)
            m_data = loaded.value();
    }
    m_updating = true;
    fillPeriods();
    fillForms();
    m_updating = false;
    recompute();
}

void MonitoringSection::fillPeriods()
{
    const PeriodKind kind = PeriodKind(m_kind->currentData().toInt());
    const bool custom = kind == PeriodKind::Custom;
    m_period->setVisible(!custom);
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    if (custom)
        return;
    const QDate today = context() ? context()->today() : QDate::currentDate();
    int first = today.year() - 1;
    for (const Pair& p : m_data.pairs) {
        if (p.start.isValid())
            first = std::min(first, p.start.year());
    }
    for (const Evaluation& e : m_data.monitoring.evaluations) {
        if (const std::optional<Period> p = Period::parse(e.period))
            first = std::min(first, p->from.year());
    }
    first = std::max(first, today.year() - 10);
    const QString keep = m_period->currentData().toString();
    const QSignalBlocker block(m_period);
    m_period->clear();
    QString current;
    for (int y = today.year() + 1; y >= first; --y) {
        QList<Period> periods;
        if (kind == PeriodKind::HalfYear)
            periods = {Period::halfYear(y, 2), Period::halfYear(y, 1)};
        else if (kind == PeriodKind::SchoolYear)
            periods = {Period::schoolYear(y)};
        else
            periods = {Period::calendarYear(y)};
        for (const Period& p : std::as_const(periods)) {
            if (p.from > today.addMonths(6))
                continue;
            m_period->addItem(p.label(), p.code());
            if (p.contains(today))
                current = p.code();
        }
    }
    const int index = m_period->findData(keep.isEmpty() ? current : keep);
    m_period->setCurrentIndex(index >= 0 ? index : std::max(0, m_period->findData(current)));
}

void MonitoringSection::fillForms()
{
    const QString keep = m_form->currentData().toString();
    const QSignalBlocker block(m_form);
    const QSignalBlocker blockSwot(m_swotForm);
    const QString keepSwot = m_swotForm->currentData().toString();
    m_form->clear();
    m_swotForm->clear();
    m_form->addItem(tr("All forms"), QString());
    m_swotForm->addItem(tr("The programme as a whole"), QString());
    QStringList forms;
    for (const Pair& p : m_data.pairs) {
        if (!forms.contains(p.form))
            forms << p.form;
    }
    for (const QString& f : vocabulary::codes(Vocab::PairForm)) {
        if (forms.contains(f)) {
            m_form->addItem(vocabulary::label(Vocab::PairForm, f), f);
            m_swotForm->addItem(vocabulary::label(Vocab::PairForm, f), f);
        }
    }
    m_form->setCurrentIndex(std::max(0, m_form->findData(keep)));
    const int swot = m_swotForm->findData(keepSwot);
    m_swotForm->setCurrentIndex(swot >= 0 ? swot : (m_swotForm->count() > 1 ? 1 : 0));
}

Period MonitoringSection::period() const
{
    if (PeriodKind(m_kind->currentData().toInt()) == PeriodKind::Custom) {
        const QDate from = m_from->date();
        const QDate to = m_to->date();
        if (from.isValid() && to.isValid() && from <= to)
            return Period::custom(from, to);
        const QDate today = context() ? context()->today() : QDate::currentDate();
        return Period::halfYearOf(today);
    }
    if (const std::optional<Period> p = Period::parse(m_period->currentData().toString()))
        return *p;
    return Period::halfYearOf(context() ? context()->today() : QDate::currentDate());
}

QString MonitoringSection::form() const
{
    return m_form->currentData().toString();
}

void MonitoringSection::setPeriod(const Period& p)
{
    m_updating = true;
    const PeriodKind kind = p.kind == Period::Kind::HalfYear     ? PeriodKind::HalfYear
        : p.kind == Period::Kind::SchoolYear                     ? PeriodKind::SchoolYear
        : p.kind == Period::Kind::CalendarYear                   ? PeriodKind::CalendarYear
                                                                 : PeriodKind::Custom;
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    fillPeriods();
    if (kind == PeriodKind::Custom) {
        m_from->setDate(p.from);
        m_to->setDate(p.to);
    } else {
        int index = m_period->findData(p.code());
        if (index < 0) {
            m_period->addItem(p.label(), p.code());
            index = m_period->count() - 1;
        }
        m_period->setCurrentIndex(index);
    }
    m_updating = false;
    recompute();
}

void MonitoringSection::setForm(const QString& form)
{
    m_form->setCurrentIndex(std::max(0, m_form->findData(form)));
}

const Evaluation* MonitoringSection::previousEvaluation() const
{
    const Period current = period();
    const Evaluation* best = nullptr;
    QDate bestEnd;
    for (const Evaluation& e : m_data.monitoring.evaluations) {
        const std::optional<Period> p = Period::parse(e.period);
        if (!p || e.form != form() || p->to >= current.from)
            continue;
        if (!best || p->to > bestEnd || (p->to == bestEnd && e.date > best->date)) {
            best = &e;
            bestEnd = p->to;
        }
    }
    return best;
}

const Evaluation* MonitoringSection::savedEvaluation() const
{
    const Evaluation* found = nullptr;
    for (const Evaluation& e : m_data.monitoring.evaluations) {
        if (e.period == period().code() && e.form == form() && (!found || e.date >= found->date))
            found = &e;
    }
    return found;
}

void MonitoringSection::recompute()
{
    if (m_updating)
        return;
    const QDate today = context() ? context()->today() : QDate::currentDate();
    m_result = Indicators::compute(m_data, period(), form(), today);
    const Evaluation* previous = previousEvaluation();
    const QString keep = m_indicators->currentIndex().siblingAtColumn(0).data(IndicatorsModel::IdRole).toString();
    m_indicatorsModel->setIndicators(m_result.indicators, previous);
    m_indicators->setColumnWidth(IndicatorsModel::Value, 220);
    m_indicators->setColumnWidth(IndicatorsModel::Previous, 200);
    m_indicators->setColumnWidth(IndicatorsModel::Change, 110);
    int row = 0;
    for (int r = 0; r < m_indicatorsModel->rowCount(); ++r) {
        if (m_indicatorsModel->index(r, 0).data(IndicatorsModel::IdRole).toString() == keep)
            row = r;
    }
    if (m_indicatorsModel->rowCount() > 0)
        m_indicators->setCurrentIndex(m_indicatorsModel->index(row, 0));
    QString text = tr("%1, states on %2.").arg(m_result.period.label(), dates::toDisplay(m_result.asOf));
    if (previous) {
        text += u' ' + tr("Compared with the evaluation of %1 saved on %2.")
                           .arg(Period::parse(previous->period)->label(), dates::toDisplay(previous->date));
    } else {
        text += u' ' + tr("No evaluation of an earlier period is saved: nothing to compare with yet.");
    }
    m_comparison->setText(text);
    showCharts();
    showSwot();
    showEvaluations();
}

void MonitoringSection::showCharts()
{
    while (QLayoutItem* item = m_chartsGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<charts::Chart> list = charts::monitoringCharts(m_result, false);
    for (int i = 0; i < list.size(); ++i)
        m_chartsGrid->addWidget(createChartView(list.at(i), m_chartsPage), i / 2, i % 2);
}

void MonitoringSection::showSwot()
{
    const Period p = period();
    const Period half = p.kind == Period::Kind::HalfYear
        ? p
        : Period::halfYearOf(std::min(p.to, context() ? context()->today() : QDate::currentDate()));
    m_swotPeriod->setText(tr("Half-year: %1").arg(half.label()));
    m_swotPeriod->setProperty("period", half.code());
    const QString f = m_swotForm->currentData().toString();
    const Swot* found = nullptr;
    for (const Swot& s : m_data.monitoring.swots) {
        if (s.form == f && s.period == half.code())
            found = &s;
    }
    const QStringList empty;
    const QStringList* lists[] = {found ? &found->strengths : &empty, found ? &found->weaknesses : &empty,
                                  found ? &found->opportunities : &empty, found ? &found->threats : &empty};
    for (int i = 0; i < 4; ++i)
        m_swot[i]->setPlainText(lists[i]->join(u'\n'));
}

Status MonitoringSection::saveSwot()
{
    if (!context())
        return Status::failure(tr("No database is open."));
    Swot s;
    s.form = m_swotForm->currentData().toString();
    s.period = m_swotPeriod->property("period").toString();
    s.date = context()->today();
    s.strengths = lines(m_swot[0]);
    s.weaknesses = lines(m_swot[1]);
    s.opportunities = lines(m_swot[2]);
    s.threats = lines(m_swot[3]);
    if (Status st = MonitoringRepository(context()->connection()).saveSwot(s); !st)
        return st;
    context()->notifyDataChanged();
    return Status::success();
}

void MonitoringSection::showEvaluations()
{
    m_evaluationsModel->clear();
    m_evaluationsModel->setHorizontalHeaderLabels({tr("Period"), tr("Form"), tr("Saved on"), tr("Conclusions")});
    for (const Evaluation& e : m_data.monitoring.evaluations) {
        const std::optional<Period> p = Period::parse(e.period);
        QList<QStandardItem*> row{new QStandardItem(p ? p->label() : e.period),
                                  new QStandardItem(e.form.isEmpty() ? tr("all forms") : vocabulary::label(Vocab::PairForm, e.form)),
                                  new QStandardItem(dates::toDisplay(e.date)),
                                  new QStandardItem(e.conclusions.section(u'\n', 0, 0))};
        row.first()->setData(e.id, Qt::UserRole + 1);
        m_evaluationsModel->appendRow(row);
    }
    m_evaluations->setColumnWidth(0, 190);
    m_evaluations->setColumnWidth(1, 150);
    m_evaluations->setColumnWidth(2, 100);
    const Evaluation* saved = savedEvaluation();
    m_conclusions->setPlainText(saved ? saved->conclusions : QString());
    m_evaluationState->setText(saved ? tr("The evaluation of %1 was saved on %2; saving again replaces it.")
                                           .arg(period().label(), dates::toDisplay(saved->date))
                                     : tr("The evaluation of %1 is not saved yet. Saving keeps the indicators as they "
                                          "are now with your conclusions, so that the next half-year can be compared "
                                          "with them (002 cl. 8.2).")
                                           .arg(period().label()));
}

Status MonitoringSection::saveEvaluation()
{
    if (!context())
        return Status::failure(tr("No database is open."));
    Evaluation e;
    if (const Evaluation* saved = savedEvaluation())
        e.id = saved->id;
    e.period = period().code();
    e.form = form();
    e.date = context()->today();
    for (const Indicator& i : m_result.indicators)
        e.indicators << i.toSaved();
    e.conclusions = m_conclusions->toPlainText().trimmed();
    const Result<Evaluation> saved = MonitoringRepository(context()->connection()).saveEvaluation(e);
    if (!saved)
        return saved.status();
    context()->notifyDataChanged();
    return Status::success();
}

void MonitoringSection::showReport()
{
    const QString code = period().code() + (form().isEmpty() ? QString() : u':' + form());
    openDocument(this, context(), DocumentKind::Monitoring, code);
}

Status MonitoringSection::exportRegisters(const QString& path, std::optional<Registers::Kind> csvKind)
{
    const QDate today = context() ? context()->today() : QDate::currentDate();
    if (csvKind)
        return Registers::writeCsv(*csvKind, m_data, today, path);
    return Registers::writeXlsx(m_data, today, path);
}

Status MonitoringSection::exportWebsite(const QString& path)
{
    return Registers::writeWebsiteHtml(m_data, context() ? context()->today() : QDate::currentDate(), path);
}

void MonitoringSection::exportRegistersAsked(std::optional<Registers::Kind> kind)
{
    if (!context())
        return;
    const QString date = dates::toIso(context()->today());
    QString name;
    QString filter;
    if (!kind) {
        name = tr("Registers of mentoring %1.xlsx").arg(date);
        filter = tr("Excel workbooks (*.xlsx)");
    } else {
        const QString which = *kind == Registers::Kind::Mentors ? tr("Mentors")
            : *kind == Registers::Kind::Mentees                 ? tr("Mentees")
                                                                : tr("Pairs and groups");
        name = tr("%1 %2.csv").arg(which, date);
        filter = tr("CSV for Excel (*.csv)");
    }
    const QString path = FileDialog::saveFileName(this, tr("Export the registers"), QDir(documentsFolder()).filePath(name), filter);
    if (path.isEmpty())
        return;
    if (Status s = exportRegisters(path, kind); !s) {
        MessageBox::critical(this, tr("Export the registers"), s.error());
        return;
    }
    MessageBox::information(this, tr("Export the registers"), tr("Written to «%1».").arg(QDir::toNativeSeparators(path)));
}

void MonitoringSection::exportWebsiteAsked()
{
    if (!context())
        return;
    const QString path = FileDialog::saveFileName(this, tr("Mentors' register for the website"),
                                                  QDir(documentsFolder()).filePath(tr("Register of mentors.html")),
                                                  tr("Web pages (*.html)"));
    if (path.isEmpty())
        return;
    if (Status s = exportWebsite(path); !s) {
        MessageBox::critical(this, tr("Mentors' register for the website"), s.error());
        return;
    }
    MessageBox::information(this, tr("Mentors' register for the website"),
                            tr("Written to «%1». Only mentors with a consent to the publication of their data are "
                               "listed, with their name, position and competencies.")
                                .arg(QDir::toNativeSeparators(path)));
}

} // namespace nastavnik::ui
