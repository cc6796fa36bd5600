#include "import/MappingHeaderView.h"

#include "import/Table.h"

#include <QComboBox>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
namespace {
constexpr int kMargin = 3;
} // namespace

MappingHeaderView::MappingHeaderView(QWidget* parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(false);
    m_comboHeight = QComboBox().sizeHint().height();
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(this, &QHeaderView::sectionResized, this, &MappingHeaderView::placeCombos);
    connect(this, &QHeaderView::sectionMoved, this, &MappingHeaderView::placeCombos);
    connect(this, &QHeaderView::sectionCountChanged, this, &MappingHeaderView::placeCombos);
}

void MappingHeaderView::setFields(const QList<import::Field>& fields)
{
    const QList<import::Field> all = import::ImportMapping::fields();
    while (m_combos.size() > fields.size())
        delete m_combos.takeLast();
    while (m_combos.size() < fields.size()) {
        const int column = int(m_combos.size());
        auto* combo = new QComboBox(viewport());
        combo->setObjectName(u"mapping_%1"_s.arg(column));
        combo->setAccessibleName(tr("Field for column %1").arg(import::columnLetters(column)));
        combo->setToolTip(tr("Where the values of this column go"));
        combo->setMaxVisibleItems(int(all.size()));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        for (const import::Field f : all)
            combo->addItem(import::ImportMapping::label(f), int(f));
        connect(combo, &QComboBox::activated, this, [this, column, combo](int i) {
            emit fieldChanged(column, import::Field(combo->itemData(i).toInt()));
        });
        m_combos << combo;
        combo->show();
    }
    for (int c = 0; c < fields.size(); ++c) {
        QComboBox* combo = m_combos.at(c);
        const int i = combo->findData(int(fields.at(c)));
        combo->setCurrentIndex(i);
        // A column that is not imported looks faded, so the chosen ones stand out.
        QFont font = combo->font();
        font.setItalic(fields.at(c) == import::Field::Ignore);
        combo->setFont(font);
    }
    placeCombos();
    updateGeometry();
}

QList<import::Field> MappingHeaderView::fields() const
{
    QList<import::Field> result;
    for (const QComboBox* combo : m_combos)
        result << import::Field(combo->currentData().toInt());
    return result;
}

QComboBox* MappingHeaderView::comboForColumn(int column) const
{
    return m_combos.value(column);
}

int MappingHeaderView::comboAreaHeight() const
{
    return m_comboHeight + 2 * kMargin;
}

QSize MappingHeaderView::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    size.setHeight(fontMetrics().height() + 12 + comboAreaHeight());
    return size;
}

void MappingHeaderView::paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const
{
    // The title in the upper part; the combo box covers the lower part. The check column
    // has no combo box and gets the whole height.
    QRect title = rect;
    if (logicalIndex > 0)
        title.setHeight(rect.height() - comboAreaHeight());
    QHeaderView::paintSection(painter, title, logicalIndex);
    if (logicalIndex > 0) {
        const QRect below(rect.left(), title.bottom() + 1, rect.width(), rect.height() - title.height());
        painter->fillRect(below, palette().window());
        painter->setPen(palette().color(QPalette::Mid));
        painter->drawLine(below.topRight(), below.bottomRight());
    }
}

void MappingHeaderView::updateGeometries()
{
    QHeaderView::updateGeometries();
    placeCombos();
}

void MappingHeaderView::placeCombos()
{
    const int area = comboAreaHeight();
    for (int c = 0; c < m_combos.size(); ++c) {
        QComboBox* combo = m_combos.at(c);
        const int section = c + 1;
        if (section >= count() || isSectionHidden(section)) {
            combo->hide();
            continue;
        }
        const int x = sectionViewportPosition(section);
        combo->setGeometry(
            x + kMargin, height() - area + kMargin, sectionSize(section) - 2 * kMargin, area - 2 * kMargin);
        combo->show();
    }
}

} // namespace nastavnik::ui
