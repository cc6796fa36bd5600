#pragma once

#include <QWidget>

class QStackedLayout;

namespace nastavnik::ui {

/// Pages shown one at a time, like QStackedWidget, but sized by the page shown only.
///
/// QStackedWidget asks every page for its size hints whenever its layout is recalculated:
/// a label changing its text in one section («Showing 1 853 of 30 000») made the window lay
/// out the word-wrapped texts and tabs of all the other sections again, which cost most of a
/// keystroke in the participants' search. The hidden pages are laid out when they are shown.
class PageStack : public QWidget
{
    Q_OBJECT

public:
    explicit PageStack(QWidget* parent = nullptr);

    /// Adds `page` as the last page (the stack takes it over); returns its index.
    int addWidget(QWidget* page);
    void setCurrentIndex(int index);
    int currentIndex() const;
    QWidget* currentWidget() const;
    /// The index of `page`, or -1.
    int indexOf(QWidget* page) const;
    int count() const;

signals:
    void currentChanged(int index);

private:
    QStackedLayout* m_layout;
};

} // namespace nastavnik::ui
