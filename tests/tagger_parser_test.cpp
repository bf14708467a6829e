#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>
#include <unordered_map>

#include "extractor/core/error.h"
#include "extractor/formats/conllu.h"
#include "extractor/syntax/model_file.h"
#include "extractor/syntax/train/trainer.h"
#include "extractor/syntax/ud_eval.h"
#include "nlp_test_data.h"

namespace {

std::unique_ptr<kg::SyntaxModel> tiny_pipeline() {
  auto sents = kg::parse_conllu(kg::test::kTinyTreebank, "tiny");
  kg::TrainOptions opt;
  opt.tagger_epochs = 10;
  opt.parser_epochs = 15;
  opt.jackknife_folds = 0;  // too few sentences to jackknife
  return kg::train_pipeline(sents, sents, opt, nullptr);
}

// Training options for a beam-4 pipeline on the tiny treebank.
kg::TrainOptions tiny_beam_options() {
  kg::TrainOptions opt;
  opt.tagger_epochs = 10;
  opt.parser_epochs = 10;
  opt.jackknife_folds = 0;
  opt.beam = 4;
  return opt;
}

}  // namespace

TEST_CASE("conllu reader keeps words, multiword tokens and comments", "[conllu]") {
  auto sents = kg::parse_conllu(kg::test::kTinyTreebank, "tiny");
  REQUIRE(sents.size() == 4);
  CHECK(sents[0].sent_id == "1");
  CHECK(sents[0].text == "The minister said the talks would resume.");
  CHECK(sents[0].words[6].space_after == false);
  REQUIRE(sents[3].multiwords.size() == 1);
  CHECK(sents[3].multiwords[0].form == "doesn't");
  CHECK(sents[3].words.size() == 8);
  kg::Document doc = kg::document_from_conllu(sents);
  CHECK(doc.sentences.size() == 4);
  CHECK(doc.sentence_text(doc.sentences[3]) == "He does n't like the new plan.");
  CHECK(doc.tokens[doc.sentences[0].first_token + 2].head == -1);
  CHECK(doc.tokens[0].head == 1);
}

TEST_CASE("conllu reader rejects malformed lines with file and line", "[conllu]") {
  try {
    kg::parse_conllu("# sent_id = 1\n1\tbad line\n\n", "broken.conllu");
    FAIL("no error");
  } catch (const kg::Error& e) {
    CHECK(std::string(e.what()).find("broken.conllu:2") != std::string::npos);
  }
}

TEST_CASE("a tiny trained pipeline tags, lemmatizes and parses its training sentences",
          "[tagger][parser]") {
  auto pipeline = tiny_pipeline();
  auto sents = kg::parse_conllu(kg::test::kTinyTreebank, "tiny");
  kg::UdScores s = kg::evaluate_ud(*pipeline, sents, true);
  CHECK(s.upos == Approx(100.0));
  CHECK(s.lemma == Approx(100.0));
  CHECK(s.uas == Approx(100.0));
  CHECK(s.las == Approx(100.0));
  CHECK(s.tokens > 90.0);

  kg::Document doc;
  doc.text = "The minister said the talks would resume.";
  pipeline->analyze(doc);
  REQUIRE(doc.tokens.size() == 8);
  CHECK(doc.tokens[2].deprel == "root");
  CHECK(doc.tokens[2].head == -1);
  CHECK(doc.tokens[2].lemma == "say");
  CHECK(doc.tokens[1].head == 2);
  CHECK(doc.tokens[1].deprel == "nsubj");
  CHECK(doc.tokens[4].upos == "NOUN");
  CHECK(doc.tokens[4].lemma == "talk");
}

