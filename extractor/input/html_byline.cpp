#include "extractor/input/html_byline.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <vector>

#include "extractor/core/text.h"
#include "extractor/input/html_dom.h"
#include "extractor/input/html_text_clean.h"

namespace kg {
namespace {

using html::attribute;
using html::collapse_spaces;
using html::name_of;
using html::one_of;

bool has_token_part(const xmlNode* node, std::initializer_list<std::string_view> words) {
  bool found = false;
  html::for_each_token_part(html::class_and_id(node),
                            [&](std::string_view part) { found = found || one_of(part, words); });
  return found;
}

// Elements in document order, without scripts, styles and the like (not without <header>:
// bylines often sit there).
template <typename Visit>
void walk(const xmlNode* root, Visit visit) {
  std::vector<const xmlNode*> stack{root};
  while (!stack.empty()) {
    const xmlNode* node = stack.back();
    stack.pop_back();
    if (node->type != XML_ELEMENT_NODE) continue;
    if (one_of(name_of(node), {"script", "style", "noscript", "template", "nav", "footer"}))
      continue;
    if (!visit(node)) continue;  // false: do not look inside
    size_t first = stack.size();
    for (const xmlNode* c = node->children; c; c = c->next) stack.push_back(c);
    std::reverse(stack.begin() + static_cast<std::ptrdiff_t>(first), stack.end());
  }
}

bool xml_ancestor(const xmlNode* node, const xmlNode* ancestor) {
  for (const xmlNode* a = node->parent; a; a = a->parent)
    if (a == ancestor) return true;
  return false;
}

// Whether `piece` is a job title: every word a word of job titles, one of them a trade
// ("Staff Writer", "Senior Political Correspondent", "Editor at Large").
bool job_title(std::string_view piece) {
  static constexpr std::string_view kTrades[] = {
      "writer",   "reporter",     "correspondent", "editor",    "contributor", "columnist",
      "producer", "photographer", "critic",        "analyst",   "journalist",  "intern",
      "blogger",  "anchor",       "editors",       "reporters", "writers",     "correspondents"};
  static constexpr std::string_view kModifiers[] = {
      "senior",    "staff",        "chief",      "deputy",    "associate",
      "assistant", "contributing", "special",    "managing",  "executive",
      "political", "foreign",      "national",   "science",   "health",
      "business",  "sports",       "technology", "tech",      "investigative",
      "news",      "the",          "of",         "for",       "and",
      "at",        "large",        "digital",    "local",     "city",
      "desk",      "world",        "legal",      "economics", "markets",
      "data",      "features",     "culture",    "arts",      "travel",
      "climate",   "education"};
  std::string low = to_lower(piece);
  bool trade = false;
  size_t words = 0;
  for (const std::string& word : split(low, ' ')) {
    if (word.empty()) continue;
    ++words;
    bool is_trade = std::find(std::begin(kTrades), std::end(kTrades), word) != std::end(kTrades);
    bool is_modifier =
        std::find(std::begin(kModifiers), std::end(kModifiers), word) != std::end(kModifiers);
    if (!is_trade && !is_modifier) return false;
    trade = trade || is_trade;
  }
  return trade && words <= 6;
}

}  // namespace

std::string clean_byline(std::string_view raw) {
  std::string text = collapse_spaces(decode_html_entities(raw));
  std::string low = to_lower(text);
  for (std::string_view stamp : {"updated", "last updated", "published", "posted on"})
    if (low.rfind(stamp, 0) == 0) return {};  // a date stamp, not a byline
  for (std::string_view prefix : {"written by ", "posted by ", "by ", "par ", "von ", "por "})
    if (low.rfind(prefix, 0) == 0) {
      text.erase(0, prefix.size());
      low.erase(0, prefix.size());
      break;
    }
  // A tail that is not names: a date, an update stamp, a separator and what follows.
  size_t cut = text.size();
  for (std::string_view tail : {" | ", " - ", " \xe2\x80\x93 ", " \xe2\x80\x94 ", " updated",
                                " published", " on ", " edited by ", "\xc2\xb7", " \xe2\x80\xa2 "})
    cut = std::min(cut, low.find(tail));
  // A month starts a date only before a day or year ("March 25, 2015"; "Kate March" is a name).
  std::string padded = low + " ";
  for (std::string_view month :
       {" january",   " february", " march",    " april",    " may",  " june", " july", " august",
        " september", " october",  " november", " december", " jan.", " feb.", " mar.", " apr.",
        " jun.",      " jul.",     " aug.",     " sept.",    " sep.", " oct.", " nov.", " dec.",
        " jan",       " feb",      " aug",      " sept",     " oct",  " nov",  " dec"})
    for (size_t at = padded.find(month); at != std::string::npos && at < cut;
         at = padded.find(month, at + 1)) {
      size_t next = at + month.size();
      while (next < padded.size() && (padded[next] == ' ' || padded[next] == '.')) ++next;
      if (next < padded.size() && next > at + month.size() &&
          std::isdigit(static_cast<unsigned char>(padded[next]))) {
        cut = at;
        break;
      }
    }
  for (std::string_view day :
       {" monday", " tuesday", " wednesday", " thursday", " friday", " saturday", " sunday"})
    cut = std::min(cut, padded.find(day));
  for (size_t i = 0; i < cut; ++i)
    if (std::isdigit(static_cast<unsigned char>(text[i]))) {
      cut = i;
      break;
    }
  text = collapse_spaces(text.substr(0, cut));
  while (!text.empty() && (text.back() == ',' || text.back() == ';' || text.back() == ':'))
    text.pop_back();
  // A job title after the names ("Ana Roviro, Senior Reporter") is not a name.
  for (size_t comma = text.rfind(", "); comma != std::string::npos && comma > 0;
       comma = text.rfind(", ")) {
    if (!job_title(std::string_view(text).substr(comma + 2))) break;
    text.erase(comma);
  }
  if (text.size() < 3 || text.size() > 100) return {};
  if (text.find("http") != std::string::npos || text.find('@') != std::string::npos) return {};
  size_t words = 1;
  for (char c : text) words += c == ' ';
  return words <= 12 ? text : std::string();
}

namespace {

// The byline of the page, read in document order; with `after_headline`, only from the first
// <h1> on (a story's byline sits under its headline, a teaser's byline in a list above it may
// come first).
std::string find_byline(const xmlNode* body, std::string_view site, bool after_headline) {
  std::vector<std::string> by_itemprop, by_rel, by_class;
  const xmlNode* class_root = nullptr;
  bool class_done = false, reading = !after_headline;
  walk(body, [&](const xmlNode* node) {
    if (name_of(node) == "h1") reading = true;
    if (!reading) return true;
    std::string itemprop = to_lower(attribute(node, "itemprop"));
    if (itemprop.find("author") != std::string::npos ||
        itemprop.find("creator") != std::string::npos) {
      // The nested itemprop=name when there is one (a Person with a job title and a photo).
      std::string name;
      walk(node, [&](const xmlNode* inner) {
        if (name.empty() && inner != node && to_lower(attribute(inner, "itemprop")) == "name")
          name = inner->name && name_of(inner) == "meta" ? attribute(inner, "content")
                                                         : html::node_text(inner);
        return name.empty();
      });
      if (name.empty())
        name = name_of(node) == "meta" || name_of(node) == "link" ? attribute(node, "content")
                                                                  : html::node_text(node);
      by_itemprop.push_back(name);
      return false;
    }
    if (to_lower(attribute(node, "rel")) == "author") {
      by_rel.push_back(html::node_text(node));
      return false;
    }
    // The innermost element naming a byline or author ("byline" > "author-name") of the first
    // such block: its text holds the names, not the job title or the date beside them.
    if (!class_done && !one_of(name_of(node), {"body", "html", "article", "main"}) &&
        has_token_part(node, {"byline", "author", "authors", "byl", "writer"}) &&
        !has_token_part(node, {"title", "job", "role", "bio", "avatar", "image", "img", "photo",
                               "date", "time", "follow", "more", "label"})) {
      std::string text = html::node_text(node);
      if (text.size() > 300) return true;
      if (!clean_byline(text).empty()) {
        if (class_root && !xml_ancestor(node, class_root)) class_done = true;
        if (!class_done) {
          by_class = {text};
          if (!class_root) class_root = node;
        }
      }
    }
    return true;
  });
  std::string site_low = to_lower(collapse_spaces(site));
  for (const std::vector<std::string>* found : {&by_itemprop, &by_rel, &by_class}) {
    std::string joined;
    std::vector<std::string> seen;
    for (const std::string& raw : *found) {
      std::string name = clean_byline(raw);
      if (name.empty() || (!site_low.empty() && to_lower(name) == site_low)) continue;
      bool again = false;
      for (const std::string& s : seen) again = again || to_lower(s) == to_lower(name);
      if (again) continue;
      seen.push_back(name);
      joined += (joined.empty() ? "" : ", ") + name;
    }
    if (!joined.empty()) return joined;
  }
  return {};
}

}  // namespace

std::string visible_byline(const xmlNode* body, std::string_view site) {
  std::string below = find_byline(body, site, true);
  return below.empty() ? find_byline(body, site, false) : below;
}

std::string visible_date(const xmlNode* body) {
  std::string published, first_time;
  walk(body, [&](const xmlNode* node) {
    if (!published.empty()) return false;
    if (to_lower(attribute(node, "itemprop")) == "datepublished") {
      published = attribute(node, "datetime");
      if (published.empty()) published = attribute(node, "content");
      if (published.empty()) published = collapse_spaces(html::node_text(node));
    } else if (name_of(node) == "time" && first_time.empty()) {
      first_time = attribute(node, "datetime");
    }
    return true;
  });
  return published.empty() ? first_time : published;
}

}  // namespace kg
