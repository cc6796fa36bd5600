#include "Application.h"

#include "Icons.h"
#include "MainWindow.h"
#include "i18n/Translations.h"
#include "settings/AppSettings.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QStyleFactory>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace nastavnik::ui {

void setUpApplication(QApplication& app, const QString& language)
{
#ifdef __GLIBC__
    // The background reads (deadlines, findings) build and drop whole copies of the data: in
    // one heap with the window's, what they free is reused by the window instead of staying
    // in an arena of their own (a quarter less peak memory at region scale).
    mallopt(M_ARENA_MAX, 1);
#endif
    QApplication::setApplicationName(u"Nastavnik"_s);
    QApplication::setOrganizationName(u"Nastavnik"_s);
    QApplication::setApplicationVersion(QStringLiteral(NASTAVNIK_VERSION));
    i18n::install(app, language);
    QApplication::setApplicationDisplayName(QApplication::translate("Application", "Nastavnik"));
    QApplication::setWindowIcon(icons::application());
#ifndef Q_OS_WIN
    // One consistent look on Linux desktops; Windows keeps its native style.
    if (QStyle* fusion = QStyleFactory::create(u"Fusion"_s))
        QApplication::setStyle(fusion);
#endif
}

void openFromCommandLine(MainWindow& window, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("Application", "Mentorship programmes"));
    const QCommandLineOption demo(u"demo"_s, QApplication::translate("Application", "Create and open the demo database."));
    parser.addOption(demo);
    parser.addPositionalArgument(u"file"_s, QApplication::translate("Application", "The database file to open."));
    if (!parser.parse(QStringList{QApplication::applicationFilePath()} + arguments)) {
        MessageBox::warning(&window,
                            QApplication::translate("Application", "Command line"),
                            QApplication::translate("Application", "%1\n\nUsage: nastavnik [FILE.sqlite] [--demo]")
                                .arg(parser.errorText()));
        return;
    }
    if (parser.isSet(demo)) {
        window.openDemo();
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        window.openDatabase(parser.positionalArguments().constFirst());
        return;
    }
    const QString last = window.settings().lastDatabase();
    if (!last.isEmpty())
        window.openDatabase(last);
}

int runApplication(QApplication& app)
{
    AppSettings settings;
    setUpApplication(app, settings.language());
    MainWindow window(settings);
    // Opening first: the first reads of the database start on the worker while the window is
    // laid out and drawn.
    openFromCommandLine(window, app.arguments().mid(1));
    window.show();
    return app.exec();
}

} // namespace nastavnik::ui
