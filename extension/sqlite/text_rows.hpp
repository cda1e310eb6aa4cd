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

// Pairs every item (in increasing `begin` order) with its character offsets, in one pass over
// the text.
template <class Item>
std::vector<TextRow<Item>> with_char_offsets(std::string_view text, std::vector<Item>&& items) {
  std::vector<TextRow<Item>> rows;
  rows.reserve(items.size());
  text::CharOffsets offsets(text);
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

// Text that lives as long as the program (kind and calendar names): SQLite need not copy it.
inline void set_static_text(sqlite3_context* ctx, std::string_view s) noexcept {
  sqlite3_result_text64(ctx, s.data(), s.size(), SQLITE_STATIC, SQLITE_UTF8);
}

// An ISO day (proleptic Gregorian) or a Julian Day Number; NULL for an open or unknown bound.
inline void set_day(sqlite3_context* ctx, dates::Jdn day, bool iso) {
  if (dates::is_open_or_unknown(day)) return;
  if (iso) set_text(ctx, dates::iso_day(day));
  else sqlite3_result_int64(ctx, day);
}

}  // namespace clio::sql
