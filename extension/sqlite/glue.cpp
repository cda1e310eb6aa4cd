#include "sqlite/glue.hpp"

#include <fmt/format.h>

#include "text/utf8.hpp"

namespace clio::sql {

bool Call::is_null(int i) const noexcept {
  return i >= argc_ || sqlite3_value_type(argv_[i]) == SQLITE_NULL;
}

std::optional<std::string_view> value_text(sqlite3_value* v, const char* function, const char* what) {
  if (v == nullptr) return std::nullopt;
  switch (sqlite3_value_type(v)) {
    case SQLITE_NULL:
      return std::nullopt;
    case SQLITE_BLOB:
      throw SqlError(fmt::format("{}: the {} argument must be text, not a blob", function, what));
    default: {
      // For numbers SQLite renders the value as text, so clio_date(1922) reads "1922".
      const auto* p = reinterpret_cast<const char*>(sqlite3_value_text(v));
      if (p == nullptr) throw std::bad_alloc();  // the only way text of a non-NULL value fails
      return std::string_view(p, static_cast<std::size_t>(sqlite3_value_bytes(v)));
    }
  }
}

std::optional<std::string_view> Call::text(int i, const char* what) const {
  return i < argc_ ? value_text(argv_[i], name_, what) : std::nullopt;
}

std::string quote_input(std::string_view s, std::size_t max_bytes) {
  std::size_t end = 0;
  while (end < s.size()) {
    const std::size_t next = end + text::next_char(s, end).len;
    if (next > max_bytes) break;
    end = next;
  }
  std::string out = text::sanitize_utf8(s.substr(0, end));
  if (end < s.size()) out += "\u2026";
  return out;
}

void Call::result_text(std::string_view s) const noexcept {
  sqlite3_result_text64(ctx_, s.data(), s.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

void Call::result_json(std::string_view s) const noexcept {
  result_text(s);
  sqlite3_result_subtype(ctx_, 'J');  // JSON_SUBTYPE in SQLite's json.c
}

void dispatch_scalar(sqlite3_context* ctx, int argc, sqlite3_value** argv) noexcept {
  const auto* binding = static_cast<const FunctionBinding*>(sqlite3_user_data(ctx));
  const FunctionSpec* spec = binding->spec;
  guarded(ctx, spec->name, [&] { spec->impl(Call(ctx, argc, argv, spec->name, binding->connection.get())); });
}

}  // namespace clio::sql
