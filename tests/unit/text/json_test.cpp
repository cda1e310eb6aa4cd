#include <doctest/doctest.h>

#include <chrono>
#include <cstdio>
#include <random>
#include <vector>
#include <string>

#include "text/json.hpp"

using namespace clio::text;

namespace {

// Parses `text`, expecting failure, and returns the error message.
std::string error_of(std::string_view text) {
  JsonObject o;
  std::string err;
  const bool ok = parse_json_object(text, o, err);
  CHECK_FALSE(ok);
  return err;
}

JsonObject parse_ok(std::string_view text) {
  JsonObject o;
  std::string err;
  const bool ok = parse_json_object(text, o, err);
  INFO("text: ", text.substr(0, 200), " error: ", err);
  CHECK(ok);
  CHECK(err.empty());
  return o;
}

}  // namespace

TEST_CASE("scalars, arrays and member order") {
  const JsonObject o = parse_ok(
      " {\"calendar\": \"julian\", \"limit\": -12.5e1, \"strict\": true, \"loose\": false,\n"
      "  \"ref\": null, \"langs\": [\"la\", \"de\", 3, [true]], \"empty\": []}\t\r\n");
  REQUIRE(o.members.size() == 7);
  CHECK(o.members[0].first == "calendar");
  CHECK(o.members[6].first == "empty");
  REQUIRE(o.find("calendar") != nullptr);
  CHECK(o.find("calendar")->kind == JsonValue::string);
  CHECK(o.find("calendar")->s == "julian");
  CHECK(o.find("limit")->kind == JsonValue::number);
  CHECK(o.find("limit")->n == -125.0);
  CHECK(o.find("strict")->kind == JsonValue::boolean);
  CHECK(o.find("strict")->b);
  CHECK_FALSE(o.find("loose")->b);
  CHECK(o.find("ref")->kind == JsonValue::null_);
  const JsonValue* langs = o.find("langs");
  REQUIRE(langs->kind == JsonValue::array);
  REQUIRE(langs->items.size() == 4);
  CHECK(langs->items[1].s == "de");
  CHECK(langs->items[2].n == 3.0);
  REQUIRE(langs->items[3].kind == JsonValue::array);
  CHECK(langs->items[3].items[0].b);
  CHECK(o.find("empty")->items.empty());
  CHECK(o.find("Calendar") == nullptr);  // keys compare exactly
  CHECK(parse_ok("{}").members.empty());
}

TEST_CASE("the output is cleared before parsing") {
  JsonObject o;
  std::string err;
  REQUIRE(parse_json_object(R"({"a":1})", o, err));
  REQUIRE(parse_json_object(R"({"b":2})", o, err));
  CHECK(o.members.size() == 1);
  CHECK(o.find("a") == nullptr);
}

TEST_CASE("string escapes") {
  const JsonObject o = parse_ok(R"({"e": "q\"b\\s\/b\bf\fn\nr\rt\t", "u": "\u00e9\u0416\u4E2D", "pair": "\ud834\uDD1E", "nul": "a\u0000b"})");
  CHECK(o.find("e")->s == "q\"b\\s/b\bf\fn\nr\rt\t");
  CHECK(o.find("u")->s == "\xC3\xA9\xD0\x96\xE4\xB8\xAD");  // é Ж 中
  CHECK(o.find("pair")->s == "\xF0\x9D\x84\x9E");           // U+1D11E musical G clef
  CHECK(o.find("nul")->s == std::string("a\0b", 3));
  // Raw UTF-8 passes through, including U+FFFD spelled correctly.
  CHECK(parse_ok("{\"k\": \"Gro\xC3\x9F \xEF\xBF\xBD\"}").find("k")->s == "Gro\xC3\x9F \xEF\xBF\xBD");
  // Keys are decoded too.
  CHECK(parse_ok(R"({"\u0061b": 1})").find("ab") != nullptr);
}

