#include "cli/commands.h"

namespace kg::cli {

void add_nlp_commands(CLI::App& app) { (void)app; }

}  // namespace kg::cli
