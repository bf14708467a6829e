#include "extractor/input/html_content.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <vector>

#include "extractor/input/html_dom.h"

namespace kg {
namespace {

using html::Furniture;
using html::name_of;
using html::one_of;

// One attempt's rules; later attempts loosen them when the article found is too short.
struct Flags {
  Furniture furniture;
  bool weight_classes;       // class/id words and hints move scores
  bool clean_conditionally;  // link lists, forms and near-empty boxes inside the article go
};

// Below this many characters the article found is not believed and looser rules are tried.
constexpr size_t kMinArticleChars = 500;
// Candidates holding fewer characters than this are taken only when no other is there.
constexpr size_t kMinBlockChars = 140;

// Counts of one element's text (whole subtree, without skipped elements).
struct Info {
  xmlNode* node = nullptr;
  size_t chars = 0, link_chars = 0, commas = 0;  // characters (code points, spaces collapsed)
  size_t own_chars = 0, own_commas = 0;          // outside block-level children
  size_t paragraphs = 0, images = 0, items = 0, inputs = 0, embeds = 0;
  size_t heading_chars = 0, list_chars = 0;
  size_t linked_headings = 0;  // headings whose text is (four fifths) a link: teaser titles
  bool block_child = false, candidate = false, dropped = false;
  size_t order_index = 0;  // position in the cleaning order
  int rivals_inside = 0;   // close rivals of the best candidate under this one
  double score = 0;
};

bool heading(std::string_view name) {
  return name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6';
}

// Characters and commas (also the Arabic and ideographic ones) of a text node's UTF-8 text.
void count_text(const char* text, size_t& chars, size_t& commas) {
  bool any = false, space = false;
  for (const unsigned char* c = reinterpret_cast<const unsigned char*>(text); c && *c; ++c) {
    if (*c == ' ' || *c == '\n' || *c == '\t' || *c == '\r') {
      space = any;
      continue;
    }
    if ((*c & 0xC0) == 0x80) continue;  // continuation byte of a code point already counted
    chars += 1 + space;
    any = true;
    space = false;
    if (*c == ',' || (c[0] == 0xEF && c[1] == 0xBC && c[2] == 0x8C) ||  // U+FF0C
        (c[0] == 0xE3 && c[1] == 0x80 && c[2] == 0x81) ||               // U+3001
        (c[0] == 0xD8 && c[1] == 0x8C))                                 // U+060C
      ++commas;
  }
}

// Whether a class/id part names `word`: equal, or for words of 4+ letters starting or ending
// with it ("comments", "maincontent"), so short words ("ad", "com") match only whole.
bool names(std::string_view part, std::string_view word) {
  if (part == word) return true;
  if (word.size() < 4 || part.size() <= word.size()) return false;
  return part.compare(0, word.size(), word) == 0 ||
         part.compare(part.size() - word.size(), word.size(), word) == 0;
}

bool article_body(const xmlNode* node) {
  return html::attribute(node, "itemprop").find("articleBody") != std::string::npos;
}

// +25 for a class (and again for an id) naming the story, -25 for one naming furniture; the
// schema.org articleBody property and the <article> element are hints on top.
int class_weight(const xmlNode* node) {
  static constexpr std::string_view kPositive[] = {"article", "body", "content", "entry",
                                                   "hentry",  "main", "page",    "post",
                                                   "text",    "blog", "story",   "prose"};
  static constexpr std::string_view kNegative[] = {
      "hidden",   "banner",      "combx",      "comment",   "com",        "contact", "footer",
      "gdpr",     "masthead",    "media",      "meta",      "outbrain",   "promo",   "related",
      "scroll",   "share",       "shoutbox",   "sidebar",   "skyscraper", "sponsor", "shopping",
      "tags",     "widget",      "ad",         "ads",       "advert",     "social",  "popular",
      "trending", "recommended", "newsletter", "subscribe", "teaser",     "caption", "credit",
      "byline",   "author",      "nav",        "menu",      "breadcrumb", "cookie",  "login"};
  int weight = 0;
  for (const char* attr : {"class", "id"}) {
    std::string marks = html::attribute(node, attr);
    if (marks.empty()) continue;
    for (char& c : marks) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    bool positive = false, negative = false;
    html::for_each_token_part(marks, [&](std::string_view part) {
      for (std::string_view w : kPositive) positive = positive || names(part, w);
      for (std::string_view w : kNegative) negative = negative || names(part, w);
    });
    weight += (positive ? 25 : 0) - (negative ? 25 : 0);
  }
  if (article_body(node)) weight += 50;
  if (name_of(node) == "article") weight += 10;
  return weight;
}

int tag_score(std::string_view name) {
  if (name == "div") return 5;
  if (one_of(name, {"pre", "td", "blockquote"})) return 3;
  if (one_of(name, {"address", "ol", "ul", "dl", "dd", "dt", "li", "form"})) return -3;
  if (heading(name) || name == "th") return -5;
  return 0;
}

class Scorer {
 public:
  Scorer(xmlNode* body, Flags flags) : body_(body), flags_(flags) {
    measure();
    score_paragraphs();
  }
  ~Scorer() {
    for (Info& i : infos_) i.node->_private = nullptr;
  }
  Scorer(const Scorer&) = delete;
  Scorer& operator=(const Scorer&) = delete;

