#include "extractor/dependency_tree.h"

#include "extractor/lexicon.h"

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
  return to_lower(k.lemma.empty() ? k.form : k.lemma);
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
    if (h < 0 || !(b == "xcomp" || b == "conj" || b == "advcl")) break;
    if (b == "advcl" && !children(cur, "mark").empty() && case_of(cur).empty()) {
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
