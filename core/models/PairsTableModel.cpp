#include "models/PairsTableModel.h"

#include "domain/Vocabulary.h"
#include "util/Dates.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace nastavnik {
namespace {

constexpr int kMaxCachedPages = 64;

PairsQuery::SortKey sortKey(int column)
{
    switch (column) {
    case PairsTableModel::Form:
        return PairsQuery::SortKey::Form;
    case PairsTableModel::Mentor:
        return PairsQuery::SortKey::Mentor;
    case PairsTableModel::Mentees:
        return PairsQuery::SortKey::Mentees;
    case PairsTableModel::Start:
        return PairsQuery::SortKey::Start;
    case PairsTableModel::End:
        return PairsQuery::SortKey::End;
    case PairsTableModel::Status:
        return PairsQuery::SortKey::Status;
    case PairsTableModel::Plan:
        return PairsQuery::SortKey::Plan;
    case PairsTableModel::LastMeeting:
        return PairsQuery::SortKey::LastMeeting;
    default:
        return PairsQuery::SortKey::Number;
    }
}

} // namespace

PairsTableModel::PairsTableModel(const QSqlDatabase& db, const QDate& today, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_today(today)
{
    reload();
}

void PairsTableModel::setToday(const QDate& today)
{
    if (today == m_today)
        return;
    m_today = today;
    refresh();
}

void PairsTableModel::setFilter(const PairsFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void PairsTableModel::refresh()
{
    beginResetModel();
    reload();
    endResetModel();
}

void PairsTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

void PairsTableModel::reload()
{
    m_pages.clear();
    const PairsQuery query(m_db, m_today);
    Result<QList<qint64>> ids = query.find(m_filter, sortKey(m_sortColumn), m_sortOrder);
    m_status = ids.status();
    m_ids = ids.ok() ? std::move(ids).value() : QList<qint64>();
    m_total = query.count();
    m_statusCounts = query.statusCounts();
}

QString PairsTableModel::pairId(int row) const
{
    const PairRow* r = rowAt(row);
    return r ? r->id : QString();
}

int PairsTableModel::rowOf(const QString& pairId) const
{
    if (pairId.isEmpty())
        return -1;
    const qint64 rowId = PairsQuery(m_db, m_today).rowIdOf(pairId);
    return rowId ? int(m_ids.indexOf(rowId)) : -1;
}

const PairRow* PairsTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const int page = row / kPageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.cend()) {
        if (m_pages.size() >= kMaxCachedPages)
            m_pages.clear();
        const QList<qint64> ids = m_ids.mid(qsizetype(page) * kPageSize, kPageSize);
        Result<QList<PairRow>> rows = PairsQuery(m_db, m_today).rows(ids);
        QList<PairRow> list = rows.ok() ? std::move(rows).value() : QList<PairRow>();
        // A pair deleted since the ids were read leaves a hole: keep the positions aligned.
        if (list.size() != ids.size()) {
            QList<PairRow> aligned;
            aligned.reserve(ids.size());
            qsizetype next = 0;
            for (qint64 id : ids) {
                if (next < list.size() && list.at(next).rowId == id) {
                    aligned << list.at(next++);
                } else {
                    PairRow gone;
                    gone.rowId = id;
                    aligned << gone;
                }
            }
            list = std::move(aligned);
        }
        it = m_pages.insert(page, std::move(list));
    }
    const int offset = row % kPageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

int PairsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int PairsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PairsTableModel::text(const PairRow& r, int column) const
{
    switch (column) {
    case Number:
        return r.title.isEmpty() ? r.id : r.title;
    case Form:
        return r.form.isEmpty() ? QString() : vocabulary::label(Vocab::PairForm, r.form);
    case Mentor:
        return r.mentorName;
    case Mentees:
        return r.menteesText(2);
    case Start:
        return dates::toDisplay(r.start);
    case End:
        return dates::toDisplay(r.end);
    case Status:
        return r.id.isEmpty() ? QString() : PairsQuery::statusLabel(r.status);
    case Plan:
        if (r.planTotal == 0)
            return tr("no plan");
        if (r.planOverdue > 0)
            return tr("%1 of %2, %n overdue", "", r.planOverdue).arg(r.planDone).arg(r.planTotal);
        return tr("%1 of %2").arg(r.planDone).arg(r.planTotal);
    case LastMeeting:
        return dates::toDisplay(r.lastMeeting);
    default:
        break;
    }
    return {};
}

QVariant PairsTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PairRow* r = rowAt(index.row());
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(*r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Mentees && r->menteeNames.size() > 2)
            return r->menteeNames.join(u", "_s);
        if (index.column() == Number && !r->title.isEmpty())
            return tr("%1 (pair %2)").arg(r->title, r->id);
        if (index.column() == Plan && r->planOverdue > 0)
            return tr("%n item(s) of the individual plan are past their due date.", "", r->planOverdue);
        if (index.column() == LastMeeting && !r->lastMeeting.isValid() && r->status == PairStatus::Active)
            return tr("No meeting is recorded yet.");
        if (const QString shown = text(*r, index.column()); shown.size() > 24)
            return shown;
        return {};
    case Qt::ForegroundRole:
        // Fixed colours: core does not assume a GUI application.
        if (index.column() == Plan && r->planOverdue > 0)
            return QColor(0xb0, 0x20, 0x20);
        if (r->status == PairStatus::Completed || r->status == PairStatus::CompletedEarly)
            return QColor(0x6b, 0x72, 0x7a);
        return {};
    case PairIdRole:
        return r->id;
    case StatusRole:
        return int(r->status);
    case OverdueRole:
        return r->planOverdue;
    case MentorIdRole:
        return r->mentorId;
    default:
        return {};
    }
}

QVariant PairsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Number:
            return tr("№ / group");
        case Form:
            return tr("Form");
        case Mentor:
            return tr("Mentor");
        case Mentees:
            return tr("Mentees");
        case Start:
            return tr("Start");
        case End:
            return tr("End");
        case Status:
            return tr("Status");
        case Plan:
            return tr("Plan");
        case LastMeeting:
            return tr("Last meeting");
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Mentor:
            return tr("The mentor leading the pair today (after replacements).");
        case End:
            return tr("The actual end, else the end after the last extension, else the planned end.");
        case Plan:
            return tr("Items of the individual plan done, of those not cancelled.");
        default:
            break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace nastavnik