  std::string text() {
    std::vector<xmlNode*> parts = chosen();
    if (flags_.clean_conditionally)
      for (xmlNode* part : parts) clean(part);
    std::string text;
    auto dropped = [this](const xmlNode* n) {
      const Info* i = info(n);
      return i && i->dropped;
    };
    for (xmlNode* part : parts) {
      std::string piece = html::subtree_text(part, flags_.furniture, dropped);
      if (piece.empty()) continue;
      if (!text.empty()) text += "\n\n";
      text += piece;
    }
    return text;
  }

 private:
  Info* info(const xmlNode* node) {
    auto index = reinterpret_cast<std::uintptr_t>(node->_private);
    return index && index <= infos_.size() && infos_[index - 1].node == node ? &infos_[index - 1]
                                                                             : nullptr;
  }

  // One pass after the children (without recursion: pages nest deeply) fills every Info.
  void measure() {
    struct Frame {
      xmlNode* node;
      bool leaving;
    };
    std::vector<Frame> stack{{body_, false}};
    while (!stack.empty()) {
      Frame frame = stack.back();
      stack.pop_back();
      xmlNode* node = frame.node;
      if (!frame.leaving) {
        node->_private = nullptr;
        if (html::skipped(node, flags_.furniture)) continue;
        infos_.push_back(Info{});
        infos_.back().node = node;
        node->_private = reinterpret_cast<void*>(static_cast<std::uintptr_t>(infos_.size()));
        stack.push_back({node, true});
        for (xmlNode* child = node->children; child; child = child->next)
          if (child->type == XML_ELEMENT_NODE) stack.push_back({child, false});
        continue;
      }
      Info& me = *info(node);
      for (xmlNode* child = node->children; child; child = child->next) {
        if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
          size_t chars = 0, commas = 0;
          count_text(reinterpret_cast<const char*>(child->content), chars, commas);
          me.chars += chars;
          me.own_chars += chars;
          me.commas += commas;
          me.own_commas += commas;
          continue;
        }
        if (child->type != XML_ELEMENT_NODE) continue;
        std::string_view name = name_of(child);
        const Info* ch = info(child);
        if (!ch) {  // skipped: only its kind counts
          me.inputs += one_of(name, {"input", "select", "textarea", "button"});
          me.embeds += one_of(name, {"iframe", "embed", "object"});
          continue;
        }
        me.chars += ch->chars;
        me.commas += ch->commas;
        me.link_chars += name == "a" ? ch->chars : ch->link_chars;
        me.paragraphs += ch->paragraphs + (name == "p");
        me.images += ch->images + (name == "img");
        me.items += ch->items + (name == "li");
        me.inputs += ch->inputs;
        me.embeds += ch->embeds;
        me.heading_chars += heading(name) ? ch->chars : ch->heading_chars;
        me.linked_headings += ch->linked_headings + (heading(name) && ch->chars > 0 &&
                                                     ch->link_chars * 5 >= ch->chars * 4);
        me.list_chars += one_of(name, {"ul", "ol"}) ? ch->chars : ch->list_chars;
        bool block = ch->block_child || name == "img" ||
                     (html::is_block(name) && !one_of(name, {"br", "hr"}));
        if (block) {
          me.block_child = true;
        } else {
          me.own_chars += ch->chars;
          me.own_commas += ch->commas;
        }
      }
    }
  }