TEST_CASE("annotating with given tags keeps them and parses from them", "[tagger][parser]") {
  auto pipeline = tiny_pipeline();
  auto sents = kg::parse_conllu(kg::test::kTinyTreebank, "tiny");
  kg::Document doc = kg::document_from_conllu(sents);
  REQUIRE(doc.tokens.size() >= 2);
  // Wrong but known tags on the first token: the tagger would put them right.
  doc.tokens[0].upos = "PUNCT";
  doc.tokens[0].xpos = ".";
  pipeline->annotate(doc, kg::Stage::Parse, kg::Tags::Given);
  CHECK(doc.tokens[0].upos == "PUNCT");
  CHECK(doc.tokens[0].xpos == ".");

  // The parser saw exactly those tags.
  const kg::Sentence& first = doc.sentences[0];
  const kg::TagSet& tags = pipeline->tagger().tags();
  auto index = [](const std::vector<std::string>& names, const std::string& name) {
    auto it = std::find(names.begin(), names.end(), name);
    REQUIRE(it != names.end());
    return static_cast<uint16_t>(it - names.begin() + 1);
  };
  int n = static_cast<int>(first.size());
  std::vector<kg::ParserToken> toks(static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) {
    const kg::Token& t = doc.tokens[first.first_token + static_cast<uint32_t>(i)];
    toks[i].word = kg::fnv1a64(kg::normalize_form(t.form));
    toks[i].xpos = index(tags.xpos, t.xpos);
    toks[i].upos = index(tags.upos, t.upos);
  }
  std::vector<int> heads(static_cast<size_t>(n)), labels(static_cast<size_t>(n));
  pipeline->parser().parse(toks.data(), n, heads.data(), labels.data());
  for (int i = 0; i < n; ++i) {
    const kg::Token& t = doc.tokens[first.first_token + static_cast<uint32_t>(i)];
    CHECK(t.head == (heads[i] < 0 ? -1 : static_cast<int>(first.first_token) + heads[i]));
  }

  kg::UdScores s = kg::evaluate_ud(*pipeline, sents, false, kg::Tags::Given);
  CHECK(s.upos == Approx(100.0));
  CHECK(s.xpos == Approx(100.0));
  CHECK(s.uas == Approx(100.0));
}

TEST_CASE("parse output is a tree with one root per sentence", "[parser]") {
  auto pipeline = tiny_pipeline();
  kg::Document doc;
  doc.text = "Unseen words everywhere, said nobody in particular today.\n\nSecond paragraph here.";
  pipeline->analyze(doc);
  REQUIRE(doc.sentences.size() == 2);
  for (const kg::Sentence& s : doc.sentences) {
    int roots = 0;
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      const kg::Token& tok = doc.tokens[t];
      if (tok.head < 0) {
        ++roots;
        CHECK(tok.deprel == "root");
      } else {
        CHECK(tok.head >= static_cast<int>(s.first_token));
        CHECK(tok.head < static_cast<int>(s.end_token));
        CHECK_FALSE(tok.deprel.empty());
      }
    }
    CHECK(roots == 1);
  }
  std::ostringstream out;
  kg::write_conllu(out, doc, "d-");
  CHECK(out.str().find("# sent_id = d-2") != std::string::npos);
  CHECK(out.str().find("# text = Second paragraph here.") != std::string::npos);
}

TEST_CASE("a globally trained beam-search parser parses its training sentences", "[parser]") {
  auto sents = kg::parse_conllu(kg::test::kTinyTreebank, "tiny");
  kg::TrainOptions opt = tiny_beam_options();
  auto pipeline = kg::train_pipeline(sents, sents, opt, nullptr);
  CHECK(pipeline->parser().beam() == 4);
  kg::UdScores s = kg::evaluate_ud(*pipeline, sents, false);
  CHECK(s.uas == Approx(100.0));
  CHECK(s.las == Approx(100.0));
  // Greedy decoding of the same weights still yields one rooted tree per sentence.
  pipeline->set_parser_beam(1);
  kg::Document doc;
  doc.text = "The minister said the talks would resume.";
  pipeline->analyze(doc);
  int roots = 0;
  for (const kg::Token& t : doc.tokens) roots += t.head < 0;
  CHECK(roots == 1);
}

TEST_CASE("averaging parsers trained with other seeds keeps what each learnt", "[parser]") {
  auto sents = kg::parse_conllu(kg::test::kTinyTreebank, "tiny");
  kg::TrainOptions opt = tiny_beam_options();
  auto one = kg::train_pipeline(sents, sents, opt, nullptr);
  opt.parsers = 2;
  auto two = kg::train_pipeline(sents, sents, opt, nullptr);
  CHECK(two->parser().beam() == 4);
  // The second parser saw the sentences in another order, so it learnt other weights; the
  // average has the features of both.
  CHECK(two->parser().weights().n_features() > one->parser().weights().n_features());
  kg::UdScores s = kg::evaluate_ud(*two, sents, false);
  CHECK(s.uas == Approx(100.0));
  CHECK(s.las == Approx(100.0));
}

