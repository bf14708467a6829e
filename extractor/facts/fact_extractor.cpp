// The extraction pipeline over an analysed Document: mentions -> entities -> quotes -> facts.
#include "extractor/facts/fact_extractor.h"

#include <cstdlib>

#include "extractor/facts/coreference.h"
#include "extractor/facts/dates.h"
#include "extractor/facts/ner_typing.h"
#include "extractor/facts/quotes.h"
#include "extractor/facts/relation_classes.h"
#include "extractor/facts/relations.h"
#include "extractor/facts/role_bodies.h"

namespace kg {
namespace {

class LexiconExtractor : public FactExtractor {
 public:
  explicit LexiconExtractor(const std::string& dir) {
    gazetteer_.load_countries(dir + "/countries.tsv");
    gazetteer_.load_names(dir + "/lexicon/organizations.tsv");
    gazetteer_.load_names(dir + "/lexicon/places.tsv");
    gazetteer_.load_names(dir + "/lexicon/cities.tsv");
    lexicon_.load(dir + "/lexicon", is_relation_class);
  }

  Extraction extract(const Document& doc) const override { return run(doc, nullptr, nullptr); }

  Extraction extract(Document& doc, const SentenceLabeler& label) const override {
    return run(doc, &doc, &label);
  }

  std::vector<std::string> verb_lemmas() const override { return lexicon_.verb_lemmas(); }

 private:
  // `labelled` is `doc` itself when the named-entity labels are set here, sentence by sentence.
  Extraction run(const Document& doc, Document* labelled, const SentenceLabeler* label) const {
    DependencyTree tree(doc);
    std::vector<Mention> mentions = find_mentions(tree, gazetteer_, lexicon_);
    if (label != nullptr)
      for (uint32_t s : sentences_to_type(doc, mentions)) (*label)(*labelled, s);
    type_names_by_ner(doc, mentions);
    add_group_mentions(tree, lexicon_, mentions);
    Extraction x;
    x.entities = resolve_entities(tree, mentions, gazetteer_, lexicon_);
    MentionIndex index(doc, mentions);
    ArgumentResolver args(tree, index, x.entities, lexicon_);
    std::vector<int> quote_speaker;
    x.quotes = find_quotes(tree, args, lexicon_, &quote_speaker);
    args.set_first_person(quote_speaker);
    std::vector<DateMention> dates = find_dates(doc);
    x.relations = find_relations(
        {tree, args, mentions, x.entities, lexicon_, quote_speaker, dates, &gazetteer_});
    type_role_bodies(doc, mentions, x);
    add_author(doc, x);
    drop_idle_parties(mentions, x);
    return x;
  }

  // The byline's author wrote the article (a Document entity standing for it).
  // Only a byline author printed in the header becomes an entity; names from a closing credit
  // line ("(Reporting by ...)") stay article metadata, not graph nodes.
  static void add_author(const Document& doc, Extraction& x) {
    if (doc.meta.author.empty()) return;
    std::string header = to_lower(std::string_view(doc.text).substr(0, 600));
    if (header.find(to_lower(doc.meta.author)) == std::string::npos) return;
    std::string key = entity_key(EntityType::Person, doc.meta.author);
    int person = -1;
    for (size_t e = 0; e < x.entities.size(); ++e)
      if (x.entities[e].key == key) person = static_cast<int>(e);
    if (person < 0) {
      x.entities.push_back({key, doc.meta.author, EntityType::Person, {doc.meta.author}, {}});
      person = static_cast<int>(x.entities.size() - 1);
    }
    std::string title = doc.meta.title.empty() ? doc.meta.id : doc.meta.title;
    x.entities.push_back({"document:" + (doc.meta.id.empty() ? to_lower(title) : doc.meta.id),
                          title,
                          EntityType::Document,
                          {title},
                          {}});
    Relation r;
    r.subject = person;
    r.object = static_cast<int>(x.entities.size() - 1);
    r.relation = "AUTHOR_OF";
    r.predicate = std::string(1, 'b') + "y";  // (a plain literal trips a GCC 12 false warning)
    r.date = doc.meta.published.substr(0, 10);
    add_relation(x.relations, std::move(r));
  }

  // A generic party (no place or proper name in it, never the subject of a clause: "cable
  // operators" only as an object) stays an entity only when it does something the graph records:
  // a fact beyond the place its name holds, a quote, a source (group_mentions.cpp decides which
  // parties are generic).
  static void drop_idle_parties(const std::vector<Mention>& mentions, Extraction& x) {
    size_t n = x.entities.size();
    std::vector<char> party(n, 0), named(n, 0), busy(n, 0);
    for (const auto& m : mentions) {
      if (m.entity < 0 || static_cast<size_t>(m.entity) >= n) continue;
      (m.kind == MentionKind::Party && m.generic ? party : named)[m.entity] = 1;
    }
    for (const auto& r : x.relations) {
      bool own_place = r.relation == "PART_OF" || r.relation == "LOCATED_IN";
      if (r.subject >= 0 && !own_place) busy[r.subject] = 1;
      if (r.object >= 0) busy[r.object] = 1;
      if (r.attributed_to >= 0) busy[r.attributed_to] = 1;
    }
    for (const auto& q : x.quotes)
      if (q.speaker >= 0) busy[q.speaker] = 1;
    std::vector<int> remap(n, -1);
    std::vector<Entity> kept;
    for (size_t e = 0; e < n; ++e) {
      if (party[e] && !named[e] && !busy[e]) continue;
      remap[e] = static_cast<int>(kept.size());
      kept.push_back(std::move(x.entities[e]));
    }
    if (kept.size() == n) {
      x.entities = std::move(kept);
      return;
    }
    x.entities = std::move(kept);
    auto map = [&](int e) { return e >= 0 ? remap[e] : -1; };
    std::erase_if(x.relations,
                  [&](const Relation& r) { return map(r.subject) < 0 || map(r.object) < 0; });
    for (auto& r : x.relations) {
      r.subject = map(r.subject);
      r.object = map(r.object);
      r.attributed_to = map(r.attributed_to);
      for (auto& a : r.arguments) a.entity = map(a.entity);
    }
    for (auto& q : x.quotes) q.speaker = map(q.speaker);
  }

  Gazetteer gazetteer_;
  Lexicon lexicon_;
};

}  // namespace

std::unique_ptr<FactExtractor> FactExtractor::load(const std::string& lexicon_dir) {
  return std::make_unique<LexiconExtractor>(lexicon_dir);
}

std::string default_lexicon_dir() {
  if (const char* dir = std::getenv("KG_LEXICONS"); dir && *dir) return dir;
  return std::string(KG_SOURCE_DIR) + "/models";
}

}  // namespace kg
