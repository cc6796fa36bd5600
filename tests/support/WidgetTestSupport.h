#pragma once

#include <QtTest>

namespace nastavnik::test {

/// Types `text` into `widget` key by key, like QTest::keyClicks but for any Unicode text
/// (QTest::keyClicks knows ASCII only).
inline void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key(c.toUpper().unicode()), QString(c), Qt::NoModifier);
}

} // namespace nastavnik::test
