// Small ASCII text helpers shared by every stage: splitting on a separator, lower-casing.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg {

// The fields of `s` between each `sep` (an empty string gives one empty field).
std::vector<std::string> split(std::string_view s, char sep);
// ASCII lower case; other bytes (UTF-8 included) are kept as they are.
std::string to_lower(std::string_view s);
// `s` without the ASCII white space at either end.
std::string_view trim(std::string_view s);

}  // namespace kg
