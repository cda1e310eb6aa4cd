#include "sqlite/tag_options.hpp"

#include <fmt/format.h>

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

}  // namespace

TagOptions read_tag_options(const char* function, sqlite3_value* v) {
  TagOptions out;
  auto extra = [&](std::string_view key, const text::JsonValue& value) {
    if (value.kind == text::JsonValue::null_) return key == "unit" || key == "kinds" || key == "boilerplate";
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
  out.dates = read_date_options(function, v, extra, "unit, kinds, boilerplate");
  return out;
}

}  // namespace clio::sql