TEST_CASE("beam items that differ only in arc labels share their label-free sums exactly",
          "[parser]") {
  // Tokens 0..3, labels {root, a, b}: two states that differ only in the label of one arc.
  std::vector<kg::ParserToken> toks(4);
  for (size_t i = 0; i < toks.size(); ++i) {
    toks[i].word = 100 + i;
    toks[i].xpos = static_cast<uint16_t>(1 + i % 2);
    toks[i].upos = 1;
  }
  kg::ParserState x, y, z;
  for (kg::ParserState* st : {&x, &y, &z}) st->init(4, 0);
  using Actions = std::vector<int>;
  for (int a : Actions{kg::kShift, kg::left_arc(1), kg::kShift}) x.apply(a);
  for (int a : Actions{kg::kShift, kg::left_arc(2), kg::kShift}) y.apply(a);
  for (int a : Actions{kg::kShift, kg::kShift}) z.apply(a);  // no arc: another configuration
  CHECK(kg::parser_context(x) == kg::parser_context(y));
  CHECK_FALSE(kg::parser_context(x) == kg::parser_context(z));
  uint64_t kx[kg::kMaxParserFeatures], ky[kg::kMaxParserFeatures];
  size_t fx = kg::label_free_features(kg::parser_context(x), toks.data(), true, kx);
  size_t fy = kg::label_free_features(kg::parser_context(y), toks.data(), true, ky);
  CHECK(std::vector<uint64_t>(kx, kx + fx) == std::vector<uint64_t>(ky, ky + fy));
  size_t lx = kg::label_features(kg::parser_context(x), x, toks.data(), kx);
  size_t ly = kg::label_features(kg::parser_context(y), y, toks.data(), ky);
  CHECK(std::vector<uint64_t>(kx, kx + lx) != std::vector<uint64_t>(ky, ky + ly));

  // A weight for every feature of the three states and every action, distinct enough that a
  // wrongly shared sum shows.
  const int n_actions = 8;
  std::vector<kg::WeightTable::Row> rows;
  uint64_t keys[kg::kMaxParserFeatures];
  for (const kg::ParserState* st : {&x, &y, &z}) {
    size_t n = kg::parser_features(*st, toks.data(), true, keys);
    for (size_t i = 0; i < n; ++i) {
      kg::WeightTable::Row r{keys[i], {}};
      for (uint16_t c = 0; c < n_actions; ++c)
        r.weights.emplace_back(c, static_cast<float>((keys[i] >> (c * 5)) % 97) - 48.0f);
      rows.push_back(std::move(r));
    }
  }
  kg::WeightTable weights(rows, n_actions);
  // The beam after SHIFT, then the three successors x, y and z of that first state.
  kg::ParserBeam beam;
  beam.start(4, 0, 3);
  std::vector<float> first(n_actions, 0.0f);
  beam.advance(first.data(), n_actions);
  std::vector<float> second(n_actions, 0.0f);
  second[kg::left_arc(1)] = 3;
  second[kg::left_arc(2)] = 2;
  second[kg::kShift] = 1;
  beam.advance(second.data(), n_actions);
  REQUIRE(beam.size() == 3);
  std::vector<float> third(3 * n_actions, 0.0f);
  for (int k = 0; k < 2; ++k) third[k * n_actions + kg::kShift] = 10;  // x and y shift
  third[2 * n_actions + kg::kShift] = 9;
  beam.advance(third.data(), n_actions);
  // Items 0 and 1 share a context (the sharing is exercised), item 2 does not.
  REQUIRE(kg::parser_context(beam.state(0)) == kg::parser_context(beam.state(1)));
  REQUIRE_FALSE(kg::parser_context(beam.state(0)) == kg::parser_context(beam.state(2)));
  const std::vector<float>& got = beam.score_actions(toks.data(), true, weights, n_actions);
  REQUIRE(got.size() == static_cast<size_t>(beam.size() * n_actions));
  for (int k = 0; k < beam.size(); ++k) {
    std::vector<float> want(n_actions, 0.0f);
    size_t n = kg::parser_features(beam.state(k), toks.data(), true, keys);
    weights.score(keys, n, want.data());
    for (int a = 0; a < n_actions; ++a) CHECK(got[k * n_actions + a] == want[a]);
  }
}

