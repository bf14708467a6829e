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
#include "extractor/input/html_content.h"
#include "extractor/input/html_dom.h"
#include "extractor/input/html_text_clean.h"

namespace kg {
namespace {

using XmlDoc = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;
using html::attribute;
using html::name_of;
using html::node_text;
using html::one_of;

// The first element named `name` (iterative search), or nullptr.
xmlNode* find_element(xmlNode* root, std::string_view name) {
  std::vector<xmlNode*> stack{root};
  while (!stack.empty()) {
    xmlNode* node = stack.back();
    stack.pop_back();
    if (node->type == XML_ELEMENT_NODE && name_of(node) == name) return node;
    size_t first = stack.size();
    for (xmlNode* child = node->children; child; child = child->next) stack.push_back(child);
    std::reverse(stack.begin() + static_cast<std::ptrdiff_t>(first), stack.end());
  }
  return nullptr;
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
  xmlNode* root = xmlDocGetRootElement(doc.get());
  ArticleMeta meta;
  read_metadata(root, meta);
  xmlNode* body = find_element(root, "body");
  std::string text = article_text(body ? body : root);
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
