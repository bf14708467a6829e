// Cleaning text taken from web pages: character references left raw in JSON-LD and <meta> values
// ("&#8217;", "&amp;"), and invisible characters (soft hyphens, zero-width spaces and joiners,
// byte-order marks) that split words such as "Vladi" + "mir" for the tokenizer.
#pragma once

#include <string>
#include <string_view>

namespace kg {

// Replaces numeric (&#8217; &#x2019;) and named (&amp; &rsquo;, HTML's list) character references
// by their UTF-8 text; an unknown or malformed reference is kept as written.
std::string decode_html_entities(std::string_view text);

// Drops U+00AD, U+200B-U+200D, U+2060 and U+FEFF from UTF-8 text.
void strip_invisible_chars(std::string& text);

}  // namespace kg
