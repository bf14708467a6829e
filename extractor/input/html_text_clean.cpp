#include "extractor/input/html_text_clean.h"

#include <libxml/HTMLparser.h>

#include <cstdlib>

namespace kg {
namespace {

void append_utf8(std::string& out, unsigned long cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// The code point of the reference body between '&' and ';' ("#8217", "#x2019", "amp"), or 0.
unsigned long reference_value(const std::string& body) {
  if (body.size() > 1 && body[0] == '#') {
    bool hex = body[1] == 'x' || body[1] == 'X';
    std::string digits = body.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 7) return 0;
    char* end = nullptr;
    unsigned long cp = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
    if (*end != '\0' || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return cp;
  }
  const htmlEntityDesc* entity = htmlEntityLookup(reinterpret_cast<const xmlChar*>(body.c_str()));
  return entity ? entity->value : 0;
}

}  // namespace

std::string decode_html_entities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '&') {
      size_t end = text.find(';', i + 1);
      if (end != std::string_view::npos && end - i <= 12) {
        if (unsigned long cp = reference_value(std::string(text.substr(i + 1, end - i - 1)))) {
          append_utf8(out, cp);
          i = end;
          continue;
        }
      }
    }
    out += text[i];
  }
  return out;
}

void strip_invisible_chars(std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    auto at = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
    if (at(i) == 0xC2 && i + 1 < text.size() && at(i + 1) == 0xAD) {  // U+00AD soft hyphen
      i += 1;
      continue;
    }
    if (i + 2 < text.size()) {
      bool zero_width = at(i) == 0xE2 && at(i + 1) == 0x80 && at(i + 2) >= 0x8B &&
                        at(i + 2) <= 0x8D;                                         // U+200B..U+200D
      bool word_joiner = at(i) == 0xE2 && at(i + 1) == 0x81 && at(i + 2) == 0xA0;  // U+2060
      bool bom = at(i) == 0xEF && at(i + 1) == 0xBB && at(i + 2) == 0xBF;          // U+FEFF
      if (zero_width || word_joiner || bom) {
        i += 2;
        continue;
      }
    }
    out += text[i];
  }
  text = std::move(out);
}

}  // namespace kg
