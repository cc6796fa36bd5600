#include "today/DeadlinesModel.h"

#include "util/Dates.h"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
namespace {
constexpr quintptr kGroupId = 0;
} // namespace

DeadlinesModel::DeadlinesModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

DeadlinesModel::Group DeadlinesModel::groupOf(const QDate& due, const QDate& today)
{
    if (due < today)
        return Group::Overdue;
    const QDate sunday = today.addDays(7 - today.dayOfWeek());
    return due <= sunday ? Group::ThisWeek : Group::Soon;
}

QString DeadlinesModel::groupTitle(Group group)
{
    switch (group) {
    case Group::Overdue:
        return tr("Overdue");
    case Group::ThisWeek:
        return tr("This week");
    case Group::Soon:
        return tr("In the next 14 days");
    }
    return {};
}

QString DeadlinesModel::daysText(const QDate& due, const QDate& today)
{
    const qint64 days = today.daysTo(due);
    if (days == 0)
        return tr("today");
    if (days == 1)
        return tr("tomorrow");
    if (days > 0)
        return tr("in %n day(s)", "", int(days));
    return tr("overdue by %n day(s)", "", int(-days));
}

void DeadlinesModel::setItems(const QList<DeadlineItem>& items, const QDate& today)
{
    beginResetModel();
    m_items = items;
    m_today = today;
    m_buckets.clear();
    for (Group g : {Group::Overdue, Group::ThisWeek, Group::Soon})
        m_buckets << Bucket{g, {}};
    for (int i = 0; i < m_items.size(); ++i)
        m_buckets[int(groupOf(m_items.at(i).due, today))].rows << i;
    m_buckets.removeIf([](const Bucket& b) { return b.rows.isEmpty(); });
    endResetModel();
}

int DeadlinesModel::count(Group group) const
{
    for (const Bucket& b : m_buckets) {
        if (b.group == group)
            return int(b.rows.size());
    }
    return 0;
}

const DeadlineItem* DeadlinesModel::item(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kGroupId)
        return nullptr;
    return &m_items.at(m_buckets.at(qsizetype(index.internalId() - 1)).rows.at(index.row()));
}

QModelIndex DeadlinesModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_buckets.size() ? createIndex(row, column, kGroupId) : QModelIndex();
    if (parent.internalId() != kGroupId || parent.row() >= m_buckets.size()
        || row >= m_buckets.at(parent.row()).rows.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex DeadlinesModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int DeadlinesModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_buckets.size());
    if (parent.column() != 0 || parent.internalId() != kGroupId)
        return 0;
    return int(m_buckets.at(parent.row()).rows.size());
}

int DeadlinesModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant DeadlinesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupId) {
        const Bucket& b = m_buckets.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == DueColumn ? u"%1 (%2)"_s.arg(groupTitle(b.group)).arg(b.rows.size()) : QVariant();
        case Qt::FontRole: {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        case Qt::ForegroundRole:
            return b.group == Group::Overdue ? QBrush(QColor(0xa1, 0x26, 0x1c)) : QVariant();
        case IsGroupRole:
            return true;
        case GroupRole:
            return int(b.group);
        default:
            return {};
        }
    }
    const Bucket& b = m_buckets.at(qsizetype(index.internalId() - 1));
    const DeadlineItem& d = m_items.at(b.rows.at(index.row()));
    const QString unconfirmed = tr("the deadline is not confirmed by the production calendar");
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DueColumn:
            return d.unconfirmedCalendar ? dates::toDisplay(d.due) + u" *"_s : dates::toDisplay(d.due);
        case LeftColumn:
            return daysText(d.due, m_today);
        case KindColumn:
            return Deadlines::kindLabel(d.kind);
        case DescriptionColumn:
            return d.unconfirmedCalendar ? u"%1 (%2)"_s.arg(d.description, unconfirmed) : d.description;
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = d.description;
        if (d.unconfirmedCalendar)
            tip += u"\n\n"_s
                + tr("%1: the year has no decree on transfers of days off in the calendar yet; the date is counted "
                     "by Labour Code art. 112 alone. Enter the decree in Settings → Production calendar.")
                      .arg(unconfirmed);
        return tip;
    }
    case Qt::ForegroundRole:
        if (index.column() == LeftColumn && d.due < m_today)
            return QBrush(QColor(0xa1, 0x26, 0x1c));
        if (index.column() == DueColumn && d.unconfirmedCalendar)
            return QBrush(QColor(0x8a, 0x5a, 0x00));
        return {};
    case IsGroupRole:
        return false;
    case GroupRole:
        return int(b.group);
    case PairRole:
        return d.pair;
    case PeopleRole:
        return d.people;
    case UnconfirmedRole:
        return d.unconfirmedCalendar;
    default:
        return {};
    }
}

QVariant DeadlinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DueColumn:
        return tr("Due");
    case LeftColumn:
        return tr("Left");
    case KindColumn:
        return tr("What");
    case DescriptionColumn:
        return tr("Details");
    }
    return {};
}

} // namespace nastavnik::ui
