#include "util/Background.h"

namespace nastavnik::background {

QThreadPool& pool()
{
    // Never destroyed: a read may still end after the last window has gone.
    static QThreadPool* const worker = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(1);
        return p;
    }();
    return *worker;
}

} // namespace nastavnik::background
