#include "documents/OdtPageStyle.h"

#include "documents/DocumentRenderer.h"

#include <QMap>
#include <QPageSize>
#include <QSizeF>

#include "util/Zip.h"

using namespace Qt::StringLiterals;

namespace nastavnik::odt {
namespace {

QByteArray cm(qreal mm)
{
    return QByteArray::number(mm / 10.0, 'f', 2) + "cm";
}

/// styles.xml: the page of the first sheet (no header, full top margin) and of the following
/// ones (the page number centred in a header that sits in the top margin).
QByteArray stylesXml(const QPageLayout& layout)
{
    const QSizeF page = layout.pageSize().size(QPageSize::Millimeter);
    const QMarginsF m = layout.margins(QPageLayout::Millimeter);
    const QByteArray family = DocumentRenderer::fontFamily().toHtmlEscaped().toUtf8();
    const QByteArray size = "fo:page-width=\"" + cm(page.width()) + "\" fo:page-height=\"" + cm(page.height())
        + "\" style:print-orientation=\"portrait\" fo:margin-left=\"" + cm(m.left()) + "\" fo:margin-right=\""
        + cm(m.right()) + "\" fo:margin-bottom=\"" + cm(m.bottom()) + "\"";
    QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2">
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties fo:font-family="'@FAMILY@'" fo:font-size="14pt" fo:language="ru" fo:country="RU"/></style:default-style>
<style:style style:name="Header" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-family="'@FAMILY@'" fo:font-size="12pt"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pmFirst"><style:page-layout-properties @SIZE@ fo:margin-top="@TOP@"/></style:page-layout>
<style:page-layout style:name="pmNext"><style:page-layout-properties @SIZE@ fo:margin-top="@HEADERTOP@"/><style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="@HEADERGAP@"/></style:header-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="pmNext"><style:header><text:p text:style-name="Header"><text:page-number text:select-page="current"/></text:p></style:header></style:master-page>
<style:master-page style:name="First_20_Page" style:display-name="First Page" style:page-layout-name="pmFirst" style:next-style-name="Standard"/>
</office:master-styles>
</office:document-styles>
)";
    xml.replace("@SIZE@", size);
    xml.replace("@FAMILY@", family);
    xml.replace("@TOP@", cm(m.top()));
    // The header (0.6 cm) and its gap fill the top margin: the text starts at the same height.
    xml.replace("@HEADERTOP@", cm(8.0));
    xml.replace("@HEADERGAP@", cm(m.top() - 8.0 - 6.0));
    return xml;
}

/// Makes the first paragraph (or table) of the text open the «First Page» master page, so the
/// page number appears from the second page on. Leaves the content as it is when its shape is
/// not the expected one.
QByteArray withFirstPageStyle(QByteArray content)
{
    const qsizetype body = content.indexOf("<office:text");
    if (body < 0)
        return content;
    qsizetype at = -1;
    QByteArray attribute;
    for (const QByteArray& candidate : {QByteArray("text:style-name=\""), QByteArray("table:style-name=\"")}) {
        const qsizetype found = content.indexOf(candidate, body);
        if (found >= 0 && (at < 0 || found < at)) {
            at = found;
            attribute = candidate;
        }
    }
    if (at < 0)
        return content;
    const qsizetype nameStart = at + attribute.size();
    const qsizetype nameEnd = content.indexOf('"', nameStart);
    if (nameEnd < 0)
        return content;
    const QByteArray name = content.mid(nameStart, nameEnd - nameStart);
    const QByteArray opening = "<style:style style:name=\"" + name + "\"";
    const qsizetype styleStart = content.indexOf(opening);
    const qsizetype automaticEnd = content.indexOf("</office:automatic-styles>");
    if (styleStart < 0 || automaticEnd < 0 || styleStart > automaticEnd)
        return content;
    qsizetype styleEnd = content.indexOf("</style:style>", styleStart);
    const qsizetype selfClosing = content.indexOf("/>", styleStart);
    const qsizetype nextOpen = content.indexOf('>', styleStart);
    if (selfClosing >= 0 && selfClosing + 1 == nextOpen)
        styleEnd = selfClosing + 2;
    else if (styleEnd >= 0)
        styleEnd += qsizetype(sizeof("</style:style>") - 1);
    else
        return content;
    QByteArray copy = content.mid(styleStart, styleEnd - styleStart);
    const QByteArray firstName = name + "_first";
    copy.replace(0, opening.size(),
                 "<style:style style:name=\"" + firstName + "\" style:master-page-name=\"First_20_Page\"");
    content.replace(nameStart, name.size(), firstName);
    content.insert(content.indexOf("</office:automatic-styles>"), copy);
    return content;
}

QByteArray withStylesInManifest(QByteArray manifest)
{
    if (manifest.contains("full-path=\"styles.xml\""))
        return manifest;
    const qsizetype end = manifest.lastIndexOf("</manifest:manifest>");
    if (end < 0)
        return manifest;
    manifest.insert(end, " <manifest:file-entry manifest:media-type=\"text/xml\" manifest:full-path=\"styles.xml\"/>\n");
    return manifest;
}

} // namespace

Result<QByteArray> withPageStyle(const QByteArray& odt, const QPageLayout& layout)
{
    auto failed = [] {
        return Result<QByteArray>::failure(OdtPageStyle::tr("The OpenDocument file could not be assembled."));
    };
    const zip::Reader in(odt);
    const auto entries = in.readAll();
    if (!entries)
        return failed();

    zip::Writer out;
    // The mimetype comes first and uncompressed (OpenDocument 1.2, part 3, 3.3).
    if (!out.add(u"mimetype"_s, "application/vnd.oasis.opendocument.text", false))
        return failed();
    for (const auto& [name, data] : *entries) {
        if (name == u"mimetype" || name == u"styles.xml")
            continue;
        QByteArray bytes = data;
        if (name == u"content.xml")
            bytes = withFirstPageStyle(bytes);
        else if (name == u"META-INF/manifest.xml")
            bytes = withStylesInManifest(bytes);
        if (!out.add(name, bytes))
            return failed();
    }
    if (!out.add(u"styles.xml"_s, stylesXml(layout)))
        return failed();
    std::optional<QByteArray> bytes = out.finish();
    if (!bytes)
        return failed();
    return *bytes;
}

} // namespace nastavnik::odt
