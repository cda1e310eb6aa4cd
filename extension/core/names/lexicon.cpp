#include "names/lexicon.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "names/generated/tables.hpp"
#include "names/skeleton.hpp"

namespace clio::names {
namespace {

struct GivenIndex {
  std::unordered_map<std::string, std::vector<GroupId>> by_skeleton;
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
  auto it = m.find(std::string(skel));
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
  const auto* b = generated::kNameWords;
  const auto* e = b + generated::kNameWordCount;
  const auto* it = std::lower_bound(b, e, w, [](const generated::NameWord& x, std::string_view k) {
    return std::string_view(x.word) < k;
  });
  if (it == e || std::string_view(it->word) != w) return {};
  return {static_cast<WordKind>(it->kind), it->gender};
}

}  // namespace clio::names
