// Shared pieces of the table-valued functions that report spans of one text (clio_dates,
// clio_passages, clio_mentions): character offsets as substr() counts them, and column values.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

#include "dates/calendar.hpp"
#include "dates/edtf.hpp"
#include "sqlite/sqlite_api.hpp"
#include "text/utf8.hpp"

namespace clio::sql {

// An item found in a text (anything with byte offsets `begin` and `end`), with its 1-based
// character start and length.
template <class Item>
struct TextRow {
  std::size_t start, length;
  Item item;
};

// text::CharOffsets with the same answers, several times cheaper on the ASCII that most text is
// made of: eight ASCII bytes are eight characters, tested at once; any other character is
// stepped over with SQLite's boundaries (a lead byte >= 0xC0 and every continuation byte after
// it, or any other single byte) without decoding it.
class CharCounter {
 public:
  explicit CharCounter(std::string_view s) noexcept : s_(s) {}

  // 1-based character position of the character starting at byte `byte_pos`. Increasing
  // positions cost O(bytes walked); a step back walks again from the start.
  std::size_t position(std::size_t byte_pos) noexcept {
    if (byte_pos < byte_) byte_ = chars_ = 0;
    const std::size_t stop = std::min(byte_pos, s_.size());
    while (byte_ < stop) {
      if (s_.size() - byte_ >= 8 && ascii8(byte_)) {  // may look past `stop`, not past the text
        const std::size_t step = std::min<std::size_t>(8, stop - byte_);
        byte_ += step;
        chars_ += step;
        continue;
      }
      const auto b = static_cast<unsigned char>(s_[byte_++]);
      if (b >= 0xC0)
        while (byte_ < s_.size() && (static_cast<unsigned char>(s_[byte_]) & 0xC0) == 0x80) ++byte_;
      ++chars_;
    }
    return chars_ + 1;
  }

 private:
  bool ascii8(std::size_t at) const noexcept {
    std::uint64_t v;
    std::memcpy(&v, s_.data() + at, sizeof v);
    return (v & 0x8080808080808080ull) == 0;
  }

  std::string_view s_;
  std::size_t byte_ = 0;
  std::size_t chars_ = 0;
};

// Pairs every item (in increasing `begin` order) with its character offsets, in one pass over
// the text.
template <class Item>
std::vector<TextRow<Item>> with_char_offsets(std::string_view text, std::vector<Item>&& items) {
  std::vector<TextRow<Item>> rows;
  rows.reserve(items.size());
  CharCounter offsets(text);
  for (auto& item : items) {
    const std::size_t start = offsets.position(item.begin);
    const std::size_t end = offsets.position(item.end);
    rows.push_back(TextRow<Item>{start, end - start, std::move(item)});
  }
  return rows;
}

inline void set_text(sqlite3_context* ctx, std::string_view s) noexcept {
  sqlite3_result_text64(ctx, s.data(), s.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

// An ISO day (proleptic Gregorian) or a Julian Day Number; NULL for an open or unknown bound.
inline void set_day(sqlite3_context* ctx, dates::Jdn day, bool iso) {
  if (dates::is_open_or_unknown(day)) return;
  if (iso) set_text(ctx, dates::iso_day(day));
  else sqlite3_result_int64(ctx, day);
}

}  // namespace clio::sql
