// One self-contained HTML page to look at the graph in a browser, offline: the page, its style and
// script (exporters/html/, compiled in), d3 for the force layout (read at export time from Debian's
// node-d3, or $KG_D3_JS), and the graph as JSON: entities, facts, every supporting mention with
// its sentence, article and attribution (what `kg explain` shows), and the speakers' quotes.
//
// Escaping: the data sits in <script type="application/json">; every '<', '>' and '&' in it is
// written as a \u escape, so no text from an article can close the element or open a comment,
// and the script puts article text into the page only as text nodes (never as markup). Invalid
// UTF-8 becomes U+FFFD. The page's Content-Security-Policy forbids every fetch.
#include <rapidjson/writer.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <unordered_map>

#include "exporters/export_text.h"
#include "exporters/exporter.h"
#include "exporters/html_assets.h"
#include "extractor/core/error.h"
#include "graph/query/evidence.h"

namespace kg {
namespace {

// A RapidJSON output stream that keeps the JSON inert inside an HTML <script> element.
class ScriptSafeStream {
 public:
  using Ch = char;
  explicit ScriptSafeStream(std::ostream& out) : out_(out) {}
  ~ScriptSafeStream() { Flush(); }
  void Put(char c) {
    switch (c) {
      case '<':
        buffer_ += "\\u003c";
        break;
      case '>':
        buffer_ += "\\u003e";
        break;
      case '&':
        buffer_ += "\\u0026";
        break;
      default:
        buffer_ += c;
    }
    if (buffer_.size() >= (1 << 16)) Flush();
  }
  void Flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
  }

 private:
  std::ostream& out_;
  std::string buffer_;
};

using Writer = rapidjson::Writer<ScriptSafeStream>;

// A calendar day, or "" when the text does not start with one.
std::string day_of(const std::optional<std::string>& text) {
  if (!text || text->size() < 10) return "";
  std::string day = text->substr(0, 10);
  return is_iso_date(day) ? day : "";
}

// d3 (v4 or later: d3.forceSimulation) read where it is installed; its text must be safe to
// inline in a <script> element.
std::string read_d3() {
  const char* env = std::getenv("KG_D3_JS");
  std::string path = env && *env ? env : KG_D3_JS_PATH;
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  std::string d3 = text.str();
  if (!in || d3.empty())
    throw Error(ErrorKind::Model, "the HTML view needs d3: cannot read " + path +
                                      " (install Debian's node-d3, as .ci/install-deps does, or "
                                      "set KG_D3_JS to a d3.min.js of version 4 or later)");
  if (d3.find("forceSimulation") == std::string::npos)
    throw Error(ErrorKind::Model, path + ": not d3 version 4 or later (no d3.forceSimulation)");
  std::string lower = d3;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (lower.find("</script") != std::string::npos || lower.find("<!--") != std::string::npos)
    throw Error(ErrorKind::Model, path + ": contains </script or <!--, cannot be inlined");
  return d3;
}

// Writes the graph's JSON: articles, sentences and quotes are referred to by index.
class DataWriter {
 public:
  DataWriter(const KnowledgeGraph& kg, Store& store) : kg_(kg), evidence_(store) {}

  void write(std::ostream& out) {
    ScriptSafeStream stream(out);
    Writer w(stream);
    const Graph& g = kg_.graph();
    w.StartObject();
    write_types(w);
    w.Key("nodes");
    w.StartArray();
    for (Vertex v : boost::make_iterator_range(boost::vertices(g))) write_node(w, g[v]);
    w.EndArray();
    w.Key("edges");
    w.StartArray();
    for (Edge e : boost::make_iterator_range(boost::edges(g)))
      write_edge(w, g[e], boost::source(e, g), boost::target(e, g));
    w.EndArray();
    write_quotes(w);
    write_articles(w);
    w.EndObject();
    stream.Flush();
  }

 private:
  // Entity types and relation classes in a stable order, each type with its colour.
  void write_types(Writer& w) {
    const Graph& g = kg_.graph();
    std::map<std::string, int> types, relations;
    for (Vertex v : boost::make_iterator_range(boost::vertices(g))) types[g[v].type];
    for (Edge e : boost::make_iterator_range(boost::edges(g))) relations[g[e].relation];
    w.Key("types");
    w.StartArray();
    for (auto& [type, index] : types) {
      index = static_cast<int>(type_index_.size());
      type_index_[type] = index;
      w.StartObject();
      json_member(w, "name", type);
      json_member(w, "colour", hex_colour(type_colour(type)));
      w.EndObject();
    }
    w.EndArray();
    w.Key("relations");
    w.StartArray();
    for (auto& [relation, index] : relations) {
      relation_index_[relation] = static_cast<int>(relation_index_.size());
      json_string(w, relation);
    }
    w.EndArray();
  }

  void write_node(Writer& w, const EntityNode& e) {
    w.StartObject();
    json_member(w, "key", e.key);
    json_member(w, "name", e.name);
    w.Key("type");
    w.Int(type_index_.at(e.type));
    w.Key("aliases");
    w.StartArray();
    for (const std::string& alias : e.aliases) json_string(w, alias);
    w.EndArray();
    w.Key("mentions");
    w.Int(e.mentions);
    json_member(w, "first", e.first_seen);
    json_member(w, "last", e.last_seen);
    w.EndObject();
  }

