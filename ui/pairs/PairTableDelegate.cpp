#include "pairs/PairTableDelegate.h"

#include "util/Dates.h"

#include <QComboBox>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {

PairTableDelegate::PairTableDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

void PairTableDelegate::setDateColumn(int column)
{
    if (!m_dateColumns.contains(column))
        m_dateColumns << column;
}

void PairTableDelegate::setChoices(int column, const Choices& choices)
{
    m_choices.insert(column, choices);
}

QWidget* PairTableDelegate::createEditor(QWidget* parent,
                                         const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const
{
    if (m_choices.contains(index.column())) {
        auto* combo = new QComboBox(parent);
        for (const auto& [code, label] : m_choices.value(index.column()))
            combo->addItem(label, code);
        return combo;
    }
    if (m_dateColumns.contains(index.column())) {
        auto* edit = new QLineEdit(parent);
        edit->setPlaceholderText(tr("dd.mm.yyyy"));
        return edit;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void PairTableDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor); combo && m_choices.contains(index.column())) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::UserRole))));
        return;
    }
    if (auto* edit = qobject_cast<QLineEdit*>(editor); edit && m_dateColumns.contains(index.column())) {
        edit->setText(dates::toDisplay(index.data(Qt::UserRole).toDate()));
        edit->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void PairTableDelegate::setModelData(QWidget* editor,
                                     QAbstractItemModel* model,
                                     const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor); combo && m_choices.contains(index.column())) {
        model->setData(index, combo->currentData(), Qt::UserRole);
        model->setData(index, combo->currentText(), Qt::DisplayRole);
        return;
    }
    if (auto* edit = qobject_cast<QLineEdit*>(editor); edit && m_dateColumns.contains(index.column())) {
        const QString text = edit->text().trimmed();
        const QDate date = dates::parseUserDate(text);
        if (!text.isEmpty() && !date.isValid())
            return; // not a date: the cell keeps its date
        model->setData(index, date, Qt::UserRole);
        model->setData(index, dates::toDisplay(date), Qt::DisplayRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace nastavnik::ui
