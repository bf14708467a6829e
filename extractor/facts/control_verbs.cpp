// Directive verbs with an object-controlled infinitive: "X ordered Y to leave", "Y was
// instructed by X to pay" ask Y to act, a demand of X on Y (CAMEO 10).
#include <algorithm>

#include "extractor/facts/relation_finder.h"

namespace kg {

bool RelationFinder::ordered_to(uint32_t p) {
  std::string lemma = tree.lemma(p);
  if (lemma != "order" && lemma != "instruct" && lemma != "direct") return false;
  // The act asked for: a to-infinitive controlled by the object.
  bool passive = false;
  std::vector<uint32_t> subj = tree.subjects(p, &passive);
  // (A parser may read the infinitive of a passive as an adverbial clause: "Y was instructed by
  // X to pay".)
  bool infinitive = false;
  for (uint32_t x : tree.children(p)) {
    std::string_view b = tree.base(x);
    if (b == "xcomp" || (passive && b == "advcl"))
      infinitive |= tree.tok(x).upos == "VERB" && tree.has_child_lemma(x, "mark", "to");
  }
  if (!infinitive) return false;
  std::vector<uint32_t> agent_toks, patient_toks;
  if (passive) {
    patient_toks = relative_resolved(subj);
    agent_toks = tree.children(p, "obl:agent");
    for (uint32_t c : with_case(p, {"by"})) agent_toks.push_back(c);
  } else {
    agent_toks = relative_resolved(subj);
    patient_toks = tree.children(p, "obj");
  }
  // "ordered them to ...": a plural pronoun's antecedent is too often guessed wrong.
  std::erase_if(patient_toks, [&](uint32_t t) { return tree.tok(t).upos == "PRON"; });
  std::vector<int> agents = ents(agent_toks), patients = ents(patient_toks);
  auto not_party = [&](int e) { return !is_party(ctx.entities[e].type); };
  std::erase_if(agents, not_party);
  std::erase_if(patients, not_party);
  if (agents.empty() || patients.empty() || conditional(p) || unrealised(p)) return false;
  emit(agents, patients, {"DEMAND", "100"}, lemma, p, 0.7);
  return true;
}

}  // namespace kg
