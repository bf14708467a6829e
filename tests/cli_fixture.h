// A small store for the CLI tests of names and output shapes (issue 25, items 3, 5 and 6), loaded
// with `kg load` from hand-written extractions so the expected rows do not depend on the model.
// Every article, name and quote is invented; the countries and capitals are general facts.
#pragma once

#include <string>

#include "test_support.h"

namespace kg::test {

// Two articles: a capital standing for its country beside the city itself, two people sharing a
// surname, an accented name, a quote and a title carrying terminal escape sequences, a long
// evidence sentence, one fact without a date.
inline std::string cli_fixture_jsonl() {
  std::string first =
      R"({"document": {"id": "a1", "title": "Ministers meet \u001b[2Jin Lyon", )"
      R"("published": "2025-03-03", "author": "Ines Varga", "url": "", "source": "a1.txt", )"
      R"("text": "Paris condemned Berlin over the harbour dispute that has divided the two )"
      R"(governments for many months and that neither side expects to settle before the )"
      R"(autumn. Lena Marchetti met Dario Marchetti. USA sanctioned North Korea.", )"
      R"("sentences": [[0, 159], [160, 195], [196, 223]]}, )"
      R"("entities": [)"
      R"({"id": "country:FRA", "name": "France", "type": "Country", "aliases": ["France", "Paris"], "mentions": [[0, 0, 5]]}, )"
      R"({"id": "location:paris", "name": "Paris", "type": "Location", "aliases": ["Paris"], "mentions": [[0, 0, 5]]}, )"
      R"({"id": "country:DEU", "name": "Germany", "type": "Country", "aliases": ["Germany", "Berlin"], "mentions": [[0, 16, 22]]}, )"
      R"({"id": "person:lena marchetti", "name": "Lena Marchetti", "type": "Person", "aliases": ["Lena Marchetti", "Marchetti"], "mentions": [[1, 160, 174]]}, )"
      R"({"id": "person:dario marchetti", "name": "Dario Marchetti", "type": "Person", "aliases": ["Dario Marchetti", "Marchetti"], "mentions": [[1, 179, 194]]}, )"
      R"({"id": "country:USA", "name": "United States", "type": "Country", "aliases": ["United States"], "mentions": [[2, 196, 199]]}, )"
      R"({"id": "country:PRK", "name": "North Korea", "type": "Country", "aliases": ["North Korea"], "mentions": [[2, 211, 222]]}], )"
      R"("relations": [)"
      R"({"subject": "country:FRA", "relation": "CONDEMN", "predicate": "condemn", "object": "country:DEU", "date": "2025-03-01", "negated": false, "hedged": false, "confidence": 0.8, "sentence": 0, "begin": 0, "end": 159}, )"
      R"({"subject": "person:lena marchetti", "relation": "MEET", "predicate": "meet", "object": "person:dario marchetti", "negated": false, "hedged": true, "attributed_to": "country:FRA", "confidence": 0.7, "sentence": 1, "begin": 160, "end": 195}, )"
      R"({"subject": "country:USA", "relation": "SANCTION", "predicate": "sanction", "object": "country:PRK", "negated": false, "hedged": false, "confidence": 0.8, "sentence": 2, "begin": 196, "end": 223}]})";
  std::string second =
      R"({"document": {"id": "a2", "title": "Talks in Lyon", "author": "", "url": "", )"
      R"("source": "a2.txt", "text": "\"We will not yield \u001b[31mtoday\u001b[0m,\" )"
      R"(Fran\u00e7ois Delacroix said. Delacroix visited Germany.", )"
      R"("sentences": [[0, 61], [62, 88]]}, )"
      R"("entities": [)"
      R"({"id": "person:fran\u00e7ois delacroix", "name": "Fran\u00e7ois Delacroix", "type": "Person", "aliases": ["Fran\u00e7ois Delacroix", "Delacroix"], "mentions": [[0, 36, 55]]}, )"
      R"({"id": "country:DEU", "name": "Germany", "type": "Country", "aliases": ["Germany"], "mentions": [[1, 80, 87]]}], )"
      R"("relations": [)"
      R"({"subject": "person:fran\u00e7ois delacroix", "relation": "VISIT", "predicate": "visit", "object": "country:DEU", "negated": false, "hedged": false, "confidence": 0.8, "sentence": 1, "begin": 62, "end": 88}], )"
      R"("quotes": [{"speaker": "person:fran\u00e7ois delacroix", "text": "We will not yield \u001b[31mtoday\u001b[0m,", "cue": "said", "sentence": 0, "begin": 1, "end": 34}]})";
  return first + "\n" + second + "\n";
}

// Loads the fixture into dir/kg.db and returns " --db PATH" for the commands.
inline std::string load_cli_fixture(const TempDir& dir) {
  write_file(dir.file("fixture.jsonl"), cli_fixture_jsonl());
  auto loaded =
      run(kg_binary() + " load " + dir.file("fixture.jsonl") + " --db " + dir.file("kg.db"));
  if (loaded.exit_code != 0) throw std::runtime_error("kg load failed: " + loaded.output);
  return " --db " + dir.file("kg.db");
}

}  // namespace kg::test
