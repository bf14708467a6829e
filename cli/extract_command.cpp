#include "cli/commands.h"

namespace kg::cli {

void add_extract_command(CLI::App& app) { (void)app; }

}  // namespace kg::cli
