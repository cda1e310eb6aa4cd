// Strict single-object JSON reader; the manual is json.hpp.
//
// A hand-written recursive-descent parser over a byte cursor. Each byte is looked at a bounded
// number of times (numbers twice: once to check the grammar, once by from_chars), so the whole
// parse is linear. Duplicate keys are detected with a hash set, not by rescanning the members.
#include "text/json.hpp"

#include <charconv>
#include <cstdint>
#include <cstdio>
#include <unordered_set>

#include "text/utf8.hpp"

namespace clio::text {

const JsonValue* JsonObject::find(std::string_view key) const noexcept {
  for (const auto& m : members)
    if (m.first == key) return &m.second;
  return nullptr;
}

namespace {

// A key as it appears in an error message: quoted, cut to a readable length on a character
// boundary, control characters escaped so the message stays on one line.
std::string quote_for_error(std::string_view key) {
  constexpr std::size_t kMaxShown = 40;
  std::string out = "\"";
  std::size_t i = 0;
  while (i < key.size()) {
    const Char c = next_char(key, i);
    if (i + c.len > kMaxShown) { out += "..."; break; }
    if (c.cp < 0x20 || c.cp == '"' || c.cp == '\\') {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(c.cp));
      out += buf;
    } else {
      out.append(key.substr(i, c.len));
    }
    i += c.len;
  }
  out += '"';
  return out;
}

int hex_value(char c) noexcept {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

class Parser {
 public:
  Parser(std::string_view text, std::string& error) : t_(text), error_(error) {}

  bool parse_object(JsonObject& out) {
    skip_ws();
    if (!eat('{')) return fail("expected '{' at the start of the options");
    skip_ws();
    if (eat('}')) return finish();
    std::unordered_set<std::string> seen;
    for (;;) {
      skip_ws();
      const std::size_t key_at = p_;
      if (peek() != '"') return fail("expected a string key");
      std::string key;
      if (!parse_string(key)) return false;
      if (!seen.insert(key).second) {
        p_ = key_at;
        return fail("duplicate key " + quote_for_error(key));
      }
      skip_ws();
      if (!eat(':')) return fail("expected ':' after key " + quote_for_error(key));
      skip_ws();
      if (peek() == '{') return fail("nested objects are not supported (key " + quote_for_error(key) + ")");
      JsonValue v;
      if (!parse_value(v, 0, key)) return false;
      out.members.emplace_back(std::move(key), std::move(v));
      skip_ws();
      if (eat('}')) return finish();
      if (!eat(',')) return fail("expected ',' or '}' after the value of key " + quote_for_error(out.members.back().first));
    }
  }

 private:
  bool at_end() const noexcept { return p_ >= t_.size(); }
  char peek() const noexcept { return at_end() ? '\0' : t_[p_]; }
  bool eat(char c) noexcept {
    if (at_end() || t_[p_] != c) return false;
    ++p_;
    return true;
  }
  void skip_ws() noexcept {
    while (!at_end() && (t_[p_] == ' ' || t_[p_] == '\t' || t_[p_] == '\n' || t_[p_] == '\r')) ++p_;
  }

  // Every error ends with the byte offset, or with "at the end of input" when the text ran out.
  bool fail(const std::string& what) { return fail_at(what, p_); }
  bool fail_at(const std::string& what, std::size_t at) {
    if (at >= t_.size()) error_ = what + " at the end of input (offset " + std::to_string(at) + ")";
    else error_ = what + " at offset " + std::to_string(at);
    return false;
  }

  bool finish() {
    skip_ws();
    if (!at_end()) return fail("unexpected text after the closing '}'");
    return true;
  }

  bool parse_value(JsonValue& v, int depth, const std::string& key) {
    const char c = peek();
    if (c == '"') {
      v.kind = JsonValue::string;
      return parse_string(v.s);
    }
    if (c == '[') return parse_array(v, depth + 1, key);
    if (c == '-' || is_digit(c)) {
      v.kind = JsonValue::number;
      return parse_number(v.n);
    }
    if (literal("true")) { v.kind = JsonValue::boolean; v.b = true; return true; }
    if (literal("false")) { v.kind = JsonValue::boolean; v.b = false; return true; }
    if (literal("null")) { v.kind = JsonValue::null_; return true; }
    if (c == '{') return fail("nested objects are not supported (in the array of key " + quote_for_error(key) + ")");
    return fail("expected a value for key " + quote_for_error(key));
  }

  bool literal(std::string_view word) noexcept {
    if (t_.substr(p_, word.size()) != word) return false;
    // "trueish" is not "true" followed by garbage we would report later with a worse message.
    const std::size_t end = p_ + word.size();
    if (end < t_.size() && ((t_[end] >= 'a' && t_[end] <= 'z') || is_digit(t_[end]))) return false;
    p_ = end;
    return true;
  }

  bool parse_array(JsonValue& v, int depth, const std::string& key) {
    if (depth > kMaxJsonDepth) return fail("arrays nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
    v.kind = JsonValue::array;
    ++p_;  // '['
    skip_ws();
    if (eat(']')) return true;
    for (;;) {
      skip_ws();
      JsonValue item;
      if (!parse_value(item, depth, key)) return false;
      v.items.push_back(std::move(item));
      skip_ws();
      if (eat(']')) return true;
      if (!eat(',')) return fail("expected ',' or ']' in the array of key " + quote_for_error(key));
    }
  }

  // RFC 8259 number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
  bool parse_number(double& out) {
    const std::size_t start = p_;
    eat('-');
    // Decimal magnitude of the number, to tell overflow from underflow when from_chars refuses.
    std::int64_t magnitude = 0;
    bool nonzero = false;
    if (eat('0')) {
      if (is_digit(peek())) return fail_at("invalid number (leading zero)", start);
    } else if (is_digit(peek())) {
      while (is_digit(peek())) { ++p_; ++magnitude; }
      nonzero = true;
    } else {
      return fail_at("invalid number", start);
    }
    if (eat('.')) {
      if (!is_digit(peek())) return fail_at("invalid number (digit expected after '.')", start);
      while (is_digit(peek())) {
        if (!nonzero) {
          if (t_[p_] == '0') --magnitude;
          else nonzero = true;
        }
        ++p_;
      }
    }
    if (peek() == 'e' || peek() == 'E') {
      ++p_;
      bool neg = false;
      if (peek() == '+' || peek() == '-') neg = t_[p_++] == '-';
      if (!is_digit(peek())) return fail_at("invalid number (digit expected in exponent)", start);
      std::int64_t e = 0;
      while (is_digit(peek())) {
        if (e < 1000000000) e = e * 10 + (t_[p_] - '0');  // saturate: beyond this it is out of range anyway
        ++p_;
      }
      magnitude += neg ? -e : e;
    }
    const char* first = t_.data() + start;
    const char* last = t_.data() + p_;
    double d = 0;
    const auto r = std::from_chars(first, last, d);
    if (r.ec == std::errc::result_out_of_range) {
      if (nonzero && magnitude > 0) return fail_at("number out of range", start);
      d = *first == '-' ? -0.0 : 0.0;  // underflow: closer to zero than any double
    } else if (r.ec != std::errc() || r.ptr != last) {
      return fail_at("invalid number", start);
    }
    out = d;
    return true;
  }

  // Reads a string starting at the opening quote; decodes escapes; checks UTF-8.
  bool parse_string(std::string& out) {
    const std::size_t start = p_;
    ++p_;  // opening quote
    for (;;) {
      // Copy the run of plain ASCII in one go: the common case.
      const std::size_t run = p_;
      while (!at_end()) {
        const auto b = static_cast<unsigned char>(t_[p_]);
        if (b == '"' || b == '\\' || b < 0x20 || b >= 0x80) break;
        ++p_;
      }
      out.append(t_.substr(run, p_ - run));
      if (at_end()) return fail_at("unterminated string", start);
      const auto b = static_cast<unsigned char>(t_[p_]);
      if (b == '"') { ++p_; return true; }
      if (b < 0x20) return fail("raw control character in string (escape it)");
      if (b >= 0x80) {
        const Char c = next_char(t_, p_);
        if (c.cp == kReplacement && !(c.len == 3 && t_.compare(p_, 3, "\xEF\xBF\xBD") == 0))
          return fail("invalid UTF-8 in string");
        out.append(t_.substr(p_, c.len));
        p_ += c.len;
        continue;
      }
      if (!parse_escape(out)) return false;
    }
  }

  bool parse_escape(std::string& out) {
    const std::size_t at = p_;
    ++p_;  // backslash
    if (at_end()) return fail_at("unterminated escape", at);
    const char e = t_[p_++];
    switch (e) {
      case '"': out += '"'; return true;
      case '\\': out += '\\'; return true;
      case '/': out += '/'; return true;
      case 'b': out += '\b'; return true;
      case 'f': out += '\f'; return true;
      case 'n': out += '\n'; return true;
      case 'r': out += '\r'; return true;
      case 't': out += '\t'; return true;
      case 'u': break;
      default: return fail_at("invalid escape", at);
    }
    char32_t cp;
    if (!hex4(cp)) return fail_at("invalid \\u escape (four hex digits expected)", at);
    if (cp >= 0xDC00 && cp <= 0xDFFF) return fail_at("lone low surrogate in \\u escape", at);
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      char32_t low;
      if (t_.substr(p_, 2) != "\\u") return fail_at("lone high surrogate in \\u escape", at);
      p_ += 2;
      if (!hex4(low)) return fail_at("invalid \\u escape (four hex digits expected)", p_ - 2);
      if (low < 0xDC00 || low > 0xDFFF) return fail_at("high surrogate not followed by a low surrogate", at);
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    append_utf8(out, cp);
    return true;
  }

  bool hex4(char32_t& cp) noexcept {
    if (t_.size() - p_ < 4) return false;
    cp = 0;
    for (int k = 0; k < 4; ++k) {
      const int h = hex_value(t_[p_ + k]);
      if (h < 0) return false;
      cp = cp * 16 + static_cast<char32_t>(h);
    }
    p_ += 4;
    return true;
  }

  std::string_view t_;
  std::string& error_;
  std::size_t p_ = 0;
};

}  // namespace

bool parse_json_object(std::string_view text, JsonObject& out, std::string& error) {
  out.members.clear();
  error.clear();
  Parser p(text, error);
  return p.parse_object(out);
}

void append_json_string(std::string& out, std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  out.push_back('"');
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out.push_back(kHex[c >> 4]);
          out.push_back(kHex[c & 15]);
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
  }
  out.push_back('"');
}

}  // namespace clio::text
