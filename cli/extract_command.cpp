// kg extract FILE... : print what the extractor finds in articles, as the scorer's JSON, or their
// open triples in CaRB's tab format (--format tsv; --one-per-line for pre-tokenized sentences),
// on as many threads as there are cores, in input order.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <exception>
#include <fstream>
#include <functional>
#include <iostream>
#include <optional>
#include <thread>

#include "cli/commands.h"
#include "cli/common.h"
#include "extractor/core/channel.h"
#include "extractor/core/error.h"
#include "extractor/formats/extraction_json.h"
#include "extractor/input/article_reader.h"
#include "extractor/openie/open_triples.h"
#include "extractor/syntax/syntax_model.h"

namespace kg::cli {
namespace {

struct ExtractOptions {
  std::vector<std::string> paths;
  std::string format = "json";
  bool one_per_line = false;
  bool timing = false;
  std::string model;
  std::string lexicons;
  unsigned threads = 0;  // 0: one per core
};

// Time spent in extract_open_triples and the words it read (--timing).
struct OpenTripleClock {
  double seconds = 0;
  size_t words = 0;
};

void print_warnings(const Document& doc) {
  for (const std::string& warning : doc.warnings)
    std::fprintf(stderr, "kg: warning: %s\n", warning.c_str());
}

// CaRB's tab format, one line a triple: sentence, confidence, relation, arg1, arg2... Context
// arguments are left out: CaRB's scorer drops them from the gold, so they would only cost
// precision. Tabs and line breaks inside a field become spaces.
std::string tsv_lines(const Document& doc, std::string_view sentence_override,
                      OpenTripleClock& clock) {
  auto start = std::chrono::steady_clock::now();
  std::vector<OpenTriple> triples = extract_open_triples(doc);
  clock.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  clock.words += doc.tokens.size();
  auto field = [](std::string_view s) {
    std::string out(s);
    for (char& c : out)
      if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    return out;
  };
  std::string lines, line;
  for (const OpenTriple& t : triples) {
    std::string_view sentence = sentence_override.empty()
                                    ? doc.sentence_text(doc.sentences[t.sentence])
                                    : sentence_override;
    char conf[32];
    std::snprintf(conf, sizeof conf, "%.4f", t.confidence);
    line = field(sentence) + '\t' + conf + '\t' + field(t.relation.text) + '\t' +
           field(t.arg1.phrase.text);
    for (const OpenArg& a : t.args)
      if (a.role != OpenArgRole::Context) line += '\t' + field(a.phrase.text);
    line += '\n';
    lines += line;
  }
  return lines;
}

void print(const std::string& text) { std::fwrite(text.data(), 1, text.size(), stdout); }

// One pre-tokenized sentence (tokens separated by spaces, as CaRB's dev.txt / test.txt) as a
// Document of one sentence. PTB quote tokens are shown to the tagger as plain quotes; the text,
// and so every phrase printed, stays exactly the line.
Document tokenized_line(const std::string& line) {
  Document doc;
  doc.text = line;
  uint32_t n = static_cast<uint32_t>(line.size());
  for (uint32_t i = 0; i < n;) {
    while (i < n && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
    uint32_t b = i;
    while (i < n && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') ++i;
    if (i == b) break;
    Token t;
    t.begin = b;
    t.end = i;
    t.form = line.substr(b, i - b);
    if (t.form == "``" || t.form == "''")
      t.form = "\"";
    else if (t.form == "-LRB-")
      t.form = "(";
    else if (t.form == "-RRB-")
      t.form = ")";
    doc.tokens.push_back(std::move(t));
  }
  if (!doc.tokens.empty()) {
    Sentence s;
    s.first_token = 0;
    s.end_token = static_cast<uint32_t>(doc.tokens.size());
    s.begin = doc.tokens.front().begin;
    s.end = doc.tokens.back().end;
    doc.sentences.push_back(s);
  }
  return doc;
}

void run_one_per_line(const ExtractOptions& options) {
  std::unique_ptr<SyntaxModel> pipeline = SyntaxModel::load(options.model);
  OpenTripleClock clock;
  for (const std::string& path : options.paths) {
    std::ifstream file;
    std::istream* in = &std::cin;
    if (path != "-") {
      file.open(path, std::ios::binary);
      if (!file) throw Error(ErrorKind::Input, path + ": cannot open");
      in = &file;
    }
    std::string line;
    while (std::getline(*in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      Document doc = tokenized_line(line);
      if (doc.sentences.empty()) continue;
      pipeline->annotate(doc);
      print(tsv_lines(doc, line, clock));
    }
  }
  std::fflush(stdout);
  if (options.timing)
    std::fprintf(stderr, "kg: open triples: %zu words in %.3f s (%.0f words/s, parsing excluded)\n",
                 clock.words, clock.seconds, clock.seconds > 0 ? clock.words / clock.seconds : 0.0);
}

// An article whose extraction failed, as a bad input that names it.
Error failed_article(const Document& doc, const Error& e) {
  return Error(ErrorKind::Input, doc.meta.source + ": " + e.what());
}

// Articles extracted on `threads` workers while this thread reads them, printed in input order
// by a writer thread: the same output, and the same messages in the same order, as one thread
// gives. A record that cannot be read, or an article whose extraction fails, is reported in its
// place.
template <class Output>
void run_parallel(const std::vector<std::string>& paths, unsigned threads, const Output& output,
                  const std::function<void(const Error&)>& bad_input, OpenTripleClock& clock) {
  struct Job {
    size_t seq = 0;
    Document doc;
    std::string out;
    OpenTripleClock clock;
    std::exception_ptr error;
    std::optional<Error> unread;  // a record the reader could not read, reported in its place
  };
  Channel<Job> work, done;
  Slots slots(8 * static_cast<size_t>(threads));  // articles in flight: memory stays flat
  std::vector<std::thread> workers;
  for (unsigned i = 0; i < threads; ++i)
    workers.emplace_back([&] {
      while (std::optional<Job> job = work.pop()) {
        try {
          job->out = output(job->doc, job->clock);
        } catch (...) {
          job->error = std::current_exception();
        }
        done.push(std::move(*job));
      }
    });
  std::exception_ptr fatal;  // not a bad input: rethrown once every thread has stopped
  std::thread writer([&] {
    for_each_in_order(done, [&](Job& ready) {
      if (!fatal) {
        if (ready.unread) {
          bad_input(*ready.unread);
        } else if (ready.error) {
          try {
            std::rethrow_exception(ready.error);
          } catch (const Error& e) {
            bad_input(failed_article(ready.doc, e));
          } catch (...) {
            fatal = std::current_exception();
          }
        } else {
          print_warnings(ready.doc);
          print(ready.out);
          clock.seconds += ready.clock.seconds;
          clock.words += ready.clock.words;
        }
      }
      slots.release();  // even after a fatal error, so that the reader never waits forever
    });
  });
  size_t seq = 0;
  std::exception_ptr reader_error;  // the threads are joined first, whatever happens
  try {
    read_articles(
        paths,
        [&](Document&& doc) {
          slots.acquire();
          work.push(Job{seq++, std::move(doc), {}, {}, {}, {}});
        },
        [&](const Error& e) {
          slots.acquire();
          done.push(Job{seq++, {}, {}, {}, {}, e});
        });
  } catch (...) {
    reader_error = std::current_exception();
  }
  work.close();
  for (std::thread& t : workers) t.join();
  done.close();
  writer.join();
  if (reader_error) std::rethrow_exception(reader_error);
  if (fatal) std::rethrow_exception(fatal);
}

void run(ExtractOptions options) {
  // With no path, kg extract is a filter over standard input, unless nobody is piping anything.
  if (options.paths.empty()) {
    if (isatty(STDIN_FILENO))
      throw Error(ErrorKind::Usage, "kg extract: give article files, or pipe articles to stdin");
    options.paths = {"-"};
  }
  if (options.one_per_line) {
    if (options.format != "tsv") throw Error(ErrorKind::Usage, "--one-per-line needs --format tsv");
    run_one_per_line(options);
    return;
  }
  const ArticlePipeline pipeline = ArticlePipeline::load(options.model, options.lexicons);
  const bool jsonl = options.format == "jsonl", tsv = options.format == "tsv";
  // What an article prints on standard output.
  auto output = [&](Document& doc, OpenTripleClock& clock) {
    if (tsv) {
      pipeline.analyze(doc);
      return tsv_lines(doc, {}, clock);
    }
    Extraction extraction = pipeline.run(doc);
    return extraction_to_json(doc, extraction, !jsonl) + '\n';
  };
  std::atomic<int> failures = 0;
  auto bad_input = [&](const Error& e) {
    std::fprintf(stderr, "kg: %s\n", e.what());
    ++failures;
  };
  OpenTripleClock clock;
  unsigned threads =
      options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  if (threads == 1) {
    read_articles(
        options.paths,
        [&](Document&& doc) {
          std::string out;
          try {
            out = output(doc, clock);
          } catch (const Error& e) {
            bad_input(failed_article(doc, e));
            return;
          }
          print_warnings(doc);
          print(out);
        },
        bad_input);
  } else {
    run_parallel(options.paths, threads, output, bad_input, clock);
  }
  std::fflush(stdout);
  if (tsv && options.timing)
    std::fprintf(stderr, "kg: open triples: %zu words in %.3f s (%.0f words/s, parsing excluded)\n",
                 clock.words, clock.seconds, clock.seconds > 0 ? clock.words / clock.seconds : 0.0);
  if (failures) throw CLI::RuntimeError(static_cast<int>(ErrorKind::Input));
}

}  // namespace

void add_extract_command(CLI::App& app) {
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* command =
      app.add_subcommand("extract", "Print the entities, facts and quotes of articles");
  command->add_option("paths", options->paths,
                      "article files (.txt, .html, .jsonl) or - for stdin (the default)");
  command
      ->add_option("--format", options->format,
                   "json (one indented object per article), jsonl, or tsv (open triples in CaRB's "
                   "tab format: sentence, confidence, relation, arg1, arg2...)")
      ->check(CLI::IsMember({"json", "jsonl", "tsv"}))
      ->capture_default_str();
  command->add_flag("--one-per-line", options->one_per_line,
                    "with --format tsv: each input line is one sentence of space-separated tokens "
                    "(CaRB's dev.txt / test.txt), printed back exactly");
  command->add_flag("--timing", options->timing,
                    "with --format tsv: report the open-triple extraction rate on standard error");
  command->add_option("-j,--threads", options->threads,
                      "extraction threads (default: all cores); the output keeps the input order");
  add_pipeline_options(*command, options->model, options->lexicons);
  command->callback([options] { run(*options); });
}

}  // namespace kg::cli
