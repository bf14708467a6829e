// The relation classes table, the lexicon's check of class names against it, the CAMEO lexicon
// builder, and the rules that read CAMEO verbs, leaders' titles and capitals (hand-made CoNLL-U,
// lexicons only).
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>

#include "extraction_support.h"
#include "extractor/core/error.h"
#include "extractor/facts/relation_classes.h"
#include "extractor/lexicon/cameo_lexicon_builder.h"
#include "extractor/lexicon/lexicon.h"

namespace fs = std::filesystem;
using kg::test::describe;
using kg::test::has_fact;

TEST_CASE("every relation class is named once with a CAMEO code and a meaning", "[relations]") {
  std::set<std::string_view> names;
  for (const auto& c : kg::relation_classes()) {
    CHECK(names.insert(c.name).second);
    CHECK(!c.cameo.empty());
    CHECK(!c.meaning.empty());
  }
  CHECK(kg::is_relation_class("ATTACK"));
  CHECK(kg::is_relation_class("REDUCE_RELATIONS"));
  CHECK_FALSE(kg::is_relation_class("attack"));
  CHECK(kg::relation_class("SANCTION")->cameo == "163");
  CHECK(kg::in_word_list("on against", "against"));
  CHECK_FALSE(kg::in_word_list("on against", "again"));
}

TEST_CASE("a lexicon naming an unknown relation class is an error naming the file and line",
          "[relations]") {
  fs::path dir = fs::temp_directory_path() / "kg_relation_lexicon_test";
  fs::remove_all(dir);
  fs::copy(kg::default_lexicon_dir() + "/lexicon", dir);
  kg::Lexicon ok;
  CHECK_NOTHROW(ok.load(dir.string(), kg::is_relation_class));
  int lines = 0;
  {
    std::ifstream in(dir / "relation_cues.tsv");
    std::string l;
    while (std::getline(in, l)) ++lines;
  }
  std::ofstream(dir / "relation_cues.tsv", std::ios::app) << "frobnicate\tverb\tFROBNICATE\t-\n";
  kg::Lexicon bad;
  try {
    bad.load(dir.string(), kg::is_relation_class);
    FAIL("no error for an unknown class");
  } catch (const kg::Error& e) {
    std::string what = e.what();
    CHECK(what.find("relation_cues.tsv:" + std::to_string(lines + 1)) != std::string::npos);
    CHECK(what.find("FROBNICATE") != std::string::npos);
  }
  fs::remove_all(dir);
}

TEST_CASE("CAMEO codes map to project classes by their root family", "[relations]") {
  CHECK(kg::cameo_class("163") == "SANCTION");
  CHECK(kg::cameo_class("1621") == "REDUCE_RELATIONS");
  CHECK(kg::cameo_class("111") == "CONDEMN");
  CHECK(kg::cameo_class("195") == "ATTACK");
  CHECK(kg::cameo_class("042") == "VISIT");
  CHECK(kg::cameo_class("0233") == "APPEAL");
  CHECK(kg::cameo_class("202") == "MASS_VIOLENCE");
  CHECK(kg::cameo_class("").empty());
  for (const auto& code : {"010", "020", "030", "040", "050", "060", "070", "080", "090", "100",
                           "110", "120", "130", "140", "150", "160", "170", "180", "190", "200"})
    CHECK(kg::is_relation_class(kg::cameo_class(code)));
}

