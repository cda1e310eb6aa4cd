// Fuzz target: the strict JSON options reader (text/json.hpp).
//
// Properties checked for every input:
//   * a rejected input gets an error message that ends with a byte offset inside the input
//     ("at offset N", N < size, or "(offset N)" at the end of input, N <= size);
//   * an accepted object has unique keys, valid UTF-8 in every key and string, arrays nested
//     at most kMaxJsonDepth deep, and finite numbers;
//   * written back out (by the small writer below) it reads back to an equal object, and the
//     same text with a stray letter appended is rejected (nothing may follow the object).
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <set>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "text/json.hpp"
#include "text/utf8.hpp"

using namespace clio::text;

namespace {

int depth(const JsonValue& v) {
  if (v.kind != JsonValue::array) return 0;
  int deepest = 0;
  for (const auto& item : v.items) deepest = std::max(deepest, depth(item));
  return 1 + deepest;
}

bool strings_valid(const JsonValue& v) {
  if (v.kind == JsonValue::string) return is_valid_utf8(v.s);
  for (const auto& item : v.items)
    if (!strings_valid(item)) return false;
  return true;
}

bool numbers_finite(const JsonValue& v) {
  if (v.kind == JsonValue::number) return std::isfinite(v.n);
  for (const auto& item : v.items)
    if (!numbers_finite(item)) return false;
  return true;
}

void write_string(std::string& out, std::string_view s) {
  out += '"';
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (u < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", u);
      out += buf;
    } else {
      out += c;
    }
  }
  out += '"';
}

void write_value(std::string& out, const JsonValue& v) {
  switch (v.kind) {
    case JsonValue::null_: out += "null"; break;
    case JsonValue::boolean: out += v.b ? "true" : "false"; break;
    case JsonValue::number: {
      char buf[40];
      std::snprintf(buf, sizeof buf, "%.17g", v.n);  // 17 digits round-trip any double
      out += buf;
      break;
    }
    case JsonValue::string: write_string(out, v.s); break;
    case JsonValue::array:
      out += '[';
      for (std::size_t i = 0; i < v.items.size(); ++i) {
        if (i) out += ',';
        write_value(out, v.items[i]);
      }
      out += ']';
      break;
  }
}

bool equal(const JsonValue& a, const JsonValue& b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case JsonValue::null_: return true;
    case JsonValue::boolean: return a.b == b.b;
    case JsonValue::number: return a.n == b.n && std::signbit(a.n) == std::signbit(b.n);
    case JsonValue::string: return a.s == b.s;
    case JsonValue::array:
      if (a.items.size() != b.items.size()) return false;
      for (std::size_t i = 0; i < a.items.size(); ++i)
        if (!equal(a.items[i], b.items[i])) return false;
      return true;
  }
  return false;
}

// The offset at the end of an error message: "... at offset N" or "... (offset N)".
bool error_offset(const std::string& error, std::size_t& offset) {
  const auto at = error.rfind("offset ");
  if (at == std::string::npos) return false;
  std::size_t i = at + 7, n = 0, digits = 0;
  for (; i < error.size() && error[i] >= '0' && error[i] <= '9'; ++i, ++digits) n = n * 10 + (error[i] - '0');
  if (digits == 0) return false;
  if (i < error.size() && error[i] == ')') ++i;
  if (i != error.size()) return false;
  offset = n;
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FUZZ_CHECK_INPUT(data, size);
  const std::string_view text = fuzz_input_;

  JsonObject obj;
  std::string error;
  if (!parse_json_object(text, obj, error)) {
    std::size_t offset = 0;
    FUZZ_CHECK(!error.empty());
    FUZZ_CHECK(error_offset(error, offset));
    FUZZ_CHECK(offset <= size);
    if (error.find("end of input") == std::string::npos) FUZZ_CHECK(offset < size);
    return 0;
  }

  std::set<std::string_view> keys;
  for (const auto& [key, value] : obj.members) {
    FUZZ_CHECK(keys.insert(key).second);
    FUZZ_CHECK(is_valid_utf8(key));
    FUZZ_CHECK(strings_valid(value));
    FUZZ_CHECK(numbers_finite(value));
    FUZZ_CHECK(depth(value) <= kMaxJsonDepth);
    FUZZ_CHECK(obj.find(key) == &value);
  }

  std::string written = "{";
  for (std::size_t i = 0; i < obj.members.size(); ++i) {
    if (i) written += ',';
    write_string(written, obj.members[i].first);
    written += ':';
    write_value(written, obj.members[i].second);
  }
  written += '}';
  JsonObject again;
  std::string again_error;
  FUZZ_CHECK(parse_json_object(written, again, again_error));
  FUZZ_CHECK(again.members.size() == obj.members.size());
  for (std::size_t i = 0; i < obj.members.size(); ++i) {
    FUZZ_CHECK(again.members[i].first == obj.members[i].first);
    FUZZ_CHECK(equal(again.members[i].second, obj.members[i].second));
  }

  std::string trailing(text);
  trailing += 'x';
  JsonObject bad;
  FUZZ_CHECK(!parse_json_object(trailing, bad, again_error));
  return 0;
}
