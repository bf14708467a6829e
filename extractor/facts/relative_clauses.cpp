// Relative clauses and their antecedents: the relative pronoun of "X, which is backed by Y" or
// "X, the colonel who heads Y" stands for the noun the clause modifies, and a common noun in
// apposition to a name ("the colonel") or predicated of it ("X is a group that ...") stands for
// the name.
#include "extractor/facts/relation_finder.h"

namespace kg {

namespace {

bool is_relative_pronoun(const std::string& lemma) {
  return lemma == "who" || lemma == "which" || lemma == "that" || lemma == "whom";
}

}  // namespace

uint32_t RelationFinder::antecedent(uint32_t n) const {
  if (!ctx.args.entities(n).empty() || tree.tok(n).upos != "NOUN") return n;
  // "X, the colonel who ...": the appositive noun stands for the name it is in apposition to.
  if (tree.rel(n) == "appos" && tree.head(n) >= 0) {
    uint32_t h = static_cast<uint32_t>(tree.head(n));
    if (!ctx.args.entities(h).empty()) return h;
  }
  // "X is a group that ...": the predicate noun stands for the copula's subject.
  if (!tree.children(n, "cop").empty())
    for (uint32_t s : tree.children(n, "nsubj"))
      if (!ctx.args.entities(s).empty()) return s;
  return n;
}

std::vector<uint32_t> RelationFinder::relative_resolved(std::vector<uint32_t> toks) const {
  for (uint32_t& t : toks) {
    if (!is_relative_pronoun(tree.lemma(t))) continue;
    int h = tree.head(t);
    if (h < 0 || tree.rel(static_cast<uint32_t>(h)) != "acl:relcl") continue;
    int n = tree.head(static_cast<uint32_t>(h));
    if (n >= 0) t = antecedent(static_cast<uint32_t>(n));
  }
  return toks;
}

}  // namespace kg