TEST_CASE("the CAMEO builder reads verbs, inflections, patterns and synonym sets", "[relations]") {
  fs::path dir = fs::temp_directory_path() / "kg_cameo_builder_test";
  fs::create_directories(dir);
  std::ofstream(dir / "in.txt") << "# The MIT License (MIT)\n# Copyright (c) test\n#\n"
                                   "# LAST UPDATE: now\n\n"
                                   "####### SYNONYM SETS #######\n\n&WEAPON\n+MISSILE\n+GUNS\n\n"
                                   "####### VERB PATTERNS #######\n\n"
                                   "---  BOMB   [190]  ---\nBOMB\nSHELL {SHELLS SHELLED}\n"
                                   "- * SANCTIONS (ON)  [163]  # BOMB\n"
                                   "- * (IN &CAPITAL)  [043]  # BOMB\n"
                                   "- * &WEAPON  [194]  # SHELL\n\n"
                                   "---  TALK   [---]  ---\nCHAT\n";
  int rows = kg::build_cameo_lexicon((dir / "in.txt").string(), (dir / "out.tsv").string());
  std::ifstream in(dir / "out.tsv");
  std::string text((std::istreambuf_iterator<char>(in)), {});
  CHECK(text.find("The MIT License") != std::string::npos);
  CHECK(text.find("bomb\tverb\t-\t-\t190\tATTACK\n") != std::string::npos);
  CHECK(text.find("shell\tverb\t-\t-\t190\tATTACK\n") != std::string::npos);
  CHECK(text.find("bomb\tverb\tsanction\ton\t163\tSANCTION\n") != std::string::npos);
  CHECK(text.find("shell\tverb\tmissile\t-\t194\tATTACK\n") != std::string::npos);
  CHECK(text.find("shell\tverb\tgun\t-\t194\tATTACK\n") != std::string::npos);
  CHECK(text.find("bomb\tverb\tsanction") != std::string::npos);
  CHECK(text.find("\t043\t") == std::string::npos);  // "(IN &CAPITAL)" cannot be checked
  CHECK(text.find("chat") == std::string::npos);     // no code, no row
  CHECK(rows == 5);
  fs::remove_all(dir);
}

TEST_CASE("a verb only CAMEO knows is read with its subject and object", "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = Canada bombarded Syria.\n"
      "1\tCanada\tCanada\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tbombarded\tbombard\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tSyria\tSyria\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No\n"
      "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Canada", "ATTACK", "Syria"));
  REQUIRE(!x.relations.empty());
  CHECK(x.relations[0].predicate == "bombard");
}

TEST_CASE("a CAMEO verb with one bare class; a place is met by no one", "[relations]") {
  // Bare "expel" is COERCE (174) only; "arrive in" (MEET) takes no place as a party.
  auto x = kg::test::extract_conllu(
      "# text = Canada expelled Syria.\n"
      "1\tCanada\tCanada\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\texpelled\texpel\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tSyria\tSyria\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No\n"
      "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Canada", "COERCE", "Syria"));  // the bare verb: one class
  auto y = kg::test::extract_conllu(
      "# text = Canada arrived in Syria.\n"
      "1\tCanada\tCanada\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tarrived\tarrive\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tin\tin\tADP\tIN\t_\t4\tcase\t_\t_\n"
      "4\tSyria\tSyria\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No\n"
      "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  INFO(describe(y));
  CHECK_FALSE(has_fact(y, "Canada", "MEET", "Syria"));
}

TEST_CASE("a light verb + event noun from a CAMEO pattern: 'carried out strikes on X'",
          "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = Canada carried out strikes on Syria.\n"
      "1\tCanada\tCanada\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tcarried\tcarry\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tout\tout\tADP\tRP\t_\t2\tcompound:prt\t_\t_\n"
      "4\tstrikes\tstrike\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
      "5\ton\ton\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "6\tSyria\tSyria\tPROPN\tNNP\t_\t4\tnmod\t_\tSpaceAfter=No\n"
      "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Canada", "ATTACK", "Syria"));
}

TEST_CASE("'threatened to attack X' threatens X (the frame reads the controlled verb's object)",
          "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = Canada threatened to attack Syria.\n"
      "1\tCanada\tCanada\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tthreatened\tthreaten\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tto\tto\tPART\tTO\t_\t4\tmark\t_\t_\n"
      "4\tattack\tattack\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
      "5\tSyria\tSyria\tPROPN\tNNP\t_\t4\tobj\t_\tSpaceAfter=No\n"
      "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Canada", "THREATEN", "Syria"));
  CHECK_FALSE(has_fact(x, "Canada", "ATTACK", "Syria"));  // a threatened act is not done
}

TEST_CASE("'the Canada-backed Syria' reads the hyphened word as the participle's agent",
          "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = The Canada-backed Syria met.\n"
      "1\tThe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
      "2\tCanada\tCanada\tPROPN\tNNP\t_\t4\tobl:unmarked\t_\tSpaceAfter=No\n"
      "3\t-\t-\tPUNCT\tHYPH\t_\t2\tpunct\t_\tSpaceAfter=No\n"
      "4\tbacked\tback\tVERB\tVBN\t_\t5\tamod\t_\t_\n"
      "5\tSyria\tSyria\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
      "6\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
      "7\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Canada", "SUPPORT", "Syria"));
}
