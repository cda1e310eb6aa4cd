#include "document.hpp"

#include <gumbo.h>

#include "text/utf8.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace clio::cli {

namespace {

constexpr const char* kKnownKeys[] = {"title", "author", "date", "calendar", "lang", "url"};

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// `key: value` with a key of letters, digits, '_' or '-' (starting with a letter).
bool split_field(std::string_view line, std::string& key, std::string& value) {
  line = trim(line);
  auto colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  std::string_view k = line.substr(0, colon);
  if (!std::isalpha(static_cast<unsigned char>(k[0]))) return false;
  for (char c : k)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-') return false;
  key.assign(k);
  std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return std::tolower(c); });
  value.assign(trim(line.substr(colon + 1)));
  // YAML quotes around a value are not part of it.
  if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
    value = value.substr(1, value.size() - 2);
  return true;
}

std::vector<std::string_view> lines_of(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t at = 0;
  while (at <= s.size()) {
    auto nl = s.find('\n', at);
    if (nl == std::string_view::npos) nl = s.size();
    std::string_view line = s.substr(at, nl - at);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out.push_back(line);
    at = nl + 1;
  }
  return out;
}

std::size_t offset_after_line(std::string_view s, std::size_t line_index) {
  std::size_t at = 0;
  for (std::size_t i = 0; i <= line_index && at <= s.size(); ++i) {
    auto nl = s.find('\n', at);
    at = nl == std::string_view::npos ? s.size() : nl + 1;
  }
  return at;
}

std::string body_after(std::string_view content, std::size_t offset) {
  std::string_view rest = content.substr(std::min(offset, content.size()));
  while (!rest.empty() && (rest.front() == '\n' || rest.front() == '\r')) rest.remove_prefix(1);
  while (!rest.empty() && (rest.back() == '\n' || rest.back() == '\r')) rest.remove_suffix(1);
  return std::string(rest);
}

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// ---- HTML --------------------------------------------------------------------------------------

bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_TR:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_MAIN: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FORM: case GUMBO_TAG_HR: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_BODY:
      return true;
    default:
      return false;
  }
}

bool is_dropped(GumboTag tag) {
  return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEMPLATE ||
         tag == GUMBO_TAG_NOSCRIPT || tag == GUMBO_TAG_HEAD || tag == GUMBO_TAG_SVG ||
         tag == GUMBO_TAG_IFRAME || tag == GUMBO_TAG_BUTTON || tag == GUMBO_TAG_SELECT;
}

const char* chrome_reason(const GumboElement& el) {
  switch (el.tag) {
    case GUMBO_TAG_NAV: return "nav";
    case GUMBO_TAG_HEADER: return "header";
    case GUMBO_TAG_FOOTER: return "footer";
    case GUMBO_TAG_ASIDE: return "aside";
    default: break;
  }
  if (const GumboAttribute* role = gumbo_get_attribute(&el.attributes, "role")) {
    if (!std::strcmp(role->value, "navigation")) return "role=navigation";
    if (!std::strcmp(role->value, "banner")) return "role=banner";
    if (!std::strcmp(role->value, "contentinfo")) return "role=contentinfo";
  }
  return nullptr;
}

// Builds the flattened text: paragraphs separated by a blank line, whitespace runs as one space.
class Flattener {
 public:
  void block_break() {
    trim_trailing_space();
    if (!out_.empty() && !ends_with("\n\n")) out_ += out_.back() == '\n' ? "\n" : "\n\n";
    pending_space_ = false;
  }
  void line_break() {
    trim_trailing_space();
    if (!out_.empty() && out_.back() != '\n') out_ += '\n';
    pending_space_ = false;
  }
  void text(const char* s) {
    for (const char* p = s; *p; ++p) {
      unsigned char c = static_cast<unsigned char>(*p);
      if (std::isspace(c)) {
        pending_space_ = !out_.empty() && out_.back() != '\n';
        continue;
      }
      if (pending_space_) out_ += ' ';
      pending_space_ = false;
      out_ += static_cast<char>(c);
    }
  }
  std::size_t size() const { return out_.size(); }
  std::string& str() { return out_; }

 private:
  bool ends_with(const char* s) const {
    std::size_t n = std::strlen(s);
    return out_.size() >= n && out_.compare(out_.size() - n, n, s) == 0;
  }
  void trim_trailing_space() {
    while (!out_.empty() && out_.back() == ' ') out_.pop_back();
  }
  std::string out_;
  bool pending_space_ = false;
};

struct ChromeBytes {
  std::size_t begin, end;
  std::string why;
};

struct Walk {
  Flattener flat;
  std::vector<ChromeBytes> chrome;
  std::string title;
  std::size_t link_bytes = 0;  // bytes of text inside <a> so far
  int in_link = 0;
  int in_chrome = 0;

