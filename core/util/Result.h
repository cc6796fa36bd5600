#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace nastavnik {

/// Outcome of an operation that returns nothing: success, or a user-facing message.
/// The message is already translated and says what went wrong and what to do.
class Status
{
public:
    static Status success() { return Status(); }
    static Status failure(QString message) { return Status(std::move(message)); }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }

private:
    Status() = default;
    explicit Status(QString message)
        : m_failed(true)
        , m_error(std::move(message))
    {
    }

    bool m_failed = false;
    QString m_error;
};

/// A value, or a user-facing message saying why there is none. No exceptions cross layers.
template <typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(const Status& failure)
        : m_error(failure.error())
    {
        Q_ASSERT(!failure.ok());
    }
    static Result failure(QString message)
    {
        Result r;
        r.m_error = std::move(message);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const QString& error() const { return m_error; }
    Status status() const { return ok() ? Status::success() : Status::failure(m_error); }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

} // namespace nastavnik
