// Ingesting a corpus: articles are read on the calling thread, analysed and extracted on N worker
// threads, and written by one writer in batched transactions, in input order (so article ids do
// not depend on thread timing). Each article is still stored whole or not at all; an article
// already in the store (same content hash) is skipped before any work is spent on it.
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "extractor/article_pipeline.h"
#include "extractor/core/error.h"
#include "graph/store/store.h"

namespace kg {

struct IngestProgress {
  size_t done = 0;         // articles stored, skipped or failed so far
  size_t bytes_done = 0;   // input bytes behind them
  size_t bytes_total = 0;  // all input bytes (0 when unknown, e.g. standard input)
  double seconds = 0;
};

struct IngestReport {
  size_t added = 0;
  size_t copies = 0;  // of the added, near-copies of stored articles (their facts not counted)
  size_t unchanged = 0;
  size_t failed = 0;
  size_t words = 0;   // tokens of the added articles
  size_t warned = 0;  // added articles that came with a warning (a thin page, an over-long line)
  size_t skipped_files = 0;              // files in the folders that are not articles
  std::vector<std::string> skipped_why;  // per folder: which ones
  double seconds = 0;
  bool interrupted = false;  // stopped by IngestOptions::interrupted before the input's end
};

struct IngestOptions {
  unsigned threads = 0;    // 0: one per core
  size_t batch_size = 64;  // articles per transaction
  bool strict = false;     // stop at the first bad input (throw its kg::Error)
  std::string published;   // "YYYY-MM-DD" for articles whose text and record give no date
  std::function<void(const IngestProgress&)> on_progress;  // called from the writer, may be empty
  std::function<void(const Error&)> on_bad_input;          // a skipped input (not with strict)
  std::function<void(const std::string&)> on_warning;      // a stored article's warning, in order
  // When it becomes true (e.g. set by a SIGINT handler), no further article is read; the ones
  // read already are stored and committed, so that running the same ingest again resumes.
  const std::atomic<bool>* interrupted = nullptr;
};

class Ingester {
 public:
  // The pipeline is shared by the workers (it is thread-safe).
  Ingester(Store& store, const ArticlePipeline& pipeline);

  IngestReport run(const std::vector<std::string>& paths, const IngestOptions& options);

 private:
  Store& store_;
  const ArticlePipeline& pipeline_;
};

// Sum of the sizes of the files under `paths` that read_articles would read (0 for "-").
size_t input_bytes(const std::vector<std::string>& paths);

}  // namespace kg
