#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace nastavnik::ui {

/// Lets a tree view show long texts wrapped over lines. QTreeView measures rows without the
/// columns' widths, so its own word wrap cuts such texts: with this delegate each cell
/// measures itself at its column's width. Parent rows (group titles) stay one line.
///
/// Word wrap makes the view measure every row; turn it on only for a few hundred rows:
///     view->setItemDelegate(new WrappingDelegate(view));
///     view->setWordWrap(rows <= 1000); view->setUniformRowHeights(rows > 1000);
/// and call `view->doItemsLayout()` after the columns were resized (WrappingDelegate does it).
class WrappingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit WrappingDelegate(QTreeView* view);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QTreeView* m_view;
};

} // namespace nastavnik::ui
