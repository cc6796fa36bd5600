#pragma once

class QApplication;

namespace nastavnik::ui {

/// Sets up translations and settings, opens the database (or the first-run screen) and runs
/// the event loop. The GUI's main() calls only this.
int runApplication(QApplication& app);

} // namespace nastavnik::ui
