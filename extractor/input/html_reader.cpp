#include "extractor/input/html_reader.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <memory>
#include <string_view>
#include <vector>

#include "extractor/core/error.h"
#include "extractor/core/text.h"
#include "extractor/input/article_reader.h"
#include "extractor/input/html_byline.h"
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

// Every author of an article object ("author": a name, a Person, or a list), joined by ", ";
// a Person given by reference ({"@id": ...}, as in an @graph) is named by the object with that
// @id, and a URL is not a name.
std::string json_authors(const rapidjson::Value& article,
                         const std::vector<const rapidjson::Value*>& objects) {
  auto it = article.FindMember("author");
  if (it == article.MemberEnd()) return {};
  auto name_of_item = [&](const rapidjson::Value& item) {
    std::string name;
    if (item.IsString()) name = item.GetString();
    if (item.IsObject()) {
      name = json_string(item, "name");
      std::string id = json_string(item, "@id");
      for (const rapidjson::Value* o : objects)
        if (name.empty() && !id.empty() && o != &item && json_string(*o, "@id") == id)
          name = json_string(*o, "name");
    }
    return name.rfind("http", 0) == 0 ? std::string() : name;
  };
  if (!it->value.IsArray()) return name_of_item(it->value);
  std::string names;
  for (const auto& item : it->value.GetArray()) {
    std::string name = name_of_item(item);
    if (!name.empty()) names += (names.empty() ? "" : ", ") + name;
  }
  return names;
}

// Metadata from a schema.org NewsArticle (or Article) JSON-LD block, also inside an @graph; the
// first article object of the page fills each field (`name` its "name" beside its "headline").
void read_json_ld(std::string json, ArticleMeta& meta, std::string& name) {
  // Some pages wrap the block in a CDATA section (also behind "//" for old browsers): the JSON
  // is what lies between the first opening and the last closing bracket.
  for (std::string_view mark : {"<![CDATA[", "]]>"})
    if (size_t at = json.find(mark); at != std::string::npos) json.replace(at, mark.size(), " ");
  size_t open = json.find_first_of("{["), close = json.find_last_of("}]");
  if (open == std::string::npos || close == std::string::npos || close < open) return;
  json = json.substr(open, close - open + 1);
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
    // schema.org's article types (NewsArticle, ReportageNewsArticle, TechArticle...) and the
    // postings and reports readability.js also reads.
    if (type.find("Article") == std::string::npos &&
        !one_of(type, {"BlogPosting", "LiveBlogPosting", "SocialMediaPosting",
                       "DiscussionForumPosting", "Report", "APIReference"}))
      continue;
    if (meta.title.empty()) meta.title = json_string(*v, "headline");
    if (name.empty()) name = json_string(*v, "name");
    if (meta.published.empty()) meta.published = json_string(*v, "datePublished");
    if (meta.author.empty()) meta.author = json_authors(*v, candidates);
    if (meta.url.empty()) meta.url = json_string(*v, "url");
  }
}

size_t word_count(std::string_view text) {
  size_t words = 0;
  for (size_t i = 0; i < text.size(); ++i)
    words += text[i] != ' ' && (i == 0 || text[i - 1] == ' ');
  return words;
}

// The <title> without a site name after its last separator ("Talks stall in the north | Daily"
// -> "Talks stall in the north"); when the part before is under three words, the part after the
// first separator ("Daily | Talks stall in the north"); kept whole when what is left has four
// words or fewer (a short headline's suffix may be part of it), as readability.js does.
std::string title_without_site(const std::string& title) {
  static constexpr std::string_view kSeparators[] = {
      " | ", " - ", " \xe2\x80\x93 ", " \xe2\x80\x94 ", " :: ", " \xc2\xbb "};
  size_t last = std::string::npos, first = std::string::npos, first_size = 0;
  for (std::string_view sep : kSeparators) {
    size_t at = title.rfind(sep);
    if (at != std::string::npos && (last == std::string::npos || at > last)) last = at;
    at = title.find(sep);
    if (at != std::string::npos && (first == std::string::npos || at < first))
      first = at, first_size = sep.size();
  }
  if (last == std::string::npos) return title;
  std::string head = title.substr(0, last);
  if (word_count(head) < 3) head = title.substr(first + first_size);
  return word_count(head) <= 4 ? title : head;
}