  void make_candidate(Info& i) {
    if (i.candidate) return;
    i.candidate = true;
    i.score = tag_score(name_of(i.node)) + (flags_.weight_classes ? class_weight(i.node) : 0);
  }

  // Every block of text of 25+ characters gives 1 + its commas + 1 per 100 characters (up to
  // 3) to its parent, half to its grandparent and a third of a level's share further up.
  void score_paragraphs() {
    for (size_t k = 0; k < infos_.size(); ++k) {
      Info i = infos_[k];
      std::string_view name = name_of(i.node);
      size_t chars, commas;
      xmlNode* start;
      if (!i.block_child && one_of(name, {"p", "pre", "td", "h2", "h3", "h4", "h5", "h6", "div",
                                          "section", "article", "main", "blockquote"})) {
        chars = i.chars, commas = i.commas, start = i.node->parent;
      } else if (i.block_child &&
                 one_of(name, {"div", "section", "article", "main", "td", "blockquote"})) {
        chars = i.own_chars, commas = i.own_commas, start = i.node;  // text between blocks
      } else {
        continue;
      }
      if (chars < 25) continue;
      double score =
          1.0 + static_cast<double>(commas) + static_cast<double>(std::min<size_t>(chars / 100, 3));
      int level = 0;
      for (xmlNode* n = start; n && level < 5; n = n->parent, ++level) {
        if (n->type != XML_ELEMENT_NODE || !n->parent || n->parent->type != XML_ELEMENT_NODE) break;
        Info* a = info(n);
        if (!a) break;
        make_candidate(*a);
        a->score += score / (level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0);
      }
    }
    for (Info& i : infos_)
      if (i.candidate) i.score *= 1.0 - link_density(i);
  }

  static double link_density(const Info& i) {
    return i.chars ? static_cast<double>(i.link_chars) / static_cast<double>(i.chars) : 0.0;
  }

