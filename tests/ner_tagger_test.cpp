// The named-entity tagger: IOB2 reading, span scoring, training and tagging with a tiny model
// trained here from invented sentences, file round trip, and what the shipped model reads of
// invented names by their context.
#include "extractor/syntax/ner_tagger.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>

#include "extractor/core/error.h"
#include "extractor/syntax/ner_eval.h"
#include "extractor/syntax/train/ner_trainer.h"
#include "tests/test_support.h"

using namespace kg;

namespace {

// Invented sentences: people after "Mr" or before "said", companies before "Corp" or after
// "shares of", places after "in" and "to".
constexpr const char* kTrain =
    "# sent_id = a-1\n"
    "1\tMr\tO\n2\tTovin\tB-PER\n3\tvisited\tO\n4\tDravosk\tB-LOC\n5\t.\tO\n\n"
    "1\tZentrix\tB-ORG\n2\tCorp\tI-ORG\n3\thired\tO\n4\tOlaf\tB-PER\n5\tBrenn\tI-PER\n6\t.\tO\n\n"
    "1\tShe\tO\n2\tflew\tO\n3\tto\tO\n4\tPalvoria\tB-LOC\n5\tyesterday\tO\n6\t.\tO\n\n"
    "1\tShares\tO\n2\tof\tO\n3\tQuorvel\tB-ORG\n4\tCorp\tI-ORG\n5\trose\tO\n6\tin\tO\n7\t"
    "Lindmark\tB-LOC\n8\t.\tO\n\n"
    "1\tMarta\tB-PER\n2\tKellin\tI-PER\n3\tsaid\tO\n4\tit\tO\n5\trained\tO\n6\tin\tO\n7\t"
    "Seravo\tB-LOC\n8\t.\tO\n\n"
    "1\tMr\tO\n2\tDunmore\tB-PER\n3\tsaid\tO\n4\tHalbrik\tB-ORG\n5\tCorp\tI-ORG\n6\tgrew\tO\n7\t"
    ".\tO\n\n"
    "1\tThey\tO\n2\tdrove\tO\n3\tto\tO\n4\tVelmora\tB-LOC\n5\tand\tO\n6\tAstrel\tB-LOC\n7\t.\tO\n\n"
    "1\tShares\tO\n2\tof\tO\n3\tBrastel\tB-ORG\n4\tCorp\tI-ORG\n5\tfell\tO\n6\t.\tO\n\n"
    "1\tIdris\tB-PER\n2\tOkambe\tI-PER\n3\tsaid\tO\n4\tSunday\tO\n5\t.\tO\n\n";

std::string upos_of(const std::string& w) {
  if (w == ".") return "PUNCT";
  if (w == "to" || w == "in" || w == "of") return "ADP";
  if (w == "and") return "CCONJ";
  if (w == "She" || w == "They" || w == "it") return "PRON";
  if (w == "Mr" || (w[0] >= 'A' && w[0] <= 'Z' && w != "Shares")) return "PROPN";
  if (w.ends_with("ed") || w == "said" || w == "flew" || w == "rose" || w == "fell" ||
      w == "grew" || w == "drove")
    return "VERB";
  return "NOUN";
}

std::vector<NerSentence> with_upos(std::vector<NerSentence> sents) {
  for (NerSentence& s : sents)
    for (const std::string& f : s.forms) s.upos.push_back(upos_of(f));
  return sents;
}

NerTagger tiny_model() {
  NerTrainOptions o;
  o.epochs = 8;
  o.prune = 0;
  return train_ner(with_upos(parse_iob2(kTrain, "tiny")), {}, nullptr, o, nullptr);
}

std::vector<std::string> labels(const NerTagger& ner, const std::string& sentence) {
  NerSentence s;
  std::istringstream in(sentence);
  for (std::string w; in >> w;) s.forms.push_back(w);
  s = with_upos({s})[0];
  std::vector<NerToken> info(s.forms.size());
  for (size_t i = 0; i < s.forms.size(); ++i)
    ner_token_info(s.forms[i], s.upos[i], ner.clusters(), info[i]);
  std::vector<NerTag> out(info.size());
  ner.run(info, out.data());
  std::vector<std::string> names;
  for (NerTag t : out) names.emplace_back(ner_tag_name(t));
  return names;
}

}  // namespace

