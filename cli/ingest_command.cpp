// kg ingest PATH... : read articles, extract on every core, store each whole or not at all,
// print a summary.
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>

#include "cli/commands.h"
#include "cli/common.h"
#include "extractor/core/error.h"
#include "extractor/facts/relation_classes.h"
#include "extractor/input/plain_text_layout.h"
#include "graph/ingest/ingester.h"
#include "graph/query/summary.h"
#include "graph/store/store.h"

namespace kg::cli {
namespace {

// Ctrl-C (SIGINT) or SIGTERM during an ingest: stop reading, store what was read, say how to go
// on. A second one ends kg at once (every article is stored whole or not at all even then).
std::atomic<bool> interrupted = false;
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void on_interrupt(int signal_number) {
  interrupted = true;
  ::signal(signal_number, SIG_DFL);
}

struct InterruptHandlers {
  struct sigaction old_int {
  }, old_term{};
  InterruptHandlers() {
    struct sigaction action {};
    action.sa_handler = on_interrupt;
    action.sa_flags = SA_RESTART;  // a read of the input goes on; the next article stops it
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &old_int);
    sigaction(SIGTERM, &action, &old_term);
  }
  ~InterruptHandlers() {
    sigaction(SIGINT, &old_int, nullptr);
    sigaction(SIGTERM, &old_term, nullptr);
  }
};

struct IngestCommandOptions {
  std::vector<std::string> paths;
  std::string db;
  std::string model;
  std::string lexicons;
  unsigned threads = 0;
  bool strict = false;
  bool quiet = false;
  std::string published;
};

void print_summary(Store& store, const IngestReport& report, const std::string& db) {
  StoreCounts counts = store.counts();
  std::printf("ingested %zu new article%s (%zu already stored, %zu failed) into %s in %.1f s\n",
              report.added, report.added == 1 ? "" : "s", report.unchanged, report.failed,
              db.c_str(), report.seconds);
  if (report.skipped_files > 0) {
    std::printf("skipped %zu file%s that %s not articles:\n", report.skipped_files,
                report.skipped_files == 1 ? "" : "s", report.skipped_files == 1 ? "is" : "are");
    for (const std::string& why : report.skipped_why) std::printf("  %s\n", why.c_str());
  }
  if (report.copies > 0)
    std::printf(
        "%zu of the new articles are near-copies of stored ones: kept as copies, their "
        "facts not counted again (kg articles shows them)\n",
        report.copies);
  // Said again after the progress line, so a page that lost its story is not missed.
  if (report.warned > 0)
    std::printf(
        "%zu of the new articles came with a warning (see above), e.g. a page that "
        "gave little text\n",
        report.warned);
  if (report.added > 0 && report.seconds > 0)
    std::printf("rate: %.1f articles/s, %.0f words/s\n",
                static_cast<double>(report.added) / report.seconds,
                static_cast<double>(report.words) / report.seconds);
  std::printf("store: %lld articles, %lld entities, %lld relations, %lld quotes\n",
              static_cast<long long>(counts.articles), static_cast<long long>(counts.entities),
              static_cast<long long>(counts.relations), static_cast<long long>(counts.quotes));
  // Bylines and affiliations say who wrote and who works where: the table shows what happened,
  // ranked by how many articles report it.
  std::vector<std::string> excluded;
  for (const RelationClass& c : relation_classes())
    if (c.frame == Frame::Affiliation) excluded.emplace_back(c.name);
  std::vector<TopFact> facts = top_facts(store, 10, excluded);
  if (facts.empty()) return;
  std::printf("\ntop relations: by supporting articles, bylines and affiliations left out\n");
  std::vector<std::vector<std::string>> rows;
  for (const TopFact& f : facts)
    rows.push_back(
        {f.subject, f.relation, f.object, std::to_string(f.articles), std::to_string(f.mentions)});
  print_table({"subject", "relation", "object", "articles", "mentions"}, rows);
}

// One status line, redrawn in place: articles done, rate, share of the input and time left.
void show_progress(const IngestProgress& p) {
  double rate = p.seconds > 0 ? static_cast<double>(p.done) / p.seconds : 0;
  std::fprintf(stderr, "\r%zu articles, %.1f/s", p.done, rate);
  if (p.bytes_total > 0 && p.bytes_done > 0) {
    double share = static_cast<double>(p.bytes_done) / static_cast<double>(p.bytes_total);
    double left = p.seconds * (1 - share) / share;
    std::fprintf(stderr, ", %3.0f%%, ETA %d:%02d   ", 100 * share, static_cast<int>(left) / 60,
                 static_cast<int>(left) % 60);
  }
  std::fflush(stderr);
}

int run(const IngestCommandOptions& options) {
  const ArticlePipeline pipeline = ArticlePipeline::load(options.model, options.lexicons);
  Store store(options.db);
  IngestOptions ingest;
  ingest.threads = options.threads;
  ingest.strict = options.strict;
  if (!options.published.empty()) {
    auto date = parse_date_prefix(options.published);
    if (!date) throw Error(ErrorKind::Usage, "--published: not a date: " + options.published);
    ingest.published = date->first;
  }
  bool terminal = isatty(STDERR_FILENO) && !options.quiet;
  if (terminal) ingest.on_progress = show_progress;
  ingest.on_bad_input = [terminal](const Error& e) {
    std::fprintf(stderr, "%skg: skipped %s\n", terminal ? "\r\033[K" : "", e.what());
  };
  ingest.on_warning = [terminal](const std::string& warning) {
    std::fprintf(stderr, "%skg: warning: %s\n", terminal ? "\r\033[K" : "", warning.c_str());
  };
  ingest.interrupted = &interrupted;
  IngestReport report;
  {
    InterruptHandlers handlers;
    report = Ingester(store, pipeline).run(options.paths, ingest);
  }
  if (terminal) std::fprintf(stderr, "\r\033[K");
  if (!options.quiet) print_summary(store, report, options.db);
  if (report.interrupted) {
    std::fflush(stdout);
    std::fprintf(stderr, "kg: interrupted after %zu article%s; run the same command to resume\n",
                 report.added, report.added == 1 ? "" : "s");
    return 130;  // 128 + SIGINT, as a shell reports a command stopped by Ctrl-C
  }
  // Partly bad input still stores the good articles, but the exit code tells a script.
  return report.failed == 0 ? 0 : static_cast<int>(ErrorKind::Input);
}

}  // namespace

void add_ingest_command(CLI::App& app) {
  auto options = std::make_shared<IngestCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "ingest", "Read articles (.txt, .jsonl, folders, - for stdin), extract and store them");
  command->add_option("paths", options->paths, "files or folders to read")->required();
  options->db = default_db();
  command->add_option("--db", options->db, "SQLite database (default $KG_DB or kg.db)");
  add_pipeline_options(*command, options->model, options->lexicons);
  command->add_option("-j,--threads", options->threads, "extraction threads (default: all cores)");
  command->add_flag("--strict", options->strict, "stop at the first bad input");
  command->add_option("--published", options->published,
                      "publication date for articles that give none (e.g. 2016-02-19)");
  command->add_flag("-q,--quiet", options->quiet, "print no summary and no progress");
  command->callback([options] {
    int code = run(*options);
    if (code != 0) throw CLI::RuntimeError(code);
  });
}

}  // namespace kg::cli
