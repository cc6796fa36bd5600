#pragma once

#include "models/PeopleQuery.h"

#include <QAbstractTableModel>
#include <QHash>

namespace nastavnik {

/// The list of participants for a table view, backed by the database through PeopleQuery.
///
/// Filtering and sorting run in SQL; the model holds only the storage ids of the current
/// filter and reads the rows in pages as the view asks for them, so 30,000 people cost one
/// query per keystroke plus one page; a letter typed after others only narrows the ids held
/// (PeopleQuery::narrow), without a query. `refresh()` re-reads after a change to the database.
class PeopleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Kind, Staffing, Position, Unit, BirthDate, Role, Consent, ColumnCount };
    enum DataRole {
        PersonIdRole = Qt::UserRole + 1, ///< the person's id (QString)
        ArchivedRole,                    ///< bool
        ConsentStateRole,                ///< int(ConsentState)
    };

    static constexpr int kPageSize = 100;

    explicit PeopleTableModel(const QSqlDatabase& db, QObject* parent = nullptr);

    /// The date deciding running pairs and minors (default: the system date when created).
    void setToday(const QDate& today);
    QDate today() const { return m_today; }

    void setFilter(const PeopleFilter& filter);
    const PeopleFilter& filter() const { return m_filter; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// Re-reads the list (after the database changed), keeping filter and sort order.
    void refresh();

    /// How many people the list is drawn from: everyone not archived (everyone when the
    /// filter shows the archive).
    int totalCount() const { return m_total; }
    /// The problem of the last query, or success.
    const Status& status() const { return m_status; }

    QString personId(int row) const;
    /// The row showing the person, or -1 when the filter hides them.
    int rowOf(const QString& personId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void reload();
    const PersonRow* rowAt(int row) const;
    QString text(const PersonRow& row, int column) const;

    QSqlDatabase m_db;
    QDate m_today;
    PeopleFilter m_filter;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    PeopleFound m_found;
    int m_total = 0;
    Status m_status = Status::success();
    // Pages of rows read so far, by page number; dropped when the list is re-read.
    mutable QHash<int, QList<PersonRow>> m_pages;
};

} // namespace nastavnik
