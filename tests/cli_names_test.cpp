// Names resolve predictably (issue 25, item 3): a name several entities answer to is refused with
// the candidates and their ids; ids, ISO codes and accent-free spellings name entities; entity
// search matches word prefixes.
#include <catch2/catch.hpp>

#include "cli_fixture.h"

using namespace kg;

namespace {

std::string kg_command(const std::string& args) { return test::kg_binary() + " " + args; }

}  // namespace

TEST_CASE("a name several entities answer to lists them with ids and types", "[cli]") {
  test::TempDir dir;
  std::string db = test::load_cli_fixture(dir);
  // The capital standing for its country, and the city itself.
  auto capital = test::run(kg_command("relations --subject Paris" + db));
  INFO(capital.output);
  CHECK(capital.exit_code == 2);
  CHECK_THAT(capital.output, Catch::Contains("'Paris' names 2 entities") &&
                                 Catch::Contains("country:FRA  (Country France") &&
                                 Catch::Contains("location:paris  (Location Paris"));
  // Two people with one surname, in every command that takes a name.
  for (std::string command : {"timeline Marchetti", "neighbors Marchetti", "path Marchetti France",
                              "explain Marchetti MEET France", "quotes --speaker Marchetti",
                              "entities merge Marchetti France"}) {
    auto result = test::run(kg_command(command + db));
    INFO(command << ": " << result.output);
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.output, Catch::Contains("person:lena marchetti") &&
                                  Catch::Contains("person:dario marchetti"));
  }
  // An id names one entity, in any case.
  auto by_id = test::run(kg_command("relations --subject \"person:Lena Marchetti\" --csv" + db));
  CHECK(by_id.exit_code == 0);
  CHECK_THAT(by_id.output, Catch::Contains("Lena Marchetti,MEET,meet,Dario Marchetti"));
  auto city = test::run(kg_command("neighbors location:paris" + db));
  CHECK(city.exit_code == 0);
  auto country = test::run(kg_command("relations --subject country:FRA --csv" + db));
  CHECK_THAT(country.output, Catch::Contains("France,CONDEMN,condemn,Germany"));
}

TEST_CASE("ISO codes and accent-free spellings name entities; search matches prefixes", "[cli]") {
  test::TempDir dir;
  std::string db = test::load_cli_fixture(dir);
  // No alias "USA" or "FRA" was ever written: the ISO 3166 alpha-3 codes name the countries.
  auto usa = test::run(kg_command("relations --subject USA --csv" + db));
  INFO(usa.output);
  CHECK(usa.exit_code == 0);
  CHECK_THAT(usa.output, Catch::Contains("United States,SANCTION,sanction,North Korea"));
  auto fra = test::run(kg_command("relations --subject FRA --object deu --csv" + db));
  CHECK_THAT(fra.output, Catch::Contains("France,CONDEMN,condemn,Germany"));
  // Accents do not matter, either way round.
  auto plain = test::run(kg_command("quotes --speaker \"Francois Delacroix\" --csv" + db));
  INFO(plain.output);
  CHECK(plain.exit_code == 0);
  CHECK_THAT(plain.output, Catch::Contains("François Delacroix,"));
  auto accented = test::run(kg_command("timeline \"Lena Marchettí\" --csv" + db));
  CHECK(accented.exit_code == 0);
  CHECK_THAT(accented.output, Catch::Contains("Lena Marchetti,MEET"));
  auto search = test::run(kg_command("entities --search francois --csv" + db));
  CHECK_THAT(search.output, Catch::Contains("person:françois delacroix"));
  // Word prefixes.
  auto prefix = test::run(kg_command("entities --search \"North Kor\" --csv" + db));
  INFO(prefix.output);
  CHECK_THAT(prefix.output, Catch::Contains("country:PRK"));
  CHECK_THAT(prefix.output, !Catch::Contains("country:USA"));
  auto none = test::run(kg_command("relations --subject Atlantis" + db));
  CHECK(none.exit_code == 2);
  CHECK_THAT(none.output, Catch::Contains("no entity named 'Atlantis'"));
}
