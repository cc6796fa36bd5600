#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QPageLayout>

namespace nastavnik::odt {

/// Qt's OpenDocument writer leaves the page to the office suite's default (often Letter with
/// 2 cm margins). This rewrites the package with a styles.xml that sets the page size and
/// margins of `layout`, and page numbers in the header from the second page on, so the ODT
/// opens laid out like the PDF.
Result<QByteArray> withPageStyle(const QByteArray& odt, const QPageLayout& layout);

class OdtPageStyle
{
    Q_DECLARE_TR_FUNCTIONS(OdtPageStyle)
};

} // namespace nastavnik::odt
