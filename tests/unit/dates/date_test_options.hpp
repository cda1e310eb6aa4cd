// ParseOptions from option names and values as SQL passes them ({"ref","1825"}, ...), for the
// date unit tests; a rejected or unknown option fails the test.
#pragma once

#include <doctest/doctest.h>

#include <initializer_list>
#include <string>
#include <utility>

#include "dates/date_parser.hpp"

namespace clio::dates::testing {

inline ParseOptions with(std::initializer_list<std::pair<const char*, const char*>> kv) {
  ParseOptions o;
  for (const auto& [k, v] : kv) {
    bool known = false;
    std::string error;
    REQUIRE_MESSAGE(apply_date_option(k, v, o, known, error), error);
    REQUIRE(known);
  }
  return o;
}

}  // namespace clio::dates::testing
