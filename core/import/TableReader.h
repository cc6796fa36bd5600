#pragma once

#include "import/Table.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace nastavnik::import {

/// Reads a list for import from a CSV file or an Excel workbook, telling them apart by their
/// content (an .xlsx is a zip) rather than by the name's extension. Files that are neither —
/// an old .xls, an .ods, a document or a picture — get a message saying how to save the list
/// so that it can be imported.
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(TableReader)

public:
    static Result<Table> read(const QString& path, const ReadOptions& options = {});
    /// The file dialog's filter: «Tables (*.csv *.xlsx …)» and the like, translated.
    static QString fileDialogFilter();
};

} // namespace nastavnik::import
