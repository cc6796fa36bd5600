#pragma once

#include "Section.h"
#include "domain/Monitoring.h"
#include "util/Result.h"

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace nastavnik {
class OrderRepository;
}

namespace nastavnik::ui {

class EditorDialog;
class RoadmapModel;
class RoadmapTimeline;

/// «Дорожная карта» (002 Приложение 1): the roadmap of a school year as stages and activities
/// with dates, the responsible person, the result and the status (overdue ones in red), and as
/// a timeline by months with today's line. Created from the built-in template for a school
/// year; printed and exported through the documents; its approval order drafted in the journal.
class RoadmapSection : public Section
{
    Q_OBJECT

public:
    explicit RoadmapSection(QWidget* parent = nullptr);
    ~RoadmapSection() override;

    /// Its entry in the navigation (Sections.cpp).
    static SectionInfo info();
    void refresh() override;
    bool canRun(Command command) const override;
    void run(Command command) override;
    void open(AppContext::Item item, const QString& id) override;

    /// Creates the roadmap of the school year starting in `year` from the template and shows it.
    Status createFromTemplate(int year);
    /// Adds a stage named `title` at the end.
    Status addStage(const QString& title);
    /// Renames the stage `stage`.
    Status renameStage(int stage, const QString& title);
    /// Opens the editor of an activity (empty: a new one in `stage`); it deletes itself when closed.
    EditorDialog* openActivity(const QString& activityId, int stage = 0);
    /// Deletes the selected activity, or the selected stage with its activities (asks first).
    void deleteSelected();
    /// Opens the roadmap as a document in the document editor (preview, print, PDF).
    void showDocument();
    /// Drafts the order approving the roadmap (or opens the one it has) in the document editor.
    void prepareOrder();

    /// The roadmap shown (its id; empty when there is none).
    QString currentRoadmapId() const;
    bool selectRoadmap(const QString& roadmapId);
    bool selectActivity(const QString& activityId);

    QComboBox* roadmapBox() const { return m_roadmaps; }
    QTreeView* tree() const { return m_tree; }
    RoadmapModel* model() const { return m_model.get(); }
    RoadmapTimeline* timeline() const { return m_timeline; }
    QTabWidget* views() const { return m_views; }
    QLabel* summary() const { return m_summary; }

protected:
    void contextChanged() override;

private:
    void reload(const QString& keepRoadmap);
    void showRoadmap();
    void updateButtons();
    void askCreate();
    void askAddStage();
    void askRenameStage();
    Status saveRoadmap(const Roadmap& roadmap);
    const Roadmap* current() const;

    QList<Roadmap> m_list;
    std::unique_ptr<RoadmapModel> m_model;
    std::unique_ptr<OrderRepository> m_journal;
    QComboBox* m_roadmaps;
    QPushButton* m_create;
    QPushButton* m_addActivity;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QPushButton* m_print;
    QPushButton* m_order;
    QPushButton* m_more; // a menu button: Fusion draws its arrow beside the text
    QStackedWidget* m_stack;
    QTabWidget* m_views;
    QTreeView* m_tree;
    RoadmapTimeline* m_timeline;
    QLabel* m_summary;
    QLabel* m_empty;
};

} // namespace nastavnik::ui
