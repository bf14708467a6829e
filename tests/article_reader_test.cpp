#include "extractor/input/article_reader.h"

#include <catch2/catch.hpp>

#include "test_support.h"

using namespace kg;

TEST_CASE("dateline with time and byline after the headline", "[reader]") {
  ArticleMeta meta = read_layout_metadata(
      "From\nSend to\n\nTwo states sign a water treaty on the border river\n\n"
      "Sub-headline about the talks in the capital city\n\n"
      "Jan. 10, 2024 - 14:57 By Ana Ruiz-Toledo\nThe body starts here and goes on.\n");
  CHECK(meta.title == "Two states sign a water treaty on the border river");
  CHECK(meta.published == "2024-01-10T14:57");
  CHECK(meta.author == "Ana Ruiz-Toledo");
}

TEST_CASE("date | reporter layout", "[reader]") {
  ArticleMeta meta = read_layout_metadata(
      "Port strike ends after nine days\nMarch 3, 2025 | Lena Okafor\n\nBody.\n");
  CHECK(meta.title == "Port strike ends after nine days");
  CHECK(meta.published == "2025-03-03");
  CHECK(meta.author == "Lena Okafor");
}

TEST_CASE("By NAME, Agency with a Published line", "[reader]") {
  ArticleMeta meta = read_layout_metadata(
      "Regulator opens review of the merger\nBy Pieter de Vries, Northern Wire\n"
      "Published: 2025-02-14 09:30\n\nThe regulator said on Friday...\n");
  CHECK(meta.title == "Regulator opens review of the merger");
  CHECK(meta.author == "Pieter de Vries");
  CHECK(meta.published == "2025-02-14T09:30");
}

TEST_CASE("text without a header gets no invented metadata", "[reader]") {
  ArticleMeta meta =
      read_layout_metadata("The council met on Monday. It voted to close the road.\n");
  CHECK(meta.title.empty());
  CHECK(meta.published.empty());
  CHECK(meta.author.empty());
}

TEST_CASE("dates in several spellings", "[reader]") {
  CHECK(parse_date_prefix("Sept. 5, 2023")->first == "2023-09-05");
  CHECK(parse_date_prefix("10 January 2024")->first == "2024-01-10");
  CHECK(parse_date_prefix("2024-02-29T08:05")->first == "2024-02-29T08:05");
  CHECK_FALSE(parse_date_prefix("Monday morning"));
  CHECK_FALSE(parse_date_prefix("May the best win"));
}

TEST_CASE("invalid UTF-8 is refused with the byte offset and file", "[reader]") {
  CHECK(find_invalid_utf8("abc") == std::nullopt);
  CHECK(find_invalid_utf8("a\xC3\xA9z") == std::nullopt);
  CHECK(find_invalid_utf8("ab\xFFz") == 2u);
  CHECK(find_invalid_utf8("ab\xC0\xAF") == 2u);     // overlong '/'
  CHECK(find_invalid_utf8("x\xED\xA0\x80") == 1u);  // a surrogate
  try {
    document_from_text("Hello\xC3(", "bad.txt");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Input);
    CHECK(std::string(e.what()) == "bad.txt: invalid UTF-8 at byte 5");
  }
}

TEST_CASE("byte-order mark and CRLF are normalised", "[reader]") {
  Document doc =
      document_from_text("\xEF\xBB\xBFHeadline of a short story\r\nBody text.\r\n", "a.txt");
  CHECK(doc.text == "Headline of a short story\nBody text.\n");
  CHECK(doc.meta.source == "a.txt");
}

TEST_CASE("JSON Lines: fields, bad lines with file and line number", "[reader]") {
  test::TempDir dir;
  test::write_file(dir.file("a.jsonl"),
                   "{\"id\": \"x1\", \"title\": \"T\", \"published\": \"2024-05-01\", "
                   "\"author\": \"A B\", \"url\": \"http://e/1\", \"text\": \"One.\"}\n"
                   "{\"id\": \"x2\", \"text\": \n"
                   "\n"
                   "{\"id\": \"x3\"}\n"
                   "{\"id\": \"x4\", \"text\": \"Four.\"}\n");
  std::vector<Document> docs;
  std::vector<std::string> errors;
  read_articles(
      {dir.file("a.jsonl")}, [&](Document&& d) { docs.push_back(std::move(d)); },
      [&](const Error& e) { errors.push_back(e.what()); });
  REQUIRE(docs.size() == 2);
  CHECK(docs[0].meta.id == "x1");
  CHECK(docs[0].meta.title == "T");
  CHECK(docs[0].meta.published == "2024-05-01");
  CHECK(docs[0].meta.author == "A B");
  CHECK(docs[0].meta.url == "http://e/1");
  CHECK(docs[1].meta.id == "x4");
  REQUIRE(errors.size() == 2);
  CHECK_THAT(errors[0], Catch::StartsWith(dir.file("a.jsonl") + ":2: malformed JSON"));
  CHECK_THAT(errors[1], Catch::StartsWith(dir.file("a.jsonl") + ":4: record has no \"text\""));
}

