#pragma once

#include <QThreadPool>
#include <QtConcurrent/qtconcurrenttask.h>

#include <type_traits>
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

/// How long the findings and the upkeep wait at most for a screen's read (awaitScreen).
inline constexpr int kScreenFirstMs = 2000;

/// Returns when no screen's read runs, or after kScreenFirstMs. Even lowered, a thread takes a
/// good part of a core from the read the user waits for: beside the integrity check and the
/// findings of a region, the first read of its «Сегодня» took a fifth longer.
void awaitScreen();

/// Runs `function` on the worker of `priority`; returns its future. Work of a lower priority
/// than Screen starts when no screen's read runs (awaitScreen); it takes no arguments (a
/// function given a QPromise reports what a screen shows).
template<typename Function>
auto run(Priority priority, Function&& function)
{
    if constexpr (std::is_invocable_v<std::decay_t<Function>&>) {
        return QtConcurrent::task([priority, f = std::forward<Function>(function)]() mutable {
                   if (priority != Screen)
                       awaitScreen();
                   return f();
               })
            .onThreadPool(pool(priority))
            .withPriority(priority)
            .spawn();
    } else {
        Q_ASSERT(priority == Screen);
        return QtConcurrent::task(std::forward<Function>(function))
            .onThreadPool(pool(priority))
            .withPriority(priority)
            .spawn();
    }
}

} // namespace nastavnik::background
