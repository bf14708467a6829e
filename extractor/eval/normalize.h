// How the evaluation compares names and quoted words: the normalisation of the gold format
// (../shared/eval/README.md), so that "The U.S.'s" and "U.S." or "Al-Qaeda" and "al Qaeda" are the
// same name. Lower case, typographic quotes as plain ones, a possessive 's dropped, the marks
// . " ' , ( ) removed, dashes, underscores and slashes as spaces, a leading article dropped, white
// space collapsed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::eval {

std::string normalize_name(std::string_view text);

// The runs of ASCII letters and digits of the normalised text: the words a quote is matched on.
std::vector<std::string> quote_words(std::string_view text);

}  // namespace kg::eval
