#pragma once

#include <QList>
#include <QMap>
#include <QPair>
#include <QStyledItemDelegate>

namespace nastavnik::ui {

/// Editing cells of the plan and meetings tables in place: date columns take a date typed as
/// dd.mm.yyyy (kept as a QDate in Qt::UserRole, shown as dd.MM.yyyy; text that is not a date
/// leaves the cell as it was), choice columns a list of codes with labels (the code in
/// Qt::UserRole, the label shown); other columns edit their text.
class PairTableDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using Choices = QList<QPair<QString, QString>>; ///< code, label

    explicit PairTableDelegate(QObject* parent = nullptr);

    void setDateColumn(int column);
    void setChoices(int column, const Choices& choices);

    QWidget* createEditor(QWidget* parent,
                          const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    QList<int> m_dateColumns;
    QMap<int, Choices> m_choices;
};

} // namespace nastavnik::ui