TEST_CASE("folders are read recursively in name order; missing paths are reported", "[reader]") {
  test::TempDir dir;
  std::filesystem::create_directories(dir.path() / "sub");
  test::write_file(dir.file("b.txt"), "Second article text.");
  test::write_file(dir.file("sub/a.txt"), "Nested article text.");
  test::write_file(dir.file("notes.md"), "not an article");
  std::vector<std::string> ids;
  std::vector<std::string> errors;
  read_articles(
      {dir.path().string(), dir.file("missing.txt")},
      [&](Document&& d) { ids.push_back(d.meta.id); },
      [&](const Error& e) { errors.push_back(e.what()); });
  CHECK(ids == std::vector<std::string>{"b", "a"});
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] == dir.file("missing.txt") + ": no such file or directory");
}

TEST_CASE("bylines with the date on the same line, after a dash or a label") {
  ArticleMeta dash = read_layout_metadata(
      "Council approves new budget plan\n\nby Ann Example \xE2\x80\x94 March 4, 2021\n\nBody.\n");
  CHECK(dash.author == "Ann Example");
  CHECK(dash.published == "2021-03-04");
  ArticleMeta label = read_layout_metadata(
      "Council approves new budget plan\n\nBy JOHN SAMPLE PUBLISHED: 10:48, Tue, Feb 2, 2021 | "
      "UPDATED: 11:05, Tue, Feb 2, 2021\n\nBody.\n");
  CHECK(label.author == "John Sample");
  CHECK(label.published == "2021-02-02");
}

TEST_CASE("a date with a time and a zone before the byline") {
  ArticleMeta utc = read_layout_metadata(
      "Council approves new budget plan\n\nMar. 4, 2021, 8:41 AM UTC / By Ann Example\n\nBody.\n");
  CHECK(utc.published == "2021-03-04T08:41");
  CHECK(utc.author == "Ann Example");
  ArticleMeta gmt = read_layout_metadata(
      "Council approves new budget plan\n\n4 March 2021 14:57 GMT | Ann Example\n\nBody.\n");
  CHECK(gmt.published == "2021-03-04T14:57");
  CHECK(gmt.author == "Ann Example");
}

TEST_CASE("wire credit line: the writer, else the reporters; editors are no authors") {
  ArticleMeta writer = read_layout_metadata(
      "Council approves new budget plan\n\nCITY The council voted on Monday.\n\n(Additional "
      "reporting by Ann Example in Lyon; writing by Bob Sample and Cy Test; editing by Dee "
      "Editor)\n");
  CHECK(writer.author == "Bob Sample, Cy Test");
  ArticleMeta reporters = read_layout_metadata(
      "Council approves new budget plan\n\nCITY The council voted on Monday.\n\n(Reporting by Ann "
      "Example and Bob Sample; Editing by Dee Editor)\n");
  CHECK(reporters.author == "Ann Example, Bob Sample");
  ArticleMeta editors = read_layout_metadata(
      "Council approves new budget plan\n\nCITY The council voted on Monday.\n\n(Additional "
      "reporting by Ann Example; Editing by Dee Editor)\n");
  CHECK(editors.author.empty());
}

TEST_CASE("several authors and an agency in one byline") {
  ArticleMeta meta = read_layout_metadata(
      "Council approves new budget plan\n\nBy Ann Example and Bob Sample, Northern Wire\n\n"
      "Body.\n");
  CHECK(meta.author == "Ann Example, Bob Sample");
}

TEST_CASE("ordinal days and zones of other regions") {
  ArticleMeta ordinal = read_layout_metadata(
      "Council approves new budget plan\n\nPublished: 20th March 2021, 09:15 ist\n\nBody.\n");
  CHECK(ordinal.published.rfind("2021-03-20", 0) == 0);
  ArticleMeta est = read_layout_metadata(
      "Council approves new budget plan\n\nUpdated March 21st, 2021 6:05 PM EST\n\nBody.\n");
  CHECK(est.published.rfind("2021-03-21", 0) == 0);
}

TEST_CASE("ordinal days in either order", "[reader]") {
  CHECK(parse_date_prefix("20th March 2021")->first == "2021-03-20");
  CHECK(parse_date_prefix("1st of May, 2022")->first == "2022-05-01");
  CHECK(parse_date_prefix("March 22nd, 2021")->first == "2021-03-22");
  CHECK_FALSE(parse_date_prefix("3 things to know"));
}
