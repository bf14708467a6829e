// `kg make-gazetteer` and `kg make-relation-lexicon`: build the shipped country gazetteer and
// relation-verb lexicon from public data sets.
#include <cstdio>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "extractor/lexicon/cameo_lexicon_builder.h"
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
  auto* rel = app.add_subcommand("make-relation-lexicon",
                                 "Build models/lexicon/cameo_verbs.tsv from CAMEO.2.0.txt");
  auto cameo = std::make_shared<std::string>();
  auto rel_out =
      std::make_shared<std::string>(std::string(KG_SOURCE_DIR) + "/models/lexicon/cameo_verbs.tsv");
  rel->add_option("CAMEO_TXT", *cameo, "PETRARCH2 verb dictionary (CAMEO.2.0.txt)")->required();
  rel->add_option("-o,--output", *rel_out, "lexicon to write");
  rel->callback([cameo, rel_out] {
    int n = build_cameo_lexicon(*cameo, *rel_out);
    std::fprintf(stderr, "kg: wrote %d relation verb rows to %s\n", n, rel_out->c_str());
  });
}

}  // namespace kg::cli
