// JSON-LD with an embedded @context (no network needed): schema.org types for entities, articles
// and quotes; a kg: vocabulary for relation classes. Every fact appears twice: as a direct triple
// (subject kg:CLASS object) and as an rdf:Statement node carrying PROV-O provenance (the article,
// the sentence, UTF-8 byte offsets, confidence, date, who it is attributed to).
// Only the articles the written facts and quotes come from are written, and only the quotes of
// speakers in the graph. RapidJSON escapes quotes, backslashes and control characters; invalid
// UTF-8 becomes U+FFFD.
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <cctype>
#include <cstdio>
#include <map>
#include <set>
#include <unordered_map>

#include "exporters/export_text.h"
#include "exporters/exporter.h"
#include "extractor/core/error.h"

namespace kg {
namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

constexpr const char* kVocabulary = "https://kg.invalid/vocab#";

// Keys hold spaces and colons: percent-encode everything outside the unreserved set.
std::string iri_part(std::string_view key) {
  std::string out;
  for (unsigned char c : key) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      char buffer[4];
      std::snprintf(buffer, sizeof buffer, "%%%02X", c);
      out += buffer;
    }
  }
  return out;
}

std::string iri(std::string_view kind, std::string_view key) {
  return "urn:kg:" + std::string(kind) + ":" + iri_part(key);
}

