// The shared frame of the readers that take facts off the word sequence (affiliations, places,
// parts): the sentence's tokens, which mention covers each, and where the facts go.
#pragma once

#include <string>
#include <vector>

#include "extractor/core/text.h"
#include "extractor/facts/relations.h"

namespace kg {

struct SurfaceReader {
  SurfaceReader(const RelationContext& context, std::vector<Relation>& facts)
      : ctx(context), doc(context.tree.doc()), out(facts), mention_at(doc.tokens.size(), -1) {
    // The first mention of an entity that covers a token wins.
    for (size_t i = 0; i < ctx.mentions.size(); ++i)
      for (uint32_t t = ctx.mentions[i].first; t < ctx.mentions[i].last; ++t)
        if (mention_at[t] < 0 && ctx.mentions[i].entity >= 0) mention_at[t] = static_cast<int>(i);
  }

  const Mention* at(uint32_t t) const {
    return t < mention_at.size() && mention_at[t] >= 0 ? &ctx.mentions[mention_at[t]] : nullptr;
  }
  std::string lower(uint32_t t) const { return to_lower(doc.tokens[t].form); }

  const RelationContext& ctx;
  const Document& doc;
  std::vector<Relation>& out;
  std::vector<int> mention_at;  // mention index by token, or -1
};

}  // namespace kg
