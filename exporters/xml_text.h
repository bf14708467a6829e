// Text that is safe inside XML 1.0: characters XML cannot carry (C0 controls other than tab,
// newline and carriage return, U+FFFE/U+FFFF) and invalid UTF-8 bytes become U+FFFD. Markup
// characters are left for the writer to escape.
#pragma once

#include <string>
#include <string_view>

namespace kg {

std::string xml_safe(std::string_view text);

}  // namespace kg

namespace kg {

// xml_safe(text) with the markup characters (& < > " ') escaped, and tab, newline and carriage
// return written as character references so that they survive attribute-value normalisation.
// Safe in element content and in attribute values.
std::string xml_escape(std::string_view text);

}  // namespace kg