// Of a JSON-LD block's headline and name (when both are given and differ), the one the page's
// <title> repeats: some sites put their own name in "name", others a description in "headline".
// A candidate matches when three quarters of its words are words of the title.
bool matches_title(std::string_view candidate, std::string_view title) {
  std::string low_title = " " + to_lower(title) + " ";
  for (char& c : low_title)
    if (std::ispunct(static_cast<unsigned char>(c))) c = ' ';
  std::string low = to_lower(candidate);
  for (char& c : low)
    if (std::ispunct(static_cast<unsigned char>(c))) c = ' ';
  size_t words = 0, found = 0;
  for (const std::string& word : split(low, ' ')) {
    if (word.empty()) continue;
    ++words;
    found += low_title.find(" " + word + " ") != std::string::npos;
  }
  return words > 0 && found * 4 >= words * 3;
}

// Page metadata in order of trust: JSON-LD NewsArticle, then <meta> tags, then the visible
// byline, itemprop=datePublished or first <time datetime>, and the <title> without its site
// suffix. Read in document order, so an
// early tag beats a late one (an update stamp, a comment, a related story).
void read_metadata(const xmlNode* root, ArticleMeta& meta) {
  ArticleMeta json_ld, tags;
  std::string title_tag, site, json_ld_name;
  size_t author_rank = SIZE_MAX, title_rank = SIZE_MAX;
  std::vector<std::string> authors;  // the values of the best-ranked author key
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
      read_json_ld(node_text(node), json_ld, json_ld_name);
    } else if (name == "meta") {
      std::string content = attribute(node, "content");
      if (content.empty()) continue;
      // RDFa's property (a space-separated list) before name and itemprop; "DC.creator" and
      // "dc:creator" are one key.
      std::string keys = attribute(node, "property");
      bool from_property = !keys.empty();
      if (keys.empty()) keys = attribute(node, "name");
      if (keys.empty()) keys = attribute(node, "itemprop");
      for (char& c : keys) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (c == '.') c = ':';
      }
      std::string_view rest = keys;
      while (!rest.empty()) {
        size_t end = rest.find(' ');
        std::string_view key = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
        if (key.empty()) continue;
        // Titles by rank (Dublin Core first, as readability.js), a property before a name.
        static constexpr std::string_view kTitleKeys[] = {"dc:title",      "dcterm:title",
                                                          "dcterms:title", "og:title",
                                                          "twitter:title", "parsely-title"};
        for (size_t rank = 0; rank < std::size(kTitleKeys); ++rank)
          if (key == kTitleKeys[rank] && rank * 2 + !from_property < title_rank) {
            title_rank = rank * 2 + !from_property;
            tags.title = content;
          }
        if (one_of(key, {"article:published_time", "datepublished", "og:published_time",
                         "dc:date:issued", "dcterms:issued", "parsely-pub-date", "sailthru:date",
                         "date", "pubdate", "publishdate", "publish-date", "dc:date",
                         "dcterms:date", "dcterms:created"}) &&
            tags.published.empty())
          tags.published = content;
        // Authors by rank (Dublin Core first, as readability.js), a property before a name;
        // every value of the best key (two dc:creator tags, two authors), a URL never.
        static constexpr std::string_view kAuthorKeys[] = {
            "dc:creator",     "dcterm:creator",    "dcterms:creator",     "author",
            "article:author", "og:article:author", "article:author_name", "parsely-author",
            "sailthru:author"};
        for (size_t rank = 0; rank < std::size(kAuthorKeys); ++rank) {
          if (key != kAuthorKeys[rank] || content.rfind("http", 0) == 0) continue;
          size_t at = rank * 2 + !from_property;
          if (at < author_rank) authors.clear();
          if (at <= author_rank &&
              std::find(authors.begin(), authors.end(), content) == authors.end())
            authors.push_back(content);
          author_rank = std::min(author_rank, at);
        }
        if (key == "og:url" && tags.url.empty()) tags.url = content;
        if (key == "og:site_name" && site.empty()) site = content;
      }
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
    return html::collapse_spaces(text);
  };
  for (const std::string& author : authors)
    tags.author += (tags.author.empty() ? "" : ", ") + author;
  std::string page_title = clean(title_tag);
  if (!json_ld_name.empty() && json_ld_name != json_ld.title &&
      (json_ld.title.empty() || (matches_title(clean(json_ld_name), page_title) &&
                                 !matches_title(clean(json_ld.title), page_title))))
    json_ld.title = json_ld_name;
  meta.title = clean(pick({json_ld.title, tags.title, title_without_site(page_title)}));
  const xmlNode* body = find_element(const_cast<xmlNode*>(root), "body");
  // An author the page's metadata gives is taken as given, also the site's own name (a
  // newsroom, a magazine); in the visible text a site name by an author class is furniture.
  meta.author = clean(pick(
      {json_ld.author, tags.author, body ? visible_byline(body, clean(site)) : std::string()}));
  meta.url = clean(pick({json_ld.url, tags.url}));
  meta.published =
      clean(pick({json_ld.published, tags.published, body ? visible_date(body) : std::string()}));
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
