#include "documents/Html.h"

#include "util/Dates.h"

using namespace Qt::StringLiterals;

namespace nastavnik::html {

QString blank(int width)
{
    return QString(width, u'_');
}

QString esc(const QString& value)
{
    return value.toHtmlEscaped();
}

QString orBlank(const QString& value, int width)
{
    const QString trimmed = value.trimmed();
    return trimmed.isEmpty() ? blank(width) : esc(trimmed);
}

QString dateWords(const QDate& date)
{
    return date.isValid() ? esc(dates::toRussianWords(date)) : u"«___» ______________ 20___ г."_s;
}

QString dateQuoted(const QDate& date)
{
    return date.isValid() ? esc(dates::toRussianQuoted(date)) : u"«___» ______________ 20___ г."_s;
}

QString dateShort(const QDate& date)
{
    return date.isValid() ? dates::toDisplay(date) : blank(10);
}

QString para(const QString& innerHtml, const QString& cls)
{
    const bool justify = cls == u"text" || cls == u"plain";
    return u"<p class=\"%1\"%2>%3</p>\n"_s.arg(cls, justify ? u" align=\"justify\""_s : QString(), innerHtml);
}

QString point(const QString& number, const QString& innerHtml)
{
    return u"<p class=\"text\" align=\"justify\">%1.&nbsp;%2</p>\n"_s.arg(number, innerHtml);
}

QString table(const QStringList& header, const QList<QStringList>& rows, const QList<int>& widths)
{
    QString head = u"<thead><tr>"_s;
    for (int i = 0; i < header.size(); ++i) {
        head += u"<th width=\"%1%\">"_s.arg(i < widths.size() ? widths.at(i) : 10);
        head += header.at(i);
        head += u"</th>"_s;
    }
    head += u"</tr></thead>\n"_s;
    const QString open = u"<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\""_s;
    const bool parts = rows.size() > kRowsPerPart;

    QString out;
    out.reserve(256 + rows.size() * 200);
    out += open + (parts ? u" style=\"margin-bottom: 0px\">\n"_s : u">\n"_s) + head;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        // Long tables are written in parts: one huge table makes QTextDocument's layout quadratic.
        if (r > 0 && r % kRowsPerPart == 0) {
            const bool last = rows.size() - r <= kRowsPerPart;
            out += u"</table>\n"_s + open
                + (last ? u" style=\"margin-top: 0px\">\n"_s : u" style=\"margin-top: 0px; margin-bottom: 0px\">\n"_s) + head;
        }
        out += u"<tr>"_s;
        for (const QString& cell : rows.at(r)) {
            out += u"<td>"_s;
            out += cell;
            out += u"</td>"_s;
        }
        out += u"</tr>\n"_s;
    }
    out += u"</table>\n"_s;
    return out;
}

QString twoColumns(const QString& leftHtml, const QString& rightHtml, int leftWidth)
{
    return u"<table class=\"line\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
           "<td width=\"%1%\" class=\"left\">%2</td><td width=\"%3%\" class=\"right\" align=\"right\">%4</td>"
           "</tr></table>\n"_s.arg(leftWidth)
        .arg(leftHtml)
        .arg(100 - leftWidth)
        .arg(rightHtml);
}

QString signature(const QString& position, const QString& name, bool line)
{
    return u"<table class=\"signature\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
           "<td width=\"50%\" valign=\"bottom\">%1</td>"
           "<td width=\"22%\" valign=\"bottom\" align=\"center\">%2</td>"
           "<td width=\"28%\" valign=\"bottom\" align=\"right\">%3</td>"
           "</tr></table>\n"_s.arg(position, line ? blank(14) : QString(), name);
}

QString rightBlock(const QStringList& linesHtml)
{
    return u"<table class=\"line\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
           "<td width=\"50%\"></td><td width=\"50%\">%1</td></tr></table>\n"_s.arg(linesHtml.join(u"<br/>"_s));
}

QString pageBreak()
{
    return u"<p class=\"break\" style=\"page-break-before: always\"></p>\n"_s;
}

QString joinAnd(const QStringList& items)
{
    if (items.size() <= 1)
        return items.value(0);
    return QStringList(items.mid(0, items.size() - 1)).join(u", "_s) + u" и "_s + items.last();
}

QString tidy(QString text)
{
    // A sentence ending in «г.» or in initials gets no second full stop.
    text.replace(u"..</p>"_s, u".</p>"_s);
    text.replace(u".. "_s, u". "_s);
    text.replace(u"г.."_s, u"г."_s);
    text.replace(u"г.,"_s, u"г.,"_s);
    return text;
}

} // namespace nastavnik::html