TEST_CASE("the beam's remembered group sums score every item as the direct sum does", "[parser]") {
  // Random sentences of 1..24 tokens over a small vocabulary (so words repeat), labels
  // {root, a, b, c}: 10 actions. Weights for every feature random walks reach, all different.
  const int n_actions = 10;
  uint64_t rng = 99;
  auto next = [&rng] {
    rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
    return rng >> 33;
  };
  std::vector<std::vector<kg::ParserToken>> sentences;
  for (int s = 0; s < 40; ++s) {
    std::vector<kg::ParserToken> toks(1 + next() % 24);
    for (kg::ParserToken& t : toks) {
      t.word = 1000 + next() % 12;
      t.cluster = next() % 5;
      t.xpos = static_cast<uint16_t>(1 + next() % 4);
      t.upos = static_cast<uint16_t>(1 + next() % 3);
    }
    sentences.push_back(std::move(toks));
  }
  std::vector<kg::WeightTable::Row> rows;
  uint64_t keys[kg::kMaxParserFeatures];
  for (const auto& toks : sentences) {
    kg::ParserState st;
    st.init(static_cast<int>(toks.size()), 0);
    while (!st.terminal()) {
      size_t n = kg::parser_features(st, toks.data(), true, keys);
      for (size_t i = 0; i < n; ++i) {
        kg::WeightTable::Row r{keys[i], {}};
        for (uint16_t c = 0; c < n_actions; ++c)
          r.weights.emplace_back(c, static_cast<float>((keys[i] >> (c * 6)) % 211) - 105.0f);
        rows.push_back(std::move(r));
      }
      std::vector<int> valid;
      for (int a = 0; a < n_actions; ++a)
        if (st.valid(a)) valid.push_back(a);
      st.apply(valid[next() % valid.size()]);
    }
  }
  kg::WeightTable weights(rows, n_actions);
  size_t shared = 0, checked = 0;
  kg::ParserBeam beam;
  for (const auto& toks : sentences) {
    beam.start(static_cast<int>(toks.size()), 0, 6);
    while (!beam.terminal()) {
      const std::vector<float>& got = beam.score_actions(toks.data(), true, weights, n_actions);
      for (int k = 0; k < beam.size(); ++k) {
        std::vector<float> want(n_actions, 0.0f);
        size_t n = kg::parser_features(beam.state(k), toks.data(), true, keys);
        weights.score(keys, n, want.data());
        for (int a = 0; a < n_actions; ++a) REQUIRE(got[k * n_actions + a] == want[a]);
        ++checked;
        for (int j = 0; j < k; ++j)
          shared += kg::parser_context(beam.state(j)) == kg::parser_context(beam.state(k));
      }
      beam.advance(got.data(), n_actions);
    }
  }
  CHECK(checked > 2000);
  CHECK(shared > 100);  // items sharing a label-free sum were among them
}

TEST_CASE("beam search keeps the best-scoring transition sequences", "[parser]") {
  // Two tokens, labels {root, x}: 6 actions.
  kg::ParserBeam beam;
  beam.start(2, 0, 2);
  std::vector<float> scores(6, 0.0f);
  scores[kg::kShift] = 1.0f;
  beam.advance(scores.data(), 6);
  REQUIRE(beam.size() == 1);  // only SHIFT is valid from the empty stack
  // SHIFT, LEFT-ARC(x) and RIGHT-ARC(x) are valid now; the two best survive, best first.
  std::vector<float> step2(6, 0.0f);
  step2[kg::kShift] = 2.0f;
  step2[kg::right_arc(1)] = 3.0f;
  step2[kg::left_arc(1)] = 0.5f;
  step2[kg::right_arc(0)] = 9.0f;  // the root label is only valid towards the root
  beam.advance(step2.data(), 6);
  REQUIRE(beam.size() == 2);
  CHECK(beam.score(0) == Approx(4.0f));
  CHECK(beam.action(0) == kg::right_arc(1));
  CHECK(beam.score(1) == Approx(3.0f));
  CHECK(beam.action(1) == kg::kShift);
  CHECK(beam.history(0) == std::vector<int>{kg::kShift, kg::right_arc(1)});
}

