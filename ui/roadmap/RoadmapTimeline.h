#pragma once

#include "domain/Monitoring.h"

#include <QDate>
#include <QWidget>

namespace nastavnik::ui {

/// The roadmap as a timeline (a Gantt chart): a row per stage and activity, months across,
/// a bar from start to deadline coloured by status (overdue in red), the stage's span above
/// its activities, and a line for today. A click on an activity's row emits activityClicked.
class RoadmapTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit RoadmapTimeline(QWidget* parent = nullptr);

    void setRoadmap(const Roadmap& roadmap, const QDate& today);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /// The first month shown and the number of months.
    QDate firstMonth() const { return m_first; }
    int monthCount() const { return m_months; }

signals:
    void activityClicked(const QString& activityId);
    void activityActivated(const QString& activityId);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    struct Row
    {
        int stage;
        int activity; // -1: the stage
    };
    QString activityAt(const QPoint& pos) const;
    qreal xOf(const QDate& date) const;

    Roadmap m_roadmap;
    QDate m_today;
    QDate m_first;
    int m_months = 0;
    QList<Row> m_rows;
    QString m_selected;
};

} // namespace nastavnik::ui
