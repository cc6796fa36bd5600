#pragma once

#include "rules/FindingsReport.h"

#include <QAbstractItemModel>

namespace nastavnik::ui {

/// The findings of a report as a tree for «Проверка»: groups (a rule, or a person or pair)
/// with their findings under them, filtered by a text. Groups show their count; a group
/// without a finding that passes the filter is not shown.
class FindingsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Grouping { ByRule, BySubject };
    enum Column { MessageColumn, RelatedColumn, ClauseColumn, ColumnCount };
    enum Role {
        IsGroupRole = Qt::UserRole + 1, ///< bool
        RuleRole,                       ///< the rule id (a finding, or a group by rule)
        SubjectKindRole,                ///< int(Finding::SubjectKind) of the subject
        SubjectRole,                    ///< the subject id (a finding, or a group by subject)
        FindingIndexRole,               ///< the finding's index in report().findings, or -1
        CountRole,                      ///< a group's number of findings shown
    };

    explicit FindingsModel(QObject* parent = nullptr);

    void setReport(const FindingsReport& report);
    const FindingsReport& report() const { return m_report; }

    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }
    /// Shows only the findings whose message, hint, clause, rule or names contain every word
    /// of `text` (case-insensitive).
    void setFilterText(const QString& text);
    QString filterText() const { return m_filter; }

    /// The number of findings shown (after the filter).
    int shownCount() const { return m_shown; }
    /// The group of rule `ruleId` (grouping by rule), or an invalid index.
    QModelIndex groupOfRule(const QString& ruleId) const;
    /// The finding at `index`, or nullptr for a group.
    const Finding* finding(const QModelIndex& index) const;
    /// The shown findings as text, group by group, for the clipboard or a file.
    QString toText() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString key; ///< rule id, or "person:<id>" / "pair:<id>"
        QString title;
        QList<int> rows; ///< indices into m_report.findings
    };
    void rebuild();
    bool matches(const Finding& f, const QStringList& words) const;
    QString related(const Finding& f) const;
    QString subjectName(const Finding& f) const;

    FindingsReport m_report;
    Grouping m_grouping = Grouping::ByRule;
    QString m_filter;
    QList<Group> m_groups;
    int m_shown = 0;
};

} // namespace nastavnik::ui