// JSON text must be UTF-8: invalid bytes become U+FFFD; RapidJSON escapes the rest.
void string(Writer& w, std::string_view s) {
  std::string text = valid_utf8(s);
  w.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

void key_value(Writer& w, const char* key, std::string_view value) {
  w.Key(key);
  string(w, value);
}

void reference(Writer& w, const char* key, const std::string& id) {
  w.Key(key);
  w.StartObject();
  key_value(w, "@id", id);
  w.EndObject();
}

const char* schema_type(std::string_view type) {
  if (type == "Person") return "Person";
  if (type == "Country") return "Country";
  if (type == "Organization" || type == "Group") return "Organization";
  if (type == "Location" || type == "Facility") return "Place";
  if (type == "Resolution") return "Legislation";
  if (type == "Event") return "Event";
  if (type == "Document") return "CreativeWork";
  if (type == "Weapon") return "Product";
  return "Thing";
}

void write_context(Writer& w) {
  w.Key("@context");
  w.StartObject();
  key_value(w, "@vocab", "https://schema.org/");
  key_value(w, "schema", "https://schema.org/");
  key_value(w, "kg", kVocabulary);
  key_value(w, "prov", "http://www.w3.org/ns/prov#");
  key_value(w, "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
  key_value(w, "xsd", "http://www.w3.org/2001/XMLSchema#");
  for (const char* typed :
       {"kg:mentions", "kg:weight", "kg:startOffset", "kg:endOffset", "kg:sentenceIndex"}) {
    w.Key(typed);
    w.StartObject();
    key_value(w, "@type", "xsd:integer");
    w.EndObject();
  }
  w.Key("kg:confidence");
  w.StartObject();
  key_value(w, "@type", "xsd:double");
  w.EndObject();
  w.EndObject();
}

class JsonldExporter : public Exporter {
 public:
  void write(const KnowledgeGraph& kg, Store& store, ExportSink& sink) const override {
    std::ostream& out = sink.open("");
    rapidjson::OStreamWrapper stream(out);
    Writer w(stream);
    w.SetIndent(' ', 1);
    w.StartObject();
    write_context(w);
    w.Key("@graph");
    w.StartArray();
    const Graph& g = kg.graph();
    std::unordered_map<int64_t, std::string> entity_iri;
    for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
      const EntityNode& e = g[v];
      const std::string& id = entity_iri[e.id] = iri("entity", e.key);
      w.StartObject();
      key_value(w, "@id", id);
      w.Key("@type");
      w.StartArray();
      string(w, schema_type(e.type));
      string(w, "kg:" + iri_part(e.type));
      w.EndArray();
      key_value(w, "name", e.name);
      key_value(w, "identifier", e.key);
      w.Key("alternateName");
      w.StartArray();
      for (const std::string& alias : e.aliases) string(w, alias);
      w.EndArray();
      w.Key("kg:mentions");
      w.Int(e.mentions);
      // The direct triples, subject kg:CLASS object, grouped by class: a JSON object cannot
      // repeat a key.
      std::map<std::string, std::vector<std::string>> objects;
      for (Edge edge : boost::make_iterator_range(boost::out_edges(v, g)))
        objects[g[edge].relation].push_back(iri("entity", g[boost::target(edge, g)].key));
      for (const auto& [relation, targets] : objects) {
        std::string key = "kg:" + iri_part(relation);
        w.Key(key.c_str(), static_cast<rapidjson::SizeType>(key.size()));
        w.StartArray();
        for (const std::string& target : targets) {
          w.StartObject();
          key_value(w, "@id", target);
          w.EndObject();
        }
        w.EndArray();
      }
      w.EndObject();
    }
    // Only the articles that the written facts and quotes come from.
    std::set<int64_t> articles;
    write_statements(w, kg, store, entity_iri, articles);
    write_quotes(w, store, entity_iri, articles);
    write_articles(w, store, articles);
    w.EndArray();
    w.EndObject();
    out << '\n';
    if (!out) throw Error(ErrorKind::Output, "write failed");
  }
  std::string_view extension() const override { return "jsonld"; }

 private:
  static void write_articles(Writer& w, Store& store, const std::set<int64_t>& articles) {
    sql::Statement st(
        store.db(), "SELECT id, ext_id, title, published, author, url FROM articles WHERE id = ?");
    for (int64_t article : articles) {
      st.reset();
      st.bind(1, article);
      if (!st.step()) continue;
      w.StartObject();
      key_value(w, "@id", iri("article", std::to_string(st.int_at(0))));
      key_value(w, "@type", "NewsArticle");
      if (!st.is_null(1)) key_value(w, "identifier", st.text_at(1));
      if (!st.is_null(2)) key_value(w, "headline", st.text_at(2));
      if (!st.is_null(3)) key_value(w, "datePublished", st.text_at(3));
      if (!st.is_null(4)) {
        w.Key("author");
        w.StartObject();
        key_value(w, "@type", "Person");
        key_value(w, "name", st.text_at(4));
        w.EndObject();
      }
      if (!st.is_null(5)) key_value(w, "url", st.text_at(5));
      w.EndObject();
    }
  }

  // One statement per supporting mention of every edge in the (possibly filtered) graph.
  static void write_statements(Writer& w, const KnowledgeGraph& kg, Store& store,
                               const std::unordered_map<int64_t, std::string>& entity_iri,
                               std::set<int64_t>& articles) {
    sql::Statement st(store.db(),
                      "SELECT r.id, r.article_id, r.subject_id, r.object_id, r.relation, "
                      "r.predicate, r.date, r.confidence, r.attributed_to, r.begin, r.end, "
                      "r.sentence, s.text FROM relations r LEFT JOIN sentences s "
                      "ON s.article_id = r.article_id AND s.idx = r.sentence WHERE r.id = ?");
    const Graph& g = kg.graph();
    for (Edge edge : boost::make_iterator_range(boost::edges(g))) {
      for (int64_t evidence : g[edge].evidence) {
        st.bind(1, evidence);
        if (!st.step()) {
          st.reset();
          continue;
        }
        w.StartObject();
        key_value(w, "@id", iri("fact", std::to_string(st.int_at(0))));
        key_value(w, "@type", "rdf:Statement");
        reference(w, "rdf:subject", entity_iri.at(st.int_at(2)));
        reference(w, "rdf:predicate", kVocabulary + iri_part(st.text_at(4)));
        articles.insert(st.int_at(1));
        reference(w, "rdf:object", entity_iri.at(st.int_at(3)));
        key_value(w, "kg:predicate", st.text_at(5));
        reference(w, "prov:wasDerivedFrom", iri("article", std::to_string(st.int_at(1))));
        if (!st.is_null(12)) key_value(w, "kg:sentence", st.text_at(12));
        w.Key("kg:sentenceIndex");
        w.Int64(st.int_at(11));
        w.Key("kg:startOffset");
        w.Int64(st.int_at(9));
        w.Key("kg:endOffset");
        w.Int64(st.int_at(10));
        w.Key("kg:confidence");
        w.Double(st.double_at(7));
        if (!st.is_null(6)) key_value(w, "kg:date", st.text_at(6));
        if (!st.is_null(8)) {
          auto it = entity_iri.find(st.int_at(8));
          if (it != entity_iri.end()) reference(w, "prov:wasAttributedTo", it->second);
        }
        w.EndObject();
        st.reset();
      }
    }
  }

  // The quotes of the speakers in the graph.
  static void write_quotes(Writer& w, Store& store,
                           const std::unordered_map<int64_t, std::string>& entity_iri,
                           std::set<int64_t>& articles) {
    sql::Statement st(store.db(),
                      "SELECT id, article_id, speaker_id, text, cue FROM quotes "
                      "WHERE speaker_id IS NOT NULL ORDER BY id");
    while (st.step()) {
      auto speaker = entity_iri.find(st.int_at(2));
      if (speaker == entity_iri.end()) continue;
      w.StartObject();
      key_value(w, "@id", iri("quote", std::to_string(st.int_at(0))));
      key_value(w, "@type", "Quotation");
      key_value(w, "text", st.text_at(3));
      reference(w, "spokenByCharacter", speaker->second);
      if (!st.is_null(4)) key_value(w, "kg:cue", st.text_at(4));
      reference(w, "isPartOf", iri("article", std::to_string(st.int_at(1))));
      articles.insert(st.int_at(1));
      w.EndObject();
    }
  }
};

}  // namespace

std::unique_ptr<Exporter> make_jsonld_exporter() { return std::make_unique<JsonldExporter>(); }

}  // namespace kg
