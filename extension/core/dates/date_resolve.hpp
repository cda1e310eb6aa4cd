// Internal: turns what the grammar recognized (date_grammar.hpp) into a DateValue: the calendar
// policy and Old Style marks, dual-dating checks, eras, parts (early/mid/late), seasons, anchoring of
// relative and partial expressions, and the EDTF string.
#pragma once

#include <optional>

#include "dates/date_grammar.hpp"
#include "dates/date_value.hpp"

namespace clio::dates::detail {

// What relative and partial expressions are resolved against: a day and how precise it is
// ("the next day" needs a day; "the same year" only a year).
struct Anchor {
  Jdn day = 0;
  Precision precision = Precision::day;
};

struct Resolved {
  DateValue value;
  Precision anchor_precision = Precision::day;  // precision of the start, for narrative anchoring
};

// Fills `out` (a fresh Resolved: written in place, so the EDTF string is not moved on the way out)
// and returns true; false when the expression is not a real date (31 February), needs an anchor it
// does not have, or is reversed ("1928–1918"), and `out` is then to be ignored.
bool resolve(const Expr& e, const ParseOptions& opts, const std::optional<Anchor>& anchor, Resolved& out);

// True when the calendar policy reads the written day `d` as Julian.
bool policy_reads_julian(const CalendarPolicy& policy, const Ymd& written) noexcept;

}  // namespace clio::dates::detail
