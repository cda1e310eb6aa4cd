// The JSON options argument shared by clio's date-aware functions (clio_date*, clio_dates, and
// the passage functions, which accept the same keys plus their own).
//
//   {"ref": "1922-05-25", "calendar": "russia", "lang": "ru", "order": "dmy"}
//
// Options are parsed once per statement when the argument is a constant (sqlite3_get_auxdata).
#pragma once

#include <functional>
#include <string_view>

#include "dates/date_parser.hpp"
#include "sqlite/glue.hpp"
#include "text/json.hpp"

namespace clio::sql {

// Called for keys that are not date options; returns false when the key is unknown too.
// Throws SqlError for a known key with a bad value.
using ExtraOption = std::function<bool(std::string_view key, const text::JsonValue& value)>;

// Parses `v` (NULL or absent: defaults) into date options. Errors name `function` and the key,
// and list the accepted keys: the date keys plus `extra_keys` (e.g. "unit, kinds").
dates::ParseOptions read_date_options(const char* function, sqlite3_value* v, const ExtraOption& extra = {},
                                      std::string_view extra_keys = {});

// The date options of scalar call argument `i`, cached for the statement when the argument is constant.
const dates::ParseOptions& cached_date_options(const Call& call, int i);

}  // namespace clio::sql
