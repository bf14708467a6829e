#include "extractor/facts/ner_typing.h"

#include <algorithm>
#include <string>

#include "extractor/facts/name_cues.h"

namespace kg {

EntityType ner_type_of(const Document& doc, const Mention& m) {
  int type = -1;
  for (uint32_t t = m.first; t < m.last; ++t) {
    int k = (static_cast<int>(doc.tokens[t].ner) + 1) / 2;  // 0 O, 1 PER, 2 ORG, 3 LOC
    if (k == 0 || (type >= 0 && k != type)) return EntityType::Concept;
    type = k;
  }
  switch (type) {
    case 1:
      return EntityType::Person;
    case 2:
      return EntityType::Organization;
    case 3:
      return EntityType::Location;
    default:
      return EntityType::Concept;
  }
}

namespace {
// A name the rules typed a person by default: no key, no title or role cue.
bool retypable(const Mention& m) {
  return m.kind == MentionKind::Name && m.type == EntityType::Person && m.key.empty() &&
         !m.person_cue;
}

// A lone capitalised word nothing names: coreference types it by its position, and asks the
// tagger whether one in a place position ("sold to X", "at X") is an organisation.
bool unknown_word(const Mention& m) {
  return m.kind == MentionKind::Surname && m.key.empty() && !m.person_cue;
}

bool capitalised_at(const Document& doc, size_t t) {
  if (t >= doc.tokens.size()) return false;
  const std::string& f = doc.tokens[t].form;
  return !f.empty() && f[0] >= 'A' && f[0] <= 'Z';
}

// The tagger's place reading of a name the rules typed a person is weaker than its organisation
// reading: it also tags people ("Ana Pell said"). A place takes no subject role of its own in
// news ("Ostland City passed" is rare against "Ana Pell said"; a conjunct, apposition or
// modifier takes the role of the word it hangs on: "ambassador to Ostland Ana Pell said"), and a
// person is named again by the last word alone ("Pell said", found by coreference only later). So a
// name is a place only when every mention of it is tagged a place, none is a clause subject and its
// last word never stands alone in the article.
bool place_by_ner(const Document& doc, const std::vector<Mention>& mentions, const Mention& m) {
  for (const Mention& o : mentions) {
    if (o.kind != MentionKind::Name || o.surface != m.surface) continue;
    if (ner_type_of(doc, o) != EntityType::Location) return false;
    const Token* h = &doc.tokens[o.head];
    for (int up = 0; up < 3 && h->head >= 0; ++up)
      if (h->deprel == "conj" || h->deprel == "appos" || h->deprel.starts_with("flat") ||
          h->deprel == "compound" || h->deprel == "nmod")
        h = &doc.tokens[h->head];
    if (h->deprel == "nsubj" || h->deprel.starts_with("nsubj:") || h->deprel == "csubj")
      return false;
  }
  const std::string& last = doc.tokens[m.last - 1].form;
  for (size_t t = 0; t < doc.tokens.size(); ++t)
    if (doc.tokens[t].form == last &&
        (t == 0 || !capitalised_at(doc, t - 1) || doc.tokens[t - 1].form.ends_with(".")) &&
        !capitalised_at(doc, t + 1))
      return false;
  return true;
}
}  // namespace

std::vector<uint32_t> sentences_to_type(const Document& doc, const std::vector<Mention>& mentions) {
  std::vector<uint32_t> out;
  for (const Mention& m : mentions)
    if (retypable(m) || unknown_word(m)) {
      uint32_t s = doc.sentence_of(m.first);
      if (out.empty() || out.back() != s) out.push_back(s);
    }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void type_names_by_ner(const Document& doc, std::vector<Mention>& mentions) {
  // "Pars Holdings" after "Pars Holdings Group": coreference joins a short form to the longer
  // organisation the rules typed; typed here, it would become an entity of its own.
  std::vector<std::string> rule_orgs;
  for (const Mention& o : mentions)
    if (o.type == EntityType::Organization) rule_orgs.push_back(o.surface + " ");
  for (Mention& m : mentions) {
    if (!retypable(m)) continue;
    if (names_event(doc, m)) {  // "the Korean War", whatever the tagger reads
      m.type = EntityType::Event;
      continue;
    }
    bool short_form = false;
    for (const std::string& o : rule_orgs) short_form |= o.starts_with(m.surface + " ");
    if (short_form) continue;
    EntityType t = ner_type_of(doc, m);
    if (t == EntityType::Organization ||
        (t == EntityType::Location && place_by_ner(doc, mentions, m)))
      m.type = t;
  }
}

}  // namespace kg
