// Showing stored text on a terminal: control characters escaped (an ESC sequence in a title must
// not drive the terminal), display widths, and cutting cells to fit the terminal's width.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kg::cli {

// The text with C0 and C1 control characters, DEL, bidirectional overrides and invalid UTF-8
// written as escapes (\x1b, \n, \u202e); `keep_newlines` leaves line breaks (messages).
std::string printable(std::string_view text, bool keep_newlines = false);

// Columns the text takes on a terminal (wide characters 2, combining marks 0).
size_t display_width(std::string_view text);

// At most `width` columns of the text, the last one an ellipsis when something was cut.
std::string cut_to_width(const std::string& text, size_t width);

// The width tables must fit, 0 for no limit: $KG_WIDTH when set (0 turns fitting off), else on a
// terminal $COLUMNS or the terminal's own width, else (a pipe, a file) no limit.
size_t table_width();

}  // namespace kg::cli
