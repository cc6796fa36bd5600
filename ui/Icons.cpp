#include "Icons.h"

#include <QFile>
#include <QHash>

using namespace Qt::StringLiterals;

namespace nastavnik::ui::icons {

QIcon get(const QString& name)
{
    static QHash<QString, QIcon> cache;
    if (auto it = cache.constFind(name); it != cache.cend())
        return *it;
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        const QString file = u":/icons/%1-%2.png"_s.arg(name).arg(size);
        if (QFile::exists(file))
            icon.addFile(file, QSize(size, size));
    }
    cache.insert(name, icon);
    return icon;
}

QIcon application()
{
    return get(u"nastavnik"_s);
}

} // namespace nastavnik::ui::icons
