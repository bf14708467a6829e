// Whether a fact is stated at all (conditions, unrealised acts), negated or hedged, and who it is
// attributed to.
#include "extractor/facts/relation_classes.h"
#include "extractor/facts/relation_finder.h"

namespace kg {

uint32_t RelationFinder::clause_verb(uint32_t p) const {
  uint32_t cur = p;
  for (int hops = 0; hops < 6 && !tree.is_verbal(cur) && tree.head(cur) >= 0; ++hops)
    cur = static_cast<uint32_t>(tree.head(cur));
  return cur;
}

bool RelationFinder::conditional(uint32_t p) const {
  for (int cur = static_cast<int>(p), hops = 0; cur >= 0 && hops < 8; cur = tree.head(cur), ++hops)
    for (uint32_t m : tree.children(cur, "mark"))
      if (tree.lemma(m) == "if" || tree.lemma(m) == "unless" || tree.lemma(m) == "whether")
        return true;
  return false;
}

// A verb controlled by a threat, demand, appeal or intent ("vowed to strike", "urged X to
// sanction Y": an "irrealis" class) names an act not done.
bool RelationFinder::unrealised(uint32_t p) const {
  if (tree.base(p) != "xcomp" || tree.head(p) < 0) return false;
  std::string h = tree.lemma(static_cast<uint32_t>(tree.head(p)));
  std::string cls;
  if (const auto* c = ctx.lexicon.verb_cues(h))
    cls = c->front().relation;
  else if (const auto* pats = ctx.lexicon.verb_patterns(h))
    for (const auto& pat : *pats)
      if (pat.object.empty() && pat.prep.empty()) cls = pat.relation;
  const RelationClass* rc = relation_class(cls);
  return rc && rc->has("irrealis");
}

bool RelationFinder::negated(uint32_t p) const {
  for (uint32_t c : tree.children(p)) {
    std::string l = tree.lemma(c);
    if ((tree.base(c) == "advmod" || tree.base(c) == "neg") &&
        (l == "not" || l == "n't" || l == "never")) {
      // "not only lauded ... but also" is no negation.
      if (c + 1 < doc.tokens.size() && tree.lemma(c + 1) == "only") continue;
      return true;
    }
  }
  return false;
}

bool RelationFinder::hedged(uint32_t p) const {
  uint32_t v = clause_verb(p);
  for (uint32_t c : tree.children(v)) {
    std::string l = tree.lemma(c);
    if ((tree.base(c) == "aux" && (l == "may" || l == "might" || l == "could" || l == "would")) ||
        (tree.base(c) == "advmod" && (l == "reportedly" || l == "allegedly" || l == "possibly")))
      return true;
  }
  for (uint32_t c : tree.children(p))
    if (tree.base(c) == "amod" && (tree.lemma(c) == "potential" || tree.lemma(c) == "possible"))
      return true;
  return false;
}

// The source a fact is reported by: the speaker of the quote holding it, else the subject of a
// speech verb whose complement holds it.
int RelationFinder::attribution(uint32_t p) const {
  if (p < ctx.quote_speaker.size() && ctx.quote_speaker[p] >= 0) return ctx.quote_speaker[p];
  uint32_t cur = p;
  for (int hops = 0; hops < 8 && tree.head(cur) >= 0; ++hops) {
    std::string_view b = tree.base(cur);
    uint32_t h = static_cast<uint32_t>(tree.head(cur));
    if ((b == "ccomp" || b == "parataxis") && !ctx.lexicon.speech_family(tree.lemma(h)).empty())
      for (int e : ents(tree.subjects(h))) return e;
    cur = h;
  }
  return -1;
}

}  // namespace kg
