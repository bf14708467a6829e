// Text that is safe inside XML 1.0: characters XML cannot carry (C0 controls other than tab,
// newline and carriage return, U+FFFE/U+FFFF) and invalid UTF-8 bytes become U+FFFD. Markup
// characters are left for the writer to escape.
#pragma once

#include <string>
#include <string_view>

namespace kg {

std::string xml_safe(std::string_view text);

}  // namespace kg
