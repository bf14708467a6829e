// A small store for the CLI tests of names and output shapes (issue 25, items 3, 5 and 6), loaded
// with `kg load` from hand-written extractions so the expected rows do not depend on the model.
// Every article, name and quote is invented; the countries and capitals are general facts.
#pragma once

#include <string>
#include <utility>
#include <vector>

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

inline std::string json_string(const std::string& text) { return "\"" + text + "\""; }

// One article as `kg extract --format jsonl` writes it: one sentence per line of `lines`, entities
// given as {key, name, type, aliases} with a mention wherever an alias occurs, facts as
// {subject key, relation, object key, attributed-to key or ""} in the sentence that mentions both.
struct EntitySpec {
  std::string key, name, type;
  std::vector<std::string> aliases;
};
struct FactSpec {
  std::string subject, relation, object, attributed;
  size_t sentence;
};
struct QuoteSpec {
  std::string speaker, text;
  size_t sentence;
};

inline std::string article_json(const std::string& id, const std::string& date,
                                const std::vector<std::string>& lines,
                                const std::vector<EntitySpec>& entities,
                                const std::vector<FactSpec>& facts,
                                const std::vector<QuoteSpec>& quotes = {}) {
  std::string text;
  std::vector<std::pair<size_t, size_t>> sentences;
  for (const std::string& line : lines) {
    if (!text.empty()) text += ' ';
    sentences.emplace_back(text.size(), text.size() + line.size());
    text += line;
  }
  std::string json = "{\"document\": {\"id\": " + json_string(id) +
                     ", \"title\": " + json_string(id) + ", \"published\": " + json_string(date) +
                     ", \"source\": " + json_string(id + ".txt") +
                     ", \"text\": " + json_string(text) + ", \"sentences\": [";
  for (size_t i = 0; i < sentences.size(); ++i)
    json += (i ? ", [" : "[") + std::to_string(sentences[i].first) + ", " +
            std::to_string(sentences[i].second) + "]";
  json += "]}, \"entities\": [";
  for (size_t e = 0; e < entities.size(); ++e) {
    const EntitySpec& entity = entities[e];
    json += std::string(e ? ", " : "") + "{\"id\": " + json_string(entity.key) +
            ", \"name\": " + json_string(entity.name) + ", \"type\": " + json_string(entity.type) +
            ", \"aliases\": [";
    for (size_t a = 0; a < entity.aliases.size(); ++a)
      json += (a ? ", " : "") + json_string(entity.aliases[a]);
    json += "], \"mentions\": [";
    bool first = true;
    for (size_t s = 0; s < sentences.size(); ++s)
      for (const std::string& alias : entity.aliases) {
        size_t at = text.find(alias, sentences[s].first);
        if (at == std::string::npos || at + alias.size() > sentences[s].second) continue;
        json += std::string(first ? "" : ", ") + "[" + std::to_string(s) + ", " +
                std::to_string(at) + ", " + std::to_string(at + alias.size()) + "]";
        first = false;
        break;
      }
    json += "]}";
  }
  json += "], \"relations\": [";
  for (size_t f = 0; f < facts.size(); ++f) {
    const FactSpec& fact = facts[f];
    json +=
        std::string(f ? ", " : "") + "{\"subject\": " + json_string(fact.subject) +
        ", \"relation\": " + json_string(fact.relation) +
        ", \"predicate\": \"say\", \"object\": " + json_string(fact.object) +
        ", \"negated\": false, \"hedged\": false, " +
        (fact.attributed.empty() ? ""
                                 : "\"attributed_to\": " + json_string(fact.attributed) + ", ") +
        "\"confidence\": 0.8, \"sentence\": " + std::to_string(fact.sentence) +
        ", \"begin\": " + std::to_string(sentences[fact.sentence].first) +
        ", \"end\": " + std::to_string(sentences[fact.sentence].second) + "}";
  }
  json += "], \"quotes\": [";
  for (size_t q = 0; q < quotes.size(); ++q) {
    const QuoteSpec& quote = quotes[q];
    size_t at = text.find(quote.text);
    json += std::string(q ? ", " : "") + "{\"speaker\": " + json_string(quote.speaker) +
            ", \"text\": " + json_string(quote.text) +
            ", \"cue\": \"said\", \"sentence\": " + std::to_string(quote.sentence) +
            ", \"begin\": " + std::to_string(at) +
            ", \"end\": " + std::to_string(at + quote.text.size()) + "}";
  }
  return json + "]}\n";
}

}  // namespace kg::test