TEST_CASE("error messages are precise") {
  CHECK(error_of(R"({"ref" 1})") == "expected ':' after key \"ref\" at offset 7");
  CHECK(error_of("") == "expected '{' at the start of the options at the end of input (offset 0)");
  CHECK(error_of("[1]") == "expected '{' at the start of the options at offset 0");
  CHECK(error_of(R"({"a":1 "b":2})") == "expected ',' or '}' after the value of key \"a\" at offset 7");
  CHECK(error_of(R"({"a":1,})") == "expected a string key at offset 7");
  CHECK(error_of(R"({a:1})") == "expected a string key at offset 1");
  CHECK(error_of(R"({"a":})") == "expected a value for key \"a\" at offset 5");
  CHECK(error_of(R"({"a":1} x)") == "unexpected text after the closing '}' at offset 8");
  CHECK(error_of(R"({"a":1)") == "expected ',' or '}' after the value of key \"a\" at the end of input (offset 6)");
  CHECK(error_of(R"({"a":[1 2]})") == "expected ',' or ']' in the array of key \"a\" at offset 8");
  CHECK(error_of(R"({"a":[1,]})") == "expected a value for key \"a\" at offset 8");
  CHECK(error_of(R"({"a":tru})") == "expected a value for key \"a\" at offset 5");
  CHECK(error_of(R"({"a":truex})") == "expected a value for key \"a\" at offset 5");
  CHECK(error_of(R"({"a":"x)") == "unterminated string at offset 5");
}

TEST_CASE("duplicate keys and nested objects are rejected") {
  CHECK(error_of(R"({"ref":1, "x":2, "ref":3})") == "duplicate key \"ref\" at offset 17");
  // Equal after escape decoding is still a duplicate.
  CHECK(error_of(R"({"ab":1, "\u0061b":2})") == "duplicate key \"ab\" at offset 9");
  CHECK(error_of(R"({"opts": {"a": 1}})") == "nested objects are not supported (key \"opts\") at offset 9");
  CHECK(error_of(R"({"list": [1, {}]})") == "nested objects are not supported (in the array of key \"list\") at offset 13");
}

TEST_CASE("keys in messages are shortened and escaped") {
  const std::string long_key(100, 'k');
  const std::string err = error_of("{\"" + long_key + "\" 1}");
  CHECK(err == "expected ':' after key \"" + std::string(40, 'k') + "...\" at offset 104");
  CHECK(error_of(R"({"a\nb" 1})") == "expected ':' after key \"a\\u000Ab\" at offset 8");
}

TEST_CASE("invalid strings") {
  CHECK(error_of("{\"a\": \"x\ty\"}") == "raw control character in string (escape it) at offset 8");
  CHECK(error_of("{\"a\": \"\xC3\"}") == "invalid UTF-8 in string at offset 7");             // truncated
  CHECK(error_of("{\"a\": \"\xC0\xAF\"}") == "invalid UTF-8 in string at offset 7");         // overlong '/'
  CHECK(error_of("{\"a\": \"\xED\xA0\x80\"}") == "invalid UTF-8 in string at offset 7");     // surrogate
  CHECK(error_of("{\"a\": \"\x80\"}") == "invalid UTF-8 in string at offset 7");             // stray continuation
  CHECK(error_of("{\"a\": \"\xF4\x90\x80\x80\"}") == "invalid UTF-8 in string at offset 7"); // > U+10FFFF
  CHECK(error_of("{\"\xFF\": 1}") == "invalid UTF-8 in string at offset 2");                 // in a key
  CHECK(error_of(R"({"a": "\q"})") == "invalid escape at offset 7");
  CHECK(error_of(R"({"a": "\u12G4"})") == "invalid \\u escape (four hex digits expected) at offset 7");
  CHECK(error_of(R"({"a": "\u12"})") == "invalid \\u escape (four hex digits expected) at offset 7");
  CHECK(error_of(R"({"a": "\uD834"})") == "lone high surrogate in \\u escape at offset 7");
  CHECK(error_of(R"({"a": "\uD834\u0041"})") == "high surrogate not followed by a low surrogate at offset 7");
  CHECK(error_of(R"({"a": "\uDD1E"})") == "lone low surrogate in \\u escape at offset 7");
  CHECK(error_of("{\"a\": \"x\\") == "unterminated escape at offset 8");
}

TEST_CASE("numbers follow the RFC grammar") {
  CHECK(parse_ok(R"({"n": 0})").find("n")->n == 0.0);
  CHECK(parse_ok(R"({"n": -0.5})").find("n")->n == -0.5);
  CHECK(parse_ok(R"({"n": 1E+2})").find("n")->n == 100.0);
  CHECK(parse_ok(R"({"n": 25e-1})").find("n")->n == 2.5);
  CHECK(parse_ok(R"({"n": 1e-400})").find("n")->n == 0.0);  // underflow is zero
  CHECK(parse_ok(R"({"n": 0.0000000000000000000000000000001e-400})").find("n")->n == 0.0);
  CHECK(parse_ok(R"({"n": 1.7976931348623157e308})").find("n")->n > 1e308);
  for (const char* bad : {R"({"n": 01})", R"({"n": +1})", R"({"n": .5})", R"({"n": 1.})", R"({"n": 1e})",
                          R"({"n": -})", R"({"n": NaN})", R"({"n": Infinity})", R"({"n": 0x10})"}) {
    INFO(bad);
    CHECK_FALSE(error_of(bad).empty());
  }
  CHECK(error_of(R"({"n": 1e400})") == "number out of range at offset 6");
  CHECK(error_of(R"({"n": -123456789e999999999999999})") == "number out of range at offset 6");
  CHECK(error_of(R"({"n": 01})") == "invalid number (leading zero) at offset 6");
}

TEST_CASE("depth limit on nested arrays") {
  std::string ok = "{\"a\":" + std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']') + "}";
  parse_ok(ok);
  std::string deep = "{\"a\":" + std::string(kMaxJsonDepth + 1, '[') + std::string(kMaxJsonDepth + 1, ']') + "}";
  CHECK(error_of(deep) == "arrays nested deeper than 32 levels at offset " + std::to_string(5 + kMaxJsonDepth));
  // A million brackets: rejected quickly, without deep recursion.
  CHECK_FALSE(error_of("{\"a\":" + std::string(1000000, '[')).empty());
}

