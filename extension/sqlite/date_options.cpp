#include "sqlite/date_options.hpp"

#include <fmt/format.h>

#include <string>

namespace clio::sql {

dates::ParseOptions read_date_options(const char* function, sqlite3_value* v, const ExtraOption& extra,
                                      std::string_view extra_keys) {
  dates::ParseOptions opts;
  const auto json = value_text(v, function, "options");
  if (!json) return opts;
  text::JsonObject obj;
  std::string error;
  if (!text::parse_json_object(*json, obj, error)) {
    throw SqlError(fmt::format("{}: options must be a JSON object such as '{{\"ref\":\"1922-05-25\"}}': {}",
                               function, error));
  }
  const std::string accepted =
      extra_keys.empty() ? std::string("ref, calendar, lang, order") : fmt::format("ref, calendar, lang, order, {}", extra_keys);
  for (const auto& [key, value] : obj.members) {
    const bool date_key = key == "ref" || key == "calendar" || key == "lang" || key == "order";
    // null means "not given", so json_object('ref', some_nullable_column) just works.
    if (value.kind == text::JsonValue::null_ && date_key) continue;
    if (value.kind == text::JsonValue::string) {
      bool known = true;
      if (!dates::apply_date_option(key, value.s, opts, known, error)) {
        throw SqlError(fmt::format("{}: option \"{}\": {}", function, key, error));
      }
      if (known) continue;
    } else if (date_key) {
      throw SqlError(fmt::format("{}: option \"{}\" must be a string", function, key));
    }
    if (!extra || !extra(key, value)) {
      throw SqlError(fmt::format("{}: unknown option \"{}\"; accepted: {}", function, key, accepted));
    }
  }
  return opts;
}

const dates::ParseOptions& cached_date_options(const Call& call, int i) {
  static const dates::ParseOptions kDefaults;
  if (call.is_null(i)) return kDefaults;
  if (auto* cached = static_cast<dates::ParseOptions*>(sqlite3_get_auxdata(call.context(), i))) return *cached;
  auto* parsed = new dates::ParseOptions(read_date_options(call.name(), call.value(i)));
  // SQLite owns `parsed` from here on: it calls the destructor at once if it cannot keep it.
  sqlite3_set_auxdata(call.context(), i, parsed, [](void* p) { delete static_cast<dates::ParseOptions*>(p); });
  if (auto* kept = static_cast<dates::ParseOptions*>(sqlite3_get_auxdata(call.context(), i))) return *kept;
  // Not kept (the argument is not constant): parse again into thread-local storage for this call.
  thread_local dates::ParseOptions scratch;
  scratch = read_date_options(call.name(), call.value(i));
  return scratch;
}

}  // namespace clio::sql
