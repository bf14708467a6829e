// The JSON Lines article reader on arbitrary bytes: the input is written to a .jsonl file and
// read with kg::read_articles, which must hand every line on as an article or as a bad record
// (kg::Error of kind Input) and never throw or crash.
#include <cstdint>
#include <string>

#include "extractor/core/error.h"
#include "extractor/input/article_reader.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static kg::fuzz::ScratchFile file(".jsonl");
  const std::string& path = file.write(kg::fuzz::as_text(data, size));

  size_t articles = 0;
  size_t bad_records = 0;
  size_t lines = 1;
  for (size_t i = 0; i < size; ++i) lines += data[i] == '\n';
  kg::read_articles(
      {path},
      [&](kg::Document&& doc) {
        ++articles;
        KG_FUZZ_CHECK(!kg::find_invalid_utf8(doc.text).has_value());
        KG_FUZZ_CHECK(doc.text.size() <= kg::kMaxArticleBytes);
      },
      [&](const kg::Error& error) {
        ++bad_records;
        KG_FUZZ_CHECK(error.kind() == kg::ErrorKind::Input);
      });
  KG_FUZZ_CHECK(articles + bad_records <= lines);
  return 0;
}
