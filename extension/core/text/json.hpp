// A small, strict JSON reader for the options argument of clio's SQL functions.
//
// It reads exactly ONE JSON object (RFC 8259) whose member values are scalars (string, number,
// true, false, null) or arrays of scalars; arrays may nest up to kMaxJsonDepth levels. A nested
// object is rejected with an error that names its key: options are flat by design.
//
//   JsonObject opts;
//   std::string err;
//   if (!parse_json_object(R"({"calendar": "julian", "langs": ["la", "de"]})", opts, err))
//     report(err);                    // e.g. `expected ':' after key "ref" at offset 7`
//   if (const JsonValue* v = opts.find("calendar"); v && v->kind == JsonValue::string) use(v->s);
//
// Strictness, because a silently misread option is worse than an error:
//   * duplicate keys are an error (JSON leaves their meaning open);
//   * strings must be valid UTF-8 (no overlongs, surrogates or stray bytes) without raw control
//     characters; \uXXXX escapes are decoded, surrogate pairs are joined and a lone surrogate is
//     an error; \u0000 is allowed and kept as a NUL byte;
//   * numbers follow the RFC grammar exactly (no "+1", "01", ".5", "1.", NaN, Infinity) and must
//     fit a double (1e400 is an error, 1e-400 becomes 0);
//   * nothing but whitespace (space, tab, CR, LF) may follow the closing brace.
// Error messages are short, name the problem and give the 0-based BYTE offset where it was
// found. Parsing is linear in the input; recursion depth is bounded by kMaxJsonDepth.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace clio::text {

// Deepest allowed nesting of arrays inside a member value ([[[1]]] has depth 3).
inline constexpr int kMaxJsonDepth = 32;

struct JsonValue {
  enum Kind { null_, boolean, number, string, array } kind = null_;
  bool b = false;                // when kind == boolean
  double n = 0;                  // when kind == number
  std::string s;                 // when kind == string (UTF-8, escapes decoded)
  std::vector<JsonValue> items;  // when kind == array
};

struct JsonObject {
  std::vector<std::pair<std::string, JsonValue>> members;  // in document order, keys unique
  // The value stored under `key` (exact byte comparison), or nullptr.
  const JsonValue* find(std::string_view key) const noexcept;
};

// Parses `text` into `out` (cleared first). On failure returns false, sets `error` and leaves
// `out` in an unspecified but valid state. Only std::bad_alloc can escape.
bool parse_json_object(std::string_view text, JsonObject& out, std::string& error);

// Appends `s` as a JSON string literal (quotes, backslashes and control characters escaped; other
// bytes as they are, so valid UTF-8 in is valid JSON out).
void append_json_string(std::string& out, std::string_view s);

}  // namespace clio::text
