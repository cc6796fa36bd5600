#include "util/Background.h"

#include <QDeadlineTimer>
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

void awaitScreen()
{
    // A screen's worker is active from the moment its read is handed over until it ends.
    const QDeadlineTimer deadline(kScreenFirstMs);
    while (pool(Screen).activeThreadCount() > 0 && !deadline.hasExpired())
        QThread::msleep(5);
}

QThreadPool& pool(Priority priority)
{
    // Never destroyed: a read may still end after the last window has gone.
    static QThreadPool* const screen = makePool(false);
    static QThreadPool* const yielding = makePool(true);
    return priority == Screen ? *screen : *yielding;
}

} // namespace nastavnik::background
