#include "extractor/input/html_reader.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

#include "extractor/core/error.h"
#include "extractor/input/article_reader.h"
#include "extractor/input/html_text_clean.h"

namespace kg {
namespace {

using XmlDoc = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

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

// Elements whose text is never article text.
bool skipped(const xmlNode* node, bool by_parts) {
  std::string_view name = name_of(node);
  if (one_of(name, {"script", "style", "noscript", "nav", "header", "footer", "aside", "form",
                    "iframe", "svg", "button", "select", "template", "head", "menu"}))
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
  // Common class and id names of page furniture around the article.
  std::string marks =
      attribute(node, "class") + " " + attribute(node, "id") + " " + attribute(node, "role");
  for (char& c : marks) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  // Matched against the parts of each class/id token ("share-buttons" -> share, buttons), but a
  // token naming the story itself or a negation is not furniture: a "layout-no-sidebar" body class
  // or an "story-breadcrumb-wrap" block keeps its text, a "sidebar" or "related-links" block not.
  std::string_view rest = marks;
  while (!rest.empty()) {
    size_t end = rest.find_first_of(" \t\n");
    std::string_view token = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    bool furniture = false, story = false;
    while (!token.empty()) {
      size_t cut = by_parts ? token.find_first_of("-_") : std::string_view::npos;
      std::string_view part = token.substr(0, cut);
      token = cut == std::string_view::npos ? std::string_view() : token.substr(cut + 1);
      if (one_of(part, {"no", "not", "article", "story", "content", "main", "body", "post", "entry",
                        "text"}))
        story = true;
      if (one_of(part, {"nav", "navigation", "navbar", "menu", "footer", "share", "social",
                        "related", "comments", "comment", "advert", "ad", "cookie", "newsletter",
                        "breadcrumb", "breadcrumbs", "sidebar"}))
        furniture = true;
    }
    if (furniture && !story) return true;
  }
  return false;
}

bool is_block(std::string_view name) {
  return one_of(name, {"p",          "div",        "section", "article", "main", "h1", "h2",
                       "h3",         "h4",         "h5",      "h6",      "li",   "ul", "ol",
                       "blockquote", "figcaption", "figure",  "table",   "tr",   "td", "th",
                       "pre",        "dd",         "dt",      "dl",      "br",   "hr", "body"});
}

// The article's text, walking the tree without recursion (pages can nest very deeply). With
// `by_parts`, `dropped_by_parts` tells whether an element went that whole-token matching keeps.
std::string main_text(const xmlNode* root, bool by_parts, bool* dropped_by_parts = nullptr) {
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
    if (node->type == XML_ELEMENT_NODE && skipped(node, by_parts)) {
      if (dropped_by_parts && by_parts && !skipped(node, false)) *dropped_by_parts = true;
      continue;
    }
    bool block = node->type == XML_ELEMENT_NODE && is_block(name_of(node));
    if (block) {
      paragraph_break();
      stack.push_back({node, true});
    }
    // Children pushed last-first so they are visited in document order.
    std::vector<const xmlNode*> children;
    for (const xmlNode* child = node->children; child; child = child->next)
      children.push_back(child);
    for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back({*it, false});
  }
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

// The text with furniture words matched against the parts of class/id tokens, unless that
// drops most of what whole-token matching keeps (a wrapper class such as "page-share-wrap" around
// the whole story): a safety net in the spirit of readability.js's retry with looser rules.
std::string best_text(const xmlNode* root) {
  bool dropped_by_parts = false;
  std::string strict = main_text(root, true, &dropped_by_parts);
  // Whole-token furniture is furniture by parts too, so without a part-only drop both are equal.
  if (!dropped_by_parts) return strict;
  std::string loose = main_text(root, false);
  return strict.size() * 10 >= loose.size() * 4 ? strict : loose;
}

// The first element named `name` (iterative search), or nullptr.
const xmlNode* find_element(const xmlNode* root, std::string_view name) {
  std::vector<const xmlNode*> stack{root};
  while (!stack.empty()) {
    const xmlNode* node = stack.back();
    stack.pop_back();
    if (node->type == XML_ELEMENT_NODE && name_of(node) == name) return node;
    std::vector<const xmlNode*> children;
    for (const xmlNode* child = node->children; child; child = child->next)
      children.push_back(child);
    for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back(*it);
  }
  return nullptr;
}

std::string node_text(const xmlNode* node) {
  xmlChar* content = xmlNodeGetContent(node);
  if (!content) return {};
  std::string text(reinterpret_cast<const char*>(content));
  xmlFree(content);
  return text;
}

std::string json_string(const rapidjson::Value& object, const char* key) {
  auto it = object.FindMember(key);
  if (it == object.MemberEnd()) return {};
  const rapidjson::Value& v = it->value;
  if (v.IsString()) return v.GetString();
  if (v.IsObject()) return json_string(v, "name");
  if (v.IsArray() && !v.Empty()) {
    if (v[0].IsString()) return v[0].GetString();
    if (v[0].IsObject()) return json_string(v[0], "name");
  }
  return {};
}

// Metadata from a schema.org NewsArticle (or Article) JSON-LD block, also inside an @graph; the
// first article object of the page fills each field.
void read_json_ld(const std::string& json, ArticleMeta& meta) {
  rapidjson::Document doc;
  doc.Parse(json.c_str());
  if (doc.HasParseError()) return;
  std::vector<const rapidjson::Value*> candidates;
  auto add = [&](const rapidjson::Value& v) {
    if (v.IsObject()) candidates.push_back(&v);
    if (v.IsArray())
      for (const auto& item : v.GetArray())
        if (item.IsObject()) candidates.push_back(&item);
  };
  add(doc);
  for (size_t i = 0; i < candidates.size(); ++i)
    if (candidates[i]->HasMember("@graph")) add((*candidates[i])["@graph"]);
  for (const rapidjson::Value* v : candidates) {
    std::string type = json_string(*v, "@type");
    if (type.find("Article") == std::string::npos && type != "ReportageNewsArticle" &&
        type != "BlogPosting")
      continue;
    if (meta.title.empty()) meta.title = json_string(*v, "headline");
    if (meta.title.empty()) meta.title = json_string(*v, "name");
    if (meta.published.empty()) meta.published = json_string(*v, "datePublished");
    if (meta.author.empty()) meta.author = json_string(*v, "author");
    if (meta.url.empty()) meta.url = json_string(*v, "url");
  }
}

// The <title> without a site name after a separator ("Talks stall | Daily" -> "Talks stall"),
// kept whole when the part before the separator is under three words.
std::string title_without_site(std::string title) {
  for (std::string_view sep :
       {" | ", " - ", " \xe2\x80\x93 ", " \xe2\x80\x94 ", " :: ", " \xc2\xbb "}) {
    size_t at = title.rfind(sep);
    if (at == std::string::npos) continue;
    std::string head = title.substr(0, at);
    size_t words = 1;
    for (char c : head) words += c == ' ';
    if (words >= 3) return head;
  }
  return title;
}

// Page metadata in order of trust: JSON-LD NewsArticle, then <meta> tags, then the first <time
// datetime> of the page and the <title> without its site suffix. Read in document order, so an
// early tag beats a late one (an update stamp, a comment, a related story).
void read_metadata(const xmlNode* root, ArticleMeta& meta) {
  ArticleMeta json_ld, tags;
  std::string title_tag, first_time;
  std::vector<const xmlNode*> stack{root};
  while (!stack.empty()) {
    const xmlNode* node = stack.back();
    stack.pop_back();
    std::vector<const xmlNode*> children;
    for (const xmlNode* child = node->children; child; child = child->next)
      children.push_back(child);
    for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back(*it);
    if (node->type != XML_ELEMENT_NODE) continue;
    std::string_view name = name_of(node);
    if (name == "script" && attribute(node, "type") == "application/ld+json") {
      read_json_ld(node_text(node), json_ld);
    } else if (name == "meta") {
      std::string key = attribute(node, "property");
      if (key.empty()) key = attribute(node, "name");
      if (key.empty()) key = attribute(node, "itemprop");
      for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      std::string content = attribute(node, "content");
      if (content.empty()) continue;
      if (one_of(key,
                 {"og:title", "twitter:title", "dc.title", "dcterms.title", "parsely-title"}) &&
          tags.title.empty())
        tags.title = content;
      if (one_of(key, {"article:published_time", "datepublished", "date", "pubdate", "publishdate",
                       "dc.date", "dcterms.date", "parsely-pub-date", "og:published_time"}) &&
          tags.published.empty())
        tags.published = content;
      if (one_of(key, {"author", "article:author", "dc.creator", "dcterms.creator",
                       "parsely-author", "article:author_name", "sailthru.author"}) &&
          tags.author.empty() && content.rfind("http", 0) != 0)
        tags.author = content;
      if (key == "og:url" && tags.url.empty()) tags.url = content;
    } else if (name == "time" && first_time.empty()) {
      first_time = attribute(node, "datetime");
    } else if (name == "title" && title_tag.empty()) {
      title_tag = node_text(node);
    }
  }
  auto pick = [](std::initializer_list<std::string> values) {
    for (const std::string& v : values)
      if (!v.empty()) return v;
    return std::string();
  };
  auto clean = [](std::string text) {
    text = decode_html_entities(text);
    strip_invisible_chars(text);
    std::string out;
    for (char c : text) {
      bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
      if (space && (out.empty() || out.back() == ' ')) continue;
      out += space ? ' ' : c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
  };
  meta.title = clean(pick({json_ld.title, tags.title, title_without_site(clean(title_tag))}));
  meta.author = clean(pick({json_ld.author, tags.author}));
  meta.url = clean(pick({json_ld.url, tags.url}));
  meta.published = clean(pick({json_ld.published, tags.published, first_time}));
  if (auto date = parse_date_prefix(meta.published))
    meta.published = date->first;
  else
    meta.published.clear();
}

}  // namespace

Document document_from_html(const std::string& html, const std::string& source) {
  if (html.size() > kMaxArticleBytes * 4)
    throw Error(ErrorKind::Input, source + ": page is " + std::to_string(html.size()) +
                                      " bytes, more than the limit of " +
                                      std::to_string(kMaxArticleBytes * 4));
  XmlDoc doc(htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8",
                            HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                HTML_PARSE_NONET | HTML_PARSE_NOBLANKS | XML_PARSE_HUGE),
             xmlFreeDoc);
  if (!doc || !xmlDocGetRootElement(doc.get()))
    throw Error(ErrorKind::Input, source + ": not an HTML page that can be read");
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  ArticleMeta meta;
  read_metadata(root, meta);
  // The article element (or main) holds the story when the page marks it.
  // Every <article> and <main> is a candidate, not just the first (which may be a teaser card or a
  // comment): the one with the most text wins, unless it holds too little, when <body> is read.
  std::string text;
  std::vector<const xmlNode*> stack{root};
  while (!stack.empty()) {
    const xmlNode* node = stack.back();
    stack.pop_back();
    if (node->type == XML_ELEMENT_NODE && one_of(name_of(node), {"article", "main"})) {
      std::string candidate = best_text(node);
      if (candidate.size() > text.size()) text = std::move(candidate);
      continue;  // a nested article is already inside this one's text
    }
    for (const xmlNode* child = node->children; child; child = child->next) stack.push_back(child);
  }
  if (text.size() < 500) {
    const xmlNode* body = find_element(root, "body");
    text = best_text(body ? body : root);
  }
  strip_invisible_chars(text);
  // Drop a leading headline the body repeats, so the title is not read twice.
  std::string_view rest = text;
  if (!meta.title.empty() && rest.rfind(meta.title, 0) == 0) rest.remove_prefix(meta.title.size());
  while (!rest.empty() && (rest.front() == '\n' || rest.front() == ' ')) rest.remove_prefix(1);
  std::string full =
      meta.title.empty() ? std::string(rest) : meta.title + "\n\n" + std::string(rest);
  Document result = document_from_text(std::move(full), source);
  ArticleMeta layout = result.meta;
  result.meta = meta;
  result.meta.source = source;
  if (result.meta.author.empty()) result.meta.author = layout.author;
  if (result.meta.published.empty()) result.meta.published = layout.published;
  // A page of many kilobytes that gives a few dozen words has most likely lost its story.
  size_t words = 0;
  for (size_t i = 0; i < rest.size(); ++i)
    words +=
        rest[i] != ' ' && rest[i] != '\n' && (i == 0 || rest[i - 1] == ' ' || rest[i - 1] == '\n');
  if (html.size() >= kThinPageBytes && words < kThinPageWords)
    result.warnings.push_back(source + ": page of " + std::to_string(html.size() / 1024) +
                              " KB gave only " + std::to_string(words) +
                              " words of text; the article may not have been found");
  return result;
}

}  // namespace kg
