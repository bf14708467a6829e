#include "exporters/xml_text.h"

#include "extractor/core/utf8.h"

namespace kg {

std::string xml_safe(std::string_view text) {
  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  std::string out;
  out.reserve(text.size());
  while (!text.empty()) {
    // Copy the valid prefix, then replace the one bad byte and go on.
    size_t valid = find_invalid_utf8(text).value_or(text.size());
    for (size_t i = 0; i < valid; ++i) {
      unsigned char c = static_cast<unsigned char>(text[i]);
      bool bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r');
      // U+FFFE and U+FFFF are EF BF BE / EF BF BF.
      if (c == 0xEF && i + 2 < valid && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
          static_cast<unsigned char>(text[i + 2]) >= 0xBE) {
        out += kReplacement;
        i += 2;
        continue;
      }
      if (bad)
        out += kReplacement;
      else
        out += static_cast<char>(c);
    }
    if (valid == text.size()) break;
    out += kReplacement;
    text.remove_prefix(valid + 1);
  }
  return out;
}

}  // namespace kg

namespace kg {

std::string xml_escape(std::string_view text) {
  std::string safe = xml_safe(text);
  std::string out;
  out.reserve(safe.size());
  for (char c : safe) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      case '\t':
        out += "&#9;";
        break;
      case '\n':
        out += "&#10;";
        break;
      case '\r':
        out += "&#13;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace kg
