#include "models/PeopleTableModel.h"

#include "domain/Vocabulary.h"
#include "util/Dates.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace nastavnik {
namespace {

// Enough pages for several screens back and forth; beyond that, reading again is cheap.
constexpr int kMaxCachedPages = 64;

PeopleQuery::SortKey sortKey(int column)
{
    switch (column) {
    case PeopleTableModel::Kind:
        return PeopleQuery::SortKey::Kind;
    case PeopleTableModel::Staffing:
        return PeopleQuery::SortKey::Staffing;
    case PeopleTableModel::Position:
        return PeopleQuery::SortKey::Position;
    case PeopleTableModel::Unit:
        return PeopleQuery::SortKey::Unit;
    case PeopleTableModel::BirthDate:
        return PeopleQuery::SortKey::BirthDate;
    case PeopleTableModel::Role:
        return PeopleQuery::SortKey::Role;
    case PeopleTableModel::Consent:
        return PeopleQuery::SortKey::Consent;
    default:
        return PeopleQuery::SortKey::Name;
    }
}

} // namespace

PeopleTableModel::PeopleTableModel(const QSqlDatabase& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_today(QDate::currentDate())
{
    reload();
}

void PeopleTableModel::setToday(const QDate& today)
{
    if (today == m_today)
        return;
    m_today = today;
    refresh();
}

void PeopleTableModel::setFilter(const PeopleFilter& filter)
{
    if (filter == m_filter)
        return;
    // More letters typed: the people shown are among those shown now, and how many there
    // are in all has not changed.
    const bool narrowing = m_status.ok() && PeopleQuery::narrows(filter, m_filter);
    m_filter = filter;
    if (!narrowing) {
        refresh();
        return;
    }
    beginResetModel();
    m_pages.clear();
    m_found = PeopleQuery::narrow(m_found, m_filter);
    endResetModel();
}

void PeopleTableModel::refresh()
{
    beginResetModel();
    reload();
    endResetModel();
}

void PeopleTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

void PeopleTableModel::reload()
{
    m_pages.clear();
    const PeopleQuery query(m_db, m_today);
    Result<PeopleFound> found = query.search(m_filter, sortKey(m_sortColumn), m_sortOrder);
    m_status = found.status();
    m_found = found.ok() ? std::move(found).value() : PeopleFound();
    m_total = query.count(m_filter.showArchived);
}

QString PeopleTableModel::personId(int row) const
{
    const PersonRow* r = rowAt(row);
    return r ? r->id : QString();
}

int PeopleTableModel::rowOf(const QString& personId) const
{
    if (personId.isEmpty())
        return -1;
    const qint64 rowId = PeopleQuery(m_db, m_today).rowIdOf(personId);
    return rowId ? int(m_found.ids.indexOf(rowId)) : -1;
}

const PersonRow* PeopleTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_found.ids.size())
        return nullptr;
    const int page = row / kPageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.cend()) {
        if (m_pages.size() >= kMaxCachedPages)
            m_pages.clear();
        const QList<qint64> ids = m_found.ids.mid(qsizetype(page) * kPageSize, kPageSize);
        Result<QList<PersonRow>> rows = PeopleQuery(m_db, m_today).rows(ids);
        QList<PersonRow> list = rows.ok() ? std::move(rows).value() : QList<PersonRow>();
        // A person deleted since the ids were read leaves a hole: keep the positions aligned.
        if (list.size() != ids.size()) {
            QList<PersonRow> aligned;
            aligned.reserve(ids.size());
            qsizetype next = 0;
            for (qint64 id : ids) {
                if (next < list.size() && list.at(next).rowId == id) {
                    aligned << list.at(next++);
                } else {
                    PersonRow gone;
                    gone.rowId = id;
                    gone.archived = true;
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

int PeopleTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_found.ids.size());
}

int PeopleTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PeopleTableModel::text(const PersonRow& r, int column) const
{
    switch (column) {
    case Name:
        return r.fullName();
    case Kind:
        return r.kind.isEmpty() ? QString() : vocabulary::label(Vocab::PersonKind, r.kind);
    case Staffing:
        if (r.external)
            return tr("external");
        return r.isStaff() ? tr("staff") : QString();
    case Position:
        return r.position;
    case Unit:
        return r.unit;
    case BirthDate:
        return dates::toDisplay(r.birthDate);
    case Role:
        if (r.mentor && r.mentee)
            return tr("mentor, mentee");
        if (r.mentor)
            return tr("mentor");
        return r.mentee ? tr("mentee") : QString();
    case Consent:
        switch (r.consent) {
        case ConsentState::Valid:
            return tr("yes");
        case ConsentState::Missing:
            return tr("no");
        case ConsentState::Withdrawn:
            return tr("withdrawn");
        case ConsentState::SignedByMinor:
            return tr("no parent's signature");
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant PeopleTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PersonRow* r = rowAt(index.row());
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(*r, index.column());
    case Qt::ToolTipRole:
        if (r->archived)
            return tr("%1 is in the archive: kept for the history, not offered for new pairs.").arg(r->fullName());
        if (index.column() == Consent && r->consent == ConsentState::SignedByMinor)
            return tr("The consent to the processing of personal data was signed by the participant while a "
                      "minor: a parent or legal representative must sign it (002, item 4.17).");
        if (index.column() == Consent && r->consent == ConsentState::Withdrawn)
            return tr("The consent to the processing of personal data was withdrawn.");
        // Long texts are cut in narrow columns: the tooltip shows them whole.
        if (const QString shown = text(*r, index.column()); shown.size() > 16)
            return shown;
        return {};
    case Qt::ForegroundRole:
        if (r->archived)
            return QColor(0x8a, 0x8f, 0x96); // a fixed grey: core does not assume a GUI application
        if (index.column() == Consent && r->consent != ConsentState::Valid)
            return QColor(0xb0, 0x20, 0x20);
        return {};
    case PersonIdRole:
        return r->id;
    case ArchivedRole:
        return r->archived;
    case ConsentStateRole:
        return int(r->consent);
    default:
        return {};
    }
}

QVariant PeopleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name:
            return tr("Full name");
        case Kind:
            return tr("Category");
        case Staffing:
            return tr("Staff / external");
        case Position:
            return tr("Position");
        case Unit:
            return tr("Unit");
        case BirthDate:
            return tr("Birth date");
        case Role:
            return tr("Role");
        case Consent:
            return tr("Personal data consent");
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Role:
            return tr("Mentor: in the base of mentors or leading a pair that has not ended. Mentee: in the base "
                      "of mentees or in such a pair.");
        case Consent:
            return tr("The consent to the processing of personal data (152-FZ, art. 9); for a minor, signed by a "
                      "parent or legal representative.");
        default:
            break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace nastavnik
