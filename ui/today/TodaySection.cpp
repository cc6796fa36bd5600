#include "today/TodaySection.h"

#include "AppContext.h"
#include "FindingsService.h"
#include "Icons.h"
#include "rules/Deadlines.h"
#include "rules/RuleEngine.h"
#include "rules/RuleIds.h"
#include "storage/Database.h"
#include "storage/DeadlinesRepository.h"
#include "storage/DeadlinesSnapshot.h"
#include "storage/ReadConnection.h"
#include "today/DeadlinesModel.h"
#include "util/Background.h"
#include "util/Dates.h"
#include "widgets/WrappingDelegate.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
namespace {
enum Page { TreePage, EmptyPage };
constexpr int kRulesShown = 8;
constexpr int kWrapAtMost = 1000; // deadlines at most, to show their text wrapped
} // namespace

TodaySection::TodaySection(QWidget* parent)
    : Section(info(), parent)
    , m_model(std::make_unique<DeadlinesModel>())
    , m_date(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_tree(new QTreeView(this))
    , m_empty(new QLabel(this))
    , m_findings(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    auto* top = new QHBoxLayout;
    auto* heading = new QLabel(tr("Today"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    heading->setFont(big);
    top->addWidget(heading);
    top->addSpacing(12);
    m_date->setObjectName(u"todayDate"_s);
    QFont dateFont = m_date->font();
    dateFont.setPointSizeF(dateFont.pointSizeF() * 1.15);
    m_date->setFont(dateFont);
    m_date->setStyleSheet(u"color: #2c5d87;"_s);
    top->addWidget(m_date, 0, Qt::AlignBaseline);
    top->addStretch(1);
    layout->addLayout(top);
    auto* subtitle = new QLabel(tr("Deadlines of the pairs: individual plans, reports and questionnaires, the end of "
                                   "mentoring, plan items and documents of the participants."),
                                this);
    subtitle->setWordWrap(true);
    subtitle->setStyleSheet(u"color: #5f6b76;"_s);
    layout->addWidget(subtitle);
    m_counts->setObjectName(u"deadlineCounts"_s);
    m_counts->setTextFormat(Qt::RichText);
    layout->addWidget(m_counts);
    layout->addSpacing(4);

    // The findings in short, above the deadlines: one line or two, the deadlines keep the width.
    auto* card = new QFrame(this);
    card->setObjectName(u"findingsCard"_s);
    card->setStyleSheet(u"#findingsCard { background: palette(alternate-base); border: 1px solid #c9d0d6; "
                        "border-radius: 4px; }"_s);
    auto* cardLayout = new QHBoxLayout(card);
    cardLayout->setContentsMargins(10, 6, 10, 6);
    auto* checkIcon = new QLabel(card);
    checkIcon->setPixmap(icons::get(u"checks"_s).pixmap(24, 24));
    checkIcon->setAlignment(Qt::AlignTop);
    cardLayout->addWidget(checkIcon);
    m_findings->setObjectName(u"findingsSummary"_s);
    m_findings->setWordWrap(true);
    m_findings->setTextFormat(Qt::RichText);
    m_findings->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_findings->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_findings->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    cardLayout->addWidget(m_findings, 1);
    layout->addWidget(card);
    layout->addSpacing(4);

    m_tree->setModel(m_model.get());
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->setItemDelegate(new WrappingDelegate(m_tree));
    QHeaderView* header = m_tree->header();
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // The groups' titles span every column; the first one needs only a date (and its mark).
    header->resizeSection(DeadlinesModel::DueColumn, 115);
    header->resizeSection(DeadlinesModel::LeftColumn, 170);
    header->resizeSection(DeadlinesModel::KindColumn, 165);
    m_empty->setObjectName(u"todayEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    connect(m_tree, &QTreeView::activated, this, &TodaySection::openIndex);
    connect(&m_reading, &QFutureWatcher<Outcome>::resultReadyAt, this, &TodaySection::onRead);
    connect(&m_reading, &QFutureWatcher<Outcome>::finished, this, &TodaySection::onReadEnded);
    connect(&m_preparing, &QFutureWatcher<Status>::finished, this, &TodaySection::onPrepared);
    connect(m_findings, &QLabel::linkActivated, this, &TodaySection::onLink);
    setEnabled(false);
}

TodaySection::~TodaySection()
{
    m_reading.disconnect(this);
    m_reading.waitForFinished();
    m_preparing.disconnect(this);
    stopPreparing();
    m_tree->setModel(nullptr);
}

SectionInfo TodaySection::info()
{
    return {u"today"_s, tr("Today"), icons::get(u"today"_s), {}};
}

void TodaySection::contextChanged()
{
    setEnabled(context() != nullptr);
    // A read still running is of the database before: it ends before that file may be
    // replaced (the demo) or removed, and its result is dropped.
    if (m_reading.isRunning()) {
        m_reading.waitForFinished();
        m_again = true;
    }
    stopPreparing();
    if (!context()) {
        m_model->setItems({}, QDate());
        m_date->clear();
        m_counts->clear();
        m_findings->clear();
        return;
    }
    FindingsService& service = context()->findings();
    connect(&service, &FindingsService::reportChanged, this, &TodaySection::updateFindings);
    connect(&service, &FindingsService::checkingChanged, this, &TodaySection::updateFindings);
    connect(&service, &FindingsService::checkFailed, this, &TodaySection::updateFindings);
    // The first screen of the window: read at once, whether shown yet or not.
    m_counts->setText(u"<span style=\"color:#5f6b76\">%1</span>"_s.arg(tr("Reading the deadlines…").toHtmlEscaped()));
    refresh();
}

void TodaySection::refresh()
{
    if (!context())
        return;
    const QDate today = context()->today();
    // «понедельник, 2 марта 2026 г.» as Russian writes it; the locale's form elsewhere.
    const QLocale locale;
    m_date->setText(locale.language() == QLocale::Russian
                        ? locale.dayName(today.dayOfWeek()) + u", "_s + dates::toRussianWords(today)
                        : locale.toString(today, u"dddd, d MMMM yyyy"_s));
    if (m_reading.isRunning()) {
        m_again = true;
        return;
    }
    startReading();
}

void TodaySection::startReading()
{
    // What is being prepared for the next days is of the data before.
    if (m_cancelPreparing)
        m_cancelPreparing->store(true);
    m_again = false;
    m_loading = true;
    const QString path = context()->database().path();
    const QDate today = context()->today();
    m_reading.setFuture(background::run(background::Screen, [path, today](QPromise<Outcome>& promise) {
        // The deadlines are handed over as soon as they are known: the rows read for them (tens
        // of thousands at region scale) and the connection are let go of afterwards, while the
        // window already shows them.
        using Read = Result<QList<DeadlineItem>>;
        auto publish = [&promise](Read read) { promise.addResult(std::make_shared<const Read>(std::move(read))); };
        // Collected ahead of time (the day before, or after the last change) from the file
        // as it is: nothing to read.
        if (std::optional<QList<DeadlineItem>> kept = DeadlinesSnapshot().find(path, today))
            return publish(std::move(*kept));
        const ReadConnection reader(path);
        if (!reader.status().ok())
            return publish(Read::failure(reader.status().error()));
        const Result<ValidationInput> in = DeadlinesRepository(reader.connection()).load(today);
        if (!in)
            return publish(Read::failure(in.error()));
        publish(Deadlines::collect(in->data, in->profile, in->calendar, today));
    }));
}

void TodaySection::onRead()
{
    if (!context()) {
        m_loading = false;
        return;
    }
    // Out of date: onReadEnded reads again.
    if (m_again)
        return;
    display(*m_reading.result());
    m_loading = false;
    prepareAhead();
}

void TodaySection::onReadEnded()
{
    if (!context()) {
        m_again = false;
        m_loading = false;
        return;
    }
    if (m_again)
        startReading();
}

void TodaySection::prepareAhead()
{
    if (m_preparing.isRunning()) {
        m_prepareAgain = true;
        return;
    }
    m_prepareAgain = false;
    m_cancelPreparing = std::make_shared<std::atomic<bool>>(false);
    // On the worker of the upkeep, after the findings: the window is not kept waiting. Nothing
    // is read when the lists are there already.
    m_preparing.setFuture(background::run(
        background::Upkeep, [path = context()->database().path(), today = context()->today(), cancel = m_cancelPreparing] {
            return DeadlinesSnapshot().prepare(path, today, cancel.get());
        }));
}

void TodaySection::onPrepared()
{
    // Without the lists the window opens as it did before them, a moment slower: nothing for
    // the user to do.
    if (const Status s = m_preparing.result(); !s)
        qWarning("%s", qUtf8Printable(s.error()));
    if (m_prepareAgain && context())
        prepareAhead();
}

void TodaySection::stopPreparing()
{
    // The worker reads the database file: done before that file may be replaced or removed.
    m_prepareAgain = false;
    if (m_cancelPreparing)
        m_cancelPreparing->store(true);
    m_preparing.waitForFinished();
}

void TodaySection::display(const Result<QList<DeadlineItem>>& read)
{
    const QDate today = context()->today();
    if (!read) {
        m_error = read.error();
        m_model->setItems({}, today);
        m_counts->clear();
        m_empty->setText(tr("The deadlines could not be read.\n\n%1").arg(m_error));
        m_stack->setCurrentIndex(EmptyPage);
        updateFindings();
        return;
    }
    m_error.clear();
    const QList<DeadlineItem>& items = read.value();
    // A school's few dozen deadlines are read in full, wrapped over lines; at region scale
    // every row is one line (the view then never measures rows it does not show).
    const bool wrap = items.size() <= kWrapAtMost;
    // Such a list needs the scroll bar: shown before the rows come, the view is laid out and
    // painted once (not again when the bar appears and narrows it).
    m_tree->setVerticalScrollBarPolicy(wrap ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOn);
    m_tree->setWordWrap(wrap);
    m_tree->setUniformRowHeights(!wrap);
    m_tree->setTextElideMode(wrap ? Qt::ElideNone : Qt::ElideRight);
    m_model->setItems(items, today);
    // Two levels: expanding the groups is enough (expandAll walks every deadline).
    for (int row = 0; row < m_model->rowCount(); ++row) {
        m_tree->setFirstColumnSpanned(row, QModelIndex(), true);
        m_tree->expand(m_model->index(row, 0));
    }

    using G = DeadlinesModel::Group;
    const int overdue = m_model->count(G::Overdue);
    auto badge = [](const QString& text, int n, const char16_t* color) {
        return u"<span style=\"color:%1\"><b>%2</b> %3</span>"_s.arg(QString::fromUtf16(n > 0 ? color : u"#5f6b76"))
            .arg(n)
            .arg(text.toHtmlEscaped());
    };
    m_counts->setText(QStringList{badge(tr("overdue"), overdue, u"#a1261c"),
                                  badge(tr("this week"), m_model->count(G::ThisWeek), u"#8a5a00"),
                                  badge(tr("in the next 14 days"), m_model->count(G::Soon), u"#2c5d87")}
                          .join(u"&nbsp;&nbsp;·&nbsp;&nbsp;"_s));
    if (m_model->items().isEmpty()) {
        m_empty->setText(tr("No deadlines: nothing is overdue, and nothing falls due in the next 14 days."));
        m_stack->setCurrentIndex(EmptyPage);
    } else {
        m_stack->setCurrentIndex(TreePage);
    }
    updateFindings();
}

void TodaySection::updateFindings()
{
    if (!context())
        return;
    const FindingsService& service = context()->findings();
    if (!service.hasReport()) {
        m_findings->setText(u"<b>%1</b> "_s.arg(tr("Check:").toHtmlEscaped())
                            + (service.error().isEmpty()
                                   ? u"<span style=\"color:#5f6b76\">%1</span>"_s.arg(tr("checking the data…").toHtmlEscaped())
                                   : service.error().toHtmlEscaped()));
        return;
    }
    const FindingsReport& report = service.report();
    const int total = int(report.findings.size());
    QString html = u"<b>%1</b> "_s.arg(tr("Check:").toHtmlEscaped());
    if (total == 0) {
        html += tr("no findings, the data meets the rules of the profile «%1».").arg(report.profile.name()).toHtmlEscaped();
    } else {
        html += u"<a href=\"checks\"><b>%1</b></a> %2 "_s.arg(
            tr("%n finding(s)", "", total).toHtmlEscaped(),
            tr("against the rules of the profile «%1»:").arg(report.profile.name()).toHtmlEscaped());
        QMap<QString, int> perRule;
        for (const Finding& f : report.findings)
            ++perRule[f.rule];
        QStringList parts;
        for (const QString& rule : rules::all()) {
            const int n = perRule.value(rule);
            if (n == 0)
                continue;
            if (parts.size() == kRulesShown) {
                parts << tr("…and %n more rule(s)", "", int(perRule.size()) - kRulesShown).toHtmlEscaped();
                break;
            }
            parts << u"<a href=\"rule:%1\">%2</a>&nbsp;—&nbsp;%3"_s.arg(
                rule, RuleEngine::ruleTitle(rule).toHtmlEscaped(), QString::number(n));
        }
        html += parts.join(u" · "_s);
    }
    if (service.isChecking())
        html += u" <span style=\"color:#5f6b76\"><i>%1</i></span>"_s.arg(tr("Checking the changes…").toHtmlEscaped());
    else
        html += u"<br><span style=\"color:#5f6b76\">%1</span>"_s.arg(
            tr("Checked on %1; the check runs again after every change.")
                .arg(report.today.toString(u"dd.MM.yyyy"_s))
                .toHtmlEscaped());
    m_findings->setText(html);
}

void TodaySection::onLink(const QString& link)
{
    if (!context())
        return;
    if (link.startsWith(u"rule:"))
        context()->requestOpen(AppContext::Item::Rule, link.mid(5));
    else
        context()->requestSection(u"checks"_s);
}

void TodaySection::openIndex(const QModelIndex& index)
{
    const DeadlineItem* item = m_model->item(index);
    if (!context() || !item)
        return;
    if (!item->pair.isEmpty() && context()->canOpen(AppContext::Item::Pair)) {
        context()->requestOpen(AppContext::Item::Pair, item->pair);
        return;
    }
    if (!item->people.isEmpty())
        context()->requestOpen(AppContext::Item::Person, item->people.first());
}

} // namespace nastavnik::ui
