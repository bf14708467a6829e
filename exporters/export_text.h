// Text helpers shared by the exporters: UTF-8 repair, date checks, the colour of each entity type.
// Escaping rules are not here: each format's file owns its own (the JSON writers below escape
// through the RapidJSON writer they are given).
#pragma once

#include <rapidjson/rapidjson.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

// `text` with every byte that is not part of valid UTF-8 replaced by U+FFFD.
std::string valid_utf8(std::string_view text);

// True for a calendar date written YYYY-MM-DD (what GEXF's timeformat="date" and Neo4j's date
// type accept).
bool is_iso_date(std::string_view text);

// One colour per entity type, the same in every format that draws (GEXF viz, DOT).
struct Rgb {
  uint8_t r = 0, g = 0, b = 0;
};
Rgb type_colour(std::string_view type);
std::string hex_colour(Rgb colour);  // "#RRGGBB"

// A JSON string, or a member with a string value, through any RapidJSON writer: invalid UTF-8
// bytes become U+FFFD first, since JSON text must be UTF-8.
template <class JsonWriter>
void json_string(JsonWriter& w, std::string_view s) {
  std::string text = valid_utf8(s);
  w.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}
template <class JsonWriter>
void json_member(JsonWriter& w, const char* key, std::string_view value) {
  w.Key(key);
  json_string(w, value);
}

// The items with `separator` between them ("a; b; c"), for list-valued attributes.
std::string join(const std::vector<std::string>& items, std::string_view separator);

}  // namespace kg
