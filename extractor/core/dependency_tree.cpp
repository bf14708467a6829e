#include "extractor/core/dependency_tree.h"

#include <unordered_map>

#include "extractor/core/text.h"

namespace kg {

DependencyTree::DependencyTree(const Document& doc) : doc_(doc), children_(doc.tokens.size()) {
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
    int h = doc.tokens[t].head;
    if (h >= 0 && static_cast<size_t>(h) < doc.tokens.size() && static_cast<uint32_t>(h) != t)
      children_[h].push_back(t);
  }
}

std::string_view DependencyTree::base(uint32_t t) const {
  std::string_view r = doc_.tokens[t].deprel;
  return r.substr(0, r.find(':'));
}

std::vector<uint32_t> DependencyTree::children(uint32_t t, std::string_view r) const {
  std::vector<uint32_t> out;
  bool exact = r.find(':') != std::string_view::npos;
  for (uint32_t c : children_[t])
    if (exact ? rel(c) == r : base(c) == r) out.push_back(c);
  return out;
}

int DependencyTree::first_child(uint32_t t, std::string_view r) const {
  auto c = children(t, r);
  return c.empty() ? -1 : static_cast<int>(c.front());
}

bool DependencyTree::has_child_lemma(uint32_t t, std::string_view r, std::string_view l) const {
  for (uint32_t c : children(t, r))
    if (lemma(c) == l) return true;
  return false;
}

std::string DependencyTree::lemma(uint32_t t) const {
  const Token& k = doc_.tokens[t];
  std::string l = to_lower(k.lemma.empty() ? k.form : k.lemma);
  // A verb mistagged as present tense ("sold"/VBP) keeps its past form as lemma; the common
  // irregular pasts are mapped back.
  if (k.upos == "VERB" && l == to_lower(k.form)) {
    static const std::unordered_map<std::string, std::string> kIrregular = {
        {"sold", "sell"},     {"sent", "send"},         {"gave", "give"},   {"given", "give"},
        {"struck", "strike"}, {"fought", "fight"},      {"met", "meet"},    {"made", "make"},
        {"built", "build"},   {"told", "tell"},         {"said", "say"},    {"bought", "buy"},
        {"led", "lead"},      {"brought", "bring"},     {"held", "hold"},   {"wrote", "write"},
        {"written", "write"}, {"shot", "shoot"},        {"threw", "throw"}, {"spoke", "speak"},
        {"spoken", "speak"},  {"withdrew", "withdraw"}, {"sought", "seek"}, {"began", "begin"},
        {"begun", "begin"},   {"won", "win"},           {"lost", "lose"},   {"paid", "pay"}};
    if (auto it = kIrregular.find(l); it != kIrregular.end()) return it->second;
  }
  return l;
}

std::string DependencyTree::case_of(uint32_t t) const {
  for (uint32_t c : children_[t]) {
    if (base(c) != "case" || c > t) continue;
    std::string out = lemma(c);
    for (uint32_t f : children(c, "fixed")) out += " " + lemma(f);
    return out;
  }
  return "";
}

bool DependencyTree::is_verbal(uint32_t t) const {
  const auto& u = doc_.tokens[t].upos;
  return u == "VERB" || (u == "AUX" && doc_.tokens[t].deprel == "root");
}

std::vector<uint32_t> DependencyTree::subjects(uint32_t t, bool* passive) const {
  uint32_t cur = t;
  for (int hops = 0; hops < 6; ++hops) {
    for (uint32_t c : children_[cur]) {
      if (rel(c) == "nsubj" || rel(c) == "nsubj:pass" || rel(c) == "csubj") {
        if (passive) *passive = rel(c) == "nsubj:pass" && cur == t;
        return with_conjuncts(c);
      }
    }
    // A controlled or coordinated predicate shares its governor's subject; an adverbial clause
    // without a subject of its own ("..., declaring that ...") too.
    std::string_view b = base(cur);
    int h = head(cur);
    // "..., and Nordvik Freight supplied the army": a finite verb read as an xcomp has its
    // subject right before it, not its governor's.
    const std::string& x = doc_.tokens[cur].xpos;
    if (b == "xcomp" && (x == "VBD" || x == "VBZ" || x == "VBP") && cur > 0) {
      const Token& prev = doc_.tokens[cur - 1];
      if (prev.upos == "PROPN" || prev.upos == "NOUN") {
        if (passive) *passive = false;
        return {cur - 1};
      }
    }
    if (h < 0 || !(b == "xcomp" || b == "conj" || b == "advcl")) break;
    // "... described X as Y and urged Z": an advcl with its own "and" is a misread conjunct.
    bool coordinated = b == "advcl" && !children(cur, "cc").empty();
    if (b == "advcl" && !coordinated && !children(cur, "mark").empty() && case_of(cur).empty()) {
      // "if X ..." clauses have their own subject; only bare participles / to-infinitives inherit.
      bool to_inf = false;
      for (uint32_t m : children(cur, "mark")) to_inf |= lemma(m) == "to";
      if (!to_inf) break;
    }
    cur = static_cast<uint32_t>(h);
  }
  if (passive) *passive = false;
  // A parser may leave a clause's subject as an unmarked nominal before the verb.
  if (is_verbal(t))
    for (uint32_t c : children_[t])
      if (c < t && (rel(c) == "obl:unmarked" || rel(c) == "dep") && case_of(c).empty() &&
          (doc_.tokens[c].upos == "NOUN" || doc_.tokens[c].upos == "PROPN"))
        return with_conjuncts(c);
  return {};
}

std::vector<uint32_t> DependencyTree::with_conjuncts(uint32_t t) const {
  std::vector<uint32_t> out{t};
  for (size_t i = 0; i < out.size() && out.size() < 16; ++i)
    for (uint32_t c : children(out[i], "conj"))
      if (doc_.tokens[c].upos == doc_.tokens[t].upos || doc_.tokens[c].upos == "PROPN" ||
          doc_.tokens[c].upos == "NOUN")
        out.push_back(c);
  return out;
}

bool DependencyTree::dominates(uint32_t ancestor, uint32_t t) const {
  int cur = static_cast<int>(t);
  for (int hops = 0; cur >= 0 && hops < 64; ++hops) {
    if (static_cast<uint32_t>(cur) == ancestor) return true;
    cur = head(static_cast<uint32_t>(cur));
  }
  return false;
}

}  // namespace kg