  // The best candidate, moved up to an ancestor it shares with its close rivals or whose score
  // holds up, then the siblings that belong with it (readability.js's rules).
  std::vector<xmlNode*> chosen() {
    std::vector<Info*> top;
    for (Info& i : infos_)
      if (i.candidate) top.push_back(&i);
    std::sort(top.begin(), top.end(),
              [](const Info* a, const Info* b) { return a->score > b->score; });
    // A box of a line or two (a video's headline under a class naming the story) is not the
    // story while a candidate with more text is there: its score is its class words.
    std::stable_partition(top.begin(), top.end(),
                          [](const Info* i) { return i->chars >= kMinBlockChars; });
    if (top.empty() || top[0]->node == body_ || top[0]->score <= 0) return {body_};
    Info* best = top[0];
    // Three or more rivals within 75% of the best inside one ancestor: the ancestor is the story.
    std::vector<xmlNode*> rivals;
    for (size_t k = 1; k < std::min<size_t>(top.size(), 5); ++k)
      if (top[k]->score >= 0.75 * best->score) rivals.push_back(top[k]->node);
    if (rivals.size() >= 3) {
      for (xmlNode* r : rivals)
        for (xmlNode* a = r->parent; a; a = a->parent)
          if (Info* up = info(a)) ++up->rivals_inside;
      for (xmlNode* up = best->node->parent; up && up != body_; up = up->parent)
        if (Info* a = info(up); a && a->rivals_inside >= 3) {
          best = a;
          make_candidate(*best);
          break;
        }
    }
    // Up while the parent's score does not fall under a third of the best's.
    double last = best->score, threshold = best->score / 3;
    for (xmlNode* up = best->node->parent; up && up != body_; up = up->parent) {
      Info* p = info(up);
      if (!p) break;
      if (!p->candidate) continue;
      if (p->score < threshold) break;
      if (p->score > last) {
        best = p;
        break;
      }
      last = p->score;
    }
    // The schema.org articleBody element around the best candidate is the story's own frame.
    for (xmlNode* up = best->node->parent; up && up != body_; up = up->parent)
      if (Info* p = info(up); p && article_body(up)) {
        make_candidate(*p);
        best = p;
      }
    // An only child stands for its parent (not for <body>: a page's one wrapper is no story).
    while (best->node != body_ && best->node->parent && best->node->parent != body_ &&
           info(best->node->parent)) {
      int elements = 0;
      for (xmlNode* c = best->node->parent->children; c; c = c->next)
        elements += c->type == XML_ELEMENT_NODE && info(c);
      if (elements != 1) break;
      best = info(best->node->parent);
    }
    if (best->node == body_ || !best->node->parent || !info(best->node->parent))
      return {best->node};
    // Siblings scoring a fifth of the best (more easily with the same class), and paragraphs
    // of real sentences with few links.
    double sibling_threshold = std::max(10.0, best->score * 0.2);
    std::string best_class = html::attribute(best->node, "class");
    std::vector<xmlNode*> parts;
    for (xmlNode* s = best->node->parent->children; s; s = s->next) {
      Info* i = s->type == XML_ELEMENT_NODE ? info(s) : nullptr;
      if (!i) continue;
      bool keep = i == best;
      if (!keep && i->candidate) {
        double bonus = !best_class.empty() && html::attribute(s, "class") == best_class
                           ? best->score * 0.2
                           : 0.0;
        keep = i->score + bonus >= sibling_threshold;
      }
      if (!keep && !i->block_child && one_of(name_of(s), {"p", "div"})) {
        double density = link_density(*i);
        std::string text = html::node_text(s);
        bool sentence = text.find(". ") != std::string::npos ||
                        (!text.empty() && text.find_last_not_of(" \n\t") != std::string::npos &&
                         text[text.find_last_not_of(" \n\t")] == '.');
        keep = (i->chars > 80 && density < 0.25) || (i->chars <= 80 && density == 0 && sentence);
      }
      if (keep) parts.push_back(s);
    }
    return with_chunks_of(*top[0], parts);
  }

  static bool inside(const xmlNode* node, const xmlNode* ancestor) {
    for (const xmlNode* a = node; a; a = a->parent)
      if (a == ancestor) return true;
    return false;
  }

