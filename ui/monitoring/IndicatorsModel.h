#pragma once

#include "monitoring/Indicators.h"

#include <QAbstractTableModel>

namespace nastavnik::ui {

/// The indicators of a period: title, value, the value of the previous saved evaluation and the
/// change; the definition is the tooltip (and DefinitionRole).
class IndicatorsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Value, Previous, Change, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, DefinitionRole };

    explicit IndicatorsModel(QObject* parent = nullptr);

    /// `previous` may be null: no comparison.
    void setIndicators(const QList<Indicator>& indicators, const Evaluation* previous);
    const QList<Indicator>& indicators() const { return m_indicators; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Indicator> m_indicators;
    QList<std::optional<Indicator>> m_previous;
};

} // namespace nastavnik::ui
