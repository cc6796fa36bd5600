#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace nastavnik::ui {

class AppContext;

/// File → «Экспорт в файл обмена…» and «Импорт из файла обмена…» (shared/exchange-format.md).
///
/// The import replaces the whole content of the open database: it asks first, saying what is
/// replaced by what, writes a backup copy into the database's backup folder, and replaces in
/// one transaction. A file with structural problems is refused with every problem listed
/// (MessageBox::details), and the database is not touched.
class ExchangeActions
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeActions)

public:
    /// Asks for the file and writes it. Returns a line for the status bar, empty when
    /// nothing was written (cancelled, or the failure was shown in a box).
    static QString exportFile(QWidget* parent, AppContext& context);
    /// Asks for the file, checks it, confirms, backs up and imports. Returns a line for the
    /// status bar, empty when nothing was imported.
    static QString importFile(QWidget* parent, AppContext& context);
};

} // namespace nastavnik::ui
