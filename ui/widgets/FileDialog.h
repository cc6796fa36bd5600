#pragma once

#include <QString>

class QWidget;

namespace nastavnik::ui {

/// The file dialogs of the application, so that tests can give the next answer in advance
/// (an empty string stands for Cancel).
class FileDialog
{
public:
    static QString openFileName(QWidget* parent, const QString& caption, const QString& folder, const QString& filter);
    /// Does not ask about overwriting: callers decide what an existing file means.
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& proposed, const QString& filter);

    static void setNextFileName(const QString& path);
    /// True while an answer given in advance has not been taken.
    static bool hasNextFileName();

private:
    static bool takeNext(QString* path);
};

} // namespace nastavnik::ui
