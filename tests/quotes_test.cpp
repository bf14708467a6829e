// Quotations and their speakers on short texts of our own, through the shipped model.
#include "tests/extraction_support.h"

using kg::test::describe;
using kg::test::extract_text;
using kg::test::speaker_of;

TEST_CASE("a quote in straight marks before 'X said'", "[quotes][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "\"We will not back down,\" Prime Minister Anna Berg said on Monday.");
  INFO(describe(x));
  CHECK(speaker_of(x, "We will not back down") == "Anna Berg");
}

TEST_CASE("a quote in curly marks before 'said X'", "[quotes][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(
      *kg_pipeline, "\u201cPrices will fall,\u201d said Tom Reed, an economist at Halden Bank.");
  INFO(describe(x));
  CHECK(speaker_of(x, "Prices will fall") == "Tom Reed");
}

TEST_CASE("a quote of several sentences is one quote", "[quotes][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "\"The plan is ready. We start tomorrow,\" said Tom Reed, an economist at "
                        "Halden Bank.");
  INFO(describe(x));
  REQUIRE(x.quotes.size() == 1);
  CHECK(x.quotes[0].text == "The plan is ready. We start tomorrow");
  CHECK(speaker_of(x, "We start tomorrow") == "Tom Reed");
}

TEST_CASE("a quote of several sentences is attributed where it closes", "[quotes][model]") {
  KG_NEED_MODEL();
  // The speech verb follows the last sentence, after a relative clause that a parser may hang
  // it from.
  auto x = extract_text(*kg_pipeline,
                        "\"The border is calm. We regret every life that was lost,\" Omar Sidibe "
                        "said in a statement.");
  INFO(describe(x));
  CHECK(speaker_of(x, "We regret every life") == "Omar Sidibe");
}

TEST_CASE("a partial quote inside a clause belongs to the clause's speaker", "[quotes][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(
      *kg_pipeline, "Prime Minister Anna Berg called the decision \"a grave mistake\" on Tuesday.");
  INFO(describe(x));
  CHECK(speaker_of(x, "a grave mistake") == "Anna Berg");
}

TEST_CASE("a short phrase in marks that nobody says is no quote", "[quotes][model]") {
  KG_NEED_MODEL();
  auto x =
      extract_text(*kg_pipeline,
                   "The ministers expressed their concern in the \"strongest terms\" about the "
                   "tests.");
  INFO(describe(x));
  CHECK(speaker_of(x, "strongest terms").empty());
}

TEST_CASE("'according to X' names the speaker", "[quotes][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "Paul Dunn is a spokesman for the Interior Ministry. \"Nobody will cross "
                        "it,\" according to Dunn.");
  INFO(describe(x));
  CHECK(speaker_of(x, "Nobody will cross it") == "Paul Dunn");
}

TEST_CASE("a bare quote paragraph continues the previous speaker", "[quotes][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(
      *kg_pipeline,
      "\"We are ready,\" Prime Minister Anna Berg said.\n\n\"Nothing will stop us.\"\n");
  INFO(describe(x));
  CHECK(speaker_of(x, "We are ready") == "Anna Berg");
  CHECK(speaker_of(x, "Nothing will stop us") == "Anna Berg");
}

TEST_CASE("a bare quote paragraph after a paragraph of reported speech is its reporter's",
          "[quotes][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "Mayor Ivo Marsh opened the new bridge on Monday.\n\n"
                        "\"It took four years,\" he said.\n\n"
                        "Marsh also admitted that the tunnel project was late.\n\n"
                        "\"We made mistakes. We will fix them.\"\n\n"
                        "The city council met on Tuesday.\n\n"
                        "\"Nobody asked us.\"\n");
  INFO(describe(x));
  CHECK(speaker_of(x, "We made mistakes") == "Ivo Marsh");
  // A paragraph that reports nobody's words hands the quote after it to nobody.
  CHECK(speaker_of(x, "Nobody asked us") == "?");
}

TEST_CASE("'the president admitted' is the one president named before", "[quotes][model]") {
  KG_NEED_MODEL();
  auto one = extract_text(*kg_pipeline,
                          "President Ana Pell visited the port of Varn.\n\n"
                          "The president admitted that the harbour needed repairs.\n\n"
                          "\"We have waited too long.\"\n");
  INFO(describe(one));
  CHECK(speaker_of(one, "We have waited too long") == "Ana Pell");
  // Two presidents named: "the president" is neither.
  auto two = extract_text(*kg_pipeline,
                          "President Ana Pell met President Ivo Marsh in Varn.\n\n"
                          "The president admitted that the talks were difficult.\n\n"
                          "\"We have waited too long.\"\n");
  INFO(describe(two));
  CHECK(speaker_of(two, "We have waited too long") == "?");
}

TEST_CASE("a statement noun's agent gives the quote in the clause it reports", "[quotes][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "The talks came days after a warning by Prime Minister Anna Berg that "
                        "Ostland would \"answer every provocation\".");
  INFO(describe(x));
  CHECK(speaker_of(x, "answer every provocation") == "Anna Berg");
}

TEST_CASE("'X was quoted as saying'", "[quotes][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "\"We will respond to any attack,\" Prime Minister Anna Berg was quoted as "
                        "saying by state media.");
  INFO(describe(x));
  CHECK(speaker_of(x, "We will respond to any attack") == "Anna Berg");
}

