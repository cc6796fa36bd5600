#include "monitoring/IndicatorsModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {

IndicatorsModel::IndicatorsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void IndicatorsModel::setIndicators(const QList<Indicator>& indicators, const Evaluation* previous)
{
    beginResetModel();
    m_indicators = indicators;
    m_previous.clear();
    for (const Indicator& i : indicators) {
        const SavedIndicator* saved = previous ? previous->indicator(i.id) : nullptr;
        m_previous << (saved ? std::optional<Indicator>(Indicator::fromSaved(*saved)) : std::nullopt);
    }
    endResetModel();
}

int IndicatorsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_indicators.size());
}

int IndicatorsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_indicators.size())
        return {};
    const Indicator& i = m_indicators.at(index.row());
    const std::optional<Indicator>& before = m_previous.at(index.row());
    std::optional<double> delta;
    if (before && before->value && i.value)
        delta = *i.value - *before->value;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return i.title();
        case Value:
            return i.text();
        case Previous:
            return before ? before->text() : QString();
        case Change: {
            if (!delta)
                return QString();
            if (std::fabs(*delta) < 0.05)
                return tr("no change");
            const int decimals = i.unit == Indicator::Unit::Count ? 0 : 1;
            QString text = QLocale().toString(std::fabs(*delta), 'f', decimals);
            if (i.unit == Indicator::Unit::Percent || i.unit == Indicator::Unit::Points)
                text = tr("%1 p.p.").arg(text);
            return (*delta > 0 ? u"+"_s : u"−"_s) + text;
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
    case DefinitionRole:
        return i.definition();
    case Qt::FontRole:
        if (index.column() == Value) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Value && !i.value)
            return QBrush(QColor(0x8a, 0x94, 0x9e));
        return {};
    case IdRole:
        return i.id;
    default:
        return {};
    }
}

QVariant IndicatorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Indicator");
    case Value:
        return tr("Value");
    case Previous:
        return tr("Previous evaluation");
    case Change:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace nastavnik::ui
