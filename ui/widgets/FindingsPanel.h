#pragma once

#include "rules/Finding.h"

#include <QFrame>
#include <QPointer>

#include <functional>

class QLabel;
class QTextBrowser;

namespace nastavnik::ui {

class FindingsService;

/// The findings of the rule engine about one record, inside its editor: each with its
/// message, the clause it rests on and what to do. It follows the findings service: a new
/// report updates it (after every save), and while a check runs it says so.
///
///     panel->follow(&context->findings(), [this](const FindingsService& s) {
///         return s.concerningPair(m_pairId);
///     });
///     // after the record's id changed (a new record was saved):
///     panel->reselect();
class FindingsPanel : public QFrame
{
    Q_OBJECT

public:
    using Selector = std::function<QList<Finding>(const FindingsService&)>;

    explicit FindingsPanel(QWidget* parent = nullptr);

    /// Shows what `select` picks from each report of `service`. A null service, or a
    /// selector that gives nothing for a record not saved yet (see setApplicable), hides it.
    void follow(FindingsService* service, Selector select);
    /// Picks the findings again (the record's id changed).
    void reselect();
    /// False for a record not saved yet: there is nothing to check, the panel is hidden.
    void setApplicable(bool applicable);

    const QList<Finding>& findings() const { return m_findings; }
    /// The panel's text as shown (tests, screen readers).
    QString text() const;
    bool isChecking() const;

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void render();
    void fitBody();

    QPointer<FindingsService> m_service;
    Selector m_select;
    bool m_applicable = true;
    QList<Finding> m_findings;
    QLabel* m_header;
    QLabel* m_state;
    QTextBrowser* m_body;
};

} // namespace nastavnik::ui
