#pragma once

#include "AppContext.h"

#include <QDialog>
#include <QPointer>

class QLineEdit;
class QListWidget;

namespace nastavnik::ui {

/// Chooses another pair to copy its individual plan from: search by the names of the mentor
/// and mentees, only pairs that have plan items.
class PairPickerDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kMaxShown = 200;

    /// `excluding`: the pair being edited.
    PairPickerDialog(AppContext* context, const QString& excluding, QWidget* parent = nullptr);

    QString pairId() const;
    QLineEdit* searchBox() const { return m_search; }
    QListWidget* list() const { return m_list; }

private:
    void search();

    QPointer<AppContext> m_context;
    QString m_excluding;
    QLineEdit* m_search;
    QListWidget* m_list;
};

} // namespace nastavnik::ui
