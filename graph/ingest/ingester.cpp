#include "graph/ingest/ingester.h"

#include <atomic>
#include <chrono>
#include <exception>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_set>

#include "extractor/core/channel.h"
#include "extractor/input/article_reader.h"

namespace kg {

size_t input_bytes(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  size_t total = 0;
  std::error_code ec;
  for (const std::string& name : paths) {
    if (name == "-") continue;
    if (fs::is_regular_file(name, ec)) {
      total += fs::file_size(name, ec);
      continue;
    }
    if (!fs::is_directory(name, ec)) continue;
    for (auto it = fs::recursive_directory_iterator(name, ec); !ec && it != fs::end(it);
         it.increment(ec)) {
      if (it->is_regular_file(ec) && is_article_file(it->path())) total += it->file_size(ec);
    }
  }
  return total;
}

namespace {

// One article on its way through the workers to the writer.
struct Job {
  size_t seq = 0;
  Document doc;
  Extraction extraction;
  std::exception_ptr error;
};

}  // namespace

Ingester::Ingester(Store& store, const ArticlePipeline& pipeline)
    : store_(store), pipeline_(pipeline) {}

IngestReport Ingester::run(const std::vector<std::string>& paths, const IngestOptions& options) {
  using Clock = std::chrono::steady_clock;
  auto start = Clock::now();
  unsigned threads =
      options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  IngestReport report;
  IngestProgress progress;
  progress.bytes_total = input_bytes(paths);

  std::unordered_set<std::string> seen;
  for (std::string& hash : store_.content_hashes()) seen.insert(std::move(hash));

  // Counters the reader thread keeps apart from the writer's (merged at the end).
  size_t skipped_early = 0, failed_early = 0;
  std::atomic<size_t> skipped_bytes = 0;
  std::atomic<bool> writer_failed = false;
  std::mutex report_mutex;
  auto report_bad_input = [&](const Error& e) {
    std::lock_guard lock(report_mutex);
    if (options.on_bad_input) options.on_bad_input(e);
  };

  Channel<Job> work, done;
  // Articles in flight. Enough that the workers keep going while the writer is held up by a WAL
  // checkpoint (with 4 per thread, ingest into a 100k-article store ran at 193 articles/s on 2
  // cores instead of 228); few enough that memory stays flat.
  Slots slots(32 * static_cast<size_t>(threads));
  std::vector<std::thread> workers;
  for (unsigned i = 0; i < threads; ++i)
    workers.emplace_back([&] {
      while (std::optional<Job> job = work.pop()) {
        try {
          job->extraction = pipeline_.run(job->doc);
        } catch (...) {
          job->error = std::current_exception();
        }
        done.push(std::move(*job));
      }
    });

  // The writer stores jobs in input order, batching transactions.
  std::exception_ptr writer_error;
  std::thread writer([&] {
    size_t in_batch = 0;
    auto last_report = Clock::now();
    try {
      for_each_in_order(done, [&](Job& ready) {
        progress.bytes_done += ready.doc.text.size();
        if (ready.error) {
          try {
            std::rethrow_exception(ready.error);
          } catch (const Error& e) {
            if (options.strict) throw;
            ++report.failed;
            report_bad_input(Error(ErrorKind::Input, ready.doc.meta.source + ": " + e.what()));
          }
        } else {
          if (!store_.in_batch()) store_.begin_batch();
          if (auto added = store_.add_article(ready.doc, ready.extraction)) {
            ++report.added;
            if (added->copy_of) ++report.copies;
            report.words += ready.doc.tokens.size();
            report.warned += !ready.doc.warnings.empty();
            if (options.on_warning) {
              for (const std::string& warning : added->warnings) options.on_warning(warning);
              for (const std::string& warning : ready.doc.warnings) options.on_warning(warning);
            }
          } else {
            ++report.unchanged;
          }
          if (++in_batch >= options.batch_size) {
            store_.commit_batch();
            in_batch = 0;
          }
        }
        slots.release();
        ++progress.done;
        if (options.on_progress && Clock::now() - last_report > std::chrono::milliseconds(200)) {
          last_report = Clock::now();
          progress.seconds = std::chrono::duration<double>(last_report - start).count();
          IngestProgress shown = progress;
          shown.bytes_done += skipped_bytes;
          options.on_progress(shown);
        }
      });
      store_.commit_batch();
    } catch (...) {
      writer_error = std::current_exception();
      writer_failed = true;
      // Unblock the reader and drain the workers; the store's destructor rolls the batch back.
      for (;;) {
        slots.release();
        if (!done.pop()) break;
      }
    }
  });

  size_t seq = 0;
  std::exception_ptr reader_error;
  struct Interrupted {};  // not a std::exception: the readers let it through
  try {
    read_articles(
        paths,
        [&](Document&& doc) {
          if (writer_failed) throw Error(ErrorKind::Store, "ingest stopped");
          if (options.interrupted && options.interrupted->load()) throw Interrupted{};
          if (!seen.insert(content_hash(doc.text)).second) {
            ++skipped_early;
            skipped_bytes += doc.text.size();
            return;
          }
          if (doc.meta.published.empty()) doc.meta.published = options.published;
          slots.acquire();
          Job job;
          job.seq = seq++;
          job.doc = std::move(doc);
          work.push(std::move(job));
        },
        [&](const Error& e) {
          if (options.strict) throw e;
          ++failed_early;
          report_bad_input(e);
        },
        [&](size_t files, const std::string& why) {
          report.skipped_files += files;
          report.skipped_why.push_back(why);
        });
  } catch (const Interrupted&) {
    report.interrupted = true;
  } catch (...) {
    reader_error = std::current_exception();
  }
  work.close();
  for (std::thread& t : workers) t.join();
  done.close();
  writer.join();
  if (writer_error) std::rethrow_exception(writer_error);
  if (reader_error) std::rethrow_exception(reader_error);
  report.unchanged += skipped_early;
  report.failed += failed_early;
  report.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return report;
}

}  // namespace kg
