// The model loader on arbitrary bytes: kg::Analyzer::load must either throw kg::Error or return
// a model that can analyse a sentence; it must never crash.
//
// The header's CRC-32 rejects almost every mutated file before its payload is read, so each input
// is loaded twice: as it is, and with the header's payload size and CRC recomputed over the bytes
// that follow it. The second load takes the payload parser (section tags, counts, string
// lengths, class indices) past the checksum; see extractor/syntax/model_format.md.
#include <cstdint>
#include <memory>
#include <string>

#include "extractor/core/error.h"
#include "extractor/syntax/analyzer.h"
#include "extractor/syntax/model_file.h"
#include "fuzz_support.h"

namespace {

void put_le(std::string& bytes, size_t offset, uint64_t value, size_t width) {
  for (size_t i = 0; i < width; ++i) bytes[offset + i] = static_cast<char>(value >> (8 * i));
}

void load_and_use(const std::string& path) {
  std::unique_ptr<kg::Analyzer> analyzer;
  try {
    analyzer = kg::Analyzer::load(path);
  } catch (const kg::Error& e) {
    KG_FUZZ_CHECK(e.kind() == kg::ErrorKind::Model);
    return;
  }
  kg::Document doc;
  doc.text = "The minister said on Monday that talks with Kim would resume in Geneva.";
  analyzer->analyze(doc);
  for (const kg::Token& tok : doc.tokens) {
    KG_FUZZ_CHECK(tok.head >= -1 && tok.head < static_cast<int>(doc.tokens.size()));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static kg::fuzz::ScratchFile file(".kgm");
  std::string bytes(kg::fuzz::as_text(data, size));
  load_and_use(file.write(bytes));

  constexpr size_t kSizeOffset = 20;  // u64 payload size, then u32 CRC-32 (model_format.md)
  constexpr size_t kCrcOffset = 28;
  if (bytes.size() >= kg::kModelHeaderSize) {
    const size_t payload = bytes.size() - kg::kModelHeaderSize;
    put_le(bytes, kSizeOffset, payload, 8);
    put_le(bytes, kCrcOffset, kg::crc32(bytes.data() + kg::kModelHeaderSize, payload), 4);
    load_and_use(file.write(bytes));
  }
  return 0;
}
