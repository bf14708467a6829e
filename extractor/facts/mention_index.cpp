#include "extractor/facts/mention_index.h"

namespace kg {

MentionIndex::MentionIndex(const Document& doc, const std::vector<Mention>& mentions)
    : doc_(doc), mentions_(mentions), by_token_(doc.tokens.size(), -1) {
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.entity < 0) continue;
    for (uint32_t t = m.first; t < m.last; ++t)
      if (by_token_[t] < 0 || t == m.head) by_token_[t] = static_cast<int>(i);
  }
}

const Mention* MentionIndex::mention_at(uint32_t t) const {
  return t < by_token_.size() && by_token_[t] >= 0 ? &mentions_[by_token_[t]] : nullptr;
}

int MentionIndex::entity_at(uint32_t t) const {
  const Mention* m = mention_at(t);
  return m ? m->entity : -1;
}

// A sentence with no verb at all: a photo credit or caption line, no clause a pronoun goes back
// to.
bool MentionIndex::verbless(int sentence) const {
  if (sentence < 0) return false;
  const Sentence& s = doc_.sentences[sentence];
  for (uint32_t t = s.first_token; t < s.end_token; ++t)
    if (doc_.tokens[t].upos == "VERB" || doc_.tokens[t].upos == "AUX") return false;
  return true;
}

// A name a later "it" or "they" can stand for: an argument of its clause, not one inside a noun's
// modifier ("a bill backed by the Acme Group ... it") or a nominal modifier ("the end of the
// Acme era").
bool MentionIndex::salient(const Mention& m) const {
  const Token& h = doc_.tokens[m.head];
  if (h.deprel.starts_with("nmod") && h.deprel != "nmod:poss") return false;
  if (h.deprel == "obl:agent" || h.deprel == "compound") return false;
  // ("fighters loyal to the Acme Front ... they": the name hangs from an adjective.)
  return h.head < 0 ||
         (!doc_.tokens[h.head].deprel.starts_with("acl") && doc_.tokens[h.head].deprel != "amod");
}

// "The army said it would ...": the reporting clause's subject is an unnamed noun, which "it"
// stands for; no name earlier in the text.
bool MentionIndex::unnamed_reporter(uint32_t t) const {
  const Token& k = doc_.tokens[t];
  if (!k.deprel.starts_with("nsubj") || k.head < 0) return false;
  const Token& clause = doc_.tokens[k.head];
  if (clause.deprel != "ccomp" || clause.head < 0) return false;
  const Sentence& s = doc_.sentences[doc_.sentence_of(t)];
  for (uint32_t u = s.first_token; u < s.end_token; ++u) {
    const Token& c = doc_.tokens[u];
    if (c.head == clause.head && c.deprel.starts_with("nsubj"))
      return c.upos == "NOUN" && !mention_at(u);
  }
  return false;
}

// "waiting for Acme to buy it", "asked Acme to sell them": the object of an infinitive is not
// the name that governs the infinitive's subject (its object or oblique); that name is the one
// who buys, and "it" stands for something else.
bool MentionIndex::controller(uint32_t t, const Mention& m) const {
  const Token& k = doc_.tokens[t];
  if ((k.deprel != "obj" && k.deprel != "iobj") || k.head < 0) return false;
  const Token& verb = doc_.tokens[k.head];
  if ((verb.deprel != "advcl" && verb.deprel != "xcomp") || verb.head < 0) return false;
  if (doc_.sentence_of(m.first) != doc_.sentence_of(t)) return false;
  const Token& h = doc_.tokens[m.head];
  return h.head == verb.head && !h.deprel.starts_with("nsubj");
}

int MentionIndex::pronoun_antecedent(uint32_t t, const std::vector<Entity>& entities) const {
  std::string p = to_lower(doc_.tokens[t].form);
  bool person = p == "he" || p == "him" || p == "his" || p == "she" || p == "her";
  bool thing = p == "it" || p == "its" || p == "they" || p == "them" || p == "their";
  if (!person && !thing) return -1;
  if (thing && unnamed_reporter(t)) return -1;
  bool singular = p == "it" || p == "its";
  int sentence = doc_.sentence_of(t);
  int best = -1, best_subject = -1;
  const Mention* nearest = nullptr;
  for (const auto& m : mentions_) {
    if (m.begin >= doc_.tokens[t].begin) break;
    if (m.entity < 0 || doc_.sentence_of(m.first) < sentence - 3) continue;
    if (verbless(doc_.sentence_of(m.first))) continue;  // a credit: "Jane Doe / Getty Images"
    // "Canadian fishermen ... it": a demonym qualifies a noun and brings no referent of its own.
    if (m.kind == MentionKind::Demonym) continue;
    EntityType ty = entities[m.entity].type;
    if (thing && !salient(m)) continue;
    if (person ? ty == EntityType::Person
               : (ty == EntityType::Country || ty == EntityType::Organization ||
                  (ty == EntityType::Group && !singular))) {  // "it" is no "militants"
      best = m.entity;
      nearest = &m;
      // "Ana Lind, the firm's chief, said Brantwell would ...; he said": the subject of a main
      // clause is the likelier antecedent of "he" than a name inside a reported clause.
      const Token& h = doc_.tokens[m.head];
      if (person && h.deprel.starts_with("nsubj") && h.head >= 0 &&
          doc_.tokens[h.head].deprel == "root")
        best_subject = m.entity;
    }
  }
  if (thing && nearest && controller(t, *nearest)) return -1;
  return best_subject >= 0 ? best_subject : best;
}

}  // namespace kg
