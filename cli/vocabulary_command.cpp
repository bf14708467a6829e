// kg vocabulary : the relation classes (with CAMEO code and meaning) and the entity types that
// --relation and --type accept.
#include <iterator>

#include "cli/commands.h"
#include "cli/output.h"
#include "extractor/core/extraction.h"
#include "extractor/facts/relation_classes.h"

namespace kg::cli {
namespace {

// One line per entity type, in EntityType order.
constexpr const char* kTypeMeanings[] = {
    "a named person",
    "a sovereign state (ids from ISO 3166 codes)",
    "a government body, company, party or international organisation",
    "a city, region or other place that is not a country",
    "a numbered resolution of a council or assembly",
    "an armed, ethnic or political group",
    "a treaty, agreement, report or law",
    "a weapon or weapon system",
    "a plant, base, site or building",
    "a named event (summit, war, election)",
    "anything else the text names",
};
static_assert(std::size(kTypeMeanings) == static_cast<size_t>(EntityType::Concept) + 1);

ResultTable vocabulary() {
  ResultTable table({"kind", "name", "cameo", "meaning"}, {false, false, false, false});
  for (const RelationClass& c : relation_classes())
    table.rows.push_back(
        {"relation", std::string(c.name), std::string(c.cameo), std::string(c.meaning)});
  for (int t = 0; t <= static_cast<int>(EntityType::Concept); ++t)
    table.rows.push_back(
        {"type", std::string(to_string(static_cast<EntityType>(t))), "-", kTypeMeanings[t]});
  return table;
}

}  // namespace

void add_vocabulary_command(CLI::App& app) {
  auto format = std::make_shared<OutputFormat>(OutputFormat::Table);
  CLI::App* command = app.add_subcommand(
      "vocabulary", "The relation classes (CAMEO code, meaning) and entity types kg uses");
  add_output_options(*command, *format);
  command->callback([format] { print_result(vocabulary(), *format); });
}

}  // namespace kg::cli
