#include "extractor/facts/ner_typing.h"

#include <algorithm>
#include <string>

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
}  // namespace

std::vector<uint32_t> sentences_to_type(const Document& doc, const std::vector<Mention>& mentions) {
  std::vector<uint32_t> out;
  for (const Mention& m : mentions)
    if (retypable(m)) {
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
    bool short_form = false;
    for (const std::string& o : rule_orgs) short_form |= o.starts_with(m.surface + " ");
    if (!short_form && ner_type_of(doc, m) == EntityType::Organization)
      m.type = EntityType::Organization;
  }
}

}  // namespace kg
