#pragma once

#include "util/Result.h"

#include <QDate>
#include <QString>

namespace nastavnik::demo {

/// Writes the demo school of `today` (demo::school) into a fresh database at `path`,
/// replacing an older demo there. Refuses, changing nothing, while that file is open in a
/// window of Nastavnik. The caller closes its own connection to the file first.
Status createDatabase(const QString& path, const QDate& today);

} // namespace nastavnik::demo
