// Which mention, and so which entity, covers a token; and the antecedent of a pronoun.
#pragma once

#include <vector>

#include "extractor/facts/mentions.h"

namespace kg {

class MentionIndex {
 public:
  MentionIndex(const Document& doc, const std::vector<Mention>& mentions);
  // Entity of the mention covering token `t`, or -1.
  int entity_at(uint32_t t) const;
  const Mention* mention_at(uint32_t t) const;
  const std::vector<Mention>& mentions() const { return mentions_; }
  // Nearest compatible antecedent of a third-person pronoun at token `t`, or -1.
  int pronoun_antecedent(uint32_t t, const std::vector<Entity>& entities) const;
  bool verbless(int sentence) const;

 private:
  bool salient(const Mention& m) const;
  bool unnamed_reporter(uint32_t t) const;
  bool controller(uint32_t t, const Mention& m) const;
  const Document& doc_;
  const std::vector<Mention>& mentions_;
  std::vector<int> by_token_;
};

}  // namespace kg
