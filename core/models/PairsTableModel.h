#pragma once

#include "models/PairsQuery.h"

#include <QAbstractTableModel>
#include <QHash>

namespace nastavnik {

/// The list of pairs and groups for a table view, backed by the database through PairsQuery.
///
/// Filtering and sorting run in SQL; the model holds only the storage ids of the current filter
/// and reads rows in pages as the view asks for them, so 15,000 pairs cost one query per filter
/// change plus one page. `refresh()` re-reads after a change to the database.
class PairsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Form,
        Mentor,
        Mentees,
        Start,
        End,
        Status,
        Plan,
        LastMeeting,
        ColumnCount
    };
    enum DataRole
    {
        PairIdRole = Qt::UserRole + 1, ///< the pair's id (QString)
        StatusRole, ///< int(PairStatus)
        OverdueRole, ///< the number of overdue plan items (int)
        MentorIdRole, ///< the current mentor's id (QString)
    };

    static constexpr int kPageSize = 100;

    /// Reads the list as on `today` (see setToday).
    explicit PairsTableModel(const QSqlDatabase& db,
                             const QDate& today = QDate::currentDate(),
                             QObject* parent = nullptr);

    /// The date deciding statuses, current mentors and overdue items (default: the system date).
    void setToday(const QDate& today);
    QDate today() const { return m_today; }

    void setFilter(const PairsFilter& filter);
    const PairsFilter& filter() const { return m_filter; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// Re-reads the list (after the database changed), keeping filter and sort order.
    void refresh();

    /// The number of pairs in the database.
    int totalCount() const { return m_total; }
    /// Pairs of the database per status on today.
    const QMap<PairStatus, int>& statusCounts() const { return m_statusCounts; }
    const nastavnik::Status& status() const { return m_status; }

    QString pairId(int row) const;
    /// The row showing the pair, or -1 when the filter hides it.
    int rowOf(const QString& pairId) const;
    /// The whole row (nullptr for a row out of range).
    const PairRow* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void reload();
    QString text(const PairRow& row, int column) const;

    QSqlDatabase m_db;
    QDate m_today;
    PairsFilter m_filter;
    int m_sortColumn = Number;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<qint64> m_ids;
    int m_total = 0;
    QMap<PairStatus, int> m_statusCounts;
    nastavnik::Status m_status = nastavnik::Status::success();
    mutable QHash<int, QList<PairRow>> m_pages;
};

} // namespace nastavnik