  // A story cut into chunks at different depths (by pictures, ads, pull quotes): the blocks
  // elsewhere on the page with the best block's own class that score a fifth of it join the
  // parts, in page order.
  std::vector<xmlNode*> with_chunks_of(const Info& block, std::vector<xmlNode*> parts) {
    std::string cls = html::attribute(block.node, "class");
    if (cls.empty()) return parts;
    // Not from another <article> (the next story a page preloads under the first).
    auto article_of = [](const xmlNode* node) -> const xmlNode* {
      for (const xmlNode* a = node->parent; a; a = a->parent)
        if (a->type == XML_ELEMENT_NODE && name_of(a) == "article") return a;
      return nullptr;
    };
    const xmlNode* own_article = article_of(block.node);
    std::vector<const xmlNode*> chunks;
    for (const Info& i : infos_) {
      if (!i.candidate || i.score < block.score * 0.2 || i.node == block.node ||
          html::attribute(i.node, "class") != cls || article_of(i.node) != own_article)
        continue;
      bool apart = true;
      for (const xmlNode* part : parts)
        apart = apart && !inside(i.node, part) && !inside(part, i.node);
      for (const xmlNode* c : chunks) apart = apart && !inside(i.node, c) && !inside(c, i.node);
      // Not from inside a box whose class names furniture (a comment thread using the story's
      // text class).
      for (const xmlNode* a = i.node->parent; apart && a && a != body_; a = a->parent)
        apart = a->type != XML_ELEMENT_NODE || class_weight(a) >= 0;
      if (apart) chunks.push_back(i.node);
    }
    if (chunks.empty()) return parts;
    std::vector<const xmlNode*> wanted(parts.begin(), parts.end());
    wanted.insert(wanted.end(), chunks.begin(), chunks.end());
    std::vector<xmlNode*> ordered;
    std::vector<xmlNode*> stack{body_};
    while (!stack.empty()) {
      xmlNode* n = stack.back();
      stack.pop_back();
      if (std::find(wanted.begin(), wanted.end(), n) != wanted.end()) {
        ordered.push_back(n);
        continue;
      }
      size_t first = stack.size();
      for (xmlNode* c = n->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE) stack.push_back(c);
      std::reverse(stack.begin() + static_cast<std::ptrdiff_t>(first), stack.end());
    }
    return ordered;
  }

  static bool has_ancestor(const xmlNode* node, std::string_view name, int depth) {
    for (const xmlNode* a = node->parent; a && depth-- > 0; a = a->parent)
      if (a->type == XML_ELEMENT_NODE && name_of(a) == name) return true;
    return false;
  }

  static bool data_table(const xmlNode* table) {
    if (html::attribute(table, "role") == "presentation") return false;
    if (!html::attribute(table, "summary").empty()) return true;
    std::vector<const xmlNode*> stack;
    size_t rows = 0;
    for (const xmlNode* c = table->children; c; c = c->next) stack.push_back(c);
    while (!stack.empty()) {
      const xmlNode* n = stack.back();
      stack.pop_back();
      if (!n || n->type != XML_ELEMENT_NODE) continue;
      std::string_view name = name_of(n);
      if (one_of(name, {"th", "caption", "thead", "tfoot", "colgroup"})) return true;
      if (name == "table") return false;  // a layout table holding tables
      rows += name == "tr";
      for (const xmlNode* c = n->children; c; c = c->next) stack.push_back(c);
    }
    return rows >= 10;
  }

  // Whether a box inside the article is boilerplate: a negative score, or (with few commas)
  // more images than paragraphs, a form, a near-empty box, mostly links, or embedded players.
  bool boilerplate(const Info& i) {
    std::string_view name = name_of(i.node);
    int weight = flags_.weight_classes ? class_weight(i.node) : 0;
    if (heading(name) && name <= "h2") return weight < 0;
    if (!one_of(name, {"div", "section", "table", "ul", "ol", "fieldset", "form", "dl"}))
      return false;
    if (name == "div" && !i.block_child) return false;  // a paragraph written as a div
    if (name == "table" && data_table(i.node)) return false;
    // A class naming furniture that the box's own text does not outweigh (a list's negative
    // start alone does not condemn it: a list of sentences with a figure in it is story).
    if (weight < 0 && weight + (i.candidate ? i.score : 0.0) < 0) return true;
    // A stream of teasers: three or more linked headlines, each with a short summary at most
    // (a paragraph or two, under 500 characters in all) and most with a picture (entries of a
    // live blog under linked headings have no thumbnail each).
    if (i.linked_headings >= 3 && i.chars < 500 * i.linked_headings &&
        i.paragraphs <= 2 * i.linked_headings && i.images * 2 >= i.linked_headings)
      return true;
    if (i.commas >= 10) return false;
    double p = static_cast<double>(i.paragraphs), img = static_cast<double>(i.images);
    double li = static_cast<double>(i.items) - 100.0;
    bool list = one_of(name, {"ul", "ol"}) ||
                (i.chars && static_cast<double>(i.list_chars) > 0.9 * static_cast<double>(i.chars));
    bool figure = has_ancestor(i.node, "figure", 3);
    double links = link_density(i);
    double headings =
        i.chars ? static_cast<double>(i.heading_chars) / static_cast<double>(i.chars) : 0.0;
    return (img > 1 && p / img < 0.5 && !figure) || (!list && li > p) ||
           static_cast<double>(i.inputs) > std::floor(p / 3) ||
           (!list && headings < 0.9 && i.chars < 25 && (img == 0 || img > 2) && !figure) ||
           (weight < 25 && links > (list ? 0.5 : 0.2)) || (weight >= 25 && links > 0.5) ||
           (i.embeds == 1 && i.chars < 75) || i.embeds > 1;
  }

