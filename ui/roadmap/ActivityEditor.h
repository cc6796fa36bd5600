#pragma once

#include "domain/Monitoring.h"
#include "widgets/EditorBase.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace nastavnik::ui {

class DateEdit;
class PersonChooser;

/// Edits one activity of a roadmap (new when `activityId` is empty): the stage it belongs to,
/// what is done, start and deadline, the responsible person, the expected result or document,
/// the status with the date it was done, a note. Saving stores the whole roadmap.
class ActivityEditor : public EditorBase
{
    Q_OBJECT

public:
    ActivityEditor(AppContext* context, const Roadmap& roadmap, const QString& activityId, int stage, QWidget* parent = nullptr);

    QString title() const override;
    void load() override;
    bool isModified() const override;
    /// The roadmap as saved (valid after committed()).
    const Roadmap& roadmap() const { return m_roadmap; }
    QString activityId() const { return m_activityId; }

    QComboBox* stageBox() const { return m_stage; }
    QPlainTextEdit* titleEdit() const { return m_title; }
    DateEdit* startEdit() const { return m_start; }
    DateEdit* endEdit() const { return m_end; }
    PersonChooser* responsibleChooser() const { return m_responsible; }
    QComboBox* statusBox() const { return m_status; }
    DateEdit* doneEdit() const { return m_done; }

protected:
    QStringList validate() const override;
    Status save() override;

private:
    RoadmapActivity current() const;
    void statusChanged();

    Roadmap m_roadmap;
    QString m_activityId;
    int m_initialStage;
    RoadmapActivity m_loaded;
    QComboBox* m_stage;
    QPlainTextEdit* m_title;
    DateEdit* m_start;
    DateEdit* m_end;
    PersonChooser* m_responsible;
    QLineEdit* m_result;
    QComboBox* m_status;
    DateEdit* m_done;
    QLineEdit* m_note;
};

} // namespace nastavnik::ui
