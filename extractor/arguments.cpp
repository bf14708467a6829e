#include "extractor/arguments.h"

#include <algorithm>

namespace kg {
namespace {

// Nouns that stand for the party they belong to ("ministers of X", "a front of 48 countries").
bool is_proxy_noun(const Lexicon& lex, const std::string& lemma) {
  static const char* const kCollective[] = {"front", "coalition", "group", "bloc", "alliance",
                                            "government", "governments", "force", "forces",
                                            "one", "some", "all", "each", "both", "leadership",
                                            "authorities", "authority", "delegation"};
  for (const char* c : kCollective)
    if (lemma == c) return true;
  return lex.has_role_kind(lemma, "role");
}

}  // namespace

int ArgumentResolver::entity(uint32_t t) const {
  int e = index_.entity_at(t);
  if (e >= 0) return e;
  const Token& k = tree_.tok(t);
  if (k.upos == "PRON" || k.upos == "DET") {
    std::string p = to_lower(k.form);
    if (p == "we" || p == "our" || p == "us")
      return t < first_person_.size() ? first_person_[t] : -1;
    return index_.pronoun_antecedent(t, entities_);
  }
  if (k.upos != "NOUN" && k.upos != "PROPN" && k.upos != "NUM" && k.upos != "PRON") return -1;
  if (!is_proxy_noun(lexicon_, tree_.lemma(t))) return -1;
  // "foreign ministers of South Korea", "Mali's military government", "Russian officials".
  for (uint32_t c : tree_.children(t)) {
    std::string_view b = tree_.base(c);
    if (b == "nmod" || b == "compound" || b == "amod") {
      std::string cs = tree_.case_of(c);
      if (b == "nmod" && !(cs == "of" || cs == "from" || cs.empty() || tree_.rel(c) == "nmod:poss"))
        continue;
      if (int ce = entity(c); ce >= 0) return ce;
    }
  }
  return -1;
}

std::vector<int> ArgumentResolver::entities(uint32_t t) const {
  std::vector<int> out;
  auto add = [&](int e) {
    if (e >= 0 && std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
  };
  for (uint32_t c : tree_.with_conjuncts(t)) {
    int e = entity(c);
    add(e);
    // "ministers of South Korea, the United States, Japan": the conjuncts of the nmod too.
    if (e >= 0 && index_.entity_at(c) < 0)
      for (uint32_t n : tree_.children(c))
        if ((tree_.base(n) == "nmod") && entity(n) == e)
          for (uint32_t d : tree_.with_conjuncts(n)) add(entity(d));
  }
  return out;
}

}  // namespace kg
