#pragma once

#include "domain/Monitoring.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QHash>

namespace nastavnik::ui {

/// The roadmap as a tree: stages, and their activities under them. Overdue activities (not
/// done or cancelled by their end) are marked in red, done ones in green, cancelled ones grey.
class RoadmapModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Title, Start, End, Responsible, Result, Status, ColumnCount };
    enum Role { ActivityIdRole = Qt::UserRole + 1, StageRole, OverdueRole };

    explicit RoadmapModel(QObject* parent = nullptr);

    /// Shows `roadmap`; `names` gives the short names of the responsible people.
    void setRoadmap(const Roadmap& roadmap, const QHash<QString, QString>& names, const QDate& today);
    const Roadmap& roadmap() const { return m_roadmap; }

    /// The stage (row of the top level) and activity (-1 for a stage row) of an index.
    int stageOf(const QModelIndex& index) const;
    int activityOf(const QModelIndex& index) const;
    QModelIndex indexOfActivity(const QString& activityId) const;
    QModelIndex indexOfStage(int stage) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Roadmap m_roadmap;
    QHash<QString, QString> m_names;
    QDate m_today;
};

} // namespace nastavnik::ui