TEST_CASE("'the statement read' makes the statement the speaker", "[quotes][model]") {
  KG_NEED_MODEL();
  auto x =
      extract_text(*kg_pipeline,
                   "Twelve countries signed a joint statement on Monday. \"We stand together,\" "
                   "the joint statement read.");
  INFO(describe(x));
  CHECK(speaker_of(x, "We stand together") == "joint statement");
}

TEST_CASE("an officer named after the company and title speaks, not the company",
          "[quotes][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "Norvik Energy Chief Executive Lena Holm, who will join the board once the "
                        "deal closes, called the merger \u201ca good day for our staff and our "
                        "customers.\u201d");
  INFO(describe(x));
  CHECK(speaker_of(x, "a good day for our staff") == "Lena Holm");
}

TEST_CASE("a word inside the quote never speaks it, whatever the parse lends the speech verb",
          "[quotes][model]") {
  KG_NEED_MODEL();
  // A hand-made wrong parse: "told" hangs on the quoted "act" with no subject of its own, so it
  // inherits the quoted "It"; the minister is an apposition of "act".
  auto x = kg::test::extract_conllu(
      *kg_pipeline,
      "# text = Chile closed its border.\n"
      "1\tChile\tChile\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tclosed\tclose\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tits\tits\tPRON\tPRP$\t_\t4\tnmod:poss\t_\t_\n"
      "4\tborder\tborder\tNOUN\tNN\t_\t2\tobj\t_\tSpaceAfter=No\n"
      "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
      "# text = \"It was an act of aggression,\" Minister Ana Ruiz told reporters.\n"
      "1\t\"\t\"\tPUNCT\t``\t_\t5\tpunct\t_\tSpaceAfter=No\n"
      "2\tIt\tit\tPRON\tPRP\t_\t5\tnsubj\t_\t_\n"
      "3\twas\tbe\tAUX\tVBD\t_\t5\tcop\t_\t_\n"
      "4\tan\ta\tDET\tDT\t_\t5\tdet\t_\t_\n"
      "5\tact\tact\tNOUN\tNN\t_\t0\troot\t_\t_\n"
      "6\tof\tof\tADP\tIN\t_\t7\tcase\t_\t_\n"
      "7\taggression\taggression\tNOUN\tNN\t_\t5\tnmod\t_\tSpaceAfter=No\n"
      "8\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\tSpaceAfter=No\n"
      "9\t\"\t\"\tPUNCT\t''\t_\t5\tpunct\t_\t_\n"
      "10\tMinister\tMinister\tPROPN\tNNP\t_\t11\tcompound\t_\t_\n"
      "11\tAna\tAna\tPROPN\tNNP\t_\t5\tappos\t_\t_\n"
      "12\tRuiz\tRuiz\tPROPN\tNNP\t_\t11\tflat\t_\t_\n"
      "13\ttold\ttell\tVERB\tVBD\t_\t5\tadvcl:relcl\t_\t_\n"
      "14\treporters\treporter\tNOUN\tNNS\t_\t13\tiobj\t_\tSpaceAfter=No\n"
      "15\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(speaker_of(x, "act of aggression") == "Ana Ruiz");
}

TEST_CASE("a reported clause in quotes is the reporter's words, not its subject's",
          "[quotes][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "Lena Dravic won the appeal on Monday. Her lawyer Tomas Ekberg said Dravic "
                        "was \"relieved by the ruling and grateful to the court for its care.\"");
  INFO(describe(x));
  CHECK(speaker_of(x, "relieved by the ruling") == "Tomas Ekberg");
}

TEST_CASE("'he said' after a company named in the reported clause is the person speaking",
          "[quotes][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "Ana Lind, chief executive of Brantwell Orbital, said Brantwell would "
                        "build two landers. \"We are ready to fly next year,\" he said.");
  INFO(describe(x));
  CHECK(speaker_of(x, "We are ready to fly next year") == "Ana Lind");
  int firm = kg::test::find_entity(x, "Brantwell Orbital");
  REQUIRE(firm >= 0);
  CHECK(x.entities[firm].type == kg::EntityType::Organization);
}

TEST_CASE("a surname with a generational suffix speaks for the full name", "[quotes][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "Prosecutor Tomas R. Ekberg Jr. filed the charges. \"No one is above the "
                        "law in this county,\" Ekberg said in a statement.");
  INFO(describe(x));
  CHECK(speaker_of(x, "No one is above the law") == "Tomas R. Ekberg Jr.");
}

TEST_CASE("admitting and acknowledging report words as saying does", "[quotes][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "Anna Berg admitted that \"the harbour plan came too late for the "
                        "fishermen.\" Tom Reed acknowledged: \"We misjudged the tides.\"");
  INFO(describe(x));
  CHECK(speaker_of(x, "the harbour plan came too late") == "Anna Berg");
  CHECK(speaker_of(x, "We misjudged the tides") == "Tom Reed");
}

TEST_CASE("a short phrase in marks after a naming verb is a name given, no quote",
          "[quotes][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "Councillor Edda Brisk called the mayor a \"coward\" and dubbed the port "
                        "\"Rust Castle\" at the meeting on Monday.");
  INFO(describe(x));
  CHECK(x.quotes.empty());
}

TEST_CASE("a named reporter of the words is surer than a pronoun's antecedent", "[quotes][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(
      *kg_pipeline,
      "Inspector Tomas Ekdal spoke at the Harbour Safety Board on Monday. Mara Lunde, a dock "
      "worker, was fined last year. A witness recalled that he shouted, \"this dock will burn "
      "tonight,\" the Harbour Safety Board said.");
  INFO(describe(x));
  CHECK(speaker_of(x, "this dock will burn tonight") == "Harbour Safety Board");
}
