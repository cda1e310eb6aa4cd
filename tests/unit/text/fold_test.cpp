#include <doctest/doctest.h>

#include "text/fold.hpp"

using namespace clio::text;

TEST_CASE("case folding across scripts") {
  CHECK(fold_case("OCTOBER") == "october");
  CHECK(fold_case("\xD0\x9E\xD0\x9A\xD0\xA2\xD0\xAF\xD0\x91\xD0\xA0\xD0\xAF") == "\xD0\xBE\xD0\xBA\xD1\x82\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F");  // ОКТЯБРЯ
  CHECK(fold_case("M\xC3\x84RZ") == "m\xC3\xA4rz");  // MÄRZ
  CHECK(fold_case("ab\xFF") == "ab\xEF\xBF\xBD");
}
