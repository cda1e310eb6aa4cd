#include "dates/date_value.hpp"

namespace clio::dates {

std::string_view precision_name(Precision p) noexcept {
  switch (p) {
    case Precision::day: return "day";
    case Precision::month: return "month";
    case Precision::season: return "season";
    case Precision::year: return "year";
    case Precision::decade: return "decade";
    case Precision::century: return "century";
    case Precision::millennium: return "millennium";
    case Precision::range: return "range";
  }
  return "day";
}

}  // namespace clio::dates
