// `kg make-gazetteer`: builds the shipped country gazetteer from a public data set.
#include <cstdio>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "extractor/lexicon/gazetteer_builder.h"

namespace kg::cli {

void add_lexicon_commands(CLI::App& app) {
  auto* cmd =
      app.add_subcommand("make-gazetteer", "Build models/countries.tsv from countries.json");
  auto input = std::make_shared<std::string>();
  auto output = std::make_shared<std::string>(std::string(KG_SOURCE_DIR) + "/models/countries.tsv");
  cmd->add_option("COUNTRIES_JSON", *input, "countries data (mledoze/countries layout)")
      ->required();
  cmd->add_option("-o,--output", *output, "gazetteer to write");
  cmd->callback([input, output] {
    int n = build_gazetteer(*input, *output);
    std::fprintf(stderr, "kg: wrote %d countries to %s\n", n, output->c_str());
  });
}

}  // namespace kg::cli
