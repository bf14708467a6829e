// A read-only view of a Document's dependency parse with the navigation the extraction stages
// share: children by relation, the case marker of a nominal, a clause's (inherited) subject.
// Borrows the Document; cheap to build (one pass); thread-safe for reading.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/core/document.h"

namespace kg {

class DependencyTree {
 public:
  explicit DependencyTree(const Document& doc);

  const Document& doc() const { return doc_; }
  const Token& tok(uint32_t t) const { return doc_.tokens[t]; }
  int head(uint32_t t) const { return doc_.tokens[t].head; }
  // Relation without subtype ("obl" for "obl:agent").
  std::string_view base(uint32_t t) const;
  std::string_view rel(uint32_t t) const { return doc_.tokens[t].deprel; }
  const std::vector<uint32_t>& children(uint32_t t) const { return children_[t]; }
  // Children whose full relation is `rel`, or whose base relation is `rel` when it has no ':'.
  std::vector<uint32_t> children(uint32_t t, std::string_view rel) const;
  int first_child(uint32_t t, std::string_view rel) const;
  bool has_child_lemma(uint32_t t, std::string_view rel, std::string_view lemma) const;
  // The preposition of a nominal, lower-case, with its fixed parts ("according to", "along with").
  std::string case_of(uint32_t t) const;
  // Lower-case lemma.
  std::string lemma(uint32_t t) const;
  bool is_verbal(uint32_t t) const;
  // Subjects of a predicate: its nsubj, else inherited through xcomp / conj / advcl / acl.
  // `passive` tells whether the subjects found are patients (nsubj:pass).
  std::vector<uint32_t> subjects(uint32_t t, bool* passive = nullptr) const;
  // Conjuncts of `t` (t itself first).
  std::vector<uint32_t> with_conjuncts(uint32_t t) const;
  bool dominates(uint32_t ancestor, uint32_t t) const;

 private:
  const Document& doc_;
  std::vector<std::vector<uint32_t>> children_;
};

}  // namespace kg
