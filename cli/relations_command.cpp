// kg relations : who did what to whom, with names matched through aliases.
#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "cli/output.h"
#include "graph/query/queries.h"

namespace kg::cli {
namespace {

struct RelationsOptions {
  RelationQuery query;
  std::string db;
  OutputFormat format = OutputFormat::Table;
  bool evidence = false;
};

void run(const RelationsOptions& options) {
  Store store(options.db, Store::Mode::ReadOnly);
  std::vector<FactRow> facts = query_relations(store, options.query);
  using K = CellKind;
  // Ids, the date range and the evidence are for scripts; the table shows the evidence on
  // request, as it is wide. `date` is the fact's latest day, as in the table.
  // Columns added later go last, so CSV columns keep their places.
  ResultTable table(
      {"subject", "relation", "predicate", "object", "mentions", "first_date", "last_date",
       "subject_id", "object_id", "evidence", "date", "articles"},
      {K::Text, K::Text, K::Text, K::Text, K::Number, K::Optional, K::Optional, K::Text, K::Text,
       K::Optional, K::Optional, K::Number},
      {false, false, false, false, false, true, true, true, true, !options.evidence, false, false});
  for (const FactRow& f : facts)
    table.rows.push_back({f.subject, f.relation, f.predicate, f.object, std::to_string(f.weight),
                          f.first_date, f.last_date, f.subject_key, f.object_key, f.evidence,
                          f.last_date, std::to_string(f.articles)});
  table.total = static_cast<int64_t>(facts.size());
  if (options.query.limit > 0 && facts.size() == static_cast<size_t>(options.query.limit))
    table.total = count_relations(store, options.query);
  print_result(table, options.format);
}

}  // namespace

void add_relations_command(CLI::App& app) {
  auto options = std::make_shared<RelationsOptions>();
  CLI::App* command = app.add_subcommand("relations", "List facts: who did what to whom");
  command->add_option("--subject", options->query.subject, "subject name or alias");
  command
      ->add_option("--relation", options->query.relation,
                   "relation classes, e.g. CONDEMN,ACCUSE (kg vocabulary lists them)")
      ->transform(relation_classes_check());
  command->add_option("--object", options->query.object, "object name or alias");
  command->add_option("--since", options->query.since, "facts dated on or after YYYY-MM-DD")
      ->transform(day_check());
  command->add_option("--until", options->query.until, "facts dated on or before YYYY-MM-DD")
      ->transform(day_check());
  command->add_option("--min-weight", options->query.min_weight, "at least N distinct articles");
  command->add_option("--limit", options->query.limit,
                      "at most N facts, heaviest first (0: all); a cut says \"showing N of M\"");
  options->db = default_db();
  command->add_option("--db", options->db, "SQLite database (default $KG_DB or kg.db)");
  add_output_options(*command, options->format);
  command->add_flag("--evidence", options->evidence, "add the first supporting sentence");
  command->callback([options] { run(*options); });
}

}  // namespace kg::cli
