#pragma once

#include <QWidget>

class QCommandLinkButton;
class QLabel;
class QVBoxLayout;

namespace nastavnik::ui {

/// What the window shows while no database is open: three large choices (a new database,
/// an existing one, the demo) and the recent files.
class FirstRunWidget : public QWidget
{
    Q_OBJECT

public:
    explicit FirstRunWidget(QWidget* parent = nullptr);

    void setRecentFiles(const QStringList& paths);

    QCommandLinkButton* createButton() const { return m_create; }
    QCommandLinkButton* openButton() const { return m_open; }
    QCommandLinkButton* demoButton() const { return m_demo; }

signals:
    void createRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString& path);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QCommandLinkButton* m_create;
    QCommandLinkButton* m_open;
    QCommandLinkButton* m_demo;
    QWidget* m_recentBox;
    QVBoxLayout* m_recentLayout;
    QLabel* m_logo = nullptr;
};

} // namespace nastavnik::ui
