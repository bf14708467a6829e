// The body a person leads or belongs to ("the CEO of X", "a member of X") is an organisation or a
// place, never a person. Run on the finished facts of one article. Stateless; thread-safe.
#pragma once

#include <vector>

#include "extractor/core/document.h"
#include "extractor/core/extraction.h"
#include "extractor/facts/mentions.h"

namespace kg {

// For every LEADER_OF or MEMBER_OF fact whose object is a person: a name typed a person only by
// default (no gazetteer key, no title or role cue before any of its mentions: "Pell is the CEO
// of Varnex") becomes an organisation; a fact whose object has a person's cue ("Dran, the
// leader of President Pell's party" read as leading Pell) is dropped.
void type_role_bodies(const Document& doc, const std::vector<Mention>& mentions, Extraction& x);

}  // namespace kg