TEST_CASE(
    "the beam keeps the width best valid candidates within its margin of the best, ties to the "
    "lower item and action",
    "[parser]") {
  // Random sentences, labels {x, root, y, z...}: 2 + 2 * 9 = 20 actions, so arcs fill two
  // blocks of eight and a tail. Scores are small integers so that ties are frequent.
  const int n_labels = 9, n_actions = 2 + 2 * n_labels, root = 1;
  uint64_t rng = 7;
  auto next = [&rng] {
    rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
    return rng >> 33;
  };
  struct Candidate {
    float score;
    int item, action;
  };
  size_t steps = 0, ties = 0, cut = 0;
  const float inf = std::numeric_limits<float>::infinity();
  for (auto [width, margin] : {std::pair{1, inf}, {3, inf}, {8, inf}, {8, 2.0f}, {8, 0.0f}}) {
    for (int sentence = 0; sentence < 30; ++sentence) {
      kg::ParserBeam beam;
      beam.start(1 + static_cast<int>(next() % 12), root, width, margin);
      while (!beam.terminal()) {
        std::vector<float> scores(static_cast<size_t>(beam.size()) * n_actions);
        for (float& x : scores) x = static_cast<float>(next() % 7);
        // Every valid candidate, sorted as the beam must rank them.
        std::vector<Candidate> all;
        for (int k = 0; k < beam.size(); ++k)
          for (int a = 0; a < n_actions; ++a)
            if (beam.state(k).valid(a))
              all.push_back({beam.score(k) + scores[k * n_actions + a], k, a});
        std::sort(all.begin(), all.end(), [](const Candidate& x, const Candidate& y) {
          if (x.score != y.score) return x.score > y.score;
          return x.item != y.item ? x.item < y.item : x.action < y.action;
        });
        for (size_t i = 1; i < all.size(); ++i) ties += all[i].score == all[i - 1].score;
        beam.advance(scores.data(), n_actions);
        // The best, and those of the width best more than `margin` above best - margin.
        size_t want = std::min(all.size(), size_t(width));
        size_t within = 1;
        while (within < want && all[within].score > all[0].score - margin) ++within;
        cut += within < want;
        REQUIRE(static_cast<size_t>(beam.size()) == within);
        for (int k = 0; k < beam.size(); ++k) {
          REQUIRE(beam.score(k) == all[k].score);
          REQUIRE(beam.parent(k) == all[k].item);
          REQUIRE(beam.action(k) == all[k].action);
        }
        ++steps;
      }
    }
  }
  CHECK(steps > 800);
  CHECK(ties > 1000);
  CHECK(cut > 100);  // the margin did drop candidates
}

TEST_CASE("a forced action is exactly the only valid one", "[parser]") {
  // Random walks through arc-eager configurations, labels {x, root, y}: 8 actions. Greedy decoding
  // applies forced actions without scoring, so this must hold for its trees to stay the same.
  const int n_actions = 8;
  uint64_t rng = 12345;
  int forced_seen = 0, free_seen = 0;
  for (int walk = 0; walk < 200; ++walk) {
    kg::ParserState st;
    st.init(1 + walk % 9, 1);
    while (!st.terminal()) {
      std::vector<int> valid;
      for (int a = 0; a < n_actions; ++a)
        if (st.valid(a)) valid.push_back(a);
      REQUIRE(!valid.empty());
      int forced = st.forced_action();
      if (forced >= 0) {
        CHECK(valid == std::vector<int>{forced});
        ++forced_seen;
      } else {
        CHECK(valid.size() > 1);
        ++free_seen;
      }
      rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
      st.apply(valid[(rng >> 33) % valid.size()]);
    }
  }
  CHECK(forced_seen > 0);
  CHECK(free_seen > 0);
}

TEST_CASE("projectivize lifts crossing arcs", "[parser]") {
  // Arcs 2->0 and 0->3 both cross the root 1; lifting attaches both to the root.
  std::vector<int> heads = {2, -1, 1, 0};
  int lifts = kg::projectivize(heads);
  CHECK(lifts >= 1);
  CHECK(heads == std::vector<int>{1, -1, 1, 1});
}

TEST_CASE("lemma rules generalise to unseen words", "[lemmatizer]") {
  kg::LemmaRule r = kg::Lemmatizer::rule_for("studies", "study");
  CHECK(kg::Lemmatizer::apply(r, "ladies") == "lady");
  kg::LemmaRule keep = kg::Lemmatizer::rule_for("Seoul", "Seoul");
  CHECK(kg::Lemmatizer::apply(keep, "Busan") == "Busan");
}

