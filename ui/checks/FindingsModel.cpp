#include "checks/FindingsModel.h"

#include "rules/RuleEngine.h"
#include "rules/RuleIds.h"

#include <QCollator>
#include <QFont>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
namespace {
// internalId of a group's index; a finding's index carries its group's number + 1.
constexpr quintptr kGroupId = 0;
} // namespace

FindingsModel::FindingsModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void FindingsModel::setReport(const FindingsReport& report)
{
    beginResetModel();
    m_report = report;
    rebuild();
    endResetModel();
}

void FindingsModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    rebuild();
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, RelatedColumn, RelatedColumn);
}

void FindingsModel::setFilterText(const QString& text)
{
    if (text == m_filter)
        return;
    beginResetModel();
    m_filter = text;
    rebuild();
    endResetModel();
}

QString FindingsModel::subjectName(const Finding& f) const
{
    return f.subjectKind == Finding::SubjectKind::Person ? m_report.personName(f.subject) : m_report.pairLabel(f.subject);
}

QString FindingsModel::related(const Finding& f) const
{
    if (m_grouping == Grouping::BySubject)
        return RuleEngine::ruleTitle(f.rule);
    if (f.subjectKind == Finding::SubjectKind::Person)
        return m_report.personName(f.subject);
    return tr("Pair %1").arg(m_report.pairLabel(f.subject));
}

bool FindingsModel::matches(const Finding& f, const QStringList& words) const
{
    if (words.isEmpty())
        return true;
    QStringList haystack{f.message, f.hint, f.clause, f.rule, RuleEngine::ruleTitle(f.rule)};
    for (const QString& id : f.people)
        haystack << m_report.personName(id);
    for (const QString& id : f.pairs)
        haystack << m_report.pairLabel(id);
    const QString all = haystack.join(u'\n');
    return std::all_of(words.cbegin(), words.cend(),
                       [&all](const QString& w) { return all.contains(w, Qt::CaseInsensitive); });
}

void FindingsModel::rebuild()
{
    m_groups.clear();
    m_shown = 0;
    QHash<QString, qsizetype> byKey;
    const QStringList words = m_filter.simplified().split(u' ', Qt::SkipEmptyParts);
    for (int i = 0; i < m_report.findings.size(); ++i) {
        const Finding& f = m_report.findings.at(i);
        if (!matches(f, words))
            continue;
        QString key;
        if (m_grouping == Grouping::ByRule)
            key = f.rule;
        else
            key = (f.subjectKind == Finding::SubjectKind::Person ? u"person:"_s : u"pair:"_s) + f.subject;
        auto it = byKey.find(key);
        if (it == byKey.end()) {
            Group g;
            g.key = key;
            if (m_grouping == Grouping::ByRule)
                g.title = RuleEngine::ruleTitle(f.rule);
            else if (f.subjectKind == Finding::SubjectKind::Person)
                g.title = m_report.personName(f.subject);
            else
                g.title = tr("Pair %1").arg(m_report.pairLabel(f.subject));
            it = byKey.insert(key, m_groups.size());
            m_groups << g;
        }
        m_groups[*it].rows << i;
        ++m_shown;
    }
    if (m_grouping == Grouping::ByRule) {
        // The contract's order of the rules, which follows the provisions' logic.
        const QStringList order = rules::all();
        std::stable_sort(m_groups.begin(), m_groups.end(), [&order](const Group& a, const Group& b) {
            const qsizetype ia = order.indexOf(a.key);
            const qsizetype ib = order.indexOf(b.key);
            return (ia < 0 ? order.size() : ia) < (ib < 0 ? order.size() : ib);
        });
    } else {
        QCollator collator;
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        // People first, then pairs, each by name.
        std::stable_sort(m_groups.begin(), m_groups.end(), [&collator](const Group& a, const Group& b) {
            const bool pa = a.key.startsWith(u"person:");
            const bool pb = b.key.startsWith(u"person:");
            if (pa != pb)
                return pa;
            return collator.compare(a.title, b.title) < 0;
        });
    }
}

