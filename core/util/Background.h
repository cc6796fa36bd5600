#pragma once

#include <QThreadPool>
#include <QtConcurrent/qtconcurrenttask.h>

#include <utility>

namespace nastavnik::background {

/// What runs first when several reads wait for the worker: what the user looks at, then the
/// findings, then the upkeep of the file.
enum Priority {
    Upkeep = 0, ///< the integrity check and today's backup copy of an opened file
    Check = 1,  ///< the findings of the rule engine
    Screen = 2, ///< what a screen shows (the deadlines of «Сегодня»)
};

/// The one worker thread of the window's background reads. One thread, not one per task: on a
/// two-core office PC the window keeps a core, and reads running side by side on the other
/// would only slow each other down. Work waiting for the thread runs by Priority.
QThreadPool& pool();

/// Runs `function` on the worker with `priority`; returns its future.
template<typename Function>
auto run(Priority priority, Function&& function)
{
    return QtConcurrent::task(std::forward<Function>(function)).onThreadPool(pool()).withPriority(priority).spawn();
}

} // namespace nastavnik::background