TEST_CASE("unknown capitalised common nouns and verbs get lower-case lemmas", "[lemmatizer]") {
  std::unordered_map<std::string, kg::LemmaRule> rules;
  rules.emplace("NN\t", kg::Lemmatizer::rule_for("dog", "dog"));
  rules.emplace("NNS\ts", kg::Lemmatizer::rule_for("dogs", "dog"));
  rules.emplace("NNP\t", kg::Lemmatizer::rule_for("Seoul", "Seoul"));
  kg::Lemmatizer lem({}, {}, std::move(rules));
  CHECK(lem.lemma("Applause", "NN") == "applause");
  CHECK(lem.lemma("DUI", "NN") == "dui");
  CHECK(lem.lemma("Encryptions", "NNS") == "encryption");
  CHECK(lem.lemma("Kerala", "NNP") == "Kerala");
}

TEST_CASE("unknown inflected words back off to regular stems that are known words",
          "[lemmatizer]") {
  std::unordered_map<std::string, std::string> lower = {{"roll\tVB", "roll"},
                                                        {"examine\tVB", "examine"}};
  std::unordered_map<std::string, kg::LemmaRule> rules;
  // "-olled" as in "controlled" -> "control" would give "rol"; "roll" is a known verb.
  rules.emplace("VBD\tolled", kg::Lemmatizer::rule_for("controlled", "control"));
  rules.emplace("VBD\ted", kg::Lemmatizer::rule_for("walked", "walk"));
  kg::Lemmatizer lem({}, std::move(lower), std::move(rules));
  CHECK(lem.lemma("rolled", "VBD") == "roll");
  CHECK(lem.lemma("examined", "VBD") == "examine");
  CHECK(lem.lemma("patrolled", "VBD") == "patrol");  // no known stem: the longest rule decides
}

TEST_CASE("base forms added from the lexicons are the lemmas of unknown inflected forms",
          "[lemmatizer]") {
  std::unordered_map<std::string, std::string> lower = {{"unit\tNN", "unit"},
                                                        {"headed\tVBD", "head"}};
  std::unordered_map<std::string, kg::LemmaRule> rules;
  // "-uded" as in "included" -> "include" would give "applaude".
  rules.emplace("VBD\tuded", kg::Lemmatizer::rule_for("included", "include"));
  rules.emplace("VBD\ted", kg::Lemmatizer::rule_for("walked", "walk"));
  kg::Lemmatizer lem({}, std::move(lower), std::move(rules));
  CHECK(lem.lemma("applauded", "VBD") == "applaude");
  CHECK(lem.lemma("united", "VBD") == "unit");
  lem.add_base_forms("VB", {"applaud", "unite", "heed"});
  CHECK(lem.lemma("applauded", "VBD") == "applaud");
  CHECK(lem.lemma("united", "VBD") == "unite");
  CHECK(lem.lemma("headed", "VBD") == "head");  // a form the treebank knows keeps its lemma
}

TEST_CASE("the tagger keeps each word's ambiguity class: the UPOS it takes in training",
          "[tagger]") {
  // Two more sentences where "like" is a verb and a preposition.
  auto sents = kg::parse_conllu(kg::test::kTinyTreebank +
                                    "1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
                                    "2\tlike\tlike\tVERB\tVBP\t_\t0\troot\t_\t_\n"
                                    "3\tit\tit\tPRON\tPRP\t_\t2\tobj\t_\t_\n\n"
                                    "1\tIt\tit\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
                                    "2\tlooks\tlook\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
                                    "3\tlike\tlike\tADP\tIN\t_\t4\tcase\t_\t_\n"
                                    "4\train\train\tNOUN\tNN\t_\t2\tobl\t_\t_\n\n",
                                "tiny");
  kg::Tagger tagger = kg::train_tagger(sents, {}, {2, 1, 1}, nullptr, nullptr);
  const kg::TagSet& tags = tagger.tags();
  auto upos_bit = [&](const std::string& u) {
    auto it = std::find(tags.upos.begin(), tags.upos.end(), u);
    REQUIRE(it != tags.upos.end());
    return uint64_t{1} << (it - tags.upos.begin());
  };
  auto amb = [&](const std::string& form) {
    return kg::ambiguity_of(tagger.ambiguity(), kg::fnv1a64(kg::normalize_form(form)));
  };
  CHECK(amb("talks") == upos_bit("NOUN"));
  CHECK(amb("The") == upos_bit("DET"));  // case-folded: "The" and "the" are one word
  CHECK(amb("would") == upos_bit("AUX"));
  CHECK(amb("like") == (upos_bit("VERB") | upos_bit("ADP")));
  CHECK(amb("unseen") == 0);
}

