// kg: knowledge graphs from news articles. See README.md.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <iostream>

#include "cli/commands.h"
#include "cli/terminal.h"
#include "extractor/core/error.h"

int main(int argc, char** argv) {
  CLI::App app{"kg: knowledge graphs from news articles"};
  app.set_version_flag("--version", std::string("kg ") + KG_VERSION);
  app.require_subcommand(1);
  kg::cli::add_ingest_command(app);
  kg::cli::add_load_command(app);
  kg::cli::add_extract_command(app);
  kg::cli::add_read_command(app);
  kg::cli::add_relations_command(app);
  kg::cli::add_export_command(app);
  kg::cli::add_query_commands(app);
  kg::cli::add_nlp_commands(app);
  kg::cli::add_ner_commands(app);
  kg::cli::add_lexicon_commands(app);
  kg::cli::add_eval_command(app);
  kg::cli::add_vocabulary_command(app);
  kg::cli::add_articles_command(app);
  // Output goes through stdio and iostreams, buffered: a full disk or closed pipe shows only
  // when the buffers are flushed, so every command's output is checked here once (exit 6).
  auto output_failed = [] {
    std::cout.flush();
    errno = 0;
    if (std::fflush(stdout) == 0 && !std::ferror(stdout) && std::cout.good()) return false;
    std::fprintf(stderr, "kg: cannot write standard output%s%s\n", errno ? ": " : "",
                 errno ? std::strerror(errno) : "");
    return true;
  };
  try {
    app.parse(argc, argv);
  } catch (const CLI::RuntimeError& e) {
    return e.get_exit_code();  // a command that already reported its problems
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : static_cast<int>(kg::ErrorKind::Usage);
  } catch (const kg::Error& e) {
    // Messages quote stored names and user input: no control character reaches the terminal.
    std::fprintf(stderr, "kg: %s\n", kg::cli::printable(e.what(), true).c_str());
    return e.exit_code();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "kg: %s\n", e.what());
    return 1;
  }
  return output_failed() ? static_cast<int>(kg::ErrorKind::Output) : 0;
}