TEST_CASE("IOB2 reading keeps PER, ORG and LOC and reads other labels as O", "[ner]") {
  auto s = parse_iob2(
      "# text = x\n1\tAl\tB-ORG\t-\tann\n2\tZaman\tI-ORG\t-\tann\n3\t:\tO\n"
      "4\tAmerican\tB-OTH\t-\tann\n5\tforces\tB-O\n\n",
      "x.iob2");
  REQUIRE(s.size() == 1);
  CHECK(s[0].forms == std::vector<std::string>{"Al", "Zaman", ":", "American", "forces"});
  CHECK(s[0].tags ==
        std::vector<NerTag>{NerTag::BOrg, NerTag::IOrg, NerTag::O, NerTag::O, NerTag::O});
  try {
    parse_iob2("1\tAl\tB-ORG\n2\tbad line\n", "y.iob2");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()).find("y.iob2:2") != std::string::npos);
  }
}

TEST_CASE("NER spans: a B opens a span, an I of another type opens its own", "[ner]") {
  auto spans = ner_spans({NerTag::BPer, NerTag::IPer, NerTag::O, NerTag::ILoc, NerTag::IOrg,
                          NerTag::BLoc, NerTag::BLoc});
  REQUIRE(spans.size() == 5);
  CHECK(spans[0] == NerSpan{0, 2, 1});
  CHECK(spans[1] == NerSpan{3, 4, 3});
  CHECK(spans[2] == NerSpan{4, 5, 2});
  CHECK(spans[3] == NerSpan{5, 6, 3});
  CHECK(spans[4] == NerSpan{6, 7, 3});
  CHECK(!ner_allowed(NerTag::BPer, NerTag::IOrg));
  CHECK(ner_allowed(NerTag::BOrg, NerTag::IOrg));
  CHECK(!ner_allowed(NerTag::O, NerTag::ILoc));
}

TEST_CASE("A tiny NER model types unseen names by their context", "[ner]") {
  NerTagger ner = tiny_model();
  CHECK(labels(ner, "She flew to Korvessa yesterday .") ==
        std::vector<std::string>{"O", "O", "O", "B-LOC", "O", "O"});
  CHECK(labels(ner, "Shares of Wendrix Corp rose .") ==
        std::vector<std::string>{"O", "O", "B-ORG", "I-ORG", "O", "O"});
  CHECK(labels(ner, "Mr Halvorsen said it rained .") ==
        std::vector<std::string>{"O", "B-PER", "O", "O", "O", "O"});
  // Lower-case words after O are never scored: always O.
  CHECK(labels(ner, "it rained .") == std::vector<std::string>{"O", "O", "O"});
}

TEST_CASE("NER training is deterministic and the file round-trips", "[ner]") {
  test::TempDir dir;
  tiny_model().save(dir.file("a.kgm"));
  tiny_model().save(dir.file("b.kgm"));
  CHECK(test::read_file(dir.file("a.kgm")) == test::read_file(dir.file("b.kgm")));
  NerTagger loaded = NerTagger::load(dir.file("a.kgm"));
  CHECK(labels(loaded, "Shares of Wendrix Corp rose .") ==
        labels(tiny_model(), "Shares of Wendrix Corp rose ."));
  std::string bytes = test::read_file(dir.file("a.kgm"));
  bytes[bytes.size() - 3] ^= 0x55;
  test::write_file(dir.file("bad.kgm"), bytes);
  CHECK_THROWS_AS(NerTagger::load(dir.file("bad.kgm")), Error);
  CHECK_THROWS_AS(NerTagger::load(dir.file("missing.kgm")), Error);
}

TEST_CASE("The shipped NER model types invented names by their context", "[ner]") {
  std::string model = test::source_dir() + "/models/en_ewt.kgm";
  if (!std::filesystem::exists(ner_model_path_for(model))) KG_SKIP("no models/en_ewt_ner.kgm");
  auto syntax = SyntaxModel::load(model);
  NerTagger ner = NerTagger::load(ner_model_path_for(model));
  auto type_of = [&](const std::string& sentence, const std::string& word) {
    std::vector<std::string> forms;
    std::istringstream in(sentence);
    for (std::string w; in >> w;) forms.push_back(w);
    std::vector<NerTag> tags = ner_label(*syntax, ner, forms);
    for (size_t i = 0; i < forms.size(); ++i)
      if (forms[i] == word) return ner_type(tags[i]);
    return -1;
  };
  CHECK(type_of("She works at Brenvox Technologies in the city .", "Brenvox") == 2);
  CHECK(type_of("She grew up in a small village near Kastelvik , in the north .", "Kastelvik") ==
        3);
  CHECK(type_of("\" We will appeal , \" said Tomasz Wreliak , who heads the group .", "Wreliak") ==
        1);
}
