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
#include "graph/query/evidence.h"

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

// Identifiers that do not depend on row numbers, so that two stores of the same articles, ingested
// in any order, give the same ones: an article by its content hash, a fact or a quote by a hash of
// its article's and what it says where.
std::string article_iri(const std::string& content_hash) { return iri("article", content_hash); }

std::string fact_iri(const FactMention& m, const std::string& subject, const std::string& object) {
  std::string identity = m.article_hash + '\n' + subject + '\n' + m.relation + '\n' + object +
                         '\n' + m.predicate + '\n' + std::to_string(m.sentence) + '\n' +
                         std::to_string(m.begin) + '\n' + std::to_string(m.end);
  return iri("fact", content_hash(identity));
}

std::string quote_iri(const QuoteRow& q, const std::string& speaker) {
  return iri("quote",
             content_hash(q.article_hash + '\n' + speaker + '\n' + std::to_string(q.begin) + '\n' +
                          std::to_string(q.end) + '\n' + q.text));
}

void reference(Writer& w, const char* key, const std::string& id) {
  w.Key(key);
  w.StartObject();
  json_member(w, "@id", id);
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
  json_member(w, "@vocab", "https://schema.org/");
  json_member(w, "schema", "https://schema.org/");
  json_member(w, "kg", kVocabulary);
  json_member(w, "prov", "http://www.w3.org/ns/prov#");
  json_member(w, "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
  json_member(w, "xsd", "http://www.w3.org/2001/XMLSchema#");
  for (const char* typed :
       {"kg:mentions", "kg:weight", "kg:startOffset", "kg:endOffset", "kg:sentenceIndex"}) {
    w.Key(typed);
    w.StartObject();
    json_member(w, "@type", "xsd:integer");
    w.EndObject();
  }
  w.Key("kg:confidence");
  w.StartObject();
  json_member(w, "@type", "xsd:double");
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
      json_member(w, "@id", id);
      w.Key("@type");
      w.StartArray();
      json_string(w, schema_type(e.type));
      json_string(w, "kg:" + iri_part(e.type));
      w.EndArray();
      json_member(w, "name", e.name);
      json_member(w, "identifier", e.key);
      w.Key("alternateName");
      w.StartArray();
      for (const std::string& alias : e.aliases) json_string(w, alias);
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
          json_member(w, "@id", target);
          w.EndObject();
        }
        w.EndArray();
      }
      w.EndObject();
    }
    // Only the articles that the written facts and quotes come from.
    std::set<int64_t> articles;
    EvidenceReader evidence(store);
    write_statements(w, kg, evidence, entity_iri, articles);
    write_quotes(w, evidence, entity_iri, articles);
    write_articles(w, evidence, articles);
    w.EndArray();
    w.EndObject();
    out << '\n';
    if (!out) throw Error(ErrorKind::Output, "write failed");
  }
  std::string_view extension() const override { return "jsonld"; }

 private:
  static void write_articles(Writer& w, EvidenceReader& evidence,
                             const std::set<int64_t>& articles) {
    for (int64_t article : articles) {
      std::optional<ArticleRow> a = evidence.article(article);
      if (!a) continue;
      w.StartObject();
      json_member(w, "@id", article_iri(a->content_hash));
      json_member(w, "@type", "NewsArticle");
      if (a->ext_id) json_member(w, "identifier", *a->ext_id);
      if (a->title) json_member(w, "headline", *a->title);
      if (a->published) json_member(w, "datePublished", *a->published);
      if (a->author) {
        w.Key("author");
        w.StartObject();
        json_member(w, "@type", "Person");
        json_member(w, "name", *a->author);
        w.EndObject();
      }
      if (a->url) json_member(w, "url", *a->url);
      w.EndObject();
    }
  }

  // One statement per supporting mention of every edge in the (possibly filtered) graph.
  static void write_statements(Writer& w, const KnowledgeGraph& kg, EvidenceReader& evidence,
                               const std::unordered_map<int64_t, std::string>& entity_iri,
                               std::set<int64_t>& articles) {
    const Graph& g = kg.graph();
    for (Edge edge : boost::make_iterator_range(boost::edges(g))) {
      for (int64_t id : g[edge].evidence) {
        std::optional<FactMention> m = evidence.mention(id);
        if (!m) continue;
        w.StartObject();
        const std::string& subject = entity_iri.at(m->subject_id);
        const std::string& object = entity_iri.at(m->object_id);
        json_member(w, "@id", fact_iri(*m, subject, object));
        json_member(w, "@type", "rdf:Statement");
        reference(w, "rdf:subject", subject);
        reference(w, "rdf:predicate", kVocabulary + iri_part(m->relation));
        articles.insert(m->article_id);
        reference(w, "rdf:object", object);
        json_member(w, "kg:predicate", m->predicate);
        reference(w, "prov:wasDerivedFrom", article_iri(m->article_hash));
        if (m->sentence_text) json_member(w, "kg:sentence", *m->sentence_text);
        w.Key("kg:sentenceIndex");
        w.Int64(m->sentence);
        w.Key("kg:startOffset");
        w.Int64(m->begin);
        w.Key("kg:endOffset");
        w.Int64(m->end);
        w.Key("kg:confidence");
        w.Double(m->confidence);
        if (m->date) json_member(w, "kg:date", *m->date);
        if (m->attributed_to) {
          auto it = entity_iri.find(*m->attributed_to);
          if (it != entity_iri.end()) reference(w, "prov:wasAttributedTo", it->second);
        }
        w.EndObject();
      }
    }
  }

  // The quotes of the speakers in the graph.
  static void write_quotes(Writer& w, EvidenceReader& evidence,
                           const std::unordered_map<int64_t, std::string>& entity_iri,
                           std::set<int64_t>& articles) {
    evidence.for_each_quote([&](const QuoteRow& q) {
      auto speaker = entity_iri.find(q.speaker_id);
      if (speaker == entity_iri.end()) return;
      w.StartObject();
      json_member(w, "@id", quote_iri(q, speaker->second));
      json_member(w, "@type", "Quotation");
      json_member(w, "text", q.text);
      reference(w, "spokenByCharacter", speaker->second);
      if (q.cue) json_member(w, "kg:cue", *q.cue);
      reference(w, "isPartOf", article_iri(q.article_hash));
      articles.insert(q.article_id);
      w.EndObject();
    });
  }
};

}  // namespace

std::unique_ptr<Exporter> make_jsonld_exporter() { return std::make_unique<JsonldExporter>(); }

}  // namespace kg
