#include "Application.h"

#include "i18n/Translations.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QMainWindow>

namespace nastavnik::ui {

int runApplication(QApplication& app)
{
    QApplication::setApplicationName(QStringLiteral("Nastavnik"));
    QApplication::setOrganizationName(QStringLiteral("Nastavnik"));
    AppSettings settings;
    i18n::install(app, settings.language());
    QMainWindow window;
    window.show();
    return app.exec();
}

} // namespace nastavnik::ui
