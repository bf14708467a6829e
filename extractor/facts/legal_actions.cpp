// Facts from constructions whose relation sits on a noun or a controlled verb rather than on the
// clause's own verb: legal actions filed against a party ("X filed a lawsuit against Y",
// "complaints brought by X against Y") and threats to use a means on a party ("X threatened to
// use force against Y").
#include <algorithm>

#include "extractor/facts/relation_classes.h"
#include "extractor/facts/relation_finder.h"

namespace kg {

namespace {

bool is_legal_action(const std::string& lemma) {
  for (const char* w : {"lawsuit", "suit", "complaint", "charge", "case", "claim", "petition"})
    if (lemma == w) return true;
  return false;
}

}  // namespace

// "X filed a lawsuit against Y", "the complaint X lodged against Y", "charges brought by X
// against Y": the one bringing a legal action accuses the one it is brought against. True when
// read.
bool RelationFinder::filed_against(uint32_t p) {
  std::string lemma = tree.lemma(p);
  if (lemma != "file" && lemma != "bring" && lemma != "lodge") return false;
  bool passive = false;
  std::vector<uint32_t> subj = tree.subjects(p, &passive);
  std::vector<uint32_t> actions, agent_toks;
  if (tree.base(p) == "acl" && tree.head(p) >= 0 && subj.empty() && tree.tok(p).xpos == "VBN") {
    actions = {static_cast<uint32_t>(tree.head(p))};  // "lawsuits filed by X against Y"
    passive = true;
  } else if (passive) {
    actions = subj;
  } else {
    actions = tree.children(p, "obj");
    agent_toks = subj;
  }
  if (passive) {
    agent_toks = tree.children(p, "obl:agent");
    for (uint32_t c : with_case(p, {"by"})) agent_toks.push_back(c);
  }
  std::erase_if(actions, [&](uint32_t a) { return !is_legal_action(tree.lemma(a)); });
  if (actions.empty()) return false;
  std::vector<uint32_t> target_toks = with_case(p, {"against"});
  for (uint32_t a : actions)
    for (uint32_t c : with_case(a, {"against"})) target_toks.push_back(c);
  // "claims brought by tenants against Y": a parser may hang the phrase on the agent.
  for (uint32_t a : agent_toks)
    for (uint32_t c : with_case(a, {"against"})) target_toks.push_back(c);
  std::vector<int> accusers = ents(agent_toks), accused = ents(target_toks);
  std::erase_if(accusers, [&](int e) { return !is_party(ctx.entities[e].type); });
  std::erase_if(accused, [&](int e) { return !is_party(ctx.entities[e].type); });
  if (accusers.empty() || accused.empty() || conditional(p) || unrealised(p)) return false;
  emit(accusers, accused, {"ACCUSE", "115"}, tree.lemma(actions.front()), p, 0.7);
  return true;
}

// "use force against X", "use live rounds on X", "deploy troops against X": the ones a means is
// to be used on (the means itself is no target of a threat).
std::vector<uint32_t> RelationFinder::means_used_on(uint32_t x) const {
  std::string lemma = tree.lemma(x);
  if (lemma != "use" && lemma != "deploy" && lemma != "unleash") return {};
  std::vector<uint32_t> on = with_case(x, {"on", "against"});
  for (uint32_t o : tree.children(x, "obj"))
    for (uint32_t c : with_case(o, {"on", "against"})) on.push_back(c);
  return on;
}

}  // namespace kg
