// Thin glue between SQLite's C callbacks and clio's C++ core.
//
// Every callback SQLite sees is a noexcept trampoline: std::bad_alloc becomes SQLITE_NOMEM, a
// SqlError becomes an SQL error with its message, anything else an error naming the function.
// Exceptions never cross the C boundary. Argument helpers implement the policy every clio
// function follows: NULL in gives NULL out; a blob where text is expected is an error naming
// the function and the argument; numbers are read as their text.
#pragma once

#include <cstdint>
#include <memory>
#include <new>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>

#include "sqlite/sqlite_api.hpp"

namespace clio::sql {

class ConnectionState;

// An error meant for the user: its message is shown as is, so it names the function and argument.
class SqlError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// One scalar function call: the context and its arguments, with clio's argument policy.
class Call {
 public:
  Call(sqlite3_context* ctx, int argc, sqlite3_value** argv, const char* name, ConnectionState* conn) noexcept
      : ctx_(ctx), argc_(argc), argv_(argv), name_(name), conn_(conn) {}

  const char* name() const noexcept { return name_; }
  int argc() const noexcept { return argc_; }
  sqlite3_context* context() const noexcept { return ctx_; }
  // Per-connection state (authority indexes), shared by all of clio's functions on this connection.
  ConnectionState& connection() const noexcept { return *conn_; }
  sqlite3_value* value(int i) const noexcept { return i < argc_ ? argv_[i] : nullptr; }
  bool is_null(int i) const noexcept;

  // Text of argument i (0-based), or nullopt for NULL or an absent optional argument.
  // `what` names the argument in error messages, e.g. "text" or "options".
  std::optional<std::string_view> text(int i, const char* what) const;

  void result_null() const noexcept { sqlite3_result_null(ctx_); }
  void result_int(std::int64_t v) const noexcept { sqlite3_result_int64(ctx_, v); }
  void result_double(double v) const noexcept { sqlite3_result_double(ctx_, v); }
  void result_text(std::string_view s) const noexcept;
  // Text with SQLite's JSON subtype, so json_*() functions take it as JSON, not as a string.
  void result_json(std::string_view s) const noexcept;

 private:
  sqlite3_context* ctx_;
  int argc_;
  sqlite3_value** argv_;
  const char* name_;
  ConnectionState* conn_;
};

// Reads value `v` as text under clio's policy; nullopt for NULL. Used by Call and by virtual tables.
std::optional<std::string_view> value_text(sqlite3_value* v, const char* function, const char* what);

// User input quoted in an error message: at most about `max_bytes`, cut at a character
// boundary, malformed UTF-8 replaced, so the message itself is always valid text.
std::string quote_input(std::string_view s, std::size_t max_bytes);

using ScalarImpl = void (*)(const Call&);

// One row of a domain's registration table.
struct FunctionSpec {
  const char* name;
  int min_args;
  int max_args;
  int flags;  // SQLITE_DETERMINISTIC, SQLITE_INNOCUOUS, SQLITE_DIRECTONLY; SQLITE_UTF8 is implied
  ScalarImpl impl;
};

struct ModuleSpec {
  const char* name;
  const sqlite3_module* module;
};

// Registration tables, one per domain file (info_sql.cpp, dates_sql.cpp, ...).
std::span<const FunctionSpec> info_functions();
std::span<const FunctionSpec> date_functions();
std::span<const ModuleSpec> date_modules();
std::span<const FunctionSpec> name_functions();
std::span<const ModuleSpec> name_modules();
std::span<const FunctionSpec> passage_functions();
std::span<const ModuleSpec> passage_modules();
std::span<const FunctionSpec> mention_functions();
std::span<const ModuleSpec> mention_modules();

// Runs `body`, turning any exception into a result error on `ctx`.
template <class Body>
void guarded(sqlite3_context* ctx, const char* name, Body&& body) noexcept {
  try {
    body();
  } catch (const std::bad_alloc&) {
    sqlite3_result_error_nomem(ctx);
  } catch (const SqlError& e) {
    sqlite3_result_error(ctx, e.what(), -1);
  } catch (const std::exception& e) {
    std::string msg = std::string(name) + ": internal error: " + e.what();
    sqlite3_result_error(ctx, msg.c_str(), -1);
  } catch (...) {
    std::string msg = std::string(name) + ": internal error";
    sqlite3_result_error(ctx, msg.c_str(), -1);
  }
}

// What each registered function carries as user data: its spec and the connection's state.
struct FunctionBinding {
  const FunctionSpec* spec;
  std::shared_ptr<ConnectionState> connection;
};

// The xFunc every FunctionSpec is registered with; a FunctionBinding travels as user data.
void dispatch_scalar(sqlite3_context* ctx, int argc, sqlite3_value** argv) noexcept;

}  // namespace clio::sql
