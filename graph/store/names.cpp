#include "graph/store/names.h"

#include <utf8proc.h>

#include <cstdlib>

namespace kg {

std::string normalize_name(std::string_view name) {
  utf8proc_uint8_t* folded = nullptr;
  auto length = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(name.data()),
      static_cast<utf8proc_ssize_t>(name.size()), &folded,
      static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE | UTF8PROC_STABLE));
  std::string text = length >= 0
                         ? std::string(reinterpret_cast<char*>(folded), static_cast<size_t>(length))
                         : std::string(name);
  std::free(folded);

  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    // U+2018/U+2019 (E2 80 98/99) are apostrophes; U+2013/U+2014 dashes act like hyphens.
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      unsigned char d = static_cast<unsigned char>(text[i + 2]);
      if (d == 0x98 || d == 0x99) {
        out += '\'';
        i += 2;
        continue;
      }
      if (d == 0x93 || d == 0x94) {
        pending_space = !out.empty();
        i += 2;
        continue;
      }
    }
    if (c == '.') continue;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-' || c == '_') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += static_cast<char>(c);
  }
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

std::string fold_accents(std::string_view name) {
  std::string norm = normalize_name(name);
  utf8proc_uint8_t* folded = nullptr;
  auto length = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(norm.data()),
      static_cast<utf8proc_ssize_t>(norm.size()), &folded,
      static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_STABLE));
  std::string text = length >= 0
                         ? std::string(reinterpret_cast<char*>(folded), static_cast<size_t>(length))
                         : norm;
  std::free(folded);
  return text;
}

}  // namespace kg
