#include "extractor/facts/dates.h"

#include <catch2/catch.hpp>

#include "extractor/formats/conllu.h"

namespace {

// A one-sentence document of whitespace-separated words (tags are not needed for dates).
kg::Document words_doc(const std::string& text, const std::string& published) {
  std::string conllu;
  int id = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    conllu += std::to_string(++id) + "\t" + text.substr(start, end - start) +
              "\t_\tX\t_\t_\t0\troot\t_\t_\n";
    start = end + 1;
  }
  kg::Document doc = kg::document_from_conllu(kg::parse_conllu(conllu + "\n", "test"));
  doc.meta.published = published;
  return doc;
}

std::vector<std::string> dates_of(const std::string& text, const std::string& published) {
  std::vector<std::string> out;
  for (const auto& d : kg::find_dates(words_doc(text, published))) out.push_back(d.date);
  return out;
}

}  // namespace

TEST_CASE("weekdays resolve to the latest such day on or before publication", "[dates]") {
  // 2024-01-10 was a Wednesday.
  CHECK(kg::resolve_weekday("2024-01-10", 2, false, false) == "2024-01-10");
  CHECK(kg::resolve_weekday("2024-01-10", 1, false, false) == "2024-01-09");
  CHECK(kg::resolve_weekday("2024-01-10", 3, true, false) == "2024-01-04");
  CHECK(kg::resolve_weekday("2024-01-10", 4, false, true) == "2024-01-12");
  CHECK(kg::resolve_weekday("not a date", 1, false, false).empty());
}

TEST_CASE("absolute dates, with the year rolled back past publication", "[dates]") {
  CHECK(dates_of("attacks on Dec. 30 and Jan. 2", "2024-01-10") ==
        std::vector<std::string>{"2023-12-30", "2024-01-02"});
  CHECK(dates_of("on January 6 , 2024 it", "2025-03-03") == std::vector<std::string>{"2024-01-06"});
  CHECK(dates_of("since June 2022 .", "2024-01-10").empty());  // no day: not a clause date
  CHECK(dates_of("On Feb. 24 , herders", "2025-03-03") == std::vector<std::string>{"2025-02-24"});
}

TEST_CASE("relative dates", "[dates]") {
  CHECK(dates_of("the ministry last Thursday disclosed", "2024-01-10") ==
        std::vector<std::string>{"2024-01-04"});
  CHECK(dates_of("said Tuesday", "2024-01-10") == std::vector<std::string>{"2024-01-09"});
  CHECK(dates_of("it said yesterday", "2024-01-10") == std::vector<std::string>{"2024-01-09"});
  CHECK(dates_of("said Tuesday", "").empty());
}