TEST_CASE("a second tagger pass reads the first pass's guesses of the words ahead", "[tagger]") {
  kg::TaggerToken toks[3];
  kg::tagger_token_info("They", toks[0]);
  kg::tagger_token_info("like", toks[1]);
  kg::tagger_token_info("it", toks[2]);
  uint64_t base[kg::kMaxTaggerFeatures], second[kg::kMaxTaggerFeatures],
      other[kg::kMaxTaggerFeatures];
  size_t nb = kg::tagger_features(toks, 3, 1, 0, -1, 0, base);
  toks[2].guess = 5;
  size_t ns = kg::tagger_features(toks, 3, 1, 0, -1, kg::kSecondPassTemplates, second);
  toks[2].guess = 6;
  size_t no = kg::tagger_features(toks, 3, 1, 0, -1, kg::kSecondPassTemplates, other);
  CHECK(ns > nb);
  CHECK(ns <= kg::kMaxTaggerFeatures);
  CHECK(std::equal(base, base + nb, second));  // the first pass's templates come first, unchanged
  REQUIRE(no == ns);
  CHECK_FALSE(std::equal(second, second + ns, other));  // the next word's guess is read
}

TEST_CASE("the second pass tags again only the words the first pass was unsure of", "[tagger]") {
  // Two classes; the one feature every word has (template 0, the bias) favours class 1 by 30.
  kg::TagSet tags;
  tags.add("NOUN", "NN");
  tags.add("VERB", "VB");
  uint64_t keys[kg::kMaxTaggerFeatures];
  std::vector<kg::TaggerToken> info(3);
  for (auto& t : info) kg::tagger_token_info("word", t);
  kg::tagger_features(info.data(), 3, 0, -1, -1, 0, keys);
  kg::WeightTable weights({{keys[0], {{0, 10.0f}, {1, 40.0f}}}}, 2);
  kg::Tagger tagger(tags, {}, {}, weights);
  uint16_t out[3] = {0, 0, 0};
  float margins[3];
  tagger.run_pass(info, weights, 0, out, margins);
  CHECK(out[1] == 1);
  CHECK(margins[1] == Approx(30.0f).epsilon(1e-3));
  // Words 0 and 2 were sure in the first pass: they keep class 0; word 1 is tagged again.
  const float first[3] = {kg::kSecondPassMargin, kg::kSecondPassMargin / 2, 1e9f};
  uint16_t again[3] = {0, 0, 0};
  tagger.run_pass(info, weights, 0, again, nullptr, first);
  CHECK(again[0] == 0);
  CHECK(again[1] == 1);
  CHECK(again[2] == 0);
}

