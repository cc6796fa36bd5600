#include "pairs/PairPickerDialog.h"

#include "Icons.h"
#include "domain/Vocabulary.h"
#include "models/PairsQuery.h"
#include "util/Dates.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {

PairPickerDialog::PairPickerDialog(AppContext* context, const QString& excluding, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_excluding(excluding)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Copy the plan from another pair"));
    auto* layout = new QVBoxLayout(this);
    auto* about
        = new QLabel(tr("Choose the pair whose individual plan to copy. The due dates move by the difference "
                        "of the starts; what was done is not copied."),
                     this);
    about->setWordWrap(true);
    layout->addWidget(about);
    m_search->setPlaceholderText(tr("Search by the mentor's or a mentee's surname"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icons::get(u"search"_s), QLineEdit::LeadingPosition);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Copy"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &PairPickerDialog::search);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    resize(640, 480);
    search();
}

QString PairPickerDialog::pairId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void PairPickerDialog::search()
{
    m_list->clear();
    if (!m_context)
        return;
    const PairsQuery query(m_context->connection(), m_context->today());
    PairsFilter filter;
    filter.text = m_search->text();
    const Result<QList<qint64>> ids = query.find(filter, PairsQuery::SortKey::Mentor);
    if (!ids)
        return;
    // Pages of rows until enough pairs with a plan are listed.
    for (qsizetype from = 0; from < ids->size() && m_list->count() < kMaxShown; from += 100) {
        const Result<QList<PairRow>> rows = query.rows(ids->mid(from, 100));
        if (!rows)
            return;
        for (const PairRow& r : rows.value()) {
            if (r.id == m_excluding || r.planTotal == 0)
                continue;
            const QString others = r.title.isEmpty() ? r.menteesText(2) : r.title;
            auto* item = new QListWidgetItem(tr("%1 – %2 · %3 · from %4 · %n plan item(s)", "", r.planTotal)
                                                 .arg(r.mentorName,
                                                      others,
                                                      vocabulary::label(Vocab::PairForm, r.form),
                                                      dates::toDisplay(r.start)),
                                             m_list);
            item->setData(Qt::UserRole, r.id);
        }
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

} // namespace nastavnik::ui
