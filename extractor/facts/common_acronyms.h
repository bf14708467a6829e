#pragma once

#include <string_view>

namespace kg {

// Whether an all-capitals word is a common abbreviation of general English that names no
// organisation ("TV", "CPU", "GDP", "CEO", "ET"): a lone one is no organisation's name.
bool is_common_acronym(std::string_view form);

}  // namespace kg
