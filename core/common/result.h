#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace majlis {

// An expected failure a user can act on: a bad file, invalid input, a locked workspace.
// The message is already translated; the code lets callers (and tests) branch on the kind.
struct Error
{
    enum class Code {
        InvalidInput,
        NotFound,
        NotSqlite,
        NotMajlis,
        Corrupt,
        NewerVersion,
        Locked,
        ReadOnly,
        Io,
        Database,
        Unauthorized, // a server no longer accepts the login: ask for the password again
        Unreachable,  // no answer from a server: offline, or it is down
    };

    Code code = Code::Database;
    QString message;
};

// Either a value or an Error. Kept tiny on purpose: C++20 has no std::expected yet.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    // By value, so `for (auto &x : f().value())` does not keep a reference into a dead temporary.
    T value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

struct Done
{
};

// Result<void> in spirit: success carries nothing.
using Status = Result<Done>;

inline Status success()
{
    return Done{};
}

} // namespace majlis
