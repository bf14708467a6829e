// Handovers: "X returned the islands to Y", "X ceded the province to Y", "X handed the
// prisoners over to Y": something passes from one party to another. Read only with an object and
// a party it is handed to ("X returned to Y" is a journey, no transfer).
#include <algorithm>

#include "extractor/facts/relation_classes.h"
#include "extractor/facts/relation_finder.h"

namespace kg {

bool RelationFinder::handed_over(uint32_t p) {
  std::string lemma = tree.lemma(p);
  if (lemma != "return" && lemma != "cede" && lemma != "hand") return false;
  bool passive = false;
  std::vector<uint32_t> subj = tree.subjects(p, &passive);
  std::vector<uint32_t> objs = tree.children(p, "obj");
  if (passive || objs.empty()) return false;
  std::vector<uint32_t> to = with_case(p, {"to"});
  for (uint32_t o : objs)
    for (uint32_t c : with_case(o, {"to"})) to.push_back(c);
  std::vector<int> givers = ents(subj), takers = ents(to);
  std::erase_if(givers, [&](int e) { return !is_party(ctx.entities[e].type); });
  std::erase_if(takers, [&](int e) { return !is_party(ctx.entities[e].type); });
  if (givers.empty() || takers.empty() || conditional(p) || unrealised(p)) return false;
  emit(givers, takers, {"TRANSFER", "-"}, lemma, p, 0.7);
  return true;
}

}  // namespace kg
