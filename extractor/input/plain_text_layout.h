// Reading a plain-text article's layout: the headline, then a dateline/byline line such as
// "Jan. 10, 2024 - 14:57 By First Last", "March 3, 2025 | Reporter Name" or "By NAME, Agency"
// (with "Published: 2025-02-14 09:30"), giving title, publication date and author.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "extractor/core/document.h"

namespace kg {

// Metadata read off a plain-text layout; fields it cannot find stay empty.
ArticleMeta read_layout_metadata(std::string_view text);

// Parses a date such as "Jan. 10, 2024", "March 3, 2025", "10 January 2024" or "2024-01-10"
// (optionally followed by a time "14:57") at the start of `text`. Returns "YYYY-MM-DD" or
// "YYYY-MM-DDTHH:MM", and the number of bytes read.
std::optional<std::pair<std::string, size_t>> parse_date_prefix(std::string_view text);

}  // namespace kg
