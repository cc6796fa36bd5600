#pragma once

#include "rules/Deadlines.h"

#include <QAbstractItemModel>
#include <QDate>

namespace nastavnik::ui {

/// The deadlines of «Сегодня» as a tree: «Просрочено», «На этой неделе» (to Sunday) and
/// «В ближайшие 14 дней», each with its deadlines by date. Empty groups are not shown.
class DeadlinesModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Group { Overdue, ThisWeek, Soon };
    enum Column { DueColumn, LeftColumn, KindColumn, DescriptionColumn, ColumnCount };
    enum Role {
        IsGroupRole = Qt::UserRole + 1, ///< bool
        GroupRole,                      ///< int(Group) of a group or a deadline
        PairRole,                       ///< the pair concerned, or empty
        PeopleRole,                     ///< QStringList: the people concerned
        UnconfirmedRole,                ///< bool: computed without decree data
    };

    explicit DeadlinesModel(QObject* parent = nullptr);

    /// `items` as Deadlines::collect gives them (sorted by date), on `today`.
    void setItems(const QList<DeadlineItem>& items, const QDate& today);
    const QList<DeadlineItem>& items() const { return m_items; }
    QDate today() const { return m_today; }

    /// The number of deadlines in `group`.
    int count(Group group) const;
    /// The group a deadline due on `due` falls into on `today`.
    static Group groupOf(const QDate& due, const QDate& today);
    static QString groupTitle(Group group);
    /// «через 3 дня», «сегодня», «просрочено на 5 дней».
    static QString daysText(const QDate& due, const QDate& today);

    /// The deadline at `index`, or nullptr for a group.
    const DeadlineItem* item(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Bucket
    {
        Group group;
        QList<int> rows; ///< indices into m_items
    };

    QList<DeadlineItem> m_items;
    QDate m_today;
    QList<Bucket> m_buckets; ///< non-empty groups, in order
};

} // namespace nastavnik::ui
