#include "extractor/facts/relations.h"

#include <algorithm>

#include "extractor/facts/relation_classes.h"
#include "extractor/facts/relation_finder.h"

namespace kg {

void add_relation(std::vector<Relation>& out, Relation r) {
  if (r.subject < 0 || r.object < 0 || r.subject == r.object || r.relation.empty()) return;
  for (const auto& o : out)
    if (o.subject == r.subject && o.object == r.object && o.relation == r.relation) return;
  out.push_back(std::move(r));
}

std::vector<int> RelationFinder::ents(const std::vector<uint32_t>& toks) const {
  std::vector<int> e;
  for (uint32_t t : toks)
    for (int x : ctx.args.entities(t))
      if (std::find(e.begin(), e.end(), x) == e.end()) e.push_back(x);
  return e;
}

std::vector<uint32_t> RelationFinder::with_case(
    uint32_t p, std::initializer_list<std::string_view> cases) const {
  std::vector<uint32_t> outv;
  for (uint32_t c : tree.children(p)) {
    std::string_view b = tree.base(c);
    if (b != "obl" && b != "nmod") continue;
    std::string cs = tree.case_of(c);
    for (auto w : cases)
      if (cs == w) outv.push_back(c);
  }
  return outv;
}

// Obl/nmod children of `p` whose case word is one of the space-separated `cases`.
std::vector<uint32_t> RelationFinder::with_cases(uint32_t p, std::string_view cases) const {
  std::vector<uint32_t> outv;
  for (uint32_t c : tree.children(p)) {
    std::string_view b = tree.base(c);
    if (b != "obl" && b != "nmod") continue;
    if (in_word_list(cases, tree.case_of(c))) {
      outv.push_back(c);
      continue;
    }
    // "travelled on to X", "moved back to X": the last of two case words is the preposition.
    std::vector<uint32_t> cs = tree.children(c, "case");
    if (cs.size() == 2 && cs[1] < c && in_word_list(cases, tree.lemma(cs[1]))) outv.push_back(c);
  }
  return outv;
}

// Agents of an event noun: its possessor, "by X", "from X" (endorsements from ministers).
std::vector<int> RelationFinder::event_agents(uint32_t n) const {
  std::vector<uint32_t> toks = tree.children(n, "nmod:poss");
  for (uint32_t c : with_case(n, {"by", "from"})) toks.push_back(c);
  return ents(toks);
}

std::vector<int> RelationFinder::event_modifiers(uint32_t n) const {
  std::vector<int> e = event_agents(n);
  for (uint32_t c : tree.children(n)) {
    std::string_view b = tree.base(c);
    if (b != "compound" && b != "amod") continue;
    int x = ctx.args.entity(c);
    if (x < 0 && tree.tok(c).upos == "ADJ") x = demonym_entity(c);
    if (x >= 0 && is_party(ctx.entities[x].type) && std::find(e.begin(), e.end(), x) == e.end())
      e.push_back(x);
  }
  return e;
}

// "between A and B" on a noun or on its "of" complement.
std::vector<int> RelationFinder::parties_between(uint32_t n) const {
  std::vector<uint32_t> toks = with_case(n, {"between"});
  for (uint32_t c : with_case(n, {"of"}))
    for (uint32_t b : with_case(c, {"between"})) toks.push_back(b);
  std::vector<int> sides = ents(toks);
  // "between Kenyan and Somali troops": the demonyms name the parties.
  for (uint32_t b : toks)
    for (uint32_t a : tree.children(b, "amod"))
      for (uint32_t c : tree.with_conjuncts(a)) {
        int e = ctx.args.entity(c);
        if (e < 0) e = ctx.tree.tok(c).upos == "ADJ" ? demonym_entity(c) : -1;
        if (e >= 0 && std::find(sides.begin(), sides.end(), e) == sides.end()) sides.push_back(e);
      }
  return sides.size() >= 2 ? sides : std::vector<int>{};
}

int RelationFinder::demonym_entity(uint32_t t) const {
  for (const auto& m : ctx.mentions)
    if (m.kind == MentionKind::Demonym && m.first <= t && t < m.last) return m.entity;
  return -1;
}

// Objects standing for an event noun: "condemn X's export" condemns X.
// Conjuncts of t; for an event noun, also "X's export of missiles and Y's use of them" read
// with the second event coordinated inside the first one's complement: an event noun with a
// possessor of its own there.
std::vector<uint32_t> RelationFinder::event_conjuncts(uint32_t t) const {
  std::vector<uint32_t> out = tree.with_conjuncts(t);
  if (!is_event_noun(ctx.lexicon, tree, t)) return out;
  for (uint32_t x : tree.children(t, "nmod"))
    for (uint32_t y : tree.children(x, "conj"))
      if (is_event_noun(ctx.lexicon, tree, y) && !tree.children(y, "nmod:poss").empty())
        out.push_back(y);
  return out;
}

std::vector<int> RelationFinder::objects_of(const std::vector<uint32_t>& toks) const {
  std::vector<int> e;
  for (uint32_t t : toks)
    for (uint32_t c : event_conjuncts(t)) {
      std::vector<int> part =
          is_event_noun(ctx.lexicon, tree, c) ? event_agents(c) : ctx.args.entities(c);
      // "condemned the clashes between A and B": the parties of the event.
      // (An event noun's own pair is a fact of its own: "opposition to transfers between A and B"
      // opposes the transfers, not A and B.)
      if (part.empty() && tree.tok(c).upos == "NOUN" && !is_event_noun(ctx.lexicon, tree, c))
        part = parties_between(c);
      for (int x : part)
        if (std::find(e.begin(), e.end(), x) == e.end()) e.push_back(x);
    }
  return e;
}

void RelationFinder::emit(const std::vector<int>& subjects, const std::vector<int>& objects,
                          const Cue& cue, const std::string& predicate, uint32_t p,
                          double confidence, const std::vector<Argument>& extra) {
  if (subjects.empty() || objects.empty() || cue.relation.empty()) return;
  // ("Sweden beat Korea 1-0" attacks no one; "defeated the incumbent in the runoff" neither.)
  const std::string& rel = cue.relation;
  const bool between_parties =
      rel == "ATTACK" || rel == "CONSULT" || rel == "YIELD" || rel == "COERCE" || rel == "MEET";
  if (between_parties && contest(p)) return;
  bool neg = negated(p), hedge = hedged(p);
  int source = attribution(p);
  std::string date;
  if (auto it = date_by_verb.find(clause_verb(p)); it != date_by_verb.end()) date = it->second;
  int sentence = doc.sentence_of(p);
  for (int s : subjects)
    for (int o : objects) {
      // "fought in the Gulf War", "met at the Cannes Film Festival": an event is where parties
      // act, not a party attacked or met.
      if (between_parties && ctx.entities[static_cast<size_t>(o)].type == EntityType::Event)
        continue;
      Relation r;
      r.subject = s;
      r.object = o;
      r.relation = cue.relation;
      r.predicate = predicate;
      r.date = date;
      r.negated = neg;
      r.hedged = hedge;
      r.attributed_to = source == s ? -1 : source;
      r.confidence = hedge ? confidence * 0.7 : confidence;
      r.arguments = extra;
      r.span = {sentence, sentence >= 0 ? doc.sentences[sentence].begin : 0,
                sentence >= 0 ? doc.sentences[sentence].end : 0};
      add_relation(out, std::move(r));
    }
}

void RelationFinder::run() {
  for (const auto& d : ctx.dates) {
    for (uint32_t t = d.first; t < d.last; ++t) {
      int h = tree.head(t);
      if (h >= static_cast<int>(d.first) && h < static_cast<int>(d.last)) continue;
      uint32_t v = clause_verb(t);
      date_by_verb.emplace(v, d.date);
      break;
    }
  }
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
    const std::string& upos = tree.tok(t).upos;
    // In UD only predicates take a clausal complement: a "noun" with a ccomp is a verb the
    // tagger misread ('and "demand that X be held accountable"').
    if (upos == "VERB" || (upos == "NOUN" && !tree.children(t, "ccomp").empty()))
      verb(t);
    else if (upos == "NOUN")
      noun(t);
  }
  surface_sanctions();
}

std::vector<Relation> find_relations(const RelationContext& ctx) {
  RelationFinder x{ctx, ctx.tree, ctx.tree.doc(), {}, {}, {}};
  x.run();
  find_affiliations(ctx, x.out);
  find_surface_places(ctx, x.out);
  find_surface_parts(ctx, x.out);
  return std::move(x.out);
}

}  // namespace kg
