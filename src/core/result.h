#pragma once

#include <cassert>
#include <optional>
#include <utility>
#include <variant>

#include "core/error.h"

namespace childrecord {

// A value or an Error (C++23's std::expected, which g++ 12 lacks in C++20 mode).
// Domain and store functions return Result for every failure a user or the environment can
// cause; exceptions are kept for the truly exceptional (out of memory, broken invariants).
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}            // NOLINT: implicit by design
  Result(Error error) : state_(std::move(error)) {}        // NOLINT: implicit by design

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  // Precondition: ok().
  T& value() & { assert(ok()); return std::get<0>(state_); }
  const T& value() const& { assert(ok()); return std::get<0>(state_); }
  T&& value() && { assert(ok()); return std::get<0>(std::move(state_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  // Precondition: !ok().
  const Error& error() const { assert(!ok()); return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

// Success without a value, or an Error.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)) {}  // NOLINT: implicit by design
  static Status Ok() { return {}; }

  bool ok() const { return !error_.has_value(); }
  explicit operator bool() const { return ok(); }
  // Precondition: !ok().
  const Error& error() const { assert(!ok()); return *error_; }

 private:
  std::optional<Error> error_;
};

}  // namespace childrecord

// Returns early from the enclosing function when `expr` (a Status or Result) failed.
#define CR_RETURN_IF_ERROR(expr)                         \
  do {                                                   \
    auto&& cr_status_ = (expr);                          \
    if (!cr_status_.ok()) return cr_status_.error();     \
  } while (false)

#define CR_CONCAT_INNER(a, b) a##b
#define CR_CONCAT(a, b) CR_CONCAT_INNER(a, b)
// `CR_ASSIGN_OR_RETURN(auto x, F());` binds x to F()'s value or returns its error.
#define CR_ASSIGN_OR_RETURN(decl, expr) CR_ASSIGN_OR_RETURN_IMPL(CR_CONCAT(cr_result_, __LINE__), decl, expr)
#define CR_ASSIGN_OR_RETURN_IMPL(tmp, decl, expr) \
  auto tmp = (expr);                              \
  if (!tmp.ok()) return tmp.error();              \
  decl = std::move(tmp).value()
