#pragma once

#include <QStringList>

class QApplication;

namespace nastavnik::ui {

class MainWindow;

/// Sets up translations and settings, opens the database (or the first-run screen) and runs
/// the event loop. The GUI's main() calls only this.
int runApplication(QApplication& app);

/// Names the application and installs its translations (before any window is created).
void setUpApplication(QApplication& app, const QString& language);

/// What the window opens first, from the command line (without the program's name):
/// `FILE.sqlite` opens that file, `--demo` (re)creates and opens the demo, nothing opens
/// the last database when it still opens. Failures are shown and leave the first-run screen.
void openFromCommandLine(MainWindow& window, const QStringList& arguments);

} // namespace nastavnik::ui
