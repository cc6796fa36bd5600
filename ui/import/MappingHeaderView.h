#pragma once

#include "import/ImportMapping.h"

#include <QHeaderView>

class QComboBox;

namespace nastavnik::ui {

/// The horizontal header of the import preview: above each of the file's columns its title,
/// and below it a combo box choosing the person's field the column goes to. The first
/// section (the check result) has no combo box.
class MappingHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    explicit MappingHeaderView(QWidget* parent = nullptr);

    /// The field chosen for each of the file's columns (combo boxes are made as needed).
    void setFields(const QList<import::Field>& fields);
    QList<import::Field> fields() const;
    /// The combo box of a file column, or null (for tests and focus handling).
    QComboBox* comboForColumn(int column) const;

    QSize sizeHint() const override;

signals:
    /// The user chose `field` for the file's column `column`.
    void fieldChanged(int column, nastavnik::import::Field field);

protected:
    void paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const override;
    void updateGeometries() override;

private:
    void placeCombos();
    int comboAreaHeight() const;

    QList<QComboBox*> m_combos; // owned by the viewport
    int m_comboHeight = 0;
};

} // namespace nastavnik::ui
