// ICU month and weekday names per language, built once and kept (see date_icu_names.hpp).
#include "dates/date_icu_names.hpp"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>

#include <array>
#include <map>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <vector>

#include "dates/date_letters.hpp"
#include "text/utf8.hpp"

namespace clio::dates::icu_names {

class WordTable {
 public:
  std::vector<std::string> keys;  // folded words; entries point into them, so never resized after
  std::vector<lex::Entry> entries;
  std::vector<std::int32_t> slots;  // open addressing over lex::key_hash, -1 = empty
};

namespace {

constexpr std::array<std::string_view, 37> kLanguages = {
    "es", "it", "pt", "ca", "ro", "pl", "cs", "sk", "uk", "be", "bg", "hr", "sl", "sr", "nl", "sv", "da",
    "nb", "fi", "et", "lv", "lt", "hu", "tr", "el", "id", "ms", "af", "is", "ga", "cy", "eu", "gl", "sq",
    "ar", "fa", "he"};

// The word as the lexicon spells keys, or "" when it is not one word of at least three letters
// (a trailing abbreviation dot is dropped: "abr." -> "abr").
std::string folded_word(const icu::UnicodeString& name) {
  std::string out;
  std::int32_t letters = 0;
  const std::int32_t n = name.length();
  std::int32_t end = n;
  while (end > 0 && name.charAt(end - 1) == u'.') --end;
  for (std::int32_t i = 0; i < end;) {
    const UChar32 c = name.char32At(i);
    if (!letters::is_letter(static_cast<char32_t>(c))) return {};
    text::append_utf8(out, letters::fold_letter(static_cast<char32_t>(c)));
    ++letters;
    i = name.moveIndex32(i, 1);
  }
  if (letters < 3 || out.size() > 48) return {};  // the tokenizer's key buffer holds 48 bytes
  return out;
}

std::unique_ptr<WordTable> build(std::string_view lang) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale(std::string(lang).c_str());
  icu::DateFormatSymbols symbols(locale, status);
  // Out of memory is not "ICU lacks this language": throw, so that std::call_once lets a later
  // call try again instead of remembering a missing table.
  if (status == U_MEMORY_ALLOCATION_ERROR) throw std::bad_alloc();
  if (U_FAILURE(status)) return nullptr;
  // ICU falls back to the root locale (month names "M01") for a language it has no data for.
  const icu::Locale actual = symbols.getLocale(ULOC_ACTUAL_LOCALE, status);
  // (CLDR 42 keeps Norwegian Bokmål under "no", so "nb" arrives there.)
  const std::string_view got = actual.getLanguage();
  if (U_FAILURE(status) || !(got == lang || (lang == "nb" && got == "no"))) return nullptr;

  // key -> month (1..12) or 100 + weekday; -1 once two meanings collide
  std::map<std::string, int> meaning;
  auto add = [&](const icu::UnicodeString& name, int value) {
    std::string key = folded_word(name);
    if (key.empty()) return;
    auto [it, fresh] = meaning.emplace(std::move(key), value);
    if (!fresh && it->second != value) it->second = -1;
  };
  using Symbols = icu::DateFormatSymbols;
  for (const auto context : {Symbols::FORMAT, Symbols::STANDALONE}) {
    for (const auto width : {Symbols::WIDE, Symbols::ABBREVIATED}) {
      std::int32_t count = 0;
      const icu::UnicodeString* months = symbols.getMonths(count, context, width);
      for (std::int32_t m = 0; m < count && m < 12; ++m) add(months[m], m + 1);
      const icu::UnicodeString* days = symbols.getWeekdays(count, context, width);
      for (std::int32_t d = 1; d < count && d <= 7; ++d) add(days[d], 100 + d);  // [0] is empty
    }
  }
  auto table = std::make_unique<WordTable>();
  for (const auto& [key, value] : meaning)
    if (value > 0) table->keys.push_back(key);
  if (table->keys.empty()) return nullptr;
  table->entries.reserve(table->keys.size());
  std::size_t cap = 16;
  while (cap < 4 * table->keys.size()) cap *= 2;
  table->slots.assign(cap, -1);
  for (const std::string& key : table->keys) {
    const int value = meaning[key];
    lex::Entry e{};
    e.key = key.c_str();
    e.len = static_cast<std::uint8_t>(key.size());
    if (value <= 12) {
      e.roles = lex::kMonth;
      e.month = static_cast<std::uint8_t>(value);
    } else {
      e.roles = lex::kWeekday;
    }
    const auto index = static_cast<std::int32_t>(table->entries.size());
    table->entries.push_back(e);
    for (std::size_t s = lex::key_hash(key) & (cap - 1);; s = (s + 1) & (cap - 1)) {
      if (table->slots[s] < 0) {
        table->slots[s] = index;
        break;
      }
    }
  }
  return table;
}

struct Slot {
  std::once_flag once;
  std::unique_ptr<WordTable> table;
};

std::array<Slot, kLanguages.size()>& slots() {
  static std::array<Slot, kLanguages.size()> all;
  return all;
}

}  // namespace

const WordTable* for_language(std::string_view lang) {
  if (lang.size() < 2) return nullptr;  // no hint, the common case: asked once per parse
  for (std::size_t i = 0; i < kLanguages.size(); ++i) {
    if (kLanguages[i] != lang) continue;
    Slot& slot = slots()[i];
    std::call_once(slot.once, [&] { slot.table = build(lang); });
    return slot.table.get();
  }
  return nullptr;
}

bool is_language(std::string_view lang) {
  if (lang.size() < 2 || lang.size() > 3) return false;
  for (const char c : lang)
    if (c < 'a' || c > 'z') return false;
  for (const char* const* code = icu::Locale::getISOLanguages(); *code != nullptr; ++code)
    if (lang == *code) return true;
  return false;
}

const lex::Entry* find(const WordTable& table, std::string_view folded, std::uint32_t hash) noexcept {
  const std::size_t mask = table.slots.size() - 1;
  for (std::size_t s = hash & mask;; s = (s + 1) & mask) {
    const std::int32_t i = table.slots[s];
    if (i < 0) return nullptr;
    const lex::Entry& e = table.entries[static_cast<std::size_t>(i)];
    if (e.len == folded.size() && std::string_view(e.key, e.len) == folded) return &e;
  }
}

std::size_t size(const WordTable& table) noexcept { return table.entries.size(); }

}  // namespace clio::dates::icu_names
