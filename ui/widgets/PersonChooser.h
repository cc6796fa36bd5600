#pragma once

#include "AppContext.h"

#include <QPointer>
#include <QWidget>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace nastavnik::ui {


/// Chooses a person of the bases of participants by typing part of the name or position:
/// the matches (searched in the database, so it scales to 30,000 people) drop down under
/// the field. Used for the direct supervisor, the head and the curator, the signer of a
/// consent. Empty means nobody (or, where the placeholder says so, the person themselves).
class PersonChooser : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxMatches = 30;

    explicit PersonChooser(QWidget* parent = nullptr);

    void setContext(AppContext* context);
    /// A person never offered (the person being edited, as their own supervisor).
    void setExcluded(const QString& personId);
    void setPlaceholderText(const QString& text);

    QString personId() const { return m_id; }
    void setPersonId(const QString& personId);
    /// True unless text was typed that does not name the chosen person.
    bool hasValidInput() const;
    QString text() const;
    QLineEdit* lineEdit() const { return m_edit; }

signals:
    void personChanged(const QString& personId);

private:
    void search(const QString& text);
    void choose(const QString& personId);
    void finishEditing();
    QString labelOf(const QString& personId) const;

    QPointer<AppContext> m_context;
    QLineEdit* m_edit;
    QCompleter* m_completer;
    QStandardItemModel* m_matches;
    QString m_id;
    QString m_label;
    QString m_excluded;
};

} // namespace nastavnik::ui
