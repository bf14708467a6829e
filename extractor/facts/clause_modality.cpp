// Whether a fact is stated at all (conditions, unrealised acts), negated or hedged, and who it is
// attributed to.
#include <algorithm>
#include <string_view>

#include "extractor/facts/relation_classes.h"
#include "extractor/facts/relation_finder.h"

namespace kg {

uint32_t RelationFinder::clause_verb(uint32_t p) const {
  uint32_t cur = p;
  for (int hops = 0; hops < 6 && !tree.is_verbal(cur) && tree.head(cur) >= 0; ++hops)
    cur = static_cast<uint32_t>(tree.head(cur));
  return cur;
}

namespace {

bool is_contest_noun(const std::string& lemma) {
  // ("round" and "seat" are left out: "a round of talks", "the seat of government".)
  for (const char* w :
       {"election",     "race",      "vote",       "poll",    "primary",   "runoff",
        "ballot",       "match",     "game",       "final",   "semifinal", "tournament",
        "championship", "cup",       "league",     "contest", "candidate", "opponent",
        "challenger",   "incumbent", "nomination", "medal"})
    if (lemma == w) return true;
  return false;
}

// "1-0", "2–1": a score (numbers of one or two digits: "1992-95" is a span of years).
bool is_score(const std::string& f) {
  size_t dash = f.find('-'), width = 1;
  if (dash == std::string::npos) dash = f.find("\u2013"), width = 3;
  if (dash == std::string::npos) return false;
  auto number = [](std::string_view n) {
    return !n.empty() && n.size() <= 2 &&
           std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  std::string_view v(f);
  return number(v.substr(0, dash)) && number(v.substr(dash + width));
}

}  // namespace

bool RelationFinder::contest(uint32_t p) const {
  uint32_t v = clause_verb(p);
  int s = doc.sentence_of(v);
  const Sentence& sent = doc.sentences[s];
  for (uint32_t t = sent.first_token; t < sent.end_token; ++t) {
    const std::string& f = tree.tok(t).form;
    if (is_score(f)) return true;
    // "1 – 0" as three tokens.
    if (tree.tok(t).upos == "NUM" && t + 2 < sent.end_token &&
        is_score(f + "-" + tree.tok(t + 2).form) &&
        (tree.tok(t + 1).form == "-" || tree.tok(t + 1).form == "\u2013"))
      return true;
  }
  // A contest noun among the verb's arguments or theirs ("in the runoff", "the incumbent").
  for (uint32_t c : tree.children(v)) {
    // (A tagger may read "in the final" as an adjective.)
    bool nominal = tree.tok(c).upos == "NOUN" || tree.base(c) == "obl";
    if (nominal && is_contest_noun(tree.lemma(c))) return true;
    for (uint32_t g : tree.children(c))
      if (tree.tok(g).upos == "NOUN" && is_contest_noun(tree.lemma(g)) &&
          (tree.base(g) == "appos" || tree.base(g) == "nmod" || tree.base(g) == "compound"))
        return true;
  }
  return false;
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
