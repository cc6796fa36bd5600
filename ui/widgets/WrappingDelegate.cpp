#include "widgets/WrappingDelegate.h"

#include <QHeaderView>
#include <QTreeView>

namespace nastavnik::ui {

WrappingDelegate::WrappingDelegate(QTreeView* view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
    connect(view->header(), &QHeaderView::sectionResized, this, [this] {
        if (m_view->wordWrap())
            m_view->doItemsLayout();
    });
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!m_view->wordWrap() || index.model()->hasChildren(index.siblingAtColumn(0)))
        return size;
    // The text's width: the column's less the item's margins.
    const int width = m_view->header()->sectionSize(index.column()) - 8
        - (index.column() == 0 ? m_view->indentation() * 2 : 0);
    if (width <= 0)
        return size;
    const QRect text =
        option.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, index.data().toString());
    size.setHeight(std::max(size.height(), text.height() + 6));
    return size;
}

} // namespace nastavnik::ui
