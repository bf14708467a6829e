// Each `kg` subcommand registers itself on the root CLI11 app. Commands only parse options and
// wire libraries together; the logic lives in extractor/, graph/ and exporters/.
#pragma once

#include <CLI/CLI.hpp>

namespace kg::cli {

void add_ingest_command(CLI::App& app);
void add_load_command(CLI::App& app);
void add_extract_command(CLI::App& app);
void add_read_command(CLI::App& app);  // what kg takes from a page or article
void add_relations_command(CLI::App& app);
void add_export_command(CLI::App& app);
void add_query_commands(
    CLI::App& app);  // entities, neighbors, path, quotes, explain, timeline, stats
void add_nlp_commands(CLI::App& app);      // parse, train, eval-ud, bench
void add_ner_commands(CLI::App& app);      // train-ner, eval-ner
void add_lexicon_commands(CLI::App& app);  // make-gazetteer
void add_eval_command(CLI::App& app);      // scores against gold files
void add_vocabulary_command(CLI::App& app);
void add_articles_command(CLI::App& app);  // articles, articles show, articles remove

}  // namespace kg::cli
