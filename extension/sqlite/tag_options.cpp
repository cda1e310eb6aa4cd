#include "sqlite/tag_options.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "sqlite/date_options.hpp"

namespace clio::sql {
namespace {

constexpr std::array<std::string_view, 5> kKindNames = {"person", "date", "place", "topic", "boilerplate"};

unsigned kind_bit(std::string_view name, const char* function) {
  while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
  while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
  for (std::size_t i = 0; i < kKindNames.size(); ++i) {
    if (name == kKindNames[i]) return 1u << i;
  }
  throw SqlError(fmt::format("{}: option \"kinds\": unknown kind \"{}\"; accepted: person, date, place, topic, boilerplate",
                             function, quote_input(name, 40)));
}

constexpr const char* kChromeForm = "an array of [start, length, why] (characters as substr() counts them; the rows of source_chrome)";

// One span of the "chrome" option: [start, length] or [start, length, why].
TagOptions::Chrome chrome_span(const char* function, const text::JsonValue& item) {
  const auto whole = [](const text::JsonValue& v) {
    return v.kind == text::JsonValue::number && v.n >= 0 && v.n <= 9.0e15 && v.n == static_cast<double>(static_cast<long long>(v.n));
  };
  if (item.kind != text::JsonValue::array || item.items.size() < 2 || item.items.size() > 3 || !whole(item.items[0]) ||
      !whole(item.items[1]) || item.items[0].n < 1 ||
      (item.items.size() == 3 && item.items[2].kind != text::JsonValue::string && item.items[2].kind != text::JsonValue::null_))
    throw SqlError(fmt::format("{}: option \"chrome\" must be {}", function, kChromeForm));
  TagOptions::Chrome c;
  c.start = static_cast<std::size_t>(item.items[0].n);
  c.length = static_cast<std::size_t>(item.items[1].n);
  if (item.items.size() == 3) c.menu = item.items[2].s == "nav" || item.items[2].s == "role=navigation";
  return c;
}

}  // namespace

std::vector<passages::KnownChrome> known_chrome(std::string_view text, const TagOptions& opts) {
  std::vector<passages::KnownChrome> out;
  if (opts.chrome.empty()) return out;
  // Character positions (1-based) to byte offsets, in one walk over the sorted positions, by
  // SQLite's rule as text::CharPositions counts (char_positions.hpp): a lead byte >= 0xC0 with the
  // continuation bytes after it is one character, any other byte (a stray continuation byte too)
  // is one.
  std::vector<std::size_t> wanted;
  for (const auto& c : opts.chrome) {
    wanted.push_back(c.start);
    wanted.push_back(c.start + c.length);
  }
  std::sort(wanted.begin(), wanted.end());
  wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
  std::vector<std::size_t> bytes(wanted.size(), text.size());
  std::size_t chr = 1, w = 0;
  bool in_char = false;  // a lead byte and only continuation bytes since
  for (std::size_t i = 0; i < text.size() && w < wanted.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    const bool continuation = (b & 0xC0) == 0x80;
    if (continuation && in_char) continue;
    in_char = b >= 0xC0;
    while (w < wanted.size() && wanted[w] == chr) bytes[w++] = i;
    ++chr;
  }
  auto byte_of = [&](std::size_t pos) { return bytes[static_cast<std::size_t>(std::lower_bound(wanted.begin(), wanted.end(), pos) - wanted.begin())]; };
  for (const auto& c : opts.chrome) out.push_back({byte_of(c.start), byte_of(c.start + c.length), c.menu});
  return out;
}

TagOptions read_tag_options(const char* function, sqlite3_value* v) {
  TagOptions out;
  auto extra = [&](std::string_view key, const text::JsonValue& value) {
    if (value.kind == text::JsonValue::null_) return key == "unit" || key == "kinds" || key == "boilerplate" || key == "chrome";
    if (key == "chrome") {
      const text::JsonValue* list = &value;
      text::JsonObject wrapped;  // a JSON array passed as text (json_group_array through a subquery)
      if (value.kind == text::JsonValue::string) {
        std::string error;
        if (!text::parse_json_object("{\"chrome\":" + value.s + "}", wrapped, error) || !wrapped.find("chrome"))
          throw SqlError(fmt::format("{}: option \"chrome\" must be {}", function, kChromeForm));
        list = wrapped.find("chrome");
      }
      if (list->kind != text::JsonValue::array)
        throw SqlError(fmt::format("{}: option \"chrome\" must be {}", function, kChromeForm));
      for (const auto& item : list->items) out.chrome.push_back(chrome_span(function, item));
      return true;
    }
    if (key == "boilerplate") {
      if (value.kind != text::JsonValue::string || (value.s != "keep" && value.s != "drop")) {
        throw SqlError(fmt::format("{}: option \"boilerplate\" must be \"keep\" or \"drop\"", function));
      }
      out.drop_boilerplate = value.s == "drop";
      return true;
    }
    if (key == "unit") {
      const auto unit = value.kind == text::JsonValue::string ? passages::parse_unit(value.s) : std::nullopt;
      if (!unit) throw SqlError(fmt::format("{}: option \"unit\" must be \"sentence\", \"paragraph\" or \"line\"", function));
      out.unit = *unit;
      return true;
    }
    if (key == "kinds") {
      out.kinds = 0;
      if (value.kind == text::JsonValue::string) {
        std::string_view rest = value.s;
        while (!rest.empty()) {
          const auto comma = rest.find(',');
          out.kinds |= kind_bit(rest.substr(0, comma), function);
          rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        }
      } else if (value.kind == text::JsonValue::array) {
        for (const auto& item : value.items) {
          if (item.kind != text::JsonValue::string) throw SqlError(fmt::format("{}: option \"kinds\" lists strings", function));
          out.kinds |= kind_bit(item.s, function);
        }
      } else {
        throw SqlError(fmt::format("{}: option \"kinds\" must be an array such as [\"person\",\"date\"]", function));
      }
      return true;
    }
    return false;
  };
  out.dates = read_date_options(function, v, extra, "unit, kinds, boilerplate, chrome");
  return out;
}

}  // namespace clio::sql