TEST_CASE("pathological inputs are linear") {
  // 100,000 keys (duplicate detection must not be quadratic), a 10 MB string, 100,000 digits.
  std::string many = "{";
  for (int i = 0; i < 100000; ++i) many += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":" + std::to_string(i);
  many += "}";
  std::string big = "{\"s\":\"" + std::string(10'000'000, 'x') + "\\u00e9\", \"d\": 0." + std::string(100000, '7') + "}";
  const auto t0 = std::chrono::steady_clock::now();
  const JsonObject a = parse_ok(many);
  const JsonObject b = parse_ok(big);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
  CHECK(a.members.size() == 100000);
  CHECK(a.find("k99999")->n == 99999.0);
  CHECK(b.find("s")->s.size() == 10'000'002);
  CHECK(b.find("d")->n > 0.77);
  CHECK(b.find("d")->n < 0.78);
  CHECK(error_of("{\"d\": " + std::string(100000, '7') + "e10}") == "number out of range at offset 6");
  MESSAGE("pathological JSON: " << ms << " ms (linear time is guarded by CTest's timeout, not asserted)");
}

namespace {

// A minimal writer, only for the property test below.
void write_string(std::string& out, const std::string& s) {
  out += '"';
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') { out += '\\'; out += static_cast<char>(c); }
    else if (c < 0x20) { char buf[8]; std::snprintf(buf, sizeof buf, "\\u%04x", c); out += buf; }
    else out += static_cast<char>(c);
  }
  out += '"';
}

