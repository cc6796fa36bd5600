#pragma once

#include <QMap>
#include <QStringList>
#include <QWidget>

class QVBoxLayout;

namespace nastavnik::ui {

/// Messages shown inline above a form (not in a box): validation errors, warnings such as
/// «a parent must sign», and later the rule engine's findings. Messages come in named
/// groups, so each source replaces only its own; the area hides itself when empty.
class MessageArea : public QWidget
{
    Q_OBJECT

public:
    enum class Level { Error, Warning, Information };

    explicit MessageArea(QWidget* parent = nullptr);

    /// Replaces the messages of `group` (an empty list removes the group).
    void setMessages(const QString& group, Level level, const QStringList& messages);
    void clearGroup(const QString& group);
    QStringList messages(const QString& group) const;
    bool isEmpty() const { return m_groups.isEmpty(); }

private:
    struct Group
    {
        Level level;
        QStringList messages;
        QWidget* frame;
    };
    QWidget* makeFrame(Level level, const QStringList& messages);

    QVBoxLayout* m_layout;
    QMap<QString, Group> m_groups;
};

} // namespace nastavnik::ui
