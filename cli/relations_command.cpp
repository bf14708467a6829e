// kg relations : who did what to whom, with names matched through aliases.
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <cstdio>

#include "cli/commands.h"
#include "cli/common.h"
#include "graph/queries.h"

namespace kg::cli {
namespace {

struct RelationsOptions {
  RelationQuery query;
  std::string db;
  bool json = false;
  bool evidence = false;
};

void print_json(const std::vector<FactRow>& facts) {
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
  w.SetIndent(' ', 1);
  auto field = [&w](const char* key, const std::string& value) {
    w.Key(key);
    w.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
  };
  w.StartArray();
  for (const FactRow& f : facts) {
    w.StartObject();
    field("subject", f.subject);
    field("subject_id", f.subject_key);
    field("relation", f.relation);
    field("predicate", f.predicate);
    field("object", f.object);
    field("object_id", f.object_key);
    w.Key("weight");
    w.Int(f.weight);
    field("first_date", f.first_date);
    field("last_date", f.last_date);
    field("evidence", f.evidence);
    w.EndObject();
  }
  w.EndArray();
  std::printf("%s\n", buffer.GetString());
}

void run(const RelationsOptions& options) {
  Store store(options.db, Store::Mode::ReadOnly);
  std::vector<FactRow> facts = query_relations(store, options.query);
  if (options.json) return print_json(facts);
  std::vector<std::vector<std::string>> rows;
  for (const FactRow& f : facts) {
    std::vector<std::string> row = {f.subject, f.relation, f.predicate, f.object,
                                    std::to_string(f.weight), f.last_date};
    if (options.evidence) row.push_back(f.evidence);
    rows.push_back(std::move(row));
  }
  std::vector<std::string> header = {"subject", "relation", "predicate", "object", "mentions", "date"};
  if (options.evidence) header.push_back("evidence");
  print_table(header, rows);
}

}  // namespace

void add_relations_command(CLI::App& app) {
  auto options = std::make_shared<RelationsOptions>();
  CLI::App* command = app.add_subcommand("relations", "List facts: who did what to whom");
  command->add_option("--subject", options->query.subject, "subject name or alias");
  command->add_option("--relation", options->query.relation, "relation class, e.g. CONDEMN");
  command->add_option("--object", options->query.object, "object name or alias");
  command->add_option("--since", options->query.since, "facts dated on or after YYYY-MM-DD");
  command->add_option("--until", options->query.until, "facts dated on or before YYYY-MM-DD");
  command->add_option("--min-weight", options->query.min_weight, "at least N mentions");
  options->db = default_db();
  command->add_option("--db", options->db, "SQLite database (default $KG_DB or kg.db)");
  command->add_flag("--json", options->json, "print JSON instead of a table");
  command->add_flag("--evidence", options->evidence, "add the first supporting sentence");
  command->callback([options] { run(*options); });
}

}  // namespace kg::cli