void write_value(std::string& out, const JsonValue& v) {
  switch (v.kind) {
    case JsonValue::null_: out += "null"; break;
    case JsonValue::boolean: out += v.b ? "true" : "false"; break;
    case JsonValue::number: { char buf[40]; std::snprintf(buf, sizeof buf, "%.17g", v.n); out += buf; break; }
    case JsonValue::string: write_string(out, v.s); break;
    case JsonValue::array:
      out += '[';
      for (std::size_t i = 0; i < v.items.size(); ++i) { if (i) out += ','; write_value(out, v.items[i]); }
      out += ']';
      break;
  }
}

bool same_value(const JsonValue& a, const JsonValue& b) {
  if (a.kind != b.kind || a.b != b.b || a.n != b.n || a.s != b.s || a.items.size() != b.items.size()) return false;
  for (std::size_t i = 0; i < a.items.size(); ++i)
    if (!same_value(a.items[i], b.items[i])) return false;
  return true;
}

}  // namespace

TEST_CASE("random mutations: errors are reported, accepted objects survive a write/read round trip") {
  const std::vector<std::string> seeds = {
      R"({"calendar": "julian", "limit": 10, "langs": ["la", "de"], "strict": true})",
      R"({"a\u00e9\ud834\udd1e": [1.5e3, -0, null, [false]], "b": "x\ny"})",
      "{\"k\": \"Gro\xC3\x9F\", \"n\": 12345678901234567890}"};
  const std::string alphabet = "{}[],:\"\\u0123456789.eE+-truefalsnl \t\xC3\x9F\xED\xA0";
  std::mt19937_64 rng(3);
  int accepted = 0;
  for (int k = 0; k < 100000; ++k) {
    std::string s = seeds[rng() % seeds.size()];
    const int edits = 1 + static_cast<int>(rng() % 3);
    for (int e = 0; e < edits; ++e) {
      const std::size_t pos = rng() % (s.size() + 1);
      const char c = alphabet[rng() % alphabet.size()];
      switch (rng() % 3) {
        case 0: s.insert(s.begin() + static_cast<std::ptrdiff_t>(pos), c); break;
        case 1: if (pos < s.size()) s.erase(pos, 1); break;
        default: if (pos < s.size()) s[pos] = c; break;
      }
    }
    JsonObject o;
    std::string err;
    const bool ok = parse_json_object(s, o, err);
    if (ok != err.empty()) FAIL("success and error message disagree on ", s);
    if (!ok) {
      if (err.find("offset") == std::string::npos) FAIL("error without offset: ", err);
      continue;
    }
    ++accepted;
    std::string again = "{";
    for (std::size_t i = 0; i < o.members.size(); ++i) {
      if (i) again += ',';
      write_string(again, o.members[i].first);
      again += ':';
      write_value(again, o.members[i].second);
    }
    again += '}';
    JsonObject o2;
    if (!parse_json_object(again, o2, err)) FAIL("cannot re-read ", again, ": ", err);
    REQUIRE(o2.members.size() == o.members.size());
    for (std::size_t i = 0; i < o.members.size(); ++i) {
      if (o2.members[i].first != o.members[i].first || !same_value(o2.members[i].second, o.members[i].second))
        FAIL("round trip changed ", s, " into ", again);
    }
  }
  CHECK(accepted > 1000);
}

TEST_CASE("append_json_string writes literals the parser reads back") {
  for (std::string s : {std::string(""), std::string("plain"), std::string("quote \" and \\ backslash"),
                        std::string("tab\tline\nreturn\r"), std::string("bell \x07 and \x1f"),
                        std::string("Пушкин, «Евгений Онегин»")}) {
    std::string json = "{\"k\":";
    append_json_string(json, s);
    json += "}";
    JsonObject o;
    std::string error;
    REQUIRE(parse_json_object(json, o, error));
    REQUIRE(o.find("k") != nullptr);
    CHECK(o.find("k")->s == s);
  }
  std::string out;
  append_json_string(out, "\x01");
  CHECK(out == "\"\\u0001\"");
}
