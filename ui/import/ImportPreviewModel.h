#pragma once

#include "import/ImportMapping.h"
#include "import/PeopleImporter.h"
#include "import/Table.h"

#include <QAbstractTableModel>
#include <memory>

namespace nastavnik::ui {

/// The rows of a list being imported, as the file has them, with the outcome of the check:
/// column 0 says whether the row will be imported or why not; columns 1… are the file's
/// columns. Rows that cannot be imported are tinted, and the vertical header shows the row
/// numbers Excel shows, so the user can find them in the file.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// True for a row that will not be imported (Qt::UserRole + 1).
    static constexpr int ProblemRole = Qt::UserRole + 1;

    explicit ImportPreviewModel(QObject* parent = nullptr);

    /// Shows `preview` of `table`. When the number of columns stays, only the rows are
    /// replaced, so the view keeps the widths the user gave the columns.
    void setPreview(std::shared_ptr<const import::Table> table,
                    std::shared_ptr<const import::ImportPreview> preview,
                    const import::ImportMapping& mapping);
    void clear();
    /// Shows only the rows that will not be imported.
    void setOnlyProblems(bool only);
    bool onlyProblems() const { return m_onlyProblems; }

    /// The table's column shown in model column `column` (-1 for the check column).
    static int fileColumn(int column) { return column - 1; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<int> visibleRows() const;
    void replaceRows();

    std::shared_ptr<const import::Table> m_table;
    std::shared_ptr<const import::ImportPreview> m_preview;
    import::ImportMapping m_mapping;
    QStringList m_titles;
    QList<int> m_rows; // indexes into m_preview->rows
    bool m_onlyProblems = false;
};

} // namespace nastavnik::ui
