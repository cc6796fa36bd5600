#include "settings/ProfileRowsModel.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {

ProfileRowsModel::ProfileRowsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ProfileRowsModel::setProfile(const Profile& profile)
{
    beginResetModel();
    m_rows = profile.rows();
    endResetModel();
}

int ProfileRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProfileRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileRowsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ProfileRow& r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LabelColumn:
            return r.label;
        case ValueColumn:
            return r.value;
        case ClauseColumn:
            if (r.secondary)
                return r.clause.isEmpty() ? tr("by secondary sources — confirm")
                                          : tr("%1, by secondary sources — confirm").arg(r.clause);
            return r.clause.isEmpty() ? u"—"_s : r.clause;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList tip{u"%1: %2"_s.arg(r.label, r.value)};
        if (!r.clause.isEmpty())
            tip << tr("Clause: %1").arg(r.clause);
        if (r.secondary)
            tip << tr("The value is reported by secondary sources only (Government Decree № 1296 of 2019 is not among "
                      "the source documents): confirm it in the organisation's own provision.");
        if (!r.note.isEmpty())
            tip << r.note;
        return tip.join(u"\n"_s);
    }
    case Qt::BackgroundRole:
        return r.secondary ? QBrush(QColor(0xff, 0xf5, 0xd9)) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == ValueColumn && r.key.startsWith(u"rules.") && r.value == Profile::tr("not checked"))
            return QBrush(QColor(0x80, 0x88, 0x90));
        return {};
    case KeyRole:
        return r.key;
    case SecondaryRole:
        return r.secondary;
    default:
        return {};
    }
}

QVariant ProfileRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn:
        return tr("Parameter");
    case ValueColumn:
        return tr("Value");
    case ClauseColumn:
        return tr("Clause");
    }
    return {};
}

} // namespace nastavnik::ui
