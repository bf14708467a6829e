// Normalised names for look-ups: "the U.S." and "US" and "us" meet at one key.
#pragma once

#include <string>
#include <string_view>

namespace kg {

// Case-folds (Unicode, via utf8proc), maps curly apostrophes to ', drops full stops and a leading
// "the ", turns hyphens and runs of white space into one space, and trims.
std::string normalize_name(std::string_view name);

// normalize_name() without accents and other combining marks ("François" -> "francois"), for
// look-ups that should not depend on how a user types accents.
std::string fold_accents(std::string_view name);

}  // namespace kg
