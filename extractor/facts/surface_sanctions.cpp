// Sanctions read off the word sequence, for the sentences a parser misreads.
#include <algorithm>

#include "extractor/facts/relation_finder.h"

namespace kg {

const Mention* RelationFinder::mention_at(uint32_t t) const {
  int i = t < mention_by_token.size() ? mention_by_token[t] : -1;
  return i >= 0 ? &ctx.mentions[i] : nullptr;
}

// Parties listed from the mention at token `t` on ("A, the B and C").
std::vector<int> RelationFinder::listed_from(uint32_t t) const {
  std::vector<int> out;
  const Mention* m = mention_at(t);
  if (!m || m->entity < 0 || !is_party(ctx.entities[m->entity].type)) return out;
  out.push_back(m->entity);
  for (int e : ctx.args.list_after(t))
    if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
  return out;
}

// Parties listed right before token `t` ("Norland and the African Union on Monday imposed"):
// the nearest mention within a few words, then the list it ends.
std::vector<int> RelationFinder::listed_before(uint32_t t, uint32_t first) const {
  std::vector<int> out;
  uint32_t u = t;
  for (int skip = 0; u > first && skip < 5; ++skip) {
    --u;
    if (mention_at(u)) break;
    const std::string& f = doc.tokens[u].form;
    if (f == "," || f == "." || doc.tokens[u].upos == "VERB") return out;
  }
  const Mention* m = mention_at(u);
  while (m && m->entity >= 0 && is_party(ctx.entities[m->entity].type)) {
    if (std::find(out.begin(), out.end(), m->entity) == out.end())
      out.insert(out.begin(), m->entity);
    uint32_t v = m->first;
    bool joined = false;
    while (v > first) {
      std::string f = to_lower(doc.tokens[v - 1].form);
      if (f == "," || f == "and")
        joined = true;
      else if (f != "the")
        break;
      --v;
    }
    if (!joined || v == first) break;
    m = mention_at(v - 1);
  }
  return out;
}

bool RelationFinder::is_measure_noun(const std::string& lemma) {
  return lemma == "sanction" || lemma == "sanctions" || lemma == "penalty" ||
         lemma == "restriction" || lemma == "embargo" || lemma == "measure" || lemma == "tariff";
}

void RelationFinder::surface_sanctions() {
  mention_by_token.assign(doc.tokens.size(), -1);
  for (size_t i = 0; i < ctx.mentions.size(); ++i)
    if (ctx.mentions[i].entity >= 0)
      for (uint32_t t = ctx.mentions[i].first; t < ctx.mentions[i].last; ++t)
        if (mention_by_token[t] < 0) mention_by_token[t] = static_cast<int>(i);
  std::vector<int> last_agents;
  int last_sentence = -10;
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    for (uint32_t t = s.first_token; t + 2 < s.end_token; ++t) {
      if (tree.lemma(t) != "impose" && to_lower(doc.tokens[t].form).rfind("impos", 0) != 0)
        continue;
      uint32_t n = t + 1;
      if (n + 1 < s.end_token && doc.tokens[n].upos == "ADJ") ++n;  // "new sanctions"
      if (!is_measure_noun(tree.lemma(n))) continue;
      std::string prep = to_lower(doc.tokens[n + 1].form);
      std::vector<int> agents = listed_before(t, s.first_token);
      if (agents.empty()) continue;
      last_agents = agents;
      last_sentence = static_cast<int>(si);
      if ((prep != "on" && prep != "against") || n + 2 >= s.end_token) continue;
      emit(agents, listed_from(n + 2), {"SANCTION", "163"}, "impose", t, 0.7);
    }
    // "The measures target X, its director Y and Z": the agents of the sanctions just named.
    if (last_agents.empty() || static_cast<int>(si) - last_sentence > 2 || s.size() < 4) continue;
    uint32_t t = s.first_token;
    std::string det = to_lower(doc.tokens[t].form);
    if (det != "the" && det != "these" && det != "those") continue;
    if (!is_measure_noun(tree.lemma(t + 1))) continue;
    std::string v = to_lower(doc.tokens[t + 2].form);
    if (v != "target" && v != "targets" && v != "cover" && v != "covers" && v != "hit" &&
        v != "name" && v != "names" && v != "include")
      continue;
    std::vector<int> targets;
    for (uint32_t u = t + 3; u < s.end_token; ++u)
      if (const Mention* m = mention_at(u); m && m->entity >= 0 && m->first == u) {
        EntityType ty = ctx.entities[m->entity].type;
        if ((ty == EntityType::Person || ty == EntityType::Organization) &&
            std::find(targets.begin(), targets.end(), m->entity) == targets.end())
          targets.push_back(m->entity);
      }
    emit(last_agents, targets, {"SANCTION", "163"}, "target", t + 2, 0.6);
  }
}

}  // namespace kg
