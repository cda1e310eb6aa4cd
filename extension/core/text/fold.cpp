#include "text/fold.hpp"

#include <unicode/uchar.h>

#include "text/utf8.hpp"

namespace clio::text {

char32_t fold_char(char32_t cp) noexcept {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_DEFAULT));
}

void append_folded(std::string& out, std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const Char c = next_char(s, i);
    append_utf8(out, fold_char(c.cp));
    i += c.len;
  }
}

std::string fold_case(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  append_folded(out, s);
  return out;
}

}  // namespace clio::text
