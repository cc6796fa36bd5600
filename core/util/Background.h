#pragma once

#include <QThreadPool>
#include <QtConcurrent/qtconcurrenttask.h>

#include <utility>

namespace nastavnik::background {

/// What runs first when several reads wait for a worker: what the user looks at, then the
/// findings, then the upkeep of the file.
enum Priority {
    Upkeep = 0, ///< the integrity check and today's backup copy of an opened file
    Check = 1,  ///< the findings of the rule engine
    Screen = 2, ///< what a screen shows (the deadlines of «Сегодня»)
};

/// The worker thread of the window's background reads for `priority`. Two threads, each with
/// one task at a time: one for what a screen shows, one for the findings and the upkeep, which
/// runs with a lower share of the processor (nice 10 on Linux), so that what the user waits for
/// — the window's painting, a screen's read — is not slowed by the checks that nobody waits
/// for (on a two-core office PC they would otherwise take a core from the window). Work waiting
/// for a thread runs by Priority.
QThreadPool& pool(Priority priority);

/// Runs `function` on the worker of `priority`; returns its future.
template<typename Function>
auto run(Priority priority, Function&& function)
{
    return QtConcurrent::task(std::forward<Function>(function))
        .onThreadPool(pool(priority))
        .withPriority(priority)
        .spawn();
}

} // namespace nastavnik::background
