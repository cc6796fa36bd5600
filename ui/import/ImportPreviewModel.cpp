#include "import/ImportPreviewModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {

ImportPreviewModel::ImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::setPreview(std::shared_ptr<const import::Table> table,
                                    std::shared_ptr<const import::ImportPreview> preview,
                                    const import::ImportMapping& mapping)
{
    const int columns = table ? table->columnCount + 1 : 0;
    if (columns != columnCount()) {
        beginResetModel();
        m_table = std::move(table);
        m_preview = std::move(preview);
        m_mapping = mapping;
        m_titles = m_table ? import::PeopleImporter::columnTitles(*m_table, mapping.firstRowIsHeader)
                           : QStringList();
        m_rows = visibleRows();
        endResetModel();
        return;
    }
    // The same columns: the rows are replaced, the columns (and their widths in the view) stay.
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    m_table = std::move(table);
    m_preview = std::move(preview);
    m_mapping = mapping;
    m_titles
        = m_table ? import::PeopleImporter::columnTitles(*m_table, mapping.firstRowIsHeader) : QStringList();
    if (columns > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
    replaceRows();
}

void ImportPreviewModel::clear()
{
    setPreview(nullptr, nullptr, {});
}

void ImportPreviewModel::setOnlyProblems(bool only)
{
    if (only == m_onlyProblems)
        return;
    m_onlyProblems = only;
    replaceRows();
}

QList<int> ImportPreviewModel::visibleRows() const
{
    QList<int> rows;
    if (!m_preview)
        return rows;
    for (int i = 0; i < m_preview->rows.size(); ++i) {
        if (!m_onlyProblems || !m_preview->rows.at(i).ok())
            rows << i;
    }
    return rows;
}

void ImportPreviewModel::replaceRows()
{
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    const QList<int> rows = visibleRows();
    if (!rows.isEmpty()) {
        beginInsertRows({}, 0, int(rows.size()) - 1);
        m_rows = rows;
        endInsertRows();
    }
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return (parent.isValid() || !m_table) ? 0 : m_table->columnCount + 1;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_preview)
        return {};
    const import::ImportRow& row = m_preview->rows.at(m_rows.at(index.row()));
    const bool bad = !row.ok();
    if (role == ProblemRole)
        return bad;
    if (role == Qt::BackgroundRole)
        return bad ? QBrush(QColor(0xfd, 0xe8, 0xe6)) : QVariant();

    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            if (!bad)
                return tr("Will be imported");
            if (row.problems.size() == 1)
                return row.problems.first();
            return tr("%1 (and %n more)", "", int(row.problems.size()) - 1)
                .arg(row.problems.first().chopped(row.problems.first().endsWith(u'.') ? 1 : 0));
        case Qt::ToolTipRole:
            return bad ? tr("Row %1 will not be imported:").arg(row.rowNumber) + u"\n• "_s
                    + row.problems.join(u"\n• "_s)
                       : tr("Row %1 will be imported.").arg(row.rowNumber);
        case Qt::ForegroundRole:
            return QBrush(bad ? QColor(0xa3, 0x1d, 0x12) : QColor(0x1e, 0x6b, 0x2f));
        default:
            return {};
        }
    }

    const int column = fileColumn(index.column());
    const QString text = m_table->cell(row.tableRow, column);
    switch (role) {
    case Qt::DisplayRole:
        return QString(text).replace(u'\n', u' ');
    case Qt::ToolTipRole:
        return text.contains(u'\n') || text.size() > 30 ? text : QVariant();
    case Qt::ForegroundRole:
        // Columns that are not imported are shown, but faded.
        return m_mapping.fieldOf(column) == import::Field::Ignore ? QBrush(QColor(0x9a, 0x9a, 0x9a))
                                                                  : QVariant();
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (!m_preview || section < 0 || section >= m_rows.size())
            return {};
        const import::ImportRow& row = m_preview->rows.at(m_rows.at(section));
        if (role == Qt::DisplayRole)
            return row.rowNumber;
        if (role == Qt::ToolTipRole)
            return tr("Row %1 of the file").arg(row.rowNumber);
        if (role == Qt::ForegroundRole && !row.ok())
            return QBrush(QColor(0xa3, 0x1d, 0x12));
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    if (section == 0) {
        if (role == Qt::DisplayRole)
            return tr("Check result");
        if (role == Qt::ToolTipRole)
            return tr("Whether the row will be imported, or why not");
        return {};
    }
    const int column = fileColumn(section);
    if (role == Qt::DisplayRole)
        return m_titles.value(column);
    if (role == Qt::ToolTipRole)
        return tr("Column %1 of the file").arg(import::columnLetters(column));
    return {};
}

} // namespace nastavnik::ui