QModelIndex FindingsModel::groupOfRule(const QString& ruleId) const
{
    if (m_grouping != Grouping::ByRule)
        return {};
    for (int i = 0; i < m_groups.size(); ++i) {
        if (m_groups.at(i).key == ruleId)
            return index(i, 0);
    }
    return {};
}

const Finding* FindingsModel::finding(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kGroupId)
        return nullptr;
    const Group& g = m_groups.at(qsizetype(index.internalId() - 1));
    return &m_report.findings.at(g.rows.at(index.row()));
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, kGroupId) : QModelIndex();
    if (parent.internalId() != kGroupId || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).rows.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex FindingsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != kGroupId)
        return 0;
    return int(m_groups.at(parent.row()).rows.size());
}

int FindingsModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupId) {
        const Group& g = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == MessageColumn)
                return u"%1 (%2)"_s.arg(g.title).arg(g.rows.size());
            if (index.column() == ClauseColumn && m_grouping == Grouping::ByRule)
                return m_report.profile.ruleClause(g.key);
            return {};
        case Qt::ToolTipRole:
            if (index.column() == MessageColumn)
                return g.title;
            return {};
        case Qt::FontRole: {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        case IsGroupRole:
            return true;
        case RuleRole:
            return m_grouping == Grouping::ByRule ? g.key : QString();
        case SubjectKindRole:
            if (m_grouping == Grouping::BySubject)
                return int(g.key.startsWith(u"person:") ? Finding::SubjectKind::Person : Finding::SubjectKind::Pair);
            return {};
        case SubjectRole:
            if (m_grouping == Grouping::BySubject)
                return g.key.mid(g.key.indexOf(u':') + 1);
            return {};
        case FindingIndexRole:
            return -1;
        case CountRole:
            return int(g.rows.size());
        default:
            return {};
        }
    }
    const Group& g = m_groups.at(qsizetype(index.internalId() - 1));
    const int i = g.rows.at(index.row());
    const Finding& f = m_report.findings.at(i);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MessageColumn:
            return f.message;
        case RelatedColumn:
            return related(f);
        case ClauseColumn:
            return f.secondary ? tr("%1 (by secondary sources — confirm)").arg(f.clause) : f.clause;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines{f.message};
        if (!f.hint.isEmpty())
            lines << tr("What to do: %1").arg(f.hint);
        if (!f.clause.isEmpty())
            lines << tr("Clause: %1").arg(f.clause);
        return lines.join(u"\n\n"_s);
    }
    case IsGroupRole:
        return false;
    case RuleRole:
        return f.rule;
    case SubjectKindRole:
        return int(f.subjectKind);
    case SubjectRole:
        return f.subject;
    case FindingIndexRole:
        return i;
    case CountRole:
        return 0;
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MessageColumn:
        return tr("Finding");
    case RelatedColumn:
        return m_grouping == Grouping::ByRule ? tr("Concerns") : tr("Rule");
    case ClauseColumn:
        return tr("Clause");
    }
    return {};
}

QString FindingsModel::toText() const
{
    QStringList lines;
    lines << tr("Check of the rules of the profile «%1» on %2")
                 .arg(m_report.profile.name(), m_report.today.toString(u"dd.MM.yyyy"_s));
    if (!m_filter.trimmed().isEmpty())
        lines << tr("Only findings containing «%1»").arg(m_filter.trimmed());
    lines << tr("Findings: %1").arg(m_shown);
    for (const Group& g : m_groups) {
        lines << QString() << u"%1 (%2)"_s.arg(g.title).arg(g.rows.size());
        int n = 0;
        for (int i : g.rows) {
            const Finding& f = m_report.findings.at(i);
            lines << u"  %1. %2"_s.arg(++n).arg(f.message);
            if (!f.clause.isEmpty())
                lines << u"     "_s + tr("Clause: %1").arg(f.clause)
                             + (f.secondary ? u" "_s + tr("(by secondary sources — confirm)") : QString());
            if (!f.hint.isEmpty())
                lines << u"     "_s + tr("What to do: %1").arg(f.hint);
        }
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace nastavnik::ui