  // Marks boilerplate boxes under `root` innermost first, taking a dropped box's counts out of
  // its ancestors so that the decision about a box sees what is left of it.
  void clean(xmlNode* root) {
    std::vector<Info*> order;
    std::vector<xmlNode*> stack{root};
    while (!stack.empty()) {
      xmlNode* n = stack.back();
      stack.pop_back();
      Info* i = info(n);
      if (!i) continue;
      order.push_back(i);
      for (xmlNode* c = n->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE) stack.push_back(c);
    }
    static constexpr size_t Info::*kCounts[] = {
        &Info::chars, &Info::link_chars,    &Info::commas,     &Info::paragraphs,     &Info::images,
        &Info::items, &Info::heading_chars, &Info::list_chars, &Info::linked_headings};
    constexpr size_t kKinds = sizeof(kCounts) / sizeof(kCounts[0]);
    // What dropped descendants took away, per box, handed up one level at a time (O(n)).
    std::vector<std::array<size_t, kKinds>> gone(order.size());
    std::vector<size_t> parent(order.size(), order.size());
    for (size_t k = 0; k < order.size(); ++k) order[k]->order_index = k;
    for (size_t k = 1; k < order.size(); ++k) parent[k] = info(order[k]->node->parent)->order_index;
    for (size_t k = order.size(); k-- > 0;) {
      Info& i = *order[k];
      for (size_t c = 0; c < kKinds; ++c) i.*kCounts[c] -= std::min(i.*kCounts[c], gone[k][c]);
      bool drop = i.node != root && boilerplate(i);
      i.dropped = drop;
      if (parent[k] == order.size()) continue;
      for (size_t c = 0; c < kKinds; ++c) gone[parent[k]][c] += drop ? i.*kCounts[c] : gone[k][c];
    }
  }

  xmlNode* body_;
  Flags flags_;
  std::vector<Info> infos_;
};

size_t code_points(const std::string& text) {
  size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

std::string article_text(xmlNode* body) {
  static constexpr Flags kAttempts[] = {{Furniture::kTokenParts, true, true},
                                        {Furniture::kWholeTokens, true, true},
                                        {Furniture::kHardOnly, true, true},
                                        {Furniture::kHardOnly, false, true},
                                        {Furniture::kHardOnly, false, false}};
  for (const Flags& flags : kAttempts) {
    std::string text = Scorer(body, flags).text();
    if (code_points(text) >= kMinArticleChars) return text;
  }
  // A short page: no block is believed, so it is read whole without its furniture, matched by
  // token parts unless that drops most of what whole-token matching keeps (a wrapper class such
  // as "page-share-wrap" around the whole story).
  std::string strict = html::subtree_text(body, Furniture::kTokenParts);
  std::string loose = html::subtree_text(body, Furniture::kWholeTokens);
  return strict.size() * 10 >= loose.size() * 4 ? strict : loose;
}

}  // namespace kg
