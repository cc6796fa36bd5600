#include "Icons.h"

#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>

#include <optional>

using namespace Qt::StringLiterals;

namespace nastavnik::ui::icons {
namespace {

/// The PNGs of an icon, decoded when the icon is first drawn: the window has some forty icons
/// in seven sizes each, and most menus' icons are never shown in a session. Until then only the
/// sizes are known.
class DeferredIconEngine : public QIconEngine
{
public:
    explicit DeferredIconEngine(QList<std::pair<QString, int>> files)
        : m_files(std::move(files))
    {
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (const auto& [file, size] : m_files)
            sizes << QSize(size, size);
        return sizes;
    }
    bool isNull() override { return m_files.isEmpty(); }
    QString key() const override { return u"nastavnik-deferred"_s; }
    QIconEngine* clone() const override { return new DeferredIconEngine(*this); }

private:
    const QIcon& icon()
    {
        if (!m_icon) {
            m_icon = QIcon();
            for (const auto& [file, size] : m_files)
                m_icon->addFile(file, QSize(size, size));
        }
        return *m_icon;
    }

    QList<std::pair<QString, int>> m_files;
    std::optional<QIcon> m_icon;
};

} // namespace

QIcon get(const QString& name)
{
    static QHash<QString, QIcon> cache;
    if (auto it = cache.constFind(name); it != cache.cend())
        return *it;
    QList<std::pair<QString, int>> files;
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        const QString file = u":/icons/%1-%2.png"_s.arg(name).arg(size);
        if (QFile::exists(file))
            files.append({file, size});
    }
    const QIcon icon = files.isEmpty() ? QIcon() : QIcon(new DeferredIconEngine(std::move(files)));
    cache.insert(name, icon);
    return icon;
}

QIcon application()
{
    return get(u"nastavnik"_s);
}

} // namespace nastavnik::ui::icons
