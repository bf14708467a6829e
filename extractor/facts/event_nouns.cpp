// Facts from event nouns: "X's condemnation of Y", "cooperation between A and B", "attacks on Y".
#include <algorithm>

#include "extractor/facts/relation_classes.h"
#include "extractor/facts/relation_finder.h"

namespace kg {

void RelationFinder::noun(uint32_t n) {
  const auto* cues = ctx.lexicon.noun_cues(tree.lemma(n));
  if (!cues || conditional(n)) return;
  const Cue& cue = cues->front();
  const std::string& cls = cue.relation;
  const RelationClass* rc = relation_class(cls);
  if (!rc) return;
  // A light verb's object is read with the verb's subject (verb(), clause_relations.cpp).
  if (tree.base(n) == "obj" && tree.head(n) >= 0 &&
      ctx.lexicon.is_light_verb(tree.lemma(static_cast<uint32_t>(tree.head(n)))) &&
      ctx.lexicon.light_noun(tree.lemma(n)) != nullptr)
    return;
  std::vector<int> agents = event_agents(n);
  std::string lemma = tree.lemma(n);
  if (cls == "SUPPORT" && supported_with(n, cue)) return;
  // "host talks between A and B": the verb's subject meets the parties (verb() reads them).
  bool read_by_verb = false;
  if (tree.base(n) == "obj" && tree.head(n) >= 0)
    if (const auto* vc = ctx.lexicon.verb_cues(tree.lemma(static_cast<uint32_t>(tree.head(n)))))
      read_by_verb = vc->front().relation == cls;
  // "cooperation between Ostrava and Valmont", "arms transfers between X and Y".
  for (uint32_t c : with_case(n, {"between", "among"})) {
    if (read_by_verb) break;
    std::vector<int> sides = ctx.args.entities(c);
    if (sides.size() < 2) continue;
    if (rc->frame == Frame::Symmetric || rc->frame == Frame::Transfer) {
      emit({sides[0]}, {sides[1]}, cue, lemma, n, 0.7);
    } else if (tree.head(n) >= 0) {
      // "cooperation for grain exports between A and B": the pair belongs to the
      // cooperation the production noun modifies.
      uint32_t h = static_cast<uint32_t>(tree.head(n));
      if (const auto* hc =
              is_event_noun(ctx.lexicon, tree, h) ? ctx.lexicon.noun_cues(tree.lemma(h)) : nullptr)
        if (const RelationClass* hrc = relation_class(hc->front().relation);
            hrc && hrc->frame == Frame::Symmetric)
          emit({sides[0]}, {sides[1]}, hc->front(), tree.lemma(h), h, 0.7);
    }
  }
  std::vector<uint32_t> targets = with_cases(n, rc->noun_cases);
  std::vector<int> objects = objects_of(targets);
  if (agents.empty() && tree.head(n) >= 0) {
    uint32_t h = static_cast<uint32_t>(tree.head(n));
    // "used by Ruritanian units in raids on Valmont": the clause's agent acts.
    if (tree.base(n) == "obl" && tree.case_of(n) == "in" && tree.is_verbal(h)) {
      bool passive = false;
      auto s = tree.subjects(h, &passive);
      std::vector<uint32_t> a = passive ? tree.children(h, "obl:agent") : s;
      if (passive)
        for (uint32_t c : with_case(h, {"by"})) a.push_back(c);
      agents = ents(a);
    }
  }
  // "Ruritania launched airstrikes on X", "Y made threats against X": the one who carries out
  // (or orders) the act does it.
  // ("made a call to X" is a telephone call, no demand.)
  if (agents.empty() && tree.base(n) == "obj" && tree.head(n) >= 0 && lemma != "call") {
    auto h = static_cast<uint32_t>(tree.head(n));
    if (tree.is_verbal(h) && performs(tree.lemma(h)) && !conditional(h) && !unrealised(h)) {
      bool passive = false;
      std::vector<uint32_t> s = tree.subjects(h, &passive);
      if (!passive) agents = ents(s);
      // "launched strikes on X" with "on X" hung on the verb.
      if (!agents.empty() && objects.empty()) objects = objects_of(with_cases(h, rc->noun_cases));
    }
  }
  // "X faces investigations in Germany", "X is under investigation by Y": the one facing it is
  // investigated, by the body named or the country it takes place in.
  if (cls == "MONITOR" && objects.empty() && tree.head(n) >= 0) {
    auto h = static_cast<uint32_t>(tree.head(n));
    bool faces = tree.base(n) == "obj" && tree.lemma(h) == "face";
    bool under = tree.case_of(n) == "under" && tree.is_verbal(h);
    if (faces || under) {
      objects = ents(tree.subjects(h));
      if (agents.empty())
        for (int e : ents(with_case(n, {"in"})))
          if (ctx.entities[e].type == EntityType::Country) agents.push_back(e);
    }
  }
  // "a declaration carrying signatures from X": X supports the statement.
  if (objects.empty() && cls == "SUPPORT" && tree.base(n) == "obj" && tree.head(n) >= 0) {
    int v = tree.head(n);
    if (tree.base(v) == "acl" && tree.head(v) >= 0)
      objects = ents({static_cast<uint32_t>(tree.head(v))});
  }
  emit(agents, objects, cue, lemma, n, 0.7);
}

// Verbs whose subject carries out (or orders) the act their object names.
bool RelationFinder::performs(const std::string& lemma) {
  for (const char* w :
       {"launch", "conduct",   "carry",    "mount", "stage",  "make",     "issue", "unleash",
        "wage",   "intensify", "escalate", "step",  "resume", "continue", "order", "execute",
        "renew",  "hold",      "begin",    "start", "open",   "pay"})
    if (lemma == w) return true;
  return false;
}

// "With the support of X, Y attacked Z", "Y, with the backing of X, ...": X supports the one
// acting (the clause's subject, or the party the phrase follows); true when read.
bool RelationFinder::supported_with(uint32_t n, const Cue& cue) {
  if (tree.case_of(n) != "with" || tree.head(n) < 0) return false;
  std::vector<uint32_t> backer_toks = tree.children(n, "nmod:poss");
  for (uint32_t c : with_case(n, {"of", "from"})) backer_toks.push_back(c);
  std::vector<int> backers = ents(backer_toks);
  std::erase_if(backers, [&](int e) { return !is_party(ctx.entities[e].type); });
  if (backers.empty()) return false;
  auto h = static_cast<uint32_t>(tree.head(n));
  std::vector<int> backed;
  if (tree.base(n) == "obl" && tree.is_verbal(h)) {
    bool passive = false;
    std::vector<uint32_t> subj = tree.subjects(h, &passive);
    if (!passive) backed = ents(subj);
  } else if (tree.base(n) == "nmod") {
    backed = ctx.args.entities(h);
  }
  std::erase_if(backed, [&](int e) { return !is_party(ctx.entities[e].type); });
  if (backed.empty()) return false;
  emit(backers, backed, cue, tree.lemma(n), n, 0.7);
  return true;
}

}  // namespace kg
