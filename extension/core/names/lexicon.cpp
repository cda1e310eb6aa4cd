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

namespace {
std::span<const GroupId> groups_exact(std::string_view skel) {
  const auto& m = given_index().by_skeleton;
  auto it = m.find(skel);
  if (it == m.end()) return {};
  return it->second;
}
}  // namespace

std::span<const GroupId> given_groups(std::string_view skel) {
  std::span<const GroupId> g = groups_exact(skel);
  if (!g.empty() || skel.size() < 5) return g;
  // A Russian endearing form of a listed given name, in any case: -ушка/-юшка, -ечка/-очка on the
  // name (Лёвушка, Левушки = Лёва; Ванечка = Ваня), -енька on a name in -a (Сашенька = Саша).
  // Surnames in -енко (Ivanenko) never end so in the nominative; their genitive -енка is not
  // read, since only the base + a is tried for -енька.
  std::string_view s = skel;
  for (std::string_view e : {"oj", "ej", "om", "a", "i", "u", "e"})
    if (s.size() > e.size() + 4 && s.substr(s.size() - e.size()) == e) {
      s.remove_suffix(e.size());
      break;
    }
  for (std::string_view suffix : {"uSk", "eCk", "oCk", "enk"}) {
    if (s.size() < suffix.size() + 2 || s.substr(s.size() - suffix.size()) != suffix) continue;
    std::string base(s.substr(0, s.size() - suffix.size()));
    if (suffix != "enk")
      if (auto b = groups_exact(base); !b.empty()) return b;
    base.push_back('a');
    return groups_exact(base);
  }
  return {};
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
