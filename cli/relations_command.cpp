#include "cli/commands.h"

namespace kg::cli {

void add_relations_command(CLI::App& app) { (void)app; }

}  // namespace kg::cli