  void node(const GumboNode* n) {
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
      std::size_t before = flat.size();
      flat.text(n->v.text.text);
      if (in_link) link_bytes += flat.size() - before;
      return;
    }
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE) return;
    const GumboElement& el = n->v.element;
    if (el.tag == GUMBO_TAG_TITLE) {
      for (unsigned i = 0; i < el.children.length; ++i) {
        auto* c = static_cast<const GumboNode*>(el.children.data[i]);
        if (c->type == GUMBO_NODE_TEXT) title += c->v.text.text;
      }
      return;
    }
    if (is_dropped(el.tag)) {
      if (el.tag == GUMBO_TAG_HEAD)  // the title lives there
        for (unsigned i = 0; i < el.children.length; ++i) node(static_cast<const GumboNode*>(el.children.data[i]));
      return;
    }
    if (el.tag == GUMBO_TAG_BR) {
      flat.line_break();
      return;
    }
    bool block = is_block(el.tag);
    const char* why = in_chrome ? nullptr : chrome_reason(el);
    if (block) flat.block_break();
    std::size_t begin = flat.size(), links_before = link_bytes;
    if (why) ++in_chrome;
    if (el.tag == GUMBO_TAG_A) ++in_link;
    for (unsigned i = 0; i < el.children.length; ++i) node(static_cast<const GumboNode*>(el.children.data[i]));
    if (el.tag == GUMBO_TAG_A) --in_link;
    if (why) --in_chrome;
    if (block) flat.block_break();
    std::size_t end = flat.size();
    while (end > begin && (flat.str()[end - 1] == '\n' || flat.str()[end - 1] == ' ')) --end;
    if (end <= begin) return;
    if (why) {
      chrome.push_back({begin, end, why});
    } else if (block && !in_chrome && el.tag != GUMBO_TAG_BODY && el.tag != GUMBO_TAG_MAIN &&
               el.tag != GUMBO_TAG_ARTICLE) {
      // A block whose text is mostly link text (a menu, a tag cloud, a pager) is chrome by its
      // shape; a paragraph with a few links is not. Nested blocks report the outermost only.
      std::size_t links = link_bytes - links_before;
      if (end - begin >= 3 && links * 10 >= (end - begin) * 7) {
        while (!chrome.empty() && chrome.back().begin >= begin) chrome.pop_back();
        chrome.push_back({begin, end, "link-dense"});
      }
    }
  }
};

}  // namespace

bool is_source_column(const std::string& key) {
  return std::find_if(std::begin(kKnownKeys), std::end(kKnownKeys), [&](const char* k) { return key == k; }) !=
         std::end(kKnownKeys);
}

std::optional<std::string> not_text(std::string_view content) {
  if (trim(content).empty()) return "empty";
  if (content.find('\0') != std::string_view::npos) return "binary (NUL bytes)";
  // Strict UTF-8 (shortest forms, no surrogates, nothing above U+10FFFF), as clio's core checks it.
  if (!clio::text::is_valid_utf8(content)) return std::string("not UTF-8");
  return std::nullopt;
}

Document read_plain(std::string_view content) {
  if (content.size() >= 3 && content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);  // BOM
  Document doc;
  auto lines = lines_of(content);
  std::string key, value;
  // Markdown front matter between two --- lines.
  if (!lines.empty() && trim(lines[0]) == "---") {
    for (std::size_t i = 1; i < lines.size(); ++i) {
      if (trim(lines[i]) == "---") {
        for (std::size_t j = 1; j < i; ++j)
          if (split_field(lines[j], key, value) && !value.empty()) doc.meta[key] = value;
        doc.text = body_after(content, offset_after_line(content, i));
        return doc;
      }
    }
  }
  // A header ending at the first blank line: every line a field, one key a known one.
  std::size_t blank = 0;
  while (blank < lines.size() && !trim(lines[blank]).empty()) ++blank;
  if (blank > 0 && blank < lines.size()) {
    std::map<std::string, std::string> fields;
    bool all = true, known = false;
    for (std::size_t i = 0; i < blank && all; ++i) {
      all = split_field(lines[i], key, value);
      if (all) {
        known = known || is_source_column(key);
        if (!value.empty()) fields[key] = value;
      }
    }
    if (all && known) {
      doc.meta = std::move(fields);
      doc.text = body_after(content, offset_after_line(content, blank));
      return doc;
    }
  }
  doc.text = body_after(content, 0);
  return doc;
}

Document read_html(std::string_view content) {
  Document doc;
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, content.data(), content.size());
  Walk walk;
  walk.node(out->root);
  if (out->root->type == GUMBO_NODE_ELEMENT)
    if (const GumboAttribute* lang = gumbo_get_attribute(&out->root->v.element.attributes, "lang"))
      if (*lang->value) doc.meta["lang"] = std::string(lang->value).substr(0, std::string(lang->value).find('-'));
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  std::string& text = walk.flat.str();
  // Trailing and leading blank lines go; chrome spans are then turned into character offsets.
  std::size_t lead = 0;
  while (lead < text.size() && text[lead] == '\n') ++lead;
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  doc.text = text.substr(std::min(lead, text.size()));
  for (const auto& c : walk.chrome) {
    if (c.begin < lead || c.end > lead + doc.text.size()) continue;
    std::string_view t(doc.text);
    doc.chrome.push_back({code_points(t.substr(0, c.begin - lead)) + 1,
                          code_points(t.substr(c.begin - lead, c.end - c.begin)), c.why});
  }
  std::string title(trim(walk.title));
  Flattener tf;  // the title's whitespace as in the text
  tf.text(title.c_str());
  if (!tf.str().empty()) doc.meta["title"] = tf.str();
  return doc;
}

}  // namespace clio::cli
