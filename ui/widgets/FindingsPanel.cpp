#include "widgets/FindingsPanel.h"

#include "FindingsService.h"

#include <QAbstractTextDocumentLayout>
#include <QResizeEvent>

#include <cmath>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
namespace {
constexpr int kMaxBodyHeight = 190;
} // namespace

FindingsPanel::FindingsPanel(QWidget* parent)
    : QFrame(parent)
    , m_header(new QLabel(this))
    , m_state(new QLabel(this))
    , m_body(new QTextBrowser(this))
{
    setObjectName(u"findingsPanel"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(2);
    auto* top = new QHBoxLayout;
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    m_header->setObjectName(u"findingsHeader"_s);
    m_state->setObjectName(u"findingsState"_s);
    top->addWidget(m_header, 1);
    top->addWidget(m_state);
    layout->addLayout(top);
    m_body->setObjectName(u"findingsBody"_s);
    m_body->setFrameShape(QFrame::NoFrame);
    m_body->setOpenLinks(false);
    m_body->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_body->viewport()->setAutoFillBackground(false);
    m_body->setStyleSheet(u"QTextBrowser { background: transparent; }"_s);
    layout->addWidget(m_body);
    // The text's height follows the width the body really gets, once laid out.
    m_body->viewport()->installEventFilter(this);
    hide();
}

bool FindingsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_body->viewport() && event->type() == QEvent::Resize) {
        auto* resize = static_cast<QResizeEvent*>(event);
        if (resize->size().width() != resize->oldSize().width())
            fitBody();
    }
    return QFrame::eventFilter(watched, event);
}

void FindingsPanel::follow(FindingsService* service, Selector select)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    m_select = std::move(select);
    if (m_service) {
        connect(m_service, &FindingsService::reportChanged, this, &FindingsPanel::reselect);
        connect(m_service, &FindingsService::checkingChanged, this, &FindingsPanel::render);
        connect(m_service, &FindingsService::checkFailed, this, &FindingsPanel::render);
    }
    reselect();
}

void FindingsPanel::setApplicable(bool applicable)
{
    m_applicable = applicable;
    reselect();
}

void FindingsPanel::reselect()
{
    m_findings.clear();
    if (m_service && m_applicable && m_select && m_service->hasReport())
        m_findings = m_select(*m_service);
    render();
}

bool FindingsPanel::isChecking() const
{
    return m_service && m_service->isChecking();
}

QString FindingsPanel::text() const
{
    QString text = m_header->text();
    if (!m_state->text().isEmpty())
        text += u' ' + m_state->text();
    if (!m_body->isHidden())
        text += u'\n' + m_body->toPlainText();
    return text;
}

void FindingsPanel::render()
{
    if (!m_service || !m_applicable) {
        hide();
        return;
    }
    show();
    const bool checking = m_service->isChecking();
    QString background = u"#eef6ee"_s;
    QString border = u"#a8cfa8"_s;
    QString color = u"#1f4d1f"_s;
    m_body->clear();
    if (!m_service->hasReport()) {
        background = u"#f1f3f5"_s;
        border = u"#c9d0d6"_s;
        color = u"#3d4852"_s;
        m_header->setText(m_service->error().isEmpty() ? tr("Checking the rules of the provision…")
                                                       : tr("The rules could not be checked: %1").arg(m_service->error()));
        m_state->clear();
        m_body->hide();
    } else if (m_findings.isEmpty()) {
        m_header->setText(tr("The check finds nothing to correct here (profile «%1»).")
                              .arg(m_service->report().profile.name()));
        m_state->setText(checking ? tr("checking again…") : QString());
        m_body->hide();
    } else {
        background = u"#fff5d9"_s;
        border = u"#e8c66e"_s;
        color = u"#5a4100"_s;
        m_header->setText(tr("The check found %n problem(s) to correct", "", int(m_findings.size())));
        m_state->setText(checking ? tr("checking again…") : QString());
        QString html = u"<div style=\"color:%1\">"_s.arg(color);
        for (const Finding& f : std::as_const(m_findings)) {
            QString basis = f.clause.toHtmlEscaped();
            if (f.secondary)
                basis += u" "_s + tr("(by secondary sources — confirm)").toHtmlEscaped();
            html += u"<p style=\"margin-top:4px; margin-bottom:0\">• %1</p>"_s.arg(f.message.toHtmlEscaped());
            QStringList details;
            if (!basis.isEmpty())
                details << tr("Clause: %1").toHtmlEscaped().arg(basis);
            if (!f.hint.isEmpty())
                details << tr("What to do: %1").toHtmlEscaped().arg(f.hint.toHtmlEscaped());
            if (!details.isEmpty())
                html += u"<p style=\"margin-top:1px; margin-bottom:2px; margin-left:12px; color:#6b5a2a\">%1</p>"_s.arg(
                    details.join(u"<br>"_s));
        }
        html += u"</div>"_s;
        m_body->setHtml(html);
        m_body->show();
    }
    setStyleSheet(u"#findingsPanel { background: %1; border: 1px solid %2; border-radius: 4px; } "
                  "#findingsPanel QLabel { color: %3; background: transparent; } "
                  "#findingsState { color: #6d767e; font-style: italic; }"_s.arg(background, border, color));
    fitBody();
}

void FindingsPanel::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    fitBody();
}

void FindingsPanel::fitBody()
{
    if (m_body->isHidden())
        return;
    // As tall as the text, up to a few findings; more scroll.
    QTextDocument* doc = m_body->document();
    const int available = m_body->viewport()->width() > 50 ? m_body->viewport()->width() : width() - 30;
    doc->setTextWidth(available);
    const int height = int(std::ceil(doc->size().height())) + 2 * m_body->frameWidth() + 2;
    m_body->setFixedHeight(std::min(height, kMaxBodyHeight));
}

} // namespace nastavnik::ui
