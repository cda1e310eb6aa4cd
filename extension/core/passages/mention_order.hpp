// The order in which the tagger reports mentions (mentions.hpp): by start, the longer first, then
// by kind. Internal to passages/; separate so that its fast paths can be tested against a sort.
#pragma once

#include <array>
#include <cstddef>
#include <vector>

#include "passages/mentions.hpp"

namespace clio::passages::detail {

// Document order: by begin, then the longer (later end) first, then by kind.
bool document_order(const Mention& a, const Mention& b);

// The mentions stably sorted by document_order, given as consecutive groups (ends[k] = end of
// group k), each usually sorted already: then the groups are merged (stable: on ties the earlier
// group first), which is what a stable sort of the whole gives, in linear time. Mentions (~140
// bytes with two strings) are ordered through indices and moved once, or not at all when they
// are in order already. A group out of order falls back to a stable sort of the whole.
std::vector<Mention> in_document_order(std::vector<Mention>&& out, const std::array<std::size_t, 4>& ends);

}  // namespace clio::passages::detail
