#include "checks/ChecksSection.h"

#include "AppContext.h"
#include "FindingsService.h"
#include "Icons.h"
#include "checks/FindingsModel.h"
#include "rules/RuleEngine.h"
#include "storage/Database.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"
#include "widgets/WrappingDelegate.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
namespace {

enum Page { TreePage, EmptyPage };
constexpr int kExpandAll = 500; // findings shown at most, to open every group
constexpr int kExpandGroup = 50; // findings of a group at most, to open it beyond that
constexpr int kFilterAtOnce = 3000; // findings at most, to filter at every key
constexpr int kWrapAtMost = 500;    // findings shown at most, to wrap their text

QLabel* headingLabel(const QString& text, QWidget* parent)
{
    auto* heading = new QLabel(text, parent);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    heading->setFont(big);
    return heading;
}

} // namespace

ChecksSection::ChecksSection(QWidget* parent)
    : Section(info(), parent)
    , m_model(std::make_unique<FindingsModel>())
    , m_summary(new QLabel(this))
    , m_state(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_byRule(new QRadioButton(tr("By &rule"), this))
    , m_bySubject(new QRadioButton(tr("By &participant or pair"), this))
    , m_copy(new QPushButton(icons::get(u"save-copy"_s), tr("&Copy"), this))
    , m_save(new QPushButton(icons::get(u"export"_s), tr("Save as &text…"), this))
    , m_again(new QPushButton(icons::get(u"refresh"_s), tr("Check &again"), this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_details(new QTextBrowser(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    auto* top = new QHBoxLayout;
    top->addWidget(headingLabel(tr("Check"), this));
    top->addSpacing(12);
    m_state->setObjectName(u"checkState"_s);
    m_state->setStyleSheet(u"color: #5f6b76; font-style: italic;"_s);
    top->addWidget(m_state);
    top->addStretch(1);
    m_copy->setToolTip(tr("Copy the findings shown to the clipboard, as text"));
    m_save->setToolTip(tr("Save the findings shown to a text file"));
    m_again->setToolTip(tr("Check the whole database again now"));
    top->addWidget(m_copy);
    top->addWidget(m_save);
    top->addWidget(m_again);
    layout->addLayout(top);
    m_summary->setObjectName(u"checkSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(u"color: #5f6b76;"_s);
    layout->addWidget(m_summary);
    layout->addSpacing(4);

    auto* tools = new QHBoxLayout;
    m_filter->setPlaceholderText(tr("Filter: a name, a word of the message, a clause"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(icons::get(u"search"_s), QLineEdit::LeadingPosition);
    m_filter->setMinimumWidth(280);
    tools->addWidget(m_filter, 1);
    tools->addSpacing(12);
    tools->addWidget(new QLabel(tr("Group:"), this));
    auto* grouping = new QButtonGroup(this);
    grouping->addButton(m_byRule);
    grouping->addButton(m_bySubject);
    m_byRule->setChecked(true);
    tools->addWidget(m_byRule);
    tools->addWidget(m_bySubject);
    layout->addLayout(tools);

    m_tree->setModel(m_model.get());
    m_tree->setItemDelegate(new WrappingDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(FindingsModel::RelatedColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(FindingsModel::ClauseColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(FindingsModel::RelatedColumn, 250);
    m_tree->header()->resizeSection(FindingsModel::ClauseColumn, 150);
    m_tree->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(u"checkEmpty"_s);
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_empty);

    m_details->setObjectName(u"findingDetails"_s);
    m_details->setOpenLinks(false);
    m_details->setMinimumHeight(150);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_stack);
    split->addWidget(m_details);
    split->setChildrenCollapsible(false);
    split->setSizes({420, 170});
    layout->addWidget(split, 1);

    // Filtering tens of thousands of findings takes a moment: then it waits for a pause in
    // the typing; a school's few dozen follow every key.
    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(200);
    connect(&m_filterDelay, &QTimer::timeout, this, &ChecksSection::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, this, [this] {
        if (m_model->report().findings.size() > kFilterAtOnce)
            m_filterDelay.start();
        else
            applyFilter();
    });
    connect(m_byRule, &QRadioButton::toggled, this, &ChecksSection::applyGrouping);
    connect(m_tree, &QTreeView::activated, this, &ChecksSection::openIndex);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        // A group by rule folds; everything else opens (activated() covers Enter).
        if (index.data(FindingsModel::IsGroupRole).toBool() && m_model->grouping() == FindingsModel::Grouping::ByRule)
            m_tree->setExpanded(index.siblingAtColumn(0), !m_tree->isExpanded(index.siblingAtColumn(0)));
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ChecksSection::updateDetails);
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, &ChecksSection::updateDetails);
    connect(m_details, &QTextBrowser::anchorClicked, this, &ChecksSection::onLink);
    connect(m_copy, &QPushButton::clicked, this, &ChecksSection::copyText);
    connect(m_save, &QPushButton::clicked, this, &ChecksSection::saveText);
    connect(m_again, &QPushButton::clicked, this, [this] {
        if (context())
            context()->findings().checkNow();
    });
    setEnabled(false);
}

ChecksSection::~ChecksSection()
{
    m_tree->setModel(nullptr);
}

SectionInfo ChecksSection::info()
{
    return {u"checks"_s, tr("Check"), icons::get(u"checks"_s), {AppContext::Item::Rule}};
}

void ChecksSection::contextChanged()
{
    setEnabled(context() != nullptr);
    m_pendingRule.clear();
    m_model->setReport(FindingsReport());
    if (context()) {
        FindingsService& service = context()->findings();
        connect(&service, &FindingsService::reportChanged, this, &ChecksSection::onReport);
        connect(&service, &FindingsService::checkingChanged, this, &ChecksSection::updateState);
        connect(&service, &FindingsService::checkFailed, this, &ChecksSection::updateState);
        if (service.hasReport())
            onReport();
    }
    updateState();
}

void ChecksSection::refresh()
{
    // The service checks again after every change and publishes the report (onReport).
    updateState();
}

void ChecksSection::onReport()
{
    if (!context())
        return;
    // Keep the place: the same finding (rule and subject) stays current after a new check.
    QString rule;
    QString subject;
    if (const Finding* f = m_model->finding(m_tree->currentIndex())) {
        rule = f->rule;
        subject = f->subject;
    }
    m_model->setReport(context()->findings().report());
    expandGroups();
    if (!m_pendingRule.isEmpty()) {
        open(AppContext::Item::Rule, m_pendingRule);
        m_pendingRule.clear();
        updateState();
        return;
    }
    if (!rule.isEmpty()) {
        for (int g = 0; g < m_model->rowCount(); ++g) {
            const QModelIndex group = m_model->index(g, 0);
            for (int r = 0; r < m_model->rowCount(group); ++r) {
                const QModelIndex i = m_model->index(r, 0, group);
                if (i.data(FindingsModel::RuleRole).toString() == rule
                    && i.data(FindingsModel::SubjectRole).toString() == subject) {
                    m_tree->setCurrentIndex(i);
                    m_tree->scrollTo(i);
                    g = m_model->rowCount();
                    break;
                }
            }
        }
    }
    updateState();
}

void ChecksSection::applyFilter()
{
    m_filterDelay.stop();
    m_model->setFilterText(m_filter->text());
    expandGroups();
    updateState();
}

void ChecksSection::expandGroups()
{
    // A school's findings are read in full, wrapped over lines; at region scale one line each
    // (the view then never measures rows it does not show).
    const bool wrap = m_model->shownCount() <= kWrapAtMost;
    if (wrap != m_tree->wordWrap()) {
        m_tree->setWordWrap(wrap);
        m_tree->setUniformRowHeights(!wrap);
        m_tree->setTextElideMode(wrap ? Qt::ElideNone : Qt::ElideRight);
    }
    // Everything open while it is readable; at region scale only the small groups, so that a
    // rule with thousands of findings does not bury the others.
    const bool all = m_model->shownCount() <= kExpandAll;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex group = m_model->index(row, 0);
        m_tree->setExpanded(group, all || m_model->rowCount(group) <= kExpandGroup);
    }
}

void ChecksSection::applyGrouping()
{
    m_model->setGrouping(m_byRule->isChecked() ? FindingsModel::Grouping::ByRule : FindingsModel::Grouping::BySubject);
    expandGroups();
    updateState();
}

void ChecksSection::updateState()
{
    if (!context()) {
        m_summary->clear();
        m_state->clear();
        m_empty->clear();
        m_stack->setCurrentIndex(EmptyPage);
        return;
    }
    const FindingsService& service = context()->findings();
    m_state->setText(service.isChecking() ? tr("Checking…") : QString());
    m_again->setEnabled(!service.isChecking());
    const int total = int(service.findings().size());
    const bool any = service.hasReport() && total > 0;
    m_copy->setEnabled(any && m_model->shownCount() > 0);
    m_save->setEnabled(any && m_model->shownCount() > 0);
    m_filter->setEnabled(any);
    m_byRule->setEnabled(any);
    m_bySubject->setEnabled(any);

    if (!service.hasReport()) {
        m_summary->setText(service.error().isEmpty() ? QString() : service.error());
        m_empty->setText(service.error().isEmpty()
                             ? tr("Checking the data against the rules of the provision…")
                             : tr("The data could not be checked.\n\n%1").arg(service.error()));
        m_stack->setCurrentIndex(EmptyPage);
        return;
    }
    const FindingsReport& report = service.report();
    QString summary = tr("Rules of the profile «%1» on %2: %n finding(s).", "", total)
                          .arg(report.profile.name(), report.today.toString(u"dd.MM.yyyy"_s));
    if (total > 0 && m_model->shownCount() != total)
        summary += u' ' + tr("Shown: %1.").arg(m_model->shownCount());
    if (!service.error().isEmpty())
        summary += u' ' + tr("The last check failed: %1").arg(service.error());
    m_summary->setText(summary);
    if (total == 0) {
        m_empty->setText(tr("No findings: the data meets every rule of the profile «%1».\n\nThe check runs again "
                            "after every change.")
                             .arg(report.profile.name()));
        m_stack->setCurrentIndex(EmptyPage);
    } else if (m_model->shownCount() == 0) {
        m_empty->setText(tr("No finding contains «%1».").arg(m_filter->text().trimmed()));
        m_stack->setCurrentIndex(EmptyPage);
    } else {
        m_stack->setCurrentIndex(TreePage);
    }
}

void ChecksSection::updateDetails()
{
    const QModelIndex index = m_tree->currentIndex();
    const Finding* f = m_model->finding(index);
    if (!context() || !f) {
        m_details->setHtml(u"<p style=\"color:#5f6b76\">%1</p>"_s.arg(
            tr("Choose a finding to see what to do. Double-click opens the participant's card.").toHtmlEscaped()));
        return;
    }
    const FindingsReport& report = m_model->report();
    const bool pairs = context()->canOpen(AppContext::Item::Pair);
    QString html = u"<p><b>%1</b></p>"_s.arg(f->message.toHtmlEscaped());
    if (!f->hint.isEmpty())
        html += u"<p>%1</p>"_s.arg(tr("What to do: %1").toHtmlEscaped().arg(f->hint.toHtmlEscaped()));
    QString clause = f->clause.toHtmlEscaped();
    if (f->secondary)
        clause += u" — <i>%1</i>"_s.arg(tr("the value is reported by secondary sources only; confirm it in the "
                                          "organisation's own provision")
                                           .toHtmlEscaped());
    html += u"<p>%1 %2<br>%3</p>"_s.arg(tr("Clause:").toHtmlEscaped(),
                                         clause.isEmpty() ? u"—"_s : clause,
                                         tr("Rule: %1 (%2)")
                                             .arg(RuleEngine::ruleTitle(f->rule), f->rule)
                                             .toHtmlEscaped());
    QStringList concerned;
    for (const QString& id : f->people)
        concerned << u"<a href=\"person:%1\">%2</a>"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(id)),
                                                           report.personName(id).toHtmlEscaped());
    for (const QString& id : f->pairs) {
        const QString label = tr("pair %1").arg(report.pairLabel(id)).toHtmlEscaped();
        concerned << (pairs ? u"<a href=\"pair:%1\">%2</a>"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(id)), label)
                            : label);
    }
    if (!concerned.isEmpty())
        html += u"<p>%1 %2</p>"_s.arg(tr("Concerns:").toHtmlEscaped(), concerned.join(u", "_s));
    m_details->setHtml(html);
}

void ChecksSection::onLink(const QUrl& url)
{
    if (!context())
        return;
    const QString id = QUrl::fromPercentEncoding(url.path().toUtf8());
    if (url.scheme() == u"person")
        context()->requestOpen(AppContext::Item::Person, id);
    else if (url.scheme() == u"pair" && context()->canOpen(AppContext::Item::Pair))
        context()->requestOpen(AppContext::Item::Pair, id);
}

void ChecksSection::openIndex(const QModelIndex& index)
{
    if (!context() || !index.isValid())
        return;
    const bool group = index.data(FindingsModel::IsGroupRole).toBool();
    if (group && m_model->grouping() == FindingsModel::Grouping::ByRule)
        return;
    const QString subject = index.data(FindingsModel::SubjectRole).toString();
    const auto kind = Finding::SubjectKind(index.data(FindingsModel::SubjectKindRole).toInt());
    if (kind == Finding::SubjectKind::Person) {
        context()->requestOpen(AppContext::Item::Person, subject);
        return;
    }
    if (context()->canOpen(AppContext::Item::Pair)) {
        context()->requestOpen(AppContext::Item::Pair, subject);
        return;
    }
    // No section opens pairs yet: the first person the finding names (the mentor) is where
    // most of these are corrected (consents, documents, experience).
    QString person;
    if (const Finding* f = m_model->finding(index); f && !f->people.isEmpty())
        person = f->people.first();
    else if (group && m_model->rowCount(index.siblingAtColumn(0)) > 0)
        if (const Finding* first = m_model->finding(m_model->index(0, 0, index.siblingAtColumn(0)));
            first && !first->people.isEmpty())
            person = first->people.first();
    if (!person.isEmpty())
        context()->requestOpen(AppContext::Item::Person, person);
}

bool ChecksSection::canRun(Command command) const
{
    return context() && command == Command::Find;
}

void ChecksSection::run(Command command)
{
    if (command == Command::Find) {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    }
}

void ChecksSection::open(AppContext::Item item, const QString& id)
{
    if (item != AppContext::Item::Rule)
        return;
    m_filter->clear();
    applyFilter();
    m_byRule->setChecked(true);
    const QModelIndex group = m_model->groupOfRule(id);
    if (!group.isValid()) {
        // Asked for before the check was done: shown when its report comes.
        if (context() && context()->findings().isChecking())
            m_pendingRule = id;
        return;
    }
    m_pendingRule.clear();
    m_tree->collapseAll();
    m_tree->expand(group);
    m_tree->setCurrentIndex(group);
    m_tree->scrollTo(group, QAbstractItemView::PositionAtTop);
}

void ChecksSection::copyText()
{
    QGuiApplication::clipboard()->setText(m_model->toText());
}

void ChecksSection::saveText()
{
    if (!context())
        return;
    const QFileInfo database(context()->database().path());
    const QString proposed = database.absoluteDir().filePath(
        tr("check-%1.txt").arg(context()->today().toString(u"yyyy-MM-dd"_s)));
    QString path = FileDialog::saveFileName(this, tr("Save the findings"), proposed, tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".txt"_s;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        MessageBox::critical(this, tr("Save the findings"),
                             tr("«%1» could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    // Windows Notepad and Word read UTF-8 with its mark; the line ends are the system's.
    QByteArray bytes = QByteArrayLiteral("\xEF\xBB\xBF") + m_model->toText().toUtf8();
#ifdef Q_OS_WIN
    bytes.replace("\n", "\r\n");
#endif
    file.write(bytes);
    if (!file.commit()) {
        MessageBox::critical(this, tr("Save the findings"),
                             tr("«%1» could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
}

} // namespace nastavnik::ui
