#include "roadmap/RoadmapModel.h"

#include "util/Dates.h"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
namespace {
// The internal id of a stage row is 0; of an activity row, its stage + 1.
constexpr quintptr kStageRow = 0;
} // namespace

RoadmapModel::RoadmapModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void RoadmapModel::setRoadmap(const Roadmap& roadmap, const QHash<QString, QString>& names, const QDate& today)
{
    beginResetModel();
    m_roadmap = roadmap;
    m_names = names;
    m_today = today;
    endResetModel();
}

int RoadmapModel::stageOf(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    return index.internalId() == kStageRow ? index.row() : int(index.internalId() - 1);
}

int RoadmapModel::activityOf(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kStageRow)
        return -1;
    return index.row();
}

QModelIndex RoadmapModel::indexOfActivity(const QString& activityId) const
{
    for (int s = 0; s < m_roadmap.stages.size(); ++s) {
        const QList<RoadmapActivity>& activities = m_roadmap.stages.at(s).activities;
        for (int a = 0; a < activities.size(); ++a) {
            if (activities.at(a).id == activityId)
                return createIndex(a, 0, quintptr(s + 1));
        }
    }
    return {};
}

QModelIndex RoadmapModel::indexOfStage(int stage) const
{
    return stage >= 0 && stage < m_roadmap.stages.size() ? createIndex(stage, 0, kStageRow) : QModelIndex();
}

QModelIndex RoadmapModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_roadmap.stages.size() ? createIndex(row, column, kStageRow) : QModelIndex();
    if (parent.internalId() != kStageRow || parent.row() >= m_roadmap.stages.size())
        return {};
    if (row >= m_roadmap.stages.at(parent.row()).activities.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex RoadmapModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kStageRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kStageRow);
}

int RoadmapModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_roadmap.stages.size());
    if (parent.column() != 0 || parent.internalId() != kStageRow || parent.row() >= m_roadmap.stages.size())
        return 0;
    return int(m_roadmap.stages.at(parent.row()).activities.size());
}

int RoadmapModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant RoadmapModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const int s = stageOf(index);
    if (s < 0 || s >= m_roadmap.stages.size())
        return {};
    const RoadmapStage& stage = m_roadmap.stages.at(s);
    const int a = activityOf(index);
    if (a < 0) {
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case Title:
                return u"%1. %2"_s.arg(s + 1).arg(stage.title);
            case Start:
                return dates::toDisplay(stage.start());
            case End:
                return dates::toDisplay(stage.end());
            case Status: {
                int done = 0;
                for (const RoadmapActivity& act : stage.activities)
                    done += act.status == u"done" ? 1 : 0;
                return stage.activities.isEmpty() ? QString() : tr("%1 of %2 done").arg(done).arg(stage.activities.size());
            }
            default:
                return {};
            }
        case Qt::FontRole: {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        case Qt::BackgroundRole:
            return QBrush(QColor(0xee, 0xf1, 0xf4));
        case Qt::ToolTipRole:
            return stage.title;
        case StageRole:
            return s;
        default:
            return {};
        }
    }
    if (a >= stage.activities.size())
        return {};
    const RoadmapActivity& act = stage.activities.at(a);
    const bool overdue = act.isOverdueOn(m_today);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return act.title;
        case Start:
            return dates::toDisplay(act.start);
        case End:
            return dates::toDisplay(act.end);
        case Responsible:
            return m_names.value(act.responsible, act.responsible);
        case Result:
            return act.result;
        case Status:
            if (overdue)
                return tr("Overdue");
            if (act.status == u"done" && act.done.isValid())
                return tr("Done %1").arg(dates::toDisplay(act.done));
            return monitoringvocab::activityStatusLabel(act.status);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (overdue)
            return QBrush(QColor(0xb0, 0x1e, 0x1e));
        if (act.status == u"cancelled")
            return QBrush(QColor(0x8a, 0x94, 0x9e));
        if (act.status == u"done" && index.column() == Status)
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        return {};
    case Qt::BackgroundRole:
        return overdue ? QVariant(QBrush(QColor(0xfd, 0xec, 0xea))) : QVariant();
    case Qt::ToolTipRole: {
        QStringList lines{act.title};
        if (overdue)
            lines << tr("Overdue: the deadline was %1 and the activity is not done.").arg(dates::toDisplay(act.end));
        if (!act.note.isEmpty())
            lines << act.note;
        return lines.join(u'\n');
    }
    case ActivityIdRole:
        return act.id;
    case StageRole:
        return s;
    case OverdueRole:
        return overdue;
    default:
        return {};
    }
}

QVariant RoadmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Stage and activity");
    case Start:
        return tr("Start");
    case End:
        return tr("Deadline");
    case Responsible:
        return tr("Responsible");
    case Result:
        return tr("Result, document");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace nastavnik::ui
