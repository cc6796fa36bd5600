#include "widgets/PageStack.h"

#include <QStackedLayout>

namespace nastavnik::ui {
namespace {

/// A QStackedLayout whose hints are those of the current page alone.
class CurrentPageLayout : public QStackedLayout
{
public:
    using QStackedLayout::QStackedLayout;

    QSize sizeHint() const override { return current() ? current()->sizeHint() : QSize(); }
    QSize minimumSize() const override { return current() ? current()->minimumSizeHint().expandedTo(current()->minimumSize()) : QSize(); }
    bool hasHeightForWidth() const override { return current() && current()->hasHeightForWidth(); }
    int heightForWidth(int width) const override { return current() ? current()->heightForWidth(width) : -1; }

private:
    QWidget* current() const { return currentWidget(); }
};

} // namespace

PageStack::PageStack(QWidget* parent)
    : QWidget(parent)
    , m_layout(new CurrentPageLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    connect(m_layout, &QStackedLayout::currentChanged, this, [this](int index) {
        // The hints are now those of another page.
        m_layout->invalidate();
        emit currentChanged(index);
    });
}

int PageStack::addWidget(QWidget* page)
{
    return m_layout->addWidget(page);
}

void PageStack::setCurrentIndex(int index)
{
    m_layout->setCurrentIndex(index);
}

int PageStack::currentIndex() const
{
    return m_layout->currentIndex();
}

QWidget* PageStack::currentWidget() const
{
    return m_layout->currentWidget();
}

int PageStack::indexOf(QWidget* page) const
{
    return m_layout->indexOf(page);
}

int PageStack::count() const
{
    return m_layout->count();
}

} // namespace nastavnik::ui
