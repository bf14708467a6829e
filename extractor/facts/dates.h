// Dates in news text: absolute ("Jan. 6", "Dec. 30", "June 2022", "January 6, 2024") and relative
// to the publication date ("on Wednesday", "last Thursday", "yesterday"), with the year rolled
// back when a month-day would lie after publication. Stateless; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "extractor/core/document.h"

namespace kg {

struct DateMention {
  uint32_t first = 0, last = 0;  // tokens [first, last)
  std::string date;              // "YYYY-MM-DD" (day-less dates are not kept)
};

// Dates of the document, resolved against doc.meta.published ("YYYY-MM-DD..."); relative dates
// are skipped when the publication date is unknown.
std::vector<DateMention> find_dates(const Document& doc);

// Exposed for tests: resolves a weekday (0 = Monday) to the latest such day on or before
// `published` ("last" forces a day strictly before the publication week's day); future when
// `upcoming`. Returns "" on a malformed publication date.
std::string resolve_weekday(const std::string& published, int weekday, bool last, bool upcoming);

}  // namespace kg
