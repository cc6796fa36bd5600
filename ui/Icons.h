#pragma once

#include <QIcon>
#include <QString>

namespace nastavnik::ui::icons {

/// An icon of resources/icons (rendered PNGs in several sizes): "people", "add", "edit",
/// "delete", "archive", "calendar", "search", "database-new", "open", "demo", "save-copy",
/// "import", "organization", "interface", "settings", "about". Sections bring their own
/// names the same way.
QIcon get(const QString& name);
/// The application's icon (window, About).
QIcon application();

} // namespace nastavnik::ui::icons
