#include "extractor/input/html_reader.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <rapidjson/document.h>

#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

#include "extractor/core/error.h"
#include "extractor/input/article_reader.h"

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
bool skipped(const xmlNode* node) {
  std::string_view name = name_of(node);
  if (one_of(name, {"script", "style", "noscript", "nav", "header", "footer", "aside", "form",
                    "iframe", "svg", "button", "select", "template", "head", "menu"}))
    return true;
  // Common class and id names of page furniture around the article.
  std::string marks =
      attribute(node, "class") + " " + attribute(node, "id") + " " + attribute(node, "role");
  for (char& c : marks) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  // Matched as whole class/id tokens: a "no-sidebar" body class or an
  // "article-breadcrumb-wrap" story class is not furniture, but a "sidebar" or "related" block is.
  std::string_view rest = marks;
  while (!rest.empty()) {
    size_t end = rest.find_first_of(" \t\n");
    std::string_view token = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    if (token.empty()) continue;
    for (std::string_view furniture :
         {"nav", "navigation", "navbar", "menu", "footer", "share", "social", "related", "comments",
          "comment", "advert", "ad", "cookie", "newsletter", "breadcrumb", "breadcrumbs",
          "sidebar"})
      if (token == furniture) return true;
  }
  return false;
}

bool is_block(std::string_view name) {
  return one_of(name, {"p",          "div",        "section", "article", "main", "h1", "h2",
                       "h3",         "h4",         "h5",      "h6",      "li",   "ul", "ol",
                       "blockquote", "figcaption", "figure",  "table",   "tr",   "td", "th",
                       "pre",        "dd",         "dt",      "dl",      "br",   "hr", "body"});
}

// The article's text, walking the tree without recursion (pages can nest very deeply).
std::string main_text(const xmlNode* root) {
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
    if (node->type == XML_ELEMENT_NODE && skipped(node)) continue;
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

// Metadata from a schema.org NewsArticle (or Article) JSON-LD block, also inside an @graph.
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
  if (doc.IsObject() && doc.HasMember("@graph")) add(doc["@graph"]);
  for (const rapidjson::Value* v : candidates) {
    std::string type = json_string(*v, "@type");
    if (type.find("Article") == std::string::npos && type != "ReportageNewsArticle") continue;
    if (meta.title.empty()) meta.title = json_string(*v, "headline");
    if (meta.published.empty()) meta.published = json_string(*v, "datePublished");
    if (meta.author.empty()) meta.author = json_string(*v, "author");
    if (meta.url.empty()) meta.url = json_string(*v, "url");
  }
}

void read_metadata(const xmlNode* root, ArticleMeta& meta) {
  std::string title_tag;
  std::vector<const xmlNode*> stack{root};
  while (!stack.empty()) {
    const xmlNode* node = stack.back();
    stack.pop_back();
    for (const xmlNode* child = node->children; child; child = child->next) stack.push_back(child);
    if (node->type != XML_ELEMENT_NODE) continue;
    std::string_view name = name_of(node);
    if (name == "script" && attribute(node, "type") == "application/ld+json") {
      read_json_ld(node_text(node), meta);
    } else if (name == "meta") {
      std::string key = attribute(node, "property");
      if (key.empty()) key = attribute(node, "name");
      if (key.empty()) key = attribute(node, "itemprop");
      std::string content = attribute(node, "content");
      if (content.empty()) continue;
      if ((key == "og:title" || key == "twitter:title") && meta.title.empty()) meta.title = content;
      if ((key == "article:published_time" || key == "datePublished" || key == "date" ||
           key == "pubdate" || key == "publishdate" || key == "dc.date") &&
          meta.published.empty())
        meta.published = content;
      if ((key == "author" || key == "article:author" || key == "dc.creator") &&
          meta.author.empty() && content.rfind("http", 0) != 0)
        meta.author = content;
      if (key == "og:url" && meta.url.empty()) meta.url = content;
    } else if (name == "time" && meta.published.empty()) {
      meta.published = attribute(node, "datetime");
    } else if (name == "title" && title_tag.empty()) {
      title_tag = node_text(node);
    }
  }
  if (meta.title.empty()) meta.title = title_tag;
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
      std::string candidate = main_text(node);
      if (candidate.size() > text.size()) text = std::move(candidate);
      continue;  // a nested article is already inside this one's text
    }
    for (const xmlNode* child = node->children; child; child = child->next) stack.push_back(child);
  }
  if (text.size() < 500) {
    const xmlNode* body = find_element(root, "body");
    text = main_text(body ? body : root);
  }
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
  return result;
}

}  // namespace kg
