#include "extractor/input/html_dom.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace kg::html {

std::string_view name_of(const xmlNode* node) {
  return node->name ? std::string_view(reinterpret_cast<const char*>(node->name))
                    : std::string_view();
}

std::string attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (!value) return {};
  std::string text(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return text;
}

bool one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  for (std::string_view n : names)
    if (name == n) return true;
  return false;
}

std::string class_and_id(const xmlNode* node) {
  std::string marks =
      attribute(node, "class") + " " + attribute(node, "id") + " " + attribute(node, "role");
  for (char& c : marks) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return marks;
}

void for_each_token_part(std::string_view marks,
                         const std::function<void(std::string_view)>& on_part) {
  size_t start = 0;
  for (size_t i = 0; i <= marks.size(); ++i) {
    bool cut = i == marks.size() || marks[i] == ' ' || marks[i] == '\t' || marks[i] == '\n' ||
               marks[i] == '-' || marks[i] == '_';
    if (!cut) continue;
    if (i > start) on_part(marks.substr(start, i - start));
    start = i + 1;
  }
}

bool skipped(const xmlNode* node, Furniture level) {
  std::string_view name = name_of(node);
  if (one_of(name, {"script", "style",    "noscript", "nav",    "header", "footer",   "aside",
                    "form",   "iframe",   "svg",      "button", "select", "template", "head",
                    "menu",   "textarea", "input",    "object", "embed",  "link"}))
    return true;
  // Elements the page hides from readers (hidden attribute, inline display:none or
  // visibility:hidden): often duplicated microdata or teaser text, never the visible story.
  if (xmlHasProp(node, reinterpret_cast<const xmlChar*>("hidden"))) return true;
  std::string style = attribute(node, "style");
  if (!style.empty()) {
    style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
    for (char& c : style) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (style.find("display:none") != std::string::npos ||
        style.find("visibility:hidden") != std::string::npos)
      return true;
  }
  if (level == Furniture::kHardOnly || one_of(name, {"body", "html"})) return false;
  // Common class and id names of page furniture around the article, matched against whole
  // tokens or (kTokenParts) the parts of each token ("share-buttons" -> share, buttons); a token
  // naming the story itself or a negation is not furniture: a "layout-no-sidebar" body class or
  // a "story-breadcrumb-wrap" block keeps its text, a "sidebar" or "related-links" block not.
  // The whole element is judged: a story word in any token (a "text-wrapper" class beside a
  // "share-container" id) or the schema.org articleBody property keeps it.
  std::string itemprop = attribute(node, "itemprop");
  if (itemprop.find("articleBody") != std::string::npos) return false;
  std::string marks = class_and_id(node);
  std::string_view rest = marks;
  bool furniture = false, story = false;
  while (!rest.empty()) {
    size_t end = rest.find_first_of(" \t\n");
    std::string_view token = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    while (!token.empty()) {
      size_t cut =
          level == Furniture::kTokenParts ? token.find_first_of("-_") : std::string_view::npos;
      std::string_view part = token.substr(0, cut);
      token = cut == std::string_view::npos ? std::string_view() : token.substr(cut + 1);
      if (one_of(part, {"no", "not", "article", "story", "content", "main", "body", "post", "entry",
                        "text"}))
        story = true;
      if (one_of(part,
                 {"nav",    "navigation", "navbar",     "menu",        "footer",     "share",
                  "social", "related",    "comments",   "comment",     "advert",     "ad",
                  "cookie", "newsletter", "breadcrumb", "breadcrumbs", "sidebar",    "legends",
                  "disqus", "banner",     "sponsor",    "popup",       "pagination", "pager",
                  "gdpr",   "shoutbox",   "skyscraper", "promo",       "outbrain",   "taboola",
                  "modal",  "dialog"}))
        furniture = true;
    }
  }
  return furniture && !story;
}

bool is_block(std::string_view name) {
  return one_of(name, {"p",          "div",        "section", "article", "main", "h1", "h2",
                       "h3",         "h4",         "h5",      "h6",      "li",   "ul", "ol",
                       "blockquote", "figcaption", "figure",  "table",   "tr",   "td", "th",
                       "pre",        "dd",         "dt",      "dl",      "br",   "hr", "body"});
}

std::string subtree_text(const xmlNode* root, Furniture level,
                         const std::function<bool(const xmlNode*)>& dropped) {
  std::string text;
  auto paragraph_break = [&] {
    while (!text.empty() && text.back() == ' ') text.pop_back();
    if (!text.empty() &&
        text.compare(text.size() - std::min<size_t>(2, text.size()), 2, "\n\n") != 0)
      text += text.back() == '\n' ? "\n" : "\n\n";
  };
  struct Frame {
    const xmlNode* node;
    bool leaving;
  };
  // Without recursion: pages can nest very deeply.
  std::vector<Frame> stack{{root, false}};
  while (!stack.empty()) {
    Frame frame = stack.back();
    stack.pop_back();
    const xmlNode* node = frame.node;
    if (frame.leaving) {
      paragraph_break();
      continue;
    }
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      for (const char* c = reinterpret_cast<const char*>(node->content); c && *c; ++c) {
        bool space = *c == ' ' || *c == '\n' || *c == '\t' || *c == '\r';
        if (space) {
          if (!text.empty() && text.back() != ' ' && text.back() != '\n') text += ' ';
        } else {
          text += *c;
        }
      }
      continue;
    }
    if (node->type != XML_ELEMENT_NODE && node->type != XML_DOCUMENT_NODE &&
        node->type != XML_HTML_DOCUMENT_NODE)
      continue;
    if (node->type == XML_ELEMENT_NODE && (skipped(node, level) || (dropped && dropped(node))))
      continue;
    bool block = node->type == XML_ELEMENT_NODE && is_block(name_of(node));
    if (block) {
      paragraph_break();
      stack.push_back({node, true});
    }
    // Children pushed last-first so they are visited in document order.
    size_t first = stack.size();
    for (const xmlNode* child = node->children; child; child = child->next)
      stack.push_back({child, false});
    std::reverse(stack.begin() + static_cast<std::ptrdiff_t>(first), stack.end());
  }
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

std::string node_text(const xmlNode* node) {
  xmlChar* content = xmlNodeGetContent(node);
  if (!content) return {};
  std::string text(reinterpret_cast<const char*>(content));
  xmlFree(content);
  return text;
}

std::string collapse_spaces(std::string_view text) {
  std::string out;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace kg::html
