// UTF-8 helpers: validation (input readers and exporters) and code-point scanning for the
// tokenizer and the sentence splitter, which work on byte offsets into the original text.
//
// Stateless: all functions are thread-safe.
#pragma once

#include <utf8proc.h>

#include <cstdint>
#include <optional>
#include <string_view>

namespace kg {

// The byte offset of the first invalid UTF-8 sequence (overlong forms, surrogates and code points
// past U+10FFFF included), or nullopt when the text is valid.
std::optional<size_t> find_invalid_utf8(std::string_view text);

struct CodePoint {
  int32_t cp;
  uint32_t len;  // bytes
};

// Decodes one UTF-8 sequence at t[i]; invalid bytes decode as U+FFFD of length 1 so that scanning
// always advances and offsets stay on the original bytes.
inline CodePoint decode_utf8(std::string_view t, uint32_t i) {
  unsigned char c = static_cast<unsigned char>(t[i]);
  if (c < 0x80) return {c, 1};
  utf8proc_int32_t cp = 0;
  utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(t.data()) + i,
                                        static_cast<utf8proc_ssize_t>(t.size() - i), &cp);
  if (n <= 0) return {0xFFFD, 1};
  return {cp, static_cast<uint32_t>(n)};
}

// White space, including the no-break and typographic spaces and the byte-order mark.
inline bool is_space_cp(int32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f' ||
         cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000 || cp == 0xFEFF;
}

}  // namespace kg