  // A fact with every supporting mention inline: the sentence, its article (by index), date,
  // who claims it.
  void write_edge(Writer& w, const FactEdge& f, Vertex subject, Vertex object) {
    w.StartObject();
    w.Key("s");
    w.Uint64(subject);
    w.Key("o");
    w.Uint64(object);
    w.Key("r");
    w.Int(relation_index_.at(f.relation));
    json_member(w, "predicate", f.predicate);
    w.Key("weight");
    w.Int(f.weight);
    json_member(w, "first", f.first_date);
    json_member(w, "last", f.last_date);
    w.Key("mentions");
    w.StartArray();
    for (int64_t id : f.evidence) {
      std::optional<FactMention> m = evidence_.mention(id);
      if (!m) continue;
      int article = article_index(m->article_id);
      std::string day = day_of(m->date);
      if (day.empty()) day = day_of(articles_[article].published);
      w.StartObject();
      w.Key("article");
      w.Int(article);
      json_member(w, "date", day);
      json_member(w, "predicate", m->predicate);
      w.Key("confidence");
      w.Double(static_cast<double>(static_cast<int>(m->confidence * 100 + 0.5)) / 100);
      if (m->attributed_name) json_member(w, "claimedBy", *m->attributed_name);
      if (m->hedged) w.Key("hedged"), w.Bool(true);
      if (m->negated) w.Key("negated"), w.Bool(true);
      json_member(w, "sentence", m->sentence_text.value_or(""));
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }

  void write_quotes(Writer& w) {
    const Graph& g = kg_.graph();
    std::unordered_map<int64_t, size_t> vertex_of;
    for (Vertex v : boost::make_iterator_range(boost::vertices(g))) vertex_of[g[v].id] = v;
    w.Key("quotes");
    w.StartArray();
    evidence_.for_each_quote([&](const QuoteRow& q) {
      auto speaker = vertex_of.find(q.speaker_id);
      if (speaker == vertex_of.end()) return;
      w.StartObject();
      w.Key("speaker");
      w.Uint64(speaker->second);
      json_member(w, "text", q.text);
      if (q.cue) json_member(w, "cue", *q.cue);
      w.Key("article");
      w.Int(article_index(q.article_id));
      w.EndObject();
    });
    w.EndArray();
  }

  void write_articles(Writer& w) {
    w.Key("articles");
    w.StartArray();
    for (const ArticleRow& a : articles_) {
      w.StartObject();
      json_member(w, "title",
                  a.title ? *a.title : a.ext_id.value_or("article " + std::to_string(a.id)));
      json_member(w, "date", day_of(a.published));
      if (a.author) json_member(w, "author", *a.author);
      if (a.url) json_member(w, "url", *a.url);
      w.EndObject();
    }
    w.EndArray();
  }

  int article_index(int64_t id) {
    auto [it, added] = article_index_.try_emplace(id, static_cast<int>(articles_.size()));
    if (added) {
      ArticleRow row = evidence_.article(id).value_or(ArticleRow{});
      row.id = id;
      articles_.push_back(std::move(row));
    }
    return it->second;
  }

  const KnowledgeGraph& kg_;
  EvidenceReader evidence_;
  std::map<std::string, int> type_index_, relation_index_;
  std::unordered_map<int64_t, int> article_index_;
  std::vector<ArticleRow> articles_;
};

// Writes the template with each {{slot}} filled.
void fill_template(std::ostream& out, const std::map<std::string, std::function<void()>>& slots) {
  std::string_view page = html_view_template();
  while (!page.empty()) {
    size_t open = page.find("{{");
    out << page.substr(0, open);
    if (open == std::string_view::npos) break;
    size_t close = page.find("}}", open);
    if (close == std::string_view::npos)
      throw Error(ErrorKind::Output, "view.html: unclosed {{ slot");
    std::string name(page.substr(open + 2, close - open - 2));
    auto slot = slots.find(name);
    if (slot == slots.end()) throw Error(ErrorKind::Output, "view.html: unknown slot " + name);
    slot->second();
    page.remove_prefix(close + 2);
  }
}

class HtmlExporter : public Exporter {
 public:
  void write(const KnowledgeGraph& kg, Store& store, ExportSink& sink) const override {
    std::string d3 = read_d3();  // before anything is written: a missing d3 leaves no file
    std::ostream& out = sink.open("");
    fill_template(out, {{"style", [&] { out << html_view_style(); }},
                        {"data", [&] { DataWriter(kg, store).write(out); }},
                        {"d3", [&] { out << d3; }},
                        {"script", [&] { out << html_view_script(); }}});
    if (!out) throw Error(ErrorKind::Output, "write failed");
  }
  std::string_view extension() const override { return "html"; }
};

}  // namespace

std::unique_ptr<Exporter> make_html_exporter() { return std::make_unique<HtmlExporter>(); }

}  // namespace kg
