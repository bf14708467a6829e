// Maps a token of the parse to the entities it stands for: the mention covering it, a pronoun's
// antecedent ("we" inside a quote is its speaker), the party behind a role or collective noun
// ("trade ministers of Chile and Peru", "a coalition of 30 nations"), and every
// conjunct. Shared by quotes.cpp and relations.cpp. Borrows its inputs; thread-safe for reading.
#pragma once

#include <vector>

#include "extractor/core/dependency_tree.h"
#include "extractor/facts/coreference.h"

namespace kg {

class ArgumentResolver {
 public:
  ArgumentResolver(const DependencyTree& tree, const MentionIndex& index,
                   const std::vector<Entity>& entities, const Lexicon& lexicon)
      : tree_(tree), index_(index), entities_(entities), lexicon_(lexicon) {}

  // Entity of `t` alone (no conjuncts), or -1.
  int entity(uint32_t t) const;
  // Entities of `t` and its conjuncts, in order, without repeats.
  std::vector<int> entities(uint32_t t) const;
  const std::vector<Entity>& all_entities() const { return entities_; }
  // Whether token `t` lies in a dateline ("ACCRA, Ghana - ...").
  bool in_dateline(uint32_t t) const;
  // Entities listed right after the mention at `t` ("A, the B, C and D"), of the same type.
  std::vector<int> list_after(uint32_t t) const;
  // The speaker of the quotation covering token `t` ("we", "our" inside it), set by quotes.cpp.
  void set_first_person(std::vector<int> speaker_by_token) {
    first_person_ = std::move(speaker_by_token);
  }

 private:
  // The one person named with role noun t as title: after the party's name ("Ostland President
  // Ana Pell" for party Ostland), or, with kAnyParty, capitalised before the person's name
  // anywhere before t ("President Ana Pell"); -1 when none or several.
  static constexpr int kAnyParty = -2;
  int role_holder(uint32_t t, int party) const;
  // Whether noun t has "the" and no other determiner or modifier ("the president").
  bool is_bare_definite(uint32_t t) const;

  const DependencyTree& tree_;
  const MentionIndex& index_;
  const std::vector<Entity>& entities_;
  const Lexicon& lexicon_;
  std::vector<int> first_person_;
};

}  // namespace kg
