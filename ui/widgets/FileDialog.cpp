#include "widgets/FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace nastavnik::ui {
namespace {
std::optional<QString> g_next;
} // namespace

bool FileDialog::takeNext(QString* path)
{
    if (!g_next)
        return false;
    *path = *g_next;
    g_next.reset();
    return true;
}

void FileDialog::setNextFileName(const QString& path)
{
    g_next = path;
}

bool FileDialog::hasNextFileName()
{
    return g_next.has_value();
}

QString FileDialog::openFileName(QWidget* parent, const QString& caption, const QString& folder, const QString& filter)
{
    QString path;
    if (takeNext(&path))
        return path;
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

QString FileDialog::saveFileName(QWidget* parent, const QString& caption, const QString& proposed, const QString& filter)
{
    QString path;
    if (takeNext(&path))
        return path;
    return QFileDialog::getSaveFileName(parent, caption, proposed, filter, nullptr, QFileDialog::DontConfirmOverwrite);
}

} // namespace nastavnik::ui
