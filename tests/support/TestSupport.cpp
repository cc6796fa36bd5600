#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QtTest>

namespace nastavnik::test {

TempDatabase::TempDatabase()
    : m_path(m_dir.filePath(QStringLiteral("test.sqlite")))
    , m_db(std::make_unique<Database>())
{
    const Status s = m_db->open(m_path, Database::Mode::CreateIfMissing);
    if (!s)
        qFatal("Temporary database could not be opened: %s", qPrintable(s.error()));
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

bool damageFile(const QString& path)
{
    QByteArray bytes = readFile(path);
    if (bytes.size() <= 40000)
        return false;
    for (int i = 12000; i < 36000; ++i)
        bytes[i] = char(i * 7);
    return writeFile(path, bytes);
}

QString dataPath(const QString& name)
{
    return QDir(QStringLiteral(NASTAVNIK_TEST_DATA)).filePath(name);
}

} // namespace nastavnik::test
