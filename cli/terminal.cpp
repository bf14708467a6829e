#include "cli/terminal.h"

#include <sys/ioctl.h>
#include <unistd.h>
#include <utf8proc.h>

#include <cstdio>
#include <cstdlib>

#include "extractor/core/utf8.h"

namespace kg::cli {
namespace {

bool escaped(utf8proc_int32_t c) {
  return c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0x202a && c <= 0x202e) ||
         (c >= 0x2066 && c <= 0x2069);
}

size_t number_from_env(const char* name, bool& set) {
  const char* value = std::getenv(name);
  set = false;
  if (!value || !*value) return 0;
  char* end = nullptr;
  long n = std::strtol(value, &end, 10);
  if (*end || n < 0) return 0;
  set = true;
  return static_cast<size_t>(n);
}

// Columns a character takes (an invalid byte decodes as U+FFFD: one column).
size_t char_width(int32_t c) { return static_cast<size_t>(utf8proc_charwidth(c)); }

}  // namespace

std::string printable(std::string_view text, bool keep_newlines) {
  std::string out;
  out.reserve(text.size());
  char escape[16];
  for (uint32_t i = 0; i < text.size();) {
    auto [c, n] = decode_utf8(text, i);
    if (c == 0xFFFD && n == 1) {  // a byte that starts no valid character
      std::snprintf(escape, sizeof escape, "\\x%02x", static_cast<unsigned char>(text[i]));
      out += escape;
    } else if (!escaped(c) || (keep_newlines && c == '\n')) {
      out.append(text.substr(i, n));
    } else if (c == '\n' || c == '\t' || c == '\r') {
      out += c == '\n' ? "\\n" : c == '\t' ? "\\t" : "\\r";
    } else {
      std::snprintf(escape, sizeof escape, c < 0x80 ? "\\x%02x" : "\\u%04x",
                    static_cast<unsigned>(c));
      out += escape;
    }
    i += n;
  }
  return out;
}

size_t display_width(std::string_view text) {
  size_t width = 0;
  for (uint32_t i = 0; i < text.size();) {
    auto [c, n] = decode_utf8(text, i);
    width += char_width(c);
    i += n;
  }
  return width;
}

std::string cut_to_width(const std::string& text, size_t width) {
  if (display_width(text) <= width) return text;
  if (width == 0) return "";
  std::string out;
  size_t used = 0;
  for (uint32_t i = 0; i < text.size();) {
    auto [c, n] = decode_utf8(text, i);
    size_t w = char_width(c);
    if (used + w > width - 1) break;  // room for the ellipsis
    out.append(text, i, n);
    used += w;
    i += n;
  }
  return out + "\u2026";
}

size_t table_width() {
  bool set = false;
  size_t forced = number_from_env("KG_WIDTH", set);
  if (set) return forced;
  if (!isatty(STDOUT_FILENO)) return 0;
  size_t columns = number_from_env("COLUMNS", set);
  if (set && columns > 0) return columns;
  winsize size{};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 80;
}

}  // namespace kg::cli
