// The HTML reader on arbitrary bytes: kg::document_from_html either refuses the page with a
// kg::Error or returns a Document whose text is valid UTF-8 and not empty.
#include <cstdint>
#include <string>

#include "extractor/core/error.h"
#include "extractor/input/article_reader.h"
#include "extractor/input/html_reader.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  kg::Document doc;
  try {
    doc = kg::document_from_html(std::string(kg::fuzz::as_text(data, size)), "fuzz.html");
  } catch (const kg::Error&) {
    return 0;
  }
  KG_FUZZ_CHECK(!kg::find_invalid_utf8(doc.text).has_value());
  return 0;
}
