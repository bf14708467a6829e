// kg entities | neighbors | path | quotes | explain | timeline | stats : questions about the
// stored graph, each answer printable as a table, JSON, JSON Lines or CSV.
#include <cstdio>
#include <functional>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "cli/output.h"
#include "graph/query/corrections.h"
#include "graph/query/explore.h"

namespace kg::cli {
namespace {

struct QueryOptions {
  std::string db = default_db();
  OutputFormat format = OutputFormat::Table;
  std::string name, other, relation, type, search, speaker;
  int depth = 1;
  int max_depth = 6;
  int limit = 0;  // at most this many rows (0: all)
};

void add_limit_option(CLI::App& command, int& limit) {
  command.add_option("--limit", limit, "at most N rows (0: all); a cut says \"showing N of M\"")
      ->capture_default_str();
}

// Registers one query command: its options, then `answer` run on a read-only store.
CLI::App* add_query(CLI::App& app, const char* name, const char* help,
                    std::function<ResultTable(Store&, const QueryOptions&)> answer,
                    std::shared_ptr<QueryOptions>& options) {
  options = std::make_shared<QueryOptions>();
  CLI::App* command = app.add_subcommand(name, help);
  command->add_option("--db", options->db, "SQLite database (default $KG_DB or kg.db)");
  add_output_options(*command, options->format);
  command->callback([command, options, answer] {
    if (!command->get_subcommands().empty()) return;  // e.g. `kg entities merge` did the work
    Store store(options->db, Store::Mode::ReadOnly);
    ResultTable table = answer(store, *options);
    table.cut(options->limit);
    print_result(table, options->format);
  });
  return command;
}

void print_correction(const CorrectionReport& r, const char* done, const char* joint) {
  std::printf("%s %s %s %s: moved %d mentions, %d facts, %d quotes\n", done, r.other.c_str(), joint,
              r.kept.c_str(), r.mentions_moved, r.relations_moved, r.quotes_moved);
}

// kg entities merge A B | unmerge A B | split A ALIAS... | corrections: corrections that later
// ingests respect, and their undoing.
void add_correction_commands(CLI::App& entities) {
  struct Names {
    std::string db = default_db();
    std::string first, second;
    std::vector<std::string> rest;
  };
  auto merge_names = std::make_shared<Names>();
  CLI::App* merge =
      entities.add_subcommand("merge", "Fold entity B into entity A (A keeps its name)");
  merge->add_option("A", merge_names->first, "the entity that stays")->required();
  merge->add_option("B", merge_names->second, "the entity merged into A")->required();
  merge->add_option("--db", merge_names->db, "SQLite database (default $KG_DB or kg.db)");
  merge->callback([merge_names] {
    Store store(merge_names->db);
    print_correction(merge_entities(store, merge_names->first, merge_names->second), "merged",
                     "into");
    std::printf("(kg entities unmerge \"%s\" \"%s\" undoes it)\n", merge_names->first.c_str(),
                merge_names->second.c_str());
  });
  auto unmerge_names = std::make_shared<Names>();
  CLI::App* unmerge = entities.add_subcommand(
      "unmerge", "Undo the merge of B into A (B's rows, aliases and later ingests go back to it)");
  unmerge->add_option("A", unmerge_names->first, "the entity B was merged into")->required();
  unmerge->add_option("B", unmerge_names->second, "the merged entity: its id, name or an alias")
      ->required();
  unmerge->add_option("--db", unmerge_names->db, "SQLite database (default $KG_DB or kg.db)");
  unmerge->callback([unmerge_names] {
    Store store(unmerge_names->db);
    print_correction(unmerge_entities(store, unmerge_names->first, unmerge_names->second),
                     "gave back", "from");
  });
  auto split_names = std::make_shared<Names>();
  CLI::App* split =
      entities.add_subcommand("split", "Give aliases of an entity an entity of their own");
  split->add_option("A", split_names->first, "the entity")->required();
  split
      ->add_option("ALIAS", split_names->rest,
                   "the aliases to split off (the new entity is named after the first)")
      ->required();
  split->add_option("--db", split_names->db, "SQLite database (default $KG_DB or kg.db)");
  split->callback([split_names] {
    Store store(split_names->db);
    print_correction(split_entity(store, split_names->first, split_names->rest), "split", "from");
  });
  auto listed = std::make_shared<Names>();
  auto format = std::make_shared<OutputFormat>(OutputFormat::Table);
  CLI::App* corrections =
      entities.add_subcommand("corrections", "List the merges and splits in force");
  corrections->add_option("--db", listed->db, "SQLite database (default $KG_DB or kg.db)");
  add_output_options(*corrections, *format);
  corrections->callback([listed, format] {
    Store store(listed->db, Store::Mode::ReadOnly);
    print_result(list_corrections(store), *format);
  });
  entities.require_subcommand(0, 1);
}

}  // namespace

void add_query_commands(CLI::App& app) {
  std::shared_ptr<QueryOptions> o;

  CLI::App* c = add_query(
      app, "entities", "List entities, by type or by words in their names",
      [](Store& s, const QueryOptions& q) { return entities(s, q.type, q.search, q.limit); }, o);
  c->add_option("--type", o->type, "entity types, e.g. Person,Country (kg vocabulary lists them)")
      ->transform(entity_types_check());
  c->add_option("--search", o->search, "words in the name or an alias (full-text)");
  o->limit = 50;
  add_limit_option(*c, o->limit);
  add_correction_commands(*c);

  c = add_query(
      app, "neighbors", "Entities linked to NAME by facts, up to --depth hops",
      [](Store& s, const QueryOptions& q) { return neighbors(s, q.name, q.depth, q.relation); }, o);
  c->add_option("name", o->name, "entity name or alias")->required();
  c->add_option("--depth", o->depth, "hops")->capture_default_str();
  c->add_option("--relation", o->relation, "only facts of these classes, e.g. CONDEMN,ACCUSE")
      ->transform(relation_classes_check());
  add_limit_option(*c, o->limit);

  c = add_query(
      app, "path", "The shortest chain of facts between two entities",
      [](Store& s, const QueryOptions& q) {
        ResultTable hops = shortest_path(s, q.name, q.other, q.max_depth);
        if (hops.rows.empty())
          std::fprintf(stderr, "kg: no chain of at most %d facts between %s and %s\n", q.max_depth,
                       q.name.c_str(), q.other.c_str());
        return hops;
      },
      o);
  c->add_option("from", o->name, "first entity")->required();
  c->add_option("to", o->other, "second entity")->required();
  c->add_option("--max-depth", o->max_depth, "longest chain to look for")->capture_default_str();

  c = add_query(
      app, "quotes", "Quotes, by speaker or by words they contain",
      [](Store& s, const QueryOptions& q) { return quotes(s, q.speaker, q.search); }, o);
  c->add_option("--speaker", o->speaker, "speaker name or alias");
  c->add_option("--search", o->search, "words in the quote (full-text)");
  add_limit_option(*c, o->limit);

  c = add_query(
      app, "explain", "Every sentence that supports SUBJECT RELATION OBJECT",
      [](Store& s, const QueryOptions& q) { return explain(s, q.name, q.relation, q.other); }, o);
  c->add_option("subject", o->name, "subject entity")->required();
  c->add_option("relation", o->relation, "relation class (kg vocabulary lists them)")
      ->required()
      ->transform(relation_classes_check());
  c->add_option("object", o->other, "object entity")->required();
  add_limit_option(*c, o->limit);

  c = add_query(
      app, "timeline", "An entity's facts in date order",
      [](Store& s, const QueryOptions& q) { return timeline(s, q.name); }, o);
  c->add_option("name", o->name, "entity name or alias")->required();
  add_limit_option(*c, o->limit);

  add_query(
      app, "stats", "Counts by entity type and relation, articles and their dates",
      [](Store& s, const QueryOptions&) { return statistics(s); }, o);
}

}  // namespace kg::cli
