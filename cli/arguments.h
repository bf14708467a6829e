// Checking the values users type for options that name a fixed vocabulary (relation classes,
// entity types) or a date: a wrong value is a usage error (exit 2) that names the option, the
// closest valid value ("did you mean CONDEMN?") and where the valid values are listed, never an
// empty answer.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace kg::cli {

// The closest of `candidates` to `word` (case-insensitive edit distance, or a prefix either
// way), or "" when none is close.
std::string closest_word(std::string_view word, const std::vector<std::string>& candidates);

// Each returns "" when `value` is valid (rewriting it to its canonical spelling) and otherwise
// the reason, which CLI11 prints after the option's name (exit 2) when used as a transform.
// "condemn, accuse" -> "CONDEMN,ACCUSE" (a comma list of relation classes).
std::string check_relations(std::string& value);
// "person,country" -> "Person,Country" (a comma list of entity types).
std::string check_types(std::string& value);
// A calendar date written YYYY-MM-DD.
std::string check_day(std::string& value);

// The three checks as CLI11 transforms: option->transform(relation_classes_check()).
CLI::Validator relation_classes_check();
CLI::Validator single_relation_check();  // one class, where a filter takes only one
CLI::Validator entity_types_check();
CLI::Validator day_check();

}  // namespace kg::cli