TEST_CASE("a tagging pass scores every word as the direct sum of its features does", "[tagger]") {
  // Random weights for every feature of every word and previous-tag pair, so that a feature
  // lost or counted twice by summing the words' features ahead of their history shows.
  kg::TagSet tags;
  for (const char* t : {"NN", "VB", "JJ", "DT", "IN"}) tags.add(t, t);
  const size_t n_classes = tags.size();
  std::vector<kg::TaggerToken> info;
  for (const char* w : {"The", "old", "man", "the", "boats", "in", "1999", "."}) {
    info.emplace_back();
    kg::tagger_token_info(w, info.back());
    info.back().amb = info.size() % 3;
    info.back().cluster = 0x0001000200030000ULL + info.size();
    info.back().guess = 1 + info.size() % n_classes;
  }
  const size_t n = info.size();
  const unsigned templates = kg::kClusterTemplates | kg::kSecondPassTemplates;
  std::vector<kg::WeightTable::Row> rows;
  uint64_t keys[kg::kMaxTaggerFeatures];
  for (size_t i = 0; i < n; ++i)
    for (int p1 = -1; p1 < static_cast<int>(n_classes); ++p1)
      for (int p2 = -1; p2 < static_cast<int>(n_classes); ++p2) {
        size_t nk = kg::tagger_features(info.data(), n, i, p1, p2, templates, keys);
        for (size_t f = 0; f < nk; ++f) {
          kg::WeightTable::Row r{keys[f], {}};
          for (uint16_t c = 0; c < n_classes; ++c)
            r.weights.emplace_back(c, static_cast<float>((keys[f] >> (c * 7)) % 201) - 100.0f);
          rows.push_back(std::move(r));
        }
      }
  kg::WeightTable weights(rows, static_cast<uint32_t>(n_classes));
  // "the" is a dictionary word: it keeps its class and has no margin.
  std::unordered_map<uint64_t, uint16_t> dict{{info[3].form, 3}};
  kg::Tagger tagger(tags, dict, {}, weights);
  std::vector<uint16_t> out(n);
  std::vector<float> margins(n);
  tagger.run_pass(info, weights, templates, out.data(), margins.data());
  int p1 = -1, p2 = -1;
  for (size_t i = 0; i < n; ++i) {
    int want = 3;
    float margin = std::numeric_limits<float>::infinity();
    if (i != 3) {
      std::vector<float> scores(n_classes, 0.0f);
      size_t nk = kg::tagger_features(info.data(), n, i, p1, p2, templates, keys);
      weights.score(keys, nk, scores.data());
      want = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
      std::vector<float> sorted = scores;
      std::sort(sorted.rbegin(), sorted.rend());
      margin = (sorted[0] - sorted[1]) * weights.scale();
    }
    CHECK(out[i] == want);
    CHECK(margins[i] == margin);
    p2 = p1;
    p1 = want;
  }
}

TEST_CASE(
    "a two-pass tagger trains on jackknifed guesses, tags, and keeps both passes in its "
    "model file",
    "[tagger][model]") {
  // Twelve sentences: enough to jackknife the first-pass guesses.
  std::string bank;
  for (int i = 0; i < 3; ++i) bank += kg::test::kTinyTreebank;
  auto sents = kg::parse_conllu(bank, "tiny");
  REQUIRE(sents.size() == 12);
  kg::TrainOptions opt;
  opt.tagger_epochs = 10;
  opt.parser_epochs = 5;
  opt.jackknife_folds = 2;
  opt.tagger_passes = 2;
  auto two = kg::train_pipeline(sents, sents, opt, nullptr);
  REQUIRE(two->tagger().two_pass());
  opt.tagger_passes = 1;
  auto one = kg::train_pipeline(sents, sents, opt, nullptr);
  CHECK_FALSE(one->tagger().two_pass());
  CHECK(one->fingerprint() != two->fingerprint());

  kg::Document gold = kg::document_from_conllu(sents);
  kg::Document doc = gold;
  two->annotate(doc, kg::Stage::Tag);
  size_t right = 0;
  for (size_t i = 0; i < doc.tokens.size(); ++i) right += doc.tokens[i].xpos == gold.tokens[i].xpos;
  CHECK(right == doc.tokens.size());

  auto temp = [](const std::string& name) {
    return (std::filesystem::temp_directory_path() /
            ("kg_two_pass_" + std::to_string(::getpid()) + "_" + name))
        .string();
  };
  auto bytes = [](const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
  };
  const std::string path = temp("a.kgm"), path_again = temp("b.kgm");
  two->save(path);
  auto back = kg::SyntaxModel::load(path);
  CHECK(back->tagger().two_pass());
  kg::Document again = gold;
  back->annotate(again, kg::Stage::Tag);
  for (size_t i = 0; i < doc.tokens.size(); ++i) CHECK(again.tokens[i].xpos == doc.tokens[i].xpos);

  // Training is deterministic although the guesses and fold taggers train in parallel.
  opt.tagger_passes = 2;
  kg::train_pipeline(sents, sents, opt, nullptr)->save(path_again);
  CHECK(bytes(path_again) == bytes(path));
  std::filesystem::remove(path);
  std::filesystem::remove(path_again);
}

TEST_CASE("parallel_for calls every index once, on any number of threads", "[train]") {
  for (unsigned threads : {0u, 1u, 2u, 5u}) {
    std::vector<int> calls(7, 0);
    kg::parallel_for(calls.size(), threads, [&](size_t i) { ++calls[i]; });
    CHECK(std::count(calls.begin(), calls.end(), 1) == 7);
  }
  bool called = false;
  kg::parallel_for(0, 2, [&](size_t) { called = true; });
  CHECK_FALSE(called);
}
