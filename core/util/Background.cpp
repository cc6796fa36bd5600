#include "util/Background.h"

#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace nastavnik::background {
namespace {

/// A pool of one thread. `yielding`: its thread takes a lower share of the processor.
QThreadPool* makePool(bool yielding)
{
    auto* p = new QThreadPool;
    p->setMaxThreadCount(1);
    // The thread stays for the next work (it is lowered once, when it starts).
    p->setExpiryTimeout(-1);
    if (yielding) {
#ifdef Q_OS_LINUX
        // QThread's priorities other than Idle do nothing under Linux's default scheduler; a
        // thread's nice value does (inherited by the threads it starts: ParallelRead.h).
        p->start([] { setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 10); });
#else
        p->setThreadPriority(QThread::LowPriority);
#endif
    }
    return p;
}

} // namespace

QThreadPool& pool(Priority priority)
{
    // Never destroyed: a read may still end after the last window has gone.
    static QThreadPool* const screen = makePool(false);
    static QThreadPool* const yielding = makePool(true);
    return priority == Screen ? *screen : *yielding;
}

} // namespace nastavnik::background
