#include "names/lexicon.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "names/generated/tables.hpp"
#include "names/skeleton.hpp"

namespace clio::names {
namespace {

struct ViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

struct GivenIndex {
  std::unordered_map<std::string, std::vector<GroupId>, ViewHash, std::equal_to<>> by_skeleton;
  GivenIndex() {
    for (std::size_t g = 0; g < generated::kGivenGroupCount; ++g) {
      std::string_view forms(generated::kGivenGroups[g].forms);
      while (!forms.empty()) {
        std::size_t bar = forms.find('|');
        std::string_view f = forms.substr(0, bar);
        forms = bar == std::string_view::npos ? std::string_view() : forms.substr(bar + 1);
        std::string sk = skeleton(latin_folded(f), kStandard);
        if (sk.empty()) continue;
        auto& v = by_skeleton[sk];
        if (std::find(v.begin(), v.end(), static_cast<GroupId>(g)) == v.end()) v.push_back(static_cast<GroupId>(g));
      }
    }
  }
};

const GivenIndex& given_index() {
  static const GivenIndex idx;
  return idx;
}

}  // namespace

std::span<const GroupId> given_groups(std::string_view skel) {
  const auto& m = given_index().by_skeleton;
  auto it = m.find(skel);
  if (it == m.end()) return {};
  return it->second;
}

char group_gender(GroupId g) noexcept {
  return g < generated::kGivenGroupCount ? generated::kGivenGroups[g].gender : '-';
}

std::string_view group_name(GroupId g) noexcept {
  return g < generated::kGivenGroupCount ? generated::kGivenGroups[g].id : std::string_view();
}

WordInfo name_word(std::string_view w) noexcept {
  static const auto* const words = [] {
    auto* m = new std::unordered_map<std::string_view, WordInfo>();
    for (std::size_t i = 0; i < generated::kNameWordCount; ++i) {
      const auto& x = generated::kNameWords[i];
      m->emplace(x.word, WordInfo{static_cast<WordKind>(x.kind), x.gender, x.same});
    }
    return m;
  }();
  auto it = words->find(w);
  return it == words->end() ? WordInfo{} : it->second;
}

}  // namespace clio::names
