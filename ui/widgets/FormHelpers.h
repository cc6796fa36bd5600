#pragma once

#include <QLabel>
#include <QString>

namespace nastavnik::ui::form {

/// A bold heading row inside a form, in place of a group box frame.
inline QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setContentsMargins(0, 10, 0, 2);
    return label;
}

/// A grey explanation under a field, wrapped to the field's width.
inline QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #5f6b76;"));
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return label;
}

} // namespace nastavnik::ui::form
